/** The preposition a noun phrase hangs on, if any: what decides "in Moscow" from "Moscow" as a subject. */
import type { Span, Token } from '../model/types.js';

/** Prepositions of a place where something happens ("in Kirkuk", "near the town of Rafah"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'across', 'throughout', 'inside', 'outside']);

/**
 * The word before the rest of the noun phrase that ends just before `start` (6 words at most of determiners,
 * adjectives, nouns, names, numbers and a possessive): "following" in "following the invasions", "from" in "from the
 * country's UN mission"; -1 when the phrase runs further back or to the sentence start.
 */
export function phraseOpener(tokens: Token[], start: number): number {
  for (let i = start - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const t = tokens[i]!;
    const pos = t.pos;
    if (!(pos === 'DET' || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' || t.lower === "'s")) return i;
  }
  return -1;
}

/**
 * The index of the preposition the noun phrase at `start` hangs on, or -1 when it hangs on none.
 * With the sentence's time expressions, a preposition that holds one holds only that: in "On Monday Russia said",
 * "On" governs "Monday", and "Russia" opens the clause.
 */
export function governingPreposition(tokens: Token[], start: number, times?: Span[]): number {
  const i = phraseOpener(tokens, start);
  if (i < 0 || tokens[i]!.pos !== 'ADP') return -1;
  return times && i + 1 < start && timeBetween(tokens, times, i + 1, start) ? -1 : i;
}

/** Whether the words in [from, to) are a time expression, save for determiners at its end ("On Monday the …"). */
function timeBetween(tokens: Token[], times: Span[], from: number, to: number): boolean {
  while (to > from && tokens[to - 1]!.pos === 'DET') to--;
  if (to <= from) return false;
  return times.some((s) => s.start <= from && s.end >= to);
}
