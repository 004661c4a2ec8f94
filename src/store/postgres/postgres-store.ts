/**
 * The store at scale: PostgreSQL through `pg`. Same schema and queries as SQLite (shared in ../queries.ts), with
 * `?` placeholders numbered here. A `?schema=NAME` on the URL keeps Dyad's tables in their own schema.
 */
import pg from 'pg';
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
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { writeBatch } from './postgres-writer.js';

type Row = Record<string, unknown>;

/** `?` → `$1, $2…` (the shared SQL has no other question marks). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export function maskPassword(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

async function migrate(pool: pg.Pool, schema: string | null): Promise<void> {
  checkMigrations(POSTGRES_MIGRATIONS);
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    // one migrator at a time, whichever process gets there first
    await c.query(`SELECT pg_advisory_xact_lock(hashtext('dyad-schema-migrations'))`);
    if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
    await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
    const current = Number((await c.query('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations')).rows[0].v);
    const latest = POSTGRES_MIGRATIONS.length;
    if (current > latest) throw new Error(`schema version ${current} is newer than this Dyad knows (${latest}); upgrade Dyad`);
    for (const m of POSTGRES_MIGRATIONS.slice(current)) {
      await c.query(m.sql);
      await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

export class PostgresStore implements Store {
  readonly dialect = 'postgres';

  private constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
  ) {}

  static async open(url: string): Promise<PostgresStore> {
    const location = maskPassword(url);
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema');
    parsed.searchParams.delete('schema');
    const pool = new pg.Pool({
      connectionString: parsed.toString(),
      max: 4,
      connectionTimeoutMillis: 10_000,
      ...(schema ? { options: `-c search_path=${pg.escapeIdentifier(schema)}` } : {}),
    });
    // an idle client that loses its server must not crash the process; the next query reports it
    pool.on('error', () => undefined);
    try {
      await migrate(pool, schema);
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new StoreError(location, `cannot open PostgreSQL database (${(e as Error).message})`);
    }
    return new PostgresStore(pool, location);
  }

  private async rows(sql: string, params: unknown[] = []): Promise<Row[]> {
    try {
      return (await this.pool.query(numberPlaceholders(sql), params)).rows as Row[];
    } catch (e) {
      throw new StoreError(this.location, (e as Error).message);
    }
  }

  async putArticles(items: CodedArticle[]) {
    const prepared = items.map(prepareArticle);
    const c = await this.pool.connect();
    try {
      return await writeBatch(c, prepared);
    } catch (e) {
      throw new StoreError(this.location, `could not store the batch, nothing of it was kept (${(e as Error).message})`);
    } finally {
      c.release();
    }
  }

  async knownHashes(hashes: string[]): Promise<Set<string>> {
    if (!hashes.length) return new Set();
    const rows = await this.rows('SELECT content_hash FROM articles WHERE content_hash = ANY(?::text[])', [hashes]);
    return new Set(rows.map((r) => String(r.content_hash)));
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const [a] = await this.rows('SELECT * FROM articles WHERE id = ?', [id]);
    if (!a) return null;
    const sentences = await this.rows('SELECT idx, "offset", text FROM sentences WHERE article_id = ? ORDER BY idx', [id]);
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
      events: (await this.rows(MENTIONS_OF_ARTICLE, [id])).map(toMention),
    };
  }

  async counts(): Promise<Counts> {
    const [r] = await this.rows(COUNTS);
    return { articles: Number(r!.articles), sentences: Number(r!.sentences), events: Number(r!.events), dedupEvents: Number(r!.dedup_events) };
  }

  async *events(filter: EventFilter = {}, opts: { limit?: number } = {}): AsyncIterable<DedupEvent> {
    let left = opts.limit ?? Infinity;
    let after: { day: string; id: number } | null = null;
    while (left > 0) {
      const q = eventsPage(filter, 'postgres', after, Math.min(PAGE, left));
      const rows = await this.rows(q.sql, q.params);
      for (const r of rows) yield toDedupEvent(r);
      if (rows.length < Math.min(PAGE, left)) return;
      const last = rows[rows.length - 1]!;
      after = { day: String(last.day), id: Number(last.id) };
      left -= rows.length;
    }
  }

  async mentions(dedupId: number): Promise<Mention[]> {
    return (await this.rows(MENTIONS_OF_EVENT, [dedupId])).map(toMention);
  }

  async evidenceRefs(dedupIds: number[]): Promise<Map<number, EvidenceRef[]>> {
    if (!dedupIds.length) return new Map();
    return groupRefs(await this.rows(evidenceRefsSql(dedupIds)));
  }

  async topDyads(filter: EventFilter = {}, limit = 20) {
    const f = rollupCanAnswer(filter) ? widenToAllTime(filter, (await this.rows(DAY_BOUNDS))[0]) : filter;
    const q = topDyadsSql(f, 'postgres', limit);
    return (await this.rows(q.sql, q.params)).map(toDyadCount);
  }

  async dyadDays(source: string, target: string, filter: EventFilter = {}) {
    const q = dyadDaysSql(source, target, filter, 'postgres');
    return (await this.rows(q.sql, q.params)).map(toDyadDay);
  }

  async integrity(): Promise<string[]> {
    const problems: string[] = [];
    for (const [label, sql] of INTEGRITY) {
      const n = Number((await this.rows(sql))[0]!.n);
      if (n) problems.push(`${n} ${label}`);
    }
    return problems;
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
