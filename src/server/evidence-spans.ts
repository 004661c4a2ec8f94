/**
 * Where an event's words are in its sentence, as character spans the dashboard highlights. Trigger offsets are in
 * the evidence; the actors are stored as their words, so they are found again in the sentence: whole words only,
 * the occurrence nearest the trigger (a source before it when there is one). Spans may overlap ("expelled the UN
 * inspectors": the trigger's noun is inside the target); the dashboard layers them.
 */
import type { EventEvidence } from '../model/types.js';

export interface EvidenceSpan {
  kind: 'source' | 'target' | 'trigger';
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]/u;

function occurrences(sentence: string, words: string): number[] {
  const out: number[] = [];
  if (!words) return out;
  for (let i = sentence.indexOf(words); i >= 0; i = sentence.indexOf(words, i + 1)) {
    const before = sentence[i - 1] ?? ' ';
    const after = sentence[i + words.length] ?? ' ';
    if (!WORD.test(before) && !WORD.test(after)) out.push(i);
  }
  return out;
}

/**
 * @example
 * evidenceSpans('Japan met China.', { source_text: 'Japan', target_text: 'China', evidence })
 * // → [{ kind: 'trigger', start: 6, end: 9 }, { kind: 'source', start: 0, end: 5 }, { kind: 'target', start: 10, end: 15 }]
 */
export function evidenceSpans(
  sentence: string,
  e: { source_text: string | null; target_text: string | null; evidence: Pick<EventEvidence, 'trigger'> },
): EvidenceSpan[] {
  const spans: EvidenceSpan[] = [];
  for (const t of e.evidence.trigger ?? []) {
    if (t.start >= 0 && t.end <= sentence.length && t.start < t.end) spans.push({ kind: 'trigger', start: t.start, end: t.end });
  }
  const at = spans[0]?.start ?? 0;
  for (const kind of ['source', 'target'] as const) {
    const words = (kind === 'source' ? e.source_text : e.target_text)?.trim() ?? '';
    const candidates = occurrences(sentence, words).map((start) => ({ kind, start, end: start + words.length }));
    if (!candidates.length) continue;
    const before = candidates.filter((c) => c.end <= at);
    const after = candidates.filter((c) => c.start >= at);
    const preferred = kind === 'source' ? (before.length ? before : after) : after.length ? after : before;
    const pool = preferred.length ? preferred : candidates;
    pool.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
    spans.push(pool[0]!);
  }
  return spans;
}
