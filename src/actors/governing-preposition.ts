/** The preposition a noun phrase hangs on, if any: what decides "in Moscow" from "Moscow" as a subject. */
import type { Token } from '../model/types.js';

/**
 * Walks back from the token before `start` over the rest of a noun phrase ("from the country's UN mission") and
 * returns the index of the preposition it reaches, or -1 when the phrase hangs on none (6 words at most).
 */
export function governingPreposition(tokens: Token[], start: number): number {
  for (let i = start - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const t = tokens[i]!;
    const pos = t.pos;
    if (pos === 'ADP') return i;
    // the rest of the phrase: determiners, adjectives, nouns, names, numbers, a possessive
    if (!(pos === 'DET' || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' || t.lower === "'s")) return -1;
  }
  return -1;
}
