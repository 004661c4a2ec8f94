/**
 * The read queries, as SQL text with `?` placeholders, shared by both stores; and the mapping of result rows to the
 * interface's types (PostgreSQL returns counts as strings and JSON parsed, SQLite the reverse).
 */
import type { EventEvidence } from '../model/types.js';
import { type SqlPart, filterSql, rollupCanAnswer, whereClause } from './filter-sql.js';
import { topDyadsFromRollups } from './rollup-plan.js';
import type { DedupEvent, Dialect, DyadCount, DyadDayRow, EventFilter, EvidenceRef, Mention } from './store.js';

export interface Sql {
  sql: string;
  params: unknown[];
}

export const PAGE = 2000;

const DEDUP_COLUMNS = `d.id, d.day, d.source, d.target, d.source_text, d.target_text, d.code, d.root, d.quad_class, d.goldstein,
  d.plover, d.mentions, d.sources, d.articles, d.first_seen, d.last_seen, d.first_added, d.is_root`;

/** A page of deduplicated events after the cursor (day, id), in (day, id) order. */
export function eventsPage(f: EventFilter, dialect: Dialect, after: { day: string; id: number } | null, limit: number): Sql {
  const { where, params }: SqlPart = filterSql(f, dialect, 'd');
  if (after) {
    where.push('(d.day > ? OR (d.day = ? AND d.id > ?))');
    params.push(after.day, after.day, after.id);
  }
  return { sql: `SELECT ${DEDUP_COLUMNS} FROM dedup_events d ${whereClause(where)} ORDER BY d.day, d.id LIMIT ?`, params: [...params, limit] };
}

/** The first and last day in the rollup (index ends, so cheap). */
export const DAY_BOUNDS = `SELECT (SELECT MIN(day) FROM dyad_day) AS first, (SELECT MAX(day) FROM dyad_day) AS last`;

/** A range that covers every stored day is all time, which the all-time rollup answers in one small read. */
export function widenToAllTime(f: EventFilter, bounds: Row | undefined): EventFilter {
  if (f.from === undefined && f.to === undefined) return f;
  const first = bounds?.first;
  const last = bounds?.last;
  if (typeof first !== 'string' || typeof last !== 'string') return f;
  if ((f.from ?? '') <= first && (f.to ?? '9999-12-31') >= last) return { ...f, from: undefined, to: undefined };
  return f;
}

export function topDyadsSql(f: EventFilter, dialect: Dialect, limit: number): Sql {
  if (rollupCanAnswer(f)) return topDyadsFromRollups(f, dialect, limit);
  const { where, params } = filterSql(f, dialect, 'd');
  where.unshift('d.source IS NOT NULL', 'd.target IS NOT NULL', `d.day <> ''`);
  return {
    sql: `SELECT d.source, d.target, COUNT(*) AS events, SUM(d.mentions) AS mentions, SUM(d.goldstein) AS goldstein_sum
      FROM dedup_events d ${whereClause(where)} GROUP BY d.source, d.target ORDER BY events DESC, d.source, d.target LIMIT ?`,
    params: [...params, limit],
  };
}

export function dyadDaysSql(source: string, target: string, f: EventFilter, dialect: Dialect): Sql {
  const g = { ...f, actor: undefined, source: undefined, target: undefined };
  if (rollupCanAnswer(g)) {
    const { where, params } = filterSql(g, dialect, 'r', false);
    where.unshift('r.source = ?', 'r.target = ?');
    return {
      sql: `SELECT r.day, r.quad_class, r.events, r.mentions, r.goldstein_sum FROM dyad_day r ${whereClause(where)} ORDER BY r.day, r.quad_class`,
      params: [source, target, ...params],
    };
  }
  const { where, params } = filterSql(g, dialect, 'd');
  where.unshift('d.source = ?', 'd.target = ?', `d.day <> ''`);
  return {
    sql: `SELECT d.day, d.quad_class, COUNT(*) AS events, SUM(d.mentions) AS mentions, SUM(d.goldstein) AS goldstein_sum
      FROM dedup_events d ${whereClause(where)} GROUP BY d.day, d.quad_class ORDER BY d.day, d.quad_class`,
    params: [source, target, ...params],
  };
}

const MENTION_COLUMNS = `e.id AS event_id, e.dedup_id, e.article_id, a.doc_id, e.sentence_index, s.text AS sentence, e.date, e.source,
  e.target, e.source_text, e.target_text, e.code, e.evidence, a.title AS article_title, a.date AS article_date,
  a.source AS article_source, a.url AS article_url
  FROM events e JOIN articles a ON a.id = e.article_id
  LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_index`;

export const MENTIONS_OF_EVENT = `SELECT ${MENTION_COLUMNS} WHERE e.dedup_id = ? ORDER BY e.id`;
export const MENTIONS_OF_ARTICLE = `SELECT ${MENTION_COLUMNS} WHERE e.article_id = ? ORDER BY e.id`;

/** Evidence links of a page of events; the id list is inlined as integers (they are numbers, never user text). */
export function evidenceRefsSql(ids: number[]): string {
  const list = ids.map((i) => String(Math.trunc(Number(i)))).join(', ');
  return `SELECT e.dedup_id, e.article_id, a.doc_id, e.sentence_index, a.url, a.source FROM events e JOIN articles a ON a.id = e.article_id
    WHERE e.dedup_id IN (${list}) ORDER BY e.dedup_id, e.id`;
}

export function groupRefs(rows: Row[]): Map<number, EvidenceRef[]> {
  const out = new Map<number, EvidenceRef[]>();
  for (const r of rows) {
    const id = num(r.dedup_id);
    const list = out.get(id) ?? [];
    list.push({ dedup_id: id, article_id: num(r.article_id), doc_id: String(r.doc_id), sentence_index: num(r.sentence_index), url: str(r.url), source: str(r.source) });
    out.set(id, list);
  }
  return out;
}

export const COUNTS = `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM sentences) AS sentences,
  (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM dedup_events) AS dedup_events`;

/** Each query counts rows that break an invariant; the label says which. */
export const INTEGRITY: [string, string][] = [
  [
    'articles whose sentence or event count differs from the rows stored (a partial article)',
    `SELECT COUNT(*) AS n FROM articles a WHERE a.sentence_count <> (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id)
       OR a.event_count <> (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)`,
  ],
  ['deduplicated events whose mention count differs from their event rows', `SELECT COUNT(*) AS n FROM dedup_events d WHERE d.mentions <> (SELECT COUNT(*) FROM events e WHERE e.dedup_id = d.id)`],
  [
    'deduplicated events whose article count differs from their event rows',
    `SELECT COUNT(*) AS n FROM dedup_events d WHERE d.articles <> (SELECT COUNT(DISTINCT e.article_id) FROM events e WHERE e.dedup_id = d.id)`,
  ],
  [
    'deduplicated events whose source count differs from their articles',
    `SELECT COUNT(*) AS n FROM dedup_events d WHERE d.sources <> (SELECT COUNT(DISTINCT COALESCE(a.source, '')) FROM events e
       JOIN articles a ON a.id = e.article_id WHERE e.dedup_id = d.id)`,
  ],
  [
    'dyad-by-day rollup rows that differ from the deduplicated events',
    `SELECT COUNT(*) AS n FROM (SELECT COALESCE(d.source, '') AS source, COALESCE(d.target, '') AS target, d.day, d.quad_class,
       COUNT(*) AS events, SUM(d.mentions) AS mentions, SUM(d.goldstein) AS gs FROM dedup_events d WHERE d.day <> ''
       GROUP BY COALESCE(d.source, ''), COALESCE(d.target, ''), d.day, d.quad_class) x
     FULL OUTER JOIN dyad_day r ON r.source = x.source AND r.target = x.target AND r.day = x.day AND r.quad_class = x.quad_class
     WHERE x.events IS NULL OR r.events IS NULL OR x.events <> r.events OR x.mentions <> r.mentions OR ABS(x.gs - r.goldstein_sum) > 0.0001`,
  ],
  [
    'monthly rollup rows that differ from the daily rollup',
    `SELECT COUNT(*) AS n FROM (SELECT source, target, substr(day, 1, 7) AS month, quad_class, SUM(events) AS events, SUM(mentions) AS mentions,
       SUM(goldstein_sum) AS gs FROM dyad_day GROUP BY source, target, substr(day, 1, 7), quad_class) x
     FULL OUTER JOIN dyad_month r ON r.source = x.source AND r.target = x.target AND r.month = x.month AND r.quad_class = x.quad_class
     WHERE x.events IS NULL OR r.events IS NULL OR x.events <> r.events OR x.mentions <> r.mentions OR ABS(x.gs - r.goldstein_sum) > 0.0001`,
  ],
  [
    'all-time rollup rows that differ from the daily rollup',
    `SELECT COUNT(*) AS n FROM (SELECT source, target, quad_class, SUM(events) AS events, SUM(mentions) AS mentions, SUM(goldstein_sum) AS gs
       FROM dyad_day GROUP BY source, target, quad_class) x
     FULL OUTER JOIN dyad_total r ON r.source = x.source AND r.target = x.target AND r.quad_class = x.quad_class
     WHERE x.events IS NULL OR r.events IS NULL OR x.events <> r.events OR x.mentions <> r.mentions OR ABS(x.gs - r.goldstein_sum) > 0.0001`,
  ],
];

type Row = Record<string, unknown>;
const num = (v: unknown): number => Number(v);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toDedupEvent(r: Row): DedupEvent {
  return {
    id: num(r.id),
    day: r.day === '' ? null : str(r.day),
    source: str(r.source),
    target: str(r.target),
    source_text: str(r.source_text),
    target_text: str(r.target_text),
    code: String(r.code),
    root: String(r.root),
    quad_class: num(r.quad_class),
    goldstein: num(r.goldstein),
    plover: str(r.plover),
    mentions: num(r.mentions),
    sources: num(r.sources),
    articles: num(r.articles),
    first_seen: str(r.first_seen),
    last_seen: str(r.last_seen),
    first_added: String(r.first_added),
    is_root: num(r.is_root),
  };
}

export function toMention(r: Row): Mention {
  return {
    event_id: num(r.event_id),
    dedup_id: num(r.dedup_id),
    article_id: num(r.article_id),
    doc_id: String(r.doc_id),
    sentence_index: num(r.sentence_index),
    sentence: String(r.sentence ?? ''),
    date: str(r.date),
    source: str(r.source),
    target: str(r.target),
    source_text: str(r.source_text),
    target_text: str(r.target_text),
    code: String(r.code),
    evidence: (typeof r.evidence === 'string' ? JSON.parse(r.evidence) : r.evidence) as EventEvidence,
    article_title: str(r.article_title),
    article_date: str(r.article_date),
    article_source: str(r.article_source),
    article_url: str(r.article_url),
  };
}

export function toDyadCount(r: Row): DyadCount {
  return { source: String(r.source), target: String(r.target), events: num(r.events), mentions: num(r.mentions), goldstein_sum: num(r.goldstein_sum) };
}

export function toDyadDay(r: Row): DyadDayRow {
  return { day: String(r.day), quad: num(r.quad_class), events: num(r.events), mentions: num(r.mentions), goldstein_sum: num(r.goldstein_sum) };
}
