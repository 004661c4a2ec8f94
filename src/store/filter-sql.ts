/**
 * EventFilter → SQL conditions, written once for both dialects with `?` placeholders (the PostgreSQL store numbers
 * them). Only full-text search differs: FTS5 in SQLite, tsvector in PostgreSQL.
 */
import type { Dialect, EventFilter } from './store.js';

export interface SqlPart {
  where: string[];
  params: unknown[];
}

/** Filters the rollup can answer: no code, root, text or mention threshold. */
export function rollupCanAnswer(f: EventFilter): boolean {
  return f.code === undefined && f.root === undefined && f.text === undefined && f.minMentions === undefined;
}

function actorCondition(column: string, value: string): [string, string] {
  return value.endsWith('*') ? [`${column} LIKE ?`, value.slice(0, -1) + '%'] : [`${column} = ?`, value];
}

/** Words → an FTS5 query where every word must appear (quoted, so user input cannot be FTS syntax). */
export function ftsQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ');
}

/**
 * Conditions on a table with columns day, source, target, quad_class (dedup_events or dyad_day), under `alias`.
 * `base` adds those only dedup_events has (code, root, mentions, text).
 */
export function filterSql(f: EventFilter, dialect: Dialect, alias: string, base = true): SqlPart {
  const where: string[] = [];
  const params: unknown[] = [];
  const col = (c: string) => `${alias}.${c}`;
  if (f.actor !== undefined) {
    const [s, v] = actorCondition(col('source'), f.actor);
    const [t] = actorCondition(col('target'), f.actor);
    where.push(`(${s} OR ${t})`);
    params.push(v, v);
  }
  for (const side of ['source', 'target'] as const) {
    const v = f[side];
    if (v === undefined) continue;
    const [c, p] = actorCondition(col(side), v);
    where.push(c);
    params.push(p);
  }
  if (f.quad !== undefined) {
    where.push(`${col('quad_class')} = ?`);
    params.push(f.quad);
  }
  if (f.from !== undefined) {
    where.push(`${col('day')} >= ?`);
    params.push(f.from);
  }
  if (f.to !== undefined) {
    where.push(`${col('day')} <> ''`, `${col('day')} <= ?`);
    params.push(f.to);
  }
  if (!base) return { where, params };
  if (f.code !== undefined) {
    where.push(`${col('code')} = ?`);
    params.push(f.code);
  }
  if (f.root !== undefined) {
    where.push(`${col('root')} = ?`);
    params.push(f.root);
  }
  if (f.minMentions !== undefined) {
    where.push(`${col('mentions')} >= ?`);
    params.push(f.minMentions);
  }
  if (f.text !== undefined && f.text.trim()) {
    const match =
      dialect === 'sqlite'
        ? `s.id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)`
        : `to_tsvector('english', s.text) @@ plainto_tsquery('english', ?)`;
    where.push(`${col('id')} IN (SELECT e.dedup_id FROM events e JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_index WHERE ${match})`);
    params.push(dialect === 'sqlite' ? ftsQuery(f.text) : f.text);
  }
  return { where, params };
}

export function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}
