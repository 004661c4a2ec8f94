/**
 * Who performs a verb: the subject of its clause, found from POS tags and mentions alone (no parser).
 * Handles appositions ("Russia, one of its allies, is …"), coordinated verbs ("expelled …, withdrew … and
 * threatened …" share one subject), infinitives (the controller: "X moved to restart" → X; "urged X to halt" → X)
 * and reduced clauses that have no subject of their own.
 */
import type { Modality } from '../dictionary/load-modality.js';
import type { ActorMention } from '../model/types.js';
import { PLACE_PREPOSITIONS, governingPreposition } from '../actors/governing-preposition.js';
import { SUBORDINATORS, type SentenceView } from './sentence-view.js';

export interface SubjectFinder {
  subjectOf(v: number): ActorMention | undefined;
}

export function subjectFinder(view: SentenceView, modality: Modality): SubjectFinder {
  // memo[v]: the subject of verb v, null when it has none (or is being found: a guard against cycles)
  const memo: (ActorMention | null | undefined)[] = [];
  const tokens = view.tokens;

  const previousVerb = (before: number): number => {
    for (let i = before - 1; i >= 0; i--) if (view.isVerb(i)) return i;
    return -1;
  };

  const previousFiniteVerb = (before: number): number => {
    for (let i = before - 1; i >= 0; i--) {
      if (!view.isVerb(i)) continue;
      const g = view.verbGroup(i);
      const gerund = tokens[i]!.lower.endsWith('ing') && g.start === i;
      if (!g.infinitive && !gerund) return i;
    }
    return previousVerb(before);
  };

  const find = (v: number): ActorMention | undefined => {
    const group = view.verbGroup(v);
    // infinitive: the controller does it
    if (group.infinitive) {
      const g = previousVerb(group.start);
      if (g >= 0 && group.start - g <= 8) {
        if (modality.objectControl.has(tokens[g]!.lemma)) {
          const obj = view.firstMention(g + 1, group.start);
          if (obj) return obj;
        }
        return subjectOf(g);
      }
    }
    let j = group.start - 1;
    for (;;) {
      while (j >= 0 && view.isSkippable(j) && !view.mentionAt[j]) j--;
      // "The World Health Organization (WHO) is providing …": step over the bracket
      if (tokens[j]?.text !== ')') break;
      let open = j - 1;
      while (open >= 0 && tokens[open]!.text !== '(' && j - open < 12) open--;
      if (open < 0 || tokens[open]!.text !== '(') break;
      j = open - 1;
    }
    const at = view.mentionAt[j];
    // (a place reached through "of" is still where something happens: "in the northern city of Kirkuk")
    const inPP = (m: ActorMention) => view.inPrepositionalPhrase(m) || (m.kind === 'country' && locative(m));
    // "cooperate with UN inspectors probing suspect sites": a bare -ing form right after a phrase describes that phrase
    // (but not a place: "demonstrated in Kirkuk on Sunday calling for independence" — the demonstrators call)
    if (at && at.end === group.start && group.start === v && tokens[v]!.lower.endsWith('ing') && !(at.kind === 'country' && locative(at))) return at;
    // ("met China before Russia attacked": a phrase right before the verb after a subordinator is that clause's subject)
    if (at && at.end === j + 1 && (!inPP(at) || opensClause(at))) return ownerOf(at) ?? at;
    const t = tokens[j];
    if (!t) return undefined;
    if (t.text === ',') {
      // apposition: ", X ," before the verb → the phrase before the opening comma
      for (let k = j - 1; k >= Math.max(0, j - 12); k--) {
        if (view.isVerb(k) || view.isHardStop(k)) break;
        if (tokens[k]!.text === ',') {
          const head = view.mentionAt[k - 1];
          const p = head ? governingPreposition(tokens, head.start, view.sentence.timeSpans) : -1;
          const inPP = p >= 0 && tokens[p]!.lower !== 'of';
          if (head && head.end === k && !inPP) return head;
          // "Separatist forces in Abkhazia, Georgia's other breakaway region, attacked …", "Israel's ambassador to
          // the United Nations, Ron Prosor, criticized …": the phrase the prepositional phrase hangs on is the subject
          const owner = head && inPP && head.end === k ? view.mentionAt[p - 1] : undefined;
          if (owner && owner.end === p && !view.inPrepositionalPhrase(owner)) return owner;
          // "U.S. envoy to Asia, James Kelly, has met": the apposition itself names the subject
          const inner = view.mentionAt[j - 1];
          if (inner && inner.end === j) return inner;
          break;
        }
      }
    }
    if (t.lower === 'and' || t.lower === 'or' || t.text === ',' || t.lower === 'but' || t.lower === 'then') {
      // "urged Pyongyang to reverse its decision and warned …": the coordinated verb is the finite one, not "reverse"
      const g = previousFiniteVerb(j);
      if (g >= 0) return subjectOf(g);
    }
    // otherwise the nearest mention to the left that is not the object of a preposition, within the clause
    for (let k = j; k >= 0; k--) {
      // "Hizbollah (Party of God) group declared": a bracket inside the subject phrase is stepped over
      if (tokens[k]!.text === ')') {
        let open = k - 1;
        while (open >= 0 && tokens[open]!.text !== '(' && k - open < 12) open--;
        if (open >= 0 && tokens[open]!.text === '(') {
          k = open;
          continue;
        }
      }
      if (view.isHardStop(k)) break;
      const m = view.mentionAt[k];
      if (m && m.end === k + 1) {
        if (inPP(m)) {
          k = m.start;
          continue;
        }
        // ("the coalition fighting Houthi rebels in Yemen has declared …": the object of a participle that describes
        // the subject is not the subject)
        const before = tokens[m.start - 1];
        if (before && before.pos === 'VERB' && before.lower.endsWith('ing') && m.start - 1 > 0 && view.mentionAt[m.start - 2] === undefined && /^(NOUN|PROPN)$/.test(tokens[m.start - 2]!.pos)) {
          k = m.start - 1;
          continue;
        }
        return m;
      }
      // "the consortium that supplies oil to North Korea decided": the subject is what the relative clause hangs on
      const w = tokens[k]!;
      if ((w.lower === 'that' || w.lower === 'which' || w.lower === 'who') && k > 0 && k < j) {
        const head = view.mentionAt[k - 1];
        if (head && head.end === k) return head;
        if (tokens[k - 1]!.pos === 'NOUN') return undefined;
      }
      if (view.isVerb(k) && !view.mentionAt[k]) return subjectOf(k);
    }
    return undefined;
  };

  // a place where something happens: "in Kirkuk", "in the northern city of Kirkuk"
  const locative = (m: ActorMention): boolean => {
    let p = governingPreposition(tokens, m.start, view.sentence.timeSpans);
    while (p > 0 && tokens[p]!.lower === 'of') p = governingPreposition(tokens, p, view.sentence.timeSpans);
    return p >= 0 && PLACE_PREPOSITIONS.has(tokens[p]!.lower);
  };

  const opensClause = (m: ActorMention): boolean => {
    const p = governingPreposition(tokens, m.start);
    return p >= 0 && SUBORDINATORS.has(tokens[p]!.lower);
  };

  // "The Albanians of southern Serbia are demanding …": the phrase before "of" is the subject, the place describes it
  const ownerOf = (m: ActorMention): ActorMention | undefined => {
    // walk back over the rest of the place's phrase ("of the Israeli-occupied West Bank")
    let of = m.start - 1;
    while (of > m.start - 6 && of > 0 && tokens[of]!.lower !== 'of' && (/^(DET|ADJ|PROPN|NOUN|NUM)$/.test(tokens[of]!.pos) || tokens[of]!.text === '-' || (tokens[of]!.pos === 'VERB' && tokens[of]!.lower.endsWith('ed')))) of--;
    if (tokens[of]?.lower !== 'of') return undefined;
    const head = view.mentionAt[of - 1];
    return head && head.end === of && head.human ? head : undefined;
  };

  const subjectOf = (v: number): ActorMention | undefined => {
    const known = memo[v];
    if (known !== undefined) return known ?? undefined;
    memo[v] = null;
    const s = find(v);
    memo[v] = s ?? null;
    return s;
  };
  return { subjectOf };
}
