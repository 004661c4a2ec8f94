/**
 * Coded articles built by hand for store tests: the store only reads what the coder hands it, so these exercise it
 * exactly, without the coder's own behaviour in the way.
 */
import type { CodedEvent } from '../../src/model/types.js';
import type { CodedArticle } from '../../src/pipeline/run-pipeline.js';

export interface EventSpec {
  s: string | null;
  t: string | null;
  code: string;
  /** Sentence it is told in (default 0). */
  in?: number;
  date?: string | null;
  sText?: string;
  tText?: string;
}

const QUAD: Record<string, number> = { '01': 1, '02': 1, '03': 1, '04': 1, '05': 1, '06': 2, '07': 2, '08': 2, '09': 2, '10': 3, '11': 3, '12': 3, '13': 3, '14': 3 };
const GOLDSTEIN: Record<string, number> = { '040': 1, '042': 1.9, '043': 2.8, '051': 3.4, '070': 7, '120': -4, '163': -8, '190': -10, '192': -10 };

export function coded(spec: { id: string; sentences: string[]; date?: string; source?: string; title?: string; url?: string; events?: EventSpec[] }): CodedArticle {
  const text = spec.sentences.join(' ');
  let offset = 0;
  const sentences = spec.sentences.map((s, index) => {
    const sentence = { index, text: s, offset, tokens: [], dates: [], timeSpans: [] };
    offset += s.length + 1;
    return { sentence, actors: [], trace: [] };
  });
  const events: CodedEvent[] = (spec.events ?? []).map((e) => {
    const root = e.code.slice(0, 2);
    return {
      doc_id: spec.id,
      sentence_index: e.in ?? 0,
      sentence: spec.sentences[e.in ?? 0] ?? '',
      source: e.s,
      target: e.t,
      source_text: e.sText ?? e.s,
      target_text: e.tText ?? e.t,
      code: e.code,
      root,
      quad_class: QUAD[root] ?? 4,
      goldstein: GOLDSTEIN[e.code] ?? 0,
      plover: null,
      date: e.date === undefined ? (spec.date ?? null) : e.date,
      evidence: { pattern: `test.${e.code}`, pattern_code: e.code, trigger: [{ text: 'x', start: 0, end: 1 }], source_entries: [], target_entries: [], modality: 'asserted', rule: 'test' },
    };
  });
  const article = { id: spec.id, text, ...(spec.date ? { date: spec.date } : {}), ...(spec.source ? { source: spec.source } : {}), ...(spec.title ? { title: spec.title } : {}), ...(spec.url ? { url: spec.url } : {}) };
  return { article, sentences, events };
}
