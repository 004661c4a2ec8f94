/**
 * Whether a trigger states an event, an intention, or something that does not happen (negated, hypothetical, a
 * purpose). Reads the verb group and the short chain of words that governs an infinitive or a gerund
 * ("has no intention of invading", "is willing to consider", "agreed to continue working").
 */
import type { Modality } from '../dictionary/load-modality.js';
import { SUBORDINATORS, type SentenceView } from './sentence-view.js';

export type Mood = { kind: 'asserted' } | { kind: 'intent'; governor: number } | { kind: 'refusal'; why: string } | { kind: 'none'; why: string };

const FUTURE = new Set(['will', 'would', "'ll", 'shall', 'wo']);

const CHAIN_WORDS = new Set(['to', 'of', 'on', 'for', 'in', 'at', 'about', 'from', 'with', 'the', 'a', 'an', 'be', 'been', 'being']);
// aspect and attempt: "continued to attack", "tried to hack into" — the action is (being) done
const ASPECT = new Set(['continue', 'keep', 'start', 'begin', 'resume', 'try', 'attempt']);
// a decision taken is the action, as CAMEO coders code "decided to lift sanctions" (not a promise to lift them)
const DECIDED = new Set(['decide']);
// words that state the action they govern took place: "guilty of violating the ceasefire", "managed to free",
// "resorted to throwing stones", "proceeded to arrest"
const FACTIVE = new Set(['guilty', 'manage', 'succeed', 'resort', 'proceed']);

/**
 * `own`: tokens a pattern names before its trigger ("will not [attend]", "failed to [meet]"). They are the pattern's
 * statement of the mood, already in its code, so they are not read as cues here; and a trigger governed by words
 * the pattern names (an infinitive or gerund after them) is coded as the pattern says.
 */
export function moodOf(view: SentenceView, trigger: number, groupStart: number, modality: Modality, own?: ReadonlySet<number>): Mood {
  const tokens = view.tokens;
  // "removing the sanctions is out of the question": the action is the subject of its own refusal
  if (tokens[trigger]!.lower.endsWith('ing') && ruledOut(view, trigger)) return { kind: 'refusal', why: 'refused: "out of the question"' };
  const group = own ? tokens.slice(groupStart, trigger).filter((_, k) => !own.has(groupStart + k)) : tokens.slice(groupStart, trigger);
  // "X said it would allow …": reported speech turns "would" into a future, an intention
  const reported = () => tokens.slice(0, groupStart).some((t) => t.pos === 'VERB' && modality.reporting.has(t.lemma));
  let futureInPast = false;
  for (const t of group) {
    // "will not lift the embargo" refuses; "did not attack" only did not happen
    if (modality.negation.has(t.lower)) return group.some((x) => FUTURE.has(x.lower)) ? { kind: 'refusal', why: `refused: "${group.map((x) => x.text).join(' ')}"` } : { kind: 'none', why: `negated by "${t.text}"` };
    if ((t.lower === 'would' || t.lower === "'d") && reported()) futureInPast = true;
    else if (modality.hypothetical.has(t.lower)) return { kind: 'none', why: `hypothetical: "${t.text}"` };
  }
  if (futureInPast) return { kind: 'intent', governor: groupStart };
  for (const t of group) if (modality.intentGovernor.has(t.lower)) return { kind: 'intent', governor: groupStart };

  // what a demand asks for has not happened: "demanded that the US cancel plans", "insisted that Burundi grant rights"
  for (let i = groupStart - 1, n = 0; i >= 1 && n < 8; i--, n++) {
    if (view.isHardStop(i)) break;
    if (tokens[i]!.lower !== 'that') continue;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (own?.has(k)) continue;
      if (modality.mandative.has(tokens[k]!.lemma) || modality.mandative.has(tokens[k]!.lower)) return { kind: 'none', why: `what "${tokens[k]!.text}" asks for` };
    }
    break;
  }
  // a conditional clause: "if it abandons …"
  for (let i = groupStart - 1; i >= 0 && i >= groupStart - 10; i--) {
    const t = tokens[i]!;
    if (view.isHardStop(i) || t.text === ',') break;
    if (own?.has(i)) continue;
    if (t.lower === 'if' || t.lower === 'unless' || t.lower === 'whether') return { kind: 'none', why: `conditional: "${t.text}"` };
    // "must agree to changes before they demobilize": a present tense after before/until has not happened yet
    if ((t.lower === 'before' || t.lower === 'until') && present(tokens[trigger]!, group)) return { kind: 'none', why: `not yet: "${t.text}"` };
  }

  const trig = tokens[trigger]!;
  const infinitive = group.some((t) => t.lower === 'to' && t.pos === 'PART');
  const before = tokens[groupStart - 1];
  const gerund = trig.lower.endsWith('ing') && trig.pos === 'VERB' && !group.some((t) => t.pos === 'AUX');
  const governed = infinitive || (gerund && before !== undefined && (before.pos === 'ADP' || before.pos === 'VERB' || before.pos === 'SCONJ'));
  if (!governed) return { kind: 'asserted' };

  // walk the governing chain leftwards: "no intention of", "is willing to", "agreed Sunday to continue"
  let aspectual = false;
  for (let i = groupStart - 1, steps = 0; i >= 0 && steps < 7; i--, steps++) {
    const t = tokens[i]!;
    if (view.isHardStop(i) || t.text === ',') break;
    if (own?.has(i)) continue;
    const w = t.lower;
    const l = t.lemma;
    if (modality.negation.has(w)) return { kind: 'none', why: `negated by "${t.text}"` };
    if (modality.refusalGovernor.has(l)) return { kind: 'refusal', why: `refused: "${t.text}"` };
    if (modality.negatingGovernor.has(l) || modality.negatingGovernor.has(w)) return { kind: 'none', why: `negated by "${t.text}"` };
    if (modality.hypothetical.has(w) || modality.hypothetical.has(l)) return { kind: 'none', why: `hypothetical: "${t.text}"` };
    if (modality.intentGovernor.has(l) || modality.intentGovernor.has(w)) {
      // "rejected a US offer to host a summit": an offer or plan that was turned down is no one's intention
      if (t.pos === 'NOUN') {
        for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
          const x = tokens[k]!;
          if (x.pos === 'VERB' && (modality.refusalGovernor.has(x.lemma) || modality.negatingGovernor.has(x.lemma))) return { kind: 'none', why: `"${t.text}" was turned down ("${x.text}")` };
          if (!/^(DET|ADJ|PROPN|NOUN|PART|NUM)$/.test(x.pos)) break;
        }
      }
      // "talks aimed at ending the war", "a plan intended to …": a participle after a noun states a thing's purpose,
      // no actor's intention
      const g = view.verbGroup(i);
      if (t.pos === 'VERB' && g.start === i && /ed$/.test(w) && tokens[i - 1]?.pos === 'NOUN' && !view.mentionAt[i - 1]) {
        return { kind: 'none', why: `the purpose of "${tokens[i - 1]!.text}", not an intention` };
      }
      // the intention itself may be negated or hypothetical: "is not willing to", "might agree to", "no intention of"
      for (let k = Math.min(g.start, i - 2); k < i; k++) {
        if (k < 0) continue;
        const x = tokens[k]!.lower;
        if (modality.negation.has(x)) return { kind: 'none', why: `negated by "${tokens[k]!.text}"` };
        // "said he would be ready to host": a reported "would" is a future, not a condition
        if ((x === 'would' || x === "'d") && reported()) continue;
        if (modality.hypothetical.has(x)) return { kind: 'none', why: `hypothetical: "${tokens[k]!.text}"` };
      }
      return { kind: 'intent', governor: i };
    }
    // "is about to restore ties": imminent, coded as the action (as PETRARCH and TABARI do)
    if (w === 'about' && tokens[i + 1]?.lower === 'to') {
      aspectual = true;
      continue;
    }
    if ((t.pos === 'VERB' && (ASPECT.has(l) || (DECIDED.has(l) && t.lower !== l))) || FACTIVE.has(l)) {
      aspectual = true;
      continue;
    }
    if (view.isDate(i) || t.pos === 'ADV' || t.pos === 'AUX' || CHAIN_WORDS.has(w) || CHAIN_WORDS.has(l)) continue;
    break;
  }
  // "continued to attack", "began shelling": the action happens
  if (aspectual) return { kind: 'asserted' };
  // a pattern naming words before its trigger ("hosting * [celebrate]") has said what governs it: coded as it says
  if (own) for (const x of own) if (x < groupStart) return { kind: 'asserted' };
  return { kind: 'none', why: infinitive ? 'a purpose or complement (to-infinitive), not an action taken' : 'a gerund governed by another word' };
}

/** A present tense with no auxiliary: "before they demobilize", "until it withdraws". */
function present(verb: { lower: string; lemma: string; pos: string }, group: { pos: string }[]): boolean {
  if (group.some((t) => t.pos === 'AUX')) return false;
  return verb.lower === verb.lemma || verb.lower === `${verb.lemma}s` || verb.lower === `${verb.lemma}es`;
}

/** Whether the phrase a trigger opens is said to be "out of (the) question" in its clause. */
export function ruledOut(view: SentenceView, trigger: number): boolean {
  const tokens = view.tokens;
  for (let i = trigger + 1; i < tokens.length && i < trigger + 14; i++) {
    const t = tokens[i]!;
    // within the phrase and its own "is": not past a comma, a new clause or another verb
    if (view.isHardStop(i) || t.text === ',' || SUBORDINATORS.has(t.lower) || (t.pos === 'VERB' && t.lemma !== 'be')) return false;
    if (t.lower !== 'out' || tokens[i + 1]?.lower !== 'of') continue;
    const q = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
    if (tokens[q]?.lower === 'question') return true;
  }
  return false;
}
