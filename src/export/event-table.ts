/**
 * Deduplicated events as Dyad's own table, for `export --format jsonl|csv` and `query`: the event, its counts, and
 * links to every piece of evidence (`article_id:sentence_index`).
 */
import type { DedupEvent, EvidenceRef } from '../store/store.js';

export const EVENT_COLUMNS = [
  'id', 'day', 'source', 'target', 'source_text', 'target_text', 'code', 'root', 'quad_class', 'goldstein', 'plover',
  'mentions', 'sources', 'articles', 'first_seen', 'last_seen', 'first_added', 'is_root', 'evidence',
] as const;

/** RFC 4180: quote a field that holds a comma, quote or line break. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: unknown[]): string => fields.map(csvField).join(',');

export function eventRecord(e: DedupEvent, refs: EvidenceRef[] = []) {
  return { ...e, evidence: refs.map((r) => ({ article_id: r.article_id, doc_id: r.doc_id, sentence_index: r.sentence_index })) };
}

export function eventCsvFields(e: DedupEvent, refs: EvidenceRef[] = []): unknown[] {
  const evidence = refs.map((r) => `${r.article_id}:${r.sentence_index}`).join(';');
  return EVENT_COLUMNS.map((c) => (c === 'evidence' ? evidence : e[c]));
}
