/**
 * `POST /api/code`: codes pasted text without storing it and returns the events with the whole analysis — the data
 * `dyad explain` prints (tokens, dates, actors and how each was resolved, every trigger and pattern tried).
 */
import type { Coder } from '../index.js';
import { evidenceSpans } from './evidence-spans.js';

export function codeText(coder: Coder, text: string, date: string | undefined, label: (code: string) => string) {
  const coded = coder.codeArticle({ id: 'pasted', text, date }, { trace: true });
  return {
    events: coded.events.map((e) => ({ ...e, label: label(e.code), spans: evidenceSpans(e.sentence, e) })),
    sentences: coded.sentences.map(({ sentence: s, actors, trace }) => ({
      index: s.index,
      text: s.text,
      tokens: s.tokens.map((t) => ({ text: t.text, pos: t.pos, lemma: t.lemma, start: t.start, end: t.end })),
      dates: s.dates.map((d) => ({ text: d.text, date: d.date })),
      actors: actors.map((a) => ({
        text: a.text,
        code: a.code,
        kind: a.kind,
        via: a.evidence.via,
        entries: a.evidence.entries,
        // mentions are token ranges; the dashboard highlights characters
        start: s.tokens[a.start]?.start ?? 0,
        end: s.tokens[a.end - 1]?.end ?? 0,
      })),
      trace,
    })),
  };
}
