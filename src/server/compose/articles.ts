/**
 * Articles for the reader: one article with each sentence's events and their evidence spans, and a list of the
 * articles that report events. The Store can fetch an article by id but not list them, so the list is gathered from
 * the evidence links of every event (articles that yielded no event are not in it).
 */
import type { Mention, Store, StoredArticle } from '../../store/store.js';
import { type EvidenceSpan, evidenceSpans } from '../evidence-spans.js';

export type MentionWithSpans = Mention & { label: string; spans: EvidenceSpan[] };

export function withSpans(m: Mention, label: (code: string) => string): MentionWithSpans {
  return { ...m, label: label(m.code), spans: evidenceSpans(m.sentence, m) };
}

export function articleView(a: StoredArticle, label: (code: string) => string) {
  const bySentence = new Map<number, MentionWithSpans[]>();
  for (const m of a.events) {
    const list = bySentence.get(m.sentence_index) ?? [];
    list.push(withSpans(m, label));
    bySentence.set(m.sentence_index, list);
  }
  return {
    id: a.id,
    doc_id: a.doc_id,
    title: a.title,
    date: a.date,
    source: a.source,
    url: a.url,
    origin: a.origin,
    added_at: a.added_at,
    sentences: a.sentences.map((s) => ({ index: s.index, offset: s.offset, text: s.text, events: bySentence.get(s.index) ?? [] })),
  };
}

const CHUNK = 1000;

/** Article ids that report events, with how many event rows each, in storage order. */
export async function articlesWithEvents(store: Store): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  let ids: number[] = [];
  const drain = async () => {
    for (const refs of (await store.evidenceRefs(ids)).values()) for (const r of refs) counts.set(r.article_id, (counts.get(r.article_id) ?? 0) + 1);
    ids = [];
  };
  for await (const e of store.events()) {
    ids.push(e.id);
    if (ids.length >= CHUNK) await drain();
  }
  if (ids.length) await drain();
  return new Map([...counts.entries()].sort((a, b) => a[0] - b[0]));
}
