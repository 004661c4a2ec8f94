/** Word forms of verbs the tagger sometimes misses: a past tense or headline present read as a noun. */
// a Map, not an object: most words looked up are not in it, and a miss on an object literal is slow
const IRREGULAR = new Map(Object.entries({ shot: 'shoot', struck: 'strike', fought: 'fight', slew: 'slay', seized: 'seize', hit: 'hit', beat: 'beat', overran: 'overrun', retook: 'retake', took: 'take', held: 'hold', met: 'meet', sent: 'send', led: 'lead', fled: 'flee' }));
const DOUBLED = /([bdgklmnprt])\1$/;
const LETTER_S = 0x73;

/**
 * The infinitive of a finite form, if `isVerb` knows it: "rioted" → riot, "stopped" → stop, "freed" → free, "carried"
 * → carry, and the headline present "lifts" → lift, "releases" → release. The candidate stems are tried in that order
 * and the first verb wins. Asked of many nouns per sentence, so it builds no list of candidates.
 */
export function verbStem(word: string, isVerb: (stem: string) => boolean): string | null {
  const irregular = IRREGULAR.get(word);
  if (irregular) return isVerb(irregular) ? irregular : null;
  const n = word.length;
  let stem: string;
  // a headline present ("-s", but not "-ss": "press")
  if (n > 3 && word.charCodeAt(n - 1) === LETTER_S && word.charCodeAt(n - 2) !== LETTER_S) {
    if (isVerb((stem = word.slice(0, -1)))) return stem;
    if (word.endsWith('es') && isVerb((stem = word.slice(0, -2)))) return stem;
    if (word.endsWith('ies') && isVerb((stem = `${word.slice(0, -3)}y`))) return stem;
    return null;
  }
  if (!word.endsWith('ed') || n < 5) return null;
  const base = word.slice(0, -2);
  if (isVerb(base)) return base;
  if (isVerb((stem = word.slice(0, -1)))) return stem;
  if (DOUBLED.test(base) && isVerb((stem = base.slice(0, -1)))) return stem;
  if (base.endsWith('i') && isVerb((stem = base.slice(0, -1) + 'y'))) return stem;
  return null;
}
