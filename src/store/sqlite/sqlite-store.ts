/**
 * The embedded store: one SQLite file (WAL, so readers never block the writer and a kill never corrupts it), FTS5
 * over sentences. better-sqlite3 is synchronous; the interface is async so PostgreSQL can share it.
 */
import Database from 'better-sqlite3';
import { resolve } from 'node:path';
import type { CodedArticle } from '../../pipeline/run-pipeline.js';
import { StoreError } from '../errors.js';
import { checkMigrations } from '../migration.js';
import { prepareArticle } from '../prepare-article.js';
import { rollupCanAnswer } from '../filter-sql.js';
import {
  COUNTS,
  DAY_BOUNDS,
  INTEGRITY,
  MENTIONS_OF_ARTICLE,
  MENTIONS_OF_EVENT,
  PAGE,
  dyadDaysSql,
  eventsPage,
  evidenceRefsSql,
  groupRefs,
  toDedupEvent,
  toDyadCount,
  toDyadDay,
  toMention,
  topDyadsSql,
  widenToAllTime,
} from '../queries.js';
import type { Counts, DedupEvent, EventFilter, EvidenceRef, Mention, Store, StoredArticle } from '../store.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { createWriter } from './sqlite-writer.js';

type Row = Record<string, unknown>;

function migrate(db: Database.Database, location: string): void {
  checkMigrations(SQLITE_MIGRATIONS);
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const run = db.transaction(() => {
    const current = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
    const latest = SQLITE_MIGRATIONS.length;
    if (current > latest) throw new StoreError(location, `schema version ${current} is newer than this Dyad knows (${latest}); upgrade Dyad`);
    for (const m of SQLITE_MIGRATIONS.slice(current)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }
  });
  run.immediate();
}

export class SqliteStore implements Store {
  readonly dialect = 'sqlite';
  private readonly write: ReturnType<typeof createWriter>;

  private constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    this.write = createWriter(db);
  }

  /** Opens (creating and migrating as needed) the database at `path`; `:memory:` for a throw-away one. */
  static open(path: string): SqliteStore {
    const location = path === ':memory:' ? path : resolve(path);
    let db: Database.Database;
    try {
      db = new Database(location);
      db.pragma('journal_mode = WAL');
      // FULL: a commit that returned survives a power cut, not only a killed process
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 10000');
      // 64 MiB of page cache: dedup keys are inserted in random order, and a small cache makes that disk-bound
      db.pragma('cache_size = -65536');
      migrate(db, location);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError(location, `cannot open SQLite database (${(e as Error).message})`);
    }
    return new SqliteStore(db, location);
  }

  async putArticles(items: CodedArticle[]) {
    return this.write(items.map(prepareArticle));
  }

  async knownHashes(hashes: string[]): Promise<Set<string>> {
    const known = new Set<string>();
    const stmt = this.db.prepare<[string], { content_hash: string }>('SELECT content_hash FROM articles WHERE content_hash = ?');
    for (const h of hashes) if (stmt.get(h)) known.add(h);
    return known;
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const a = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (!a) return null;
    const sentences = this.db.prepare('SELECT idx, "offset", text FROM sentences WHERE article_id = ? ORDER BY idx').all(id) as Row[];
    return {
      id: Number(a.id),
      doc_id: String(a.doc_id),
      title: a.title as string | null,
      date: a.date as string | null,
      source: a.source as string | null,
      url: a.url as string | null,
      origin: a.origin as string | null,
      content_hash: String(a.content_hash),
      added_at: String(a.added_at),
      sentences: sentences.map((s) => ({ index: Number(s.idx), offset: Number(s.offset), text: String(s.text) })),
      events: (this.db.prepare(MENTIONS_OF_ARTICLE).all(id) as Row[]).map(toMention),
    };
  }

  async counts(): Promise<Counts> {
    const r = this.db.prepare(COUNTS).get() as Row;
    return { articles: Number(r.articles), sentences: Number(r.sentences), events: Number(r.events), dedupEvents: Number(r.dedup_events) };
  }

  async *events(filter: EventFilter = {}, opts: { limit?: number } = {}): AsyncIterable<DedupEvent> {
    let left = opts.limit ?? Infinity;
    let after: { day: string; id: number } | null = null;
    while (left > 0) {
      const q = eventsPage(filter, 'sqlite', after, Math.min(PAGE, left));
      const rows = this.run(() => this.db.prepare(q.sql).all(...q.params) as Row[]);
      for (const r of rows) yield toDedupEvent(r);
      if (rows.length < Math.min(PAGE, left)) return;
      const last = rows[rows.length - 1]!;
      after = { day: String(last.day), id: Number(last.id) };
      left -= rows.length;
    }
  }

  async mentions(dedupId: number): Promise<Mention[]> {
    return (this.db.prepare(MENTIONS_OF_EVENT).all(dedupId) as Row[]).map(toMention);
  }

  async evidenceRefs(dedupIds: number[]): Promise<Map<number, EvidenceRef[]>> {
    if (!dedupIds.length) return new Map();
    return groupRefs(this.db.prepare(evidenceRefsSql(dedupIds)).all() as Row[]);
  }

  async topDyads(filter: EventFilter = {}, limit = 20) {
    const f = rollupCanAnswer(filter) ? widenToAllTime(filter, this.db.prepare(DAY_BOUNDS).get() as Row | undefined) : filter;
    const q = topDyadsSql(f, 'sqlite', limit);
    return this.run(() => (this.db.prepare(q.sql).all(...q.params) as Row[]).map(toDyadCount));
  }

  async dyadDays(source: string, target: string, filter: EventFilter = {}) {
    const q = dyadDaysSql(source, target, filter, 'sqlite');
    return this.run(() => (this.db.prepare(q.sql).all(...q.params) as Row[]).map(toDyadDay));
  }

  async integrity(): Promise<string[]> {
    const problems = INTEGRITY.flatMap(([label, sql]) => {
      const n = Number((this.db.prepare(sql).get() as Row).n);
      return n ? [`${n} ${label}`] : [];
    });
    // FTS5 caches its index structure per connection and integrity_check does not refresh it: after another
    // process wrote, a stale cache reads as "corruption". A full-text read in the same snapshot refreshes it first.
    const check = this.db.transaction(() => {
      this.db.prepare(`SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH '"a"' LIMIT 1`).get();
      return this.db.pragma('integrity_check', { simple: true });
    })();
    if (check !== 'ok') problems.push(`SQLite integrity_check: ${String(check)}`);
    return problems;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Runs a read, turning an FTS5 syntax or SQLite error into one that names the database. */
  private run<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      throw new StoreError(this.location, (e as Error).message);
    }
  }
}
