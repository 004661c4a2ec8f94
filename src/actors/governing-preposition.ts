/** The preposition a noun phrase hangs on, if any: what decides "in Moscow" from "Moscow" as a subject. */
import type { Span, Token } from '../model/types.js';

/**
 * Walks back from the token before `start` over the rest of a noun phrase ("from the country's UN mission") and
 * returns the index of the preposition it reaches, or -1 when the phrase hangs on none (6 words at most).
 * With the sentence's time expressions, a preposition that holds one holds only that: in "On Monday Russia said",
 * "On" governs "Monday", and "Russia" opens the clause.
 */
export function governingPreposition(tokens: Token[], start: number, times?: Span[]): number {
  for (let i = start - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const t = tokens[i]!;
    const pos = t.pos;
    if (pos === 'ADP') return times && i + 1 < start && timeBetween(tokens, times, i + 1, start) ? -1 : i;
    // the rest of the phrase: determiners, adjectives, nouns, names, numbers, a possessive
    if (!(pos === 'DET' || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' || t.lower === "'s")) return -1;
  }
  return -1;
}

/** Whether the words in [from, to) are a time expression, save for determiners at its end ("On Monday the …"). */
function timeBetween(tokens: Token[], times: Span[], from: number, to: number): boolean {
  while (to > from && tokens[to - 1]!.pos === 'DET') to--;
  if (to <= from) return false;
  return times.some((s) => s.start <= from && s.end >= to);
}
