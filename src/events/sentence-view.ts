/**
 * A sentence seen by the event stage: tokens, the actor mentions indexed by token, and the cheap structural facts
 * (verb groups, boundaries) every pattern needs.
 */
import type { ActorMention, Sentence, Token } from '../model/types.js';
import { governingPreposition } from '../actors/governing-preposition.js';
import { isHyphen } from '../text/token-shapes.js';
import { verbStem } from '../text/verb-forms.js';

export const SUBORDINATORS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'as', 'after', 'before', 'if', 'unless',
  'whether', 'although', 'though', 'since', 'where', 'until', 'once', 'so',
]);
/** Tokens no clause runs through: ; : ( ) " “ ” (compared as characters: this runs for most tokens, often). */
function hardStop(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x22 || c === 0x201c || c === 0x201d;
}
/** Prepositions that, before a number, make a quantity ("up to 100"), not a prepositional phrase. */
const QUANTIFYING = new Set(['to', 'over', 'under', 'about', 'around', 'than']);
const TIME_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'now', 'later', 'earlier', 'also', 'again', 'still', 'already', 'recently', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'last', 'this', 'week', 'month', 'year']);

/** Whether a mention's words include a nationality adjective ("Chinese attacks"). */
function namedByNationality(m: ActorMention): boolean {
  for (const e of m.evidence.entries) if (e.startsWith('adjective:')) return true;
  return false;
}

export interface VerbGroup {
  /** First token of the group (auxiliaries, negation, adverbs before the verb). */
  start: number;
  verb: number;
  words: string[];
  infinitive: boolean;
  passive: boolean;
}

export class SentenceView {
  readonly tokens: Token[];
  /** mentionAt[i] = the mention covering token i, if any. */
  readonly mentionAt: (ActorMention | undefined)[];
  /** Words patterns may step over: dates and adverbs. */
  readonly skippable: boolean[];

  /**
   * repaired[i]: the lemma of token i when the tagger called it a noun or adjective where a verb must stand
   * ("demonstrators rioted"); a sparse array, as most sentences have none.
   */
  readonly repaired: (string | undefined)[] = [];

  /** verbGroup's answers: the subject finder, modality and the event stage ask again and again about the same verbs. */
  private groups: (VerbGroup | undefined)[] | null = null;

  constructor(
    readonly sentence: Sentence,
    readonly mentions: ActorMention[],
    verbLemmas?: (word: string) => boolean,
  ) {
    this.tokens = sentence.tokens;
    this.mentionAt = new Array(this.tokens.length);
    this.skippable = new Array(this.tokens.length);
    for (let i = 0; i < this.tokens.length; i++) this.skippable[i] = this.tokens[i]!.pos === 'ADV' || this.isDate(i);
    for (const m of mentions) for (let i = m.start; i < m.end; i++) this.mentionAt[i] = m;
    if (verbLemmas) this.repairVerbs(verbLemmas);
    // a repaired verb ends the noun phrase that swallowed it
    for (let i = 0; i < this.repaired.length; i++) {
      if (this.repaired[i] === undefined) continue;
      const m = this.mentionAt[i];
      if (!m || m.start >= i) continue;
      const cut: ActorMention = { ...m, end: i, text: sentence.text.slice(this.tokens[m.start]!.start, this.tokens[i - 1]!.end) };
      const at = this.mentions.indexOf(m);
      if (at >= 0) this.mentions[at] = cut;
      for (let x = m.start; x < m.end; x++) this.mentionAt[x] = x < i ? cut : undefined;
    }
  }

  isVerb(i: number): boolean {
    // "Iran-backed", "US-led": a verb after a hyphen is half of an adjective
    if (this.tokens[i]?.pos === 'VERB') return !isHyphen(this.tokens[i - 1]?.text);
    return this.repaired[i] !== undefined;
  }

  /** Whether token i is part of a date expression. */
  isDate(i: number): boolean {
    for (const d of this.sentence.dates) if (i >= d.start && i < d.end) return true;
    return false;
  }

  isHardStop(i: number): boolean {
    const t = this.tokens[i];
    return !t || hardStop(t.text);
  }

  isBoundary(i: number): boolean {
    const t = this.tokens[i];
    return !t || hardStop(t.text) || ((t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'ADP' || t.pos === 'DET') && SUBORDINATORS.has(t.lower));
  }

  /** Words that may stand between a subject and its verb without breaking the link. */
  isSkippable(i: number): boolean {
    const t = this.tokens[i]!;
    return t.pos === 'ADV' || this.isDate(i) || TIME_WORDS.has(t.lower);
  }

  /**
   * The tagger sometimes reads a past tense after a plural subject as part of the noun phrase ("Palestinian prisoners
   * rioted", "guerrillas shot"). A word ending in -ed (or a known irregular past) right after a mention, with no verb
   * yet in its clause, is taken as that clause's verb when its stem is a verb Dyad has patterns for.
   */
  private repairVerbs(isVerbLemma: (word: string) => boolean): void {
    const t = this.tokens;
    for (let i = 1; i < t.length; i++) {
      const tok = t[i]!;
      if (tok.pos !== 'NOUN' && tok.pos !== 'ADJ' && tok.pos !== 'PROPN') continue;
      const after = this.mentionAt[i - 1] ?? (this.mentionAt[i] && this.mentionAt[i]!.start < i ? this.mentionAt[i] : undefined);
      if (!after) continue;
      const next = t[i + 1];
      if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !this.mentionAt[i + 1]) continue;
      // a headline present ("Saudi Arabia lifts …") only after a name: "Chinese attacks" is a noun phrase, and a
      // capitalised word is a name ("James" is not "jams")
      const past = tok.lower.endsWith('ed');
      if (!past && (tok.cap || after.attributive)) continue;
      const stem = verbStem(tok.lower, isVerbLemma);
      if (stem === null || (!past && namedByNationality(after))) continue;
      this.repaired[i] = stem;
    }
  }

  verbGroup(v: number): VerbGroup {
    this.groups ??= new Array(this.tokens.length);
    return (this.groups[v] ??= this.findVerbGroup(v));
  }

  private findVerbGroup(v: number): VerbGroup {
    let j = v - 1;
    while (j >= 0) {
      const t = this.tokens[j]!;
      if (t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV' || (t.lower === 'not' || t.lower === "n't")) j--;
      else break;
    }
    const start = j + 1;
    const words: string[] = [];
    let infinitive = false;
    let be = false;
    for (let i = start; i < v; i++) {
      const t = this.tokens[i]!;
      words.push(t.lower);
      if (t.lower === 'to' && t.pos === 'PART') infinitive = true;
      if (t.pos === 'AUX' && (t.lemma === 'be' || t.lemma === 'get')) be = true;
      if (t.pos === 'AUX' && t.lemma === 'be' && i === v - 1) be = true;
    }
    const verb = this.tokens[v]!;
    const participle = verb.lower !== verb.lemma && !verb.lower.endsWith('ing');
    // a reduced relative ("a treaty, demanded by North Korea"): no subject of its own, a by-phrase right after
    const before = this.tokens[start - 1];
    const reduced = this.tokens[v + 1]?.lower === 'by' && start === v && before !== undefined && (before.text === ',' || before.pos === 'NOUN' || before.pos === 'PROPN');
    const perfect = words.includes('have') || words.includes('has') || words.includes('had');
    const passive = participle && ((be && !perfect) || (be && words.includes('been')) || reduced);
    return { start, verb: v, words, infinitive, passive };
  }

  /**
   * Where the noun phrase starting at `from` may end, for a `+` slot: "to an international peace-keeping force in
   * Liberia" (up to 8 words, not past a verb, a clause boundary or a hard stop).
   */
  phraseEnd(from: number): number {
    let i = from;
    while (i < this.tokens.length && i < from + 8 && !this.isHardStop(i) && !(i > from && (this.isVerb(i) || this.isBoundary(i)))) i++;
    return Math.max(i, from + 1);
  }

  /** The end (exclusive) of the region a verb's object and complements may occupy. */
  objectRegionEnd(from: number): number {
    for (let i = from; i < this.tokens.length; i++) {
      if (this.isHardStop(i) || this.isBoundary(i)) return i;
      if (this.isVerb(i) && !this.mentionAt[i]) return i;
    }
    return this.tokens.length;
  }

  /**
   * Whether a mention is the object of a preposition ("in Moscow", "from the country's UN mission"): such a phrase
   * is never a clause's subject nor part of a compound subject.
   */
  inPrepositionalPhrase(m: ActorMention): boolean {
    const i = governingPreposition(this.tokens, m.start);
    if (i < 0) return false;
    const t = this.tokens[i]!;
    // "up to 100 Albanians", "about 200 students": a quantity, not a prepositional phrase
    if (this.tokens[i + 1]?.pos === 'NUM' && QUANTIFYING.has(t.lower)) return false;
    return t.lower !== 'of';
  }

  /**
   * The first mention that starts in [from, to); with `preferCoded`, the first coded one when there is one
   * ("contribute 4,000 troops to a force in Liberia": Liberia, not the uncoded troops).
   */
  firstMention(from: number, to: number, skip?: ActorMention, preferCoded = false): ActorMention | undefined {
    let plain: ActorMention | undefined;
    let attributive: ActorMention | undefined;
    for (let i = Math.max(0, from); i < Math.min(to, this.tokens.length); i++) {
      const m = this.mentionAt[i];
      if (!m || m === skip || m.start !== i) continue;
      // a name qualifying what follows ("China-backed rebels") names the target only as a last resort
      const qualifier = isHyphen(this.tokens[m.end]?.text);
      if (!preferCoded || (m.code && !qualifier)) return m;
      if (qualifier) attributive ??= m;
      else plain ??= m;
    }
    return plain ?? attributive;
  }

  /**
   * The mentions coordinated with `m` ("A and B", "A, B and C"), in order. A list only counts when it has an "and"
   * or "or": "Russia, one of its allies," is an apposition, not two actors.
   */
  coordinated(m: ActorMention): ActorMention[] {
    const group = [m];
    let sawConjunction = false;
    // rightwards
    let cur = m;
    for (;;) {
      const n = this.linkAt(cur.end);
      if (!n) break;
      const next = this.mentionAt[cur.end + n];
      if (!next || next.start !== cur.end + n) break;
      if (this.tokens[cur.end]!.lower !== ',' || n === 2) sawConjunction = true;
      group.push(next);
      cur = next;
    }
    // leftwards
    cur = m;
    for (;;) {
      let i = cur.start - 1;
      if (this.tokens[i]?.lower === 'and' && this.tokens[i - 1]?.text === ',') i--;
      const link = this.tokens[i];
      if (!link || !(link.lower === 'and' || link.lower === 'or' || link.text === ',')) break;
      const prev = this.mentionAt[i - 1];
      if (!prev || prev.end !== i || this.inPrepositionalPhrase(prev)) break;
      if (link.text !== ',' || this.tokens[i + 1]?.lower === 'and') sawConjunction = true;
      group.unshift(prev);
      cur = prev;
    }
    // three or more names in a comma list are a list even when its "and" is elsewhere ("Iran, Libya, Sudan, and …")
    return sawConjunction || group.length >= 3 ? group : [m];
  }

  /** How many tokens link a mention to the next one in a list at token i: "and", "or", ",", ", and" (or 0). */
  private linkAt(i: number): number {
    const t = this.tokens[i];
    if (!t) return 0;
    if (t.lower === 'and' || t.lower === 'or') return 1;
    if (t.text === ',') return this.tokens[i + 1]?.lower === 'and' ? 2 : 1;
    return 0;
  }
}
