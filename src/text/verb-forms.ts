/** Word forms of verbs the tagger sometimes misses: a past tense or headline present read as a noun. */
const IRREGULAR: Record<string, string> = { shot: 'shoot', struck: 'strike', fought: 'fight', slew: 'slay', seized: 'seize', hit: 'hit', beat: 'beat', overran: 'overrun', retook: 'retake', took: 'take', held: 'hold', met: 'meet', sent: 'send', led: 'lead', fled: 'flee' };

/**
 * Candidate infinitives of a finite form: "rioted" → riot, "stopped" → stop, "freed" → free, "carried" → carry, and
 * the headline present "lifts" → lift, "releases" → release.
 */
export function pastStems(word: string): string[] {
  const irregular = IRREGULAR[word];
  if (irregular) return [irregular];
  if (/[^s]s$/.test(word) && word.length > 3) {
    const out = [word.slice(0, -1)];
    if (word.endsWith('es')) out.push(word.slice(0, -2));
    if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
    return out;
  }
  if (!word.endsWith('ed') || word.length < 5) return [];
  const base = word.slice(0, -2);
  const out = [base, word.slice(0, -1)];
  if (/([bdgklmnprt])\1$/.test(base)) out.push(base.slice(0, -1));
  if (base.endsWith('i')) out.push(base.slice(0, -1) + 'y');
  return out;
}
