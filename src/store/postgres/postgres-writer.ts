/**
 * Writes prepared articles into PostgreSQL in one transaction per batch, a fixed handful of round trips per article
 * (arrays through unnest). Concurrent ingests are safe: the content hash and dedup key are unique, upserts lock
 * keys in sorted order, and a source is counted once through dedup_sources' primary key.
 */
import type { PoolClient } from 'pg';
import type { KeyGroup, PreparedArticle } from '../prepare-article.js';
import type { PutResult } from '../store.js';

const INSERT_ARTICLE = `INSERT INTO articles (doc_id, title, date, source, url, origin, content_hash, sentence_count, event_count, added_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (content_hash) DO NOTHING RETURNING id`;

const INSERT_SENTENCES = `INSERT INTO sentences (article_id, idx, "offset", text)
  SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[])`;

const UPSERT_DEDUP = `INSERT INTO dedup_events AS d (key, day, source, target, source_text, target_text, code, root, quad_class, goldstein, plover,
    mentions, sources, articles, first_seen, last_seen, first_added, is_root)
  SELECT key, day, source, target, source_text, target_text, code, root, quad_class, goldstein, plover, mentions, 0, 1, seen, seen, $12, is_root
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::float8[],
    $11::text[], $13::int[], $14::text[], $15::int[])
    AS g (key, day, source, target, source_text, target_text, code, root, quad_class, goldstein, plover, mentions, seen, is_root)
  ON CONFLICT (key) DO UPDATE SET mentions = d.mentions + EXCLUDED.mentions, articles = d.articles + 1,
    first_seen = CASE WHEN d.first_seen IS NULL OR EXCLUDED.first_seen < d.first_seen THEN COALESCE(EXCLUDED.first_seen, d.first_seen) ELSE d.first_seen END,
    last_seen = CASE WHEN d.last_seen IS NULL OR EXCLUDED.last_seen > d.last_seen THEN COALESCE(EXCLUDED.last_seen, d.last_seen) ELSE d.last_seen END,
    is_root = GREATEST(d.is_root, EXCLUDED.is_root)
  RETURNING id, key, (xmax = 0) AS inserted`;

const COUNT_SOURCES = `WITH s AS (INSERT INTO dedup_sources (dedup_id, source) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING RETURNING dedup_id)
  UPDATE dedup_events SET sources = sources + 1 WHERE id IN (SELECT dedup_id FROM s)`;

const UPSERT_ROLLUP = `INSERT INTO dyad_day AS r (source, target, day, quad_class, events, mentions, goldstein_sum)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::float8[])
  ON CONFLICT (source, target, day, quad_class) DO UPDATE SET events = r.events + EXCLUDED.events,
    mentions = r.mentions + EXCLUDED.mentions, goldstein_sum = r.goldstein_sum + EXCLUDED.goldstein_sum`;

const UPSERT_MONTH = `INSERT INTO dyad_month AS r (source, target, month, quad_class, events, mentions, goldstein_sum)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::float8[])
  ON CONFLICT (source, target, month, quad_class) DO UPDATE SET events = r.events + EXCLUDED.events,
    mentions = r.mentions + EXCLUDED.mentions, goldstein_sum = r.goldstein_sum + EXCLUDED.goldstein_sum`;

const UPSERT_TOTAL = `INSERT INTO dyad_total AS r (source, target, quad_class, events, mentions, goldstein_sum)
  SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::float8[])
  ON CONFLICT (source, target, quad_class) DO UPDATE SET events = r.events + EXCLUDED.events,
    mentions = r.mentions + EXCLUDED.mentions, goldstein_sum = r.goldstein_sum + EXCLUDED.goldstein_sum`;

const INSERT_EVENTS = `INSERT INTO events (article_id, sentence_index, dedup_id, source, target, source_text, target_text, code, root, quad_class,
    goldstein, plover, date, evidence)
  SELECT $1, * FROM unnest($2::int[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[],
    $11::float8[], $12::text[], $13::text[], $14::jsonb[])`;

const col = <T, K extends keyof T>(rows: T[], k: K): T[K][] => rows.map((r) => r[k]);

interface RollupRow {
  source: string;
  target: string;
  /** The day, the month or '' (all time), by table. */
  period: string;
  quad: number;
  events: number;
  mentions: number;
  gs: number;
}

/**
 * Rollup increments of one article at one grain (day, month, all time), summed per row so one statement never
 * touches a row twice, and sorted so concurrent writers lock rows in the same order.
 */
function rollupRows(groups: KeyGroup[], inserted: Map<string, boolean>, period: (day: string) => string): RollupRow[] {
  const rows = new Map<string, RollupRow>();
  for (const g of groups) {
    if (!g.day) continue;
    const r0 = { source: g.source ?? '', target: g.target ?? '', period: period(g.day), quad: g.quad_class };
    const k = [r0.source, r0.target, r0.period, r0.quad].join('|');
    const isNew = inserted.get(g.key)!;
    const r = rows.get(k) ?? { ...r0, events: 0, mentions: 0, gs: 0 };
    r.events += isNew ? 1 : 0;
    r.mentions += g.mentions;
    r.gs += isNew ? g.goldstein : 0;
    rows.set(k, r);
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => r);
}

async function putOne(c: PoolClient, p: PreparedArticle, added: string): Promise<PutResult> {
  const a = p.article;
  const ins = await c.query(INSERT_ARTICLE, [a.doc_id, a.title, a.date, a.source, a.url, a.origin, a.content_hash, a.sentence_count, a.event_count, added]);
  if (!ins.rowCount) {
    const known = await c.query('SELECT id FROM articles WHERE content_hash = $1', [a.content_hash]);
    return { status: 'duplicate', articleId: Number(known.rows[0].id), contentHash: a.content_hash, events: 0 };
  }
  const articleId = Number(ins.rows[0].id);
  const s = p.sentences;
  if (s.length) await c.query(INSERT_SENTENCES, [articleId, col(s, 'idx'), col(s, 'offset'), col(s, 'text')]);
  if (!p.events.length) return { status: 'stored', articleId, contentHash: a.content_hash, events: 0 };

  const g = [...p.groups].sort((x, y) => (x.key < y.key ? -1 : 1));
  const up = await c.query(UPSERT_DEDUP, [
    col(g, 'key'), col(g, 'day'), col(g, 'source'), col(g, 'target'), col(g, 'source_text'), col(g, 'target_text'), col(g, 'code'),
    col(g, 'root'), col(g, 'quad_class'), col(g, 'goldstein'), col(g, 'plover'), added, col(g, 'mentions'), col(g, 'seen'), col(g, 'is_root'),
  ]);
  const ids = new Map<string, number>();
  const inserted = new Map<string, boolean>();
  for (const r of up.rows) {
    ids.set(r.key, Number(r.id));
    inserted.set(r.key, r.inserted);
  }
  await c.query(COUNT_SOURCES, [[...ids.values()].sort((x, y) => x - y), a.source ?? '']);
  const day = rollupRows(g, inserted, (d) => d);
  if (day.length) {
    const month = rollupRows(g, inserted, (d) => d.slice(0, 7));
    const total = rollupRows(g, inserted, () => '');
    const values = (r: RollupRow[]) => [col(r, 'source'), col(r, 'target'), col(r, 'period'), col(r, 'quad'), col(r, 'events'), col(r, 'mentions'), col(r, 'gs')];
    await c.query(UPSERT_ROLLUP, values(day));
    await c.query(UPSERT_MONTH, values(month));
    await c.query(UPSERT_TOTAL, [col(total, 'source'), col(total, 'target'), col(total, 'quad'), col(total, 'events'), col(total, 'mentions'), col(total, 'gs')]);
  }
  const e = p.events;
  await c.query(INSERT_EVENTS, [
    articleId, col(e, 'sentence_index'), e.map((x) => ids.get(x.key)!), col(e, 'source'), col(e, 'target'), col(e, 'source_text'),
    col(e, 'target_text'), col(e, 'code'), col(e, 'root'), col(e, 'quad_class'), col(e, 'goldstein'), col(e, 'plover'), col(e, 'date'),
    col(e, 'evidence'),
  ]);
  return { status: 'stored', articleId, contentHash: a.content_hash, events: e.length };
}

export async function writeBatch(c: PoolClient, batch: PreparedArticle[]): Promise<PutResult[]> {
  const added = new Date().toISOString();
  await c.query('BEGIN');
  try {
    const out: PutResult[] = [];
    for (const p of batch) out.push(await putOne(c, p, added));
    await c.query('COMMIT');
    return out;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
