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
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const NOUN_PHRASE_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PART']);
/** Tokens no clause runs through: ; : ( ) " “ ” (compared as characters: this runs for most tokens, often). */
function hardStop(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x22 || c === 0x201c || c === 0x201d;
}
/** Prepositions that, before a number, make a quantity ("up to 100"), not a prepositional phrase. */
const QUANTIFYING = new Set(['to', 'over', 'under', 'about', 'around', 'than']);
const TIME_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'now', 'later', 'earlier', 'also', 'again', 'still', 'already', 'recently', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'last', 'this', 'week', 'month', 'year']);

const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'wo']);

/** Whether token i follows a modal verb, with at most "not" or adverbs between ("would not free"). */
function afterModal(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && (tokens[j]!.pos === 'ADV' || tokens[j]!.lower === 'not' || tokens[j]!.lower === "n't")) j--;
  return MODALS.has(tokens[j]!.lower) && tokens[j]!.pos === 'AUX';
}

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
  /** A reduced relative: "a treaty, demanded by North Korea" (a passive participle with no subject of its own). */
  reduced: boolean;
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
    /** Lemmas of reporting verbs ("say", "announce"): a trailing ", officials said" is no verb's object. */
    private readonly reporting?: Set<string>,
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
      if (!m || m.start > i || (m.start === i && m.end === i + 1)) continue;
      // (a phrase the verb opens, "free 1,500 prisoners", keeps the words after it)
      const cut: ActorMention =
        m.start === i
          ? { ...m, start: i + 1, text: sentence.text.slice(this.tokens[i + 1]!.start, this.tokens[m.end - 1]!.end) }
          : { ...m, end: i, text: sentence.text.slice(this.tokens[m.start]!.start, this.tokens[i - 1]!.end) };
      const at = this.mentions.indexOf(m);
      if (at >= 0) this.mentions[at] = cut;
      for (let x = m.start; x < m.end; x++) this.mentionAt[x] = x >= cut.start && x < cut.end ? cut : undefined;
    }
  }

  isVerb(i: number): boolean {
    // "Iran-backed", "US-led": a verb after a hyphen is half of an adjective
    if (this.tokens[i]?.pos === 'VERB') return !isHyphen(this.tokens[i - 1]?.text);
    return this.repaired[i] !== undefined;
  }

  /** Whether token i is part of a date expression. */
  isDate(i: number): boolean {
    for (const d of this.sentence.timeSpans) if (i >= d.start && i < d.end) return true;
    return false;
  }

  isHardStop(i: number): boolean {
    const t = this.tokens[i];
    // ", according to a group that …" attributes what came before: no pattern reads on into it (its "according" is
    // no "accord")
    return !t || hardStop(t.text) || (t.lower === 'according' && this.tokens[i + 1]?.lower === 'to');
  }

  /**
   * The earliest token a pattern's words before a trigger at `i` may use: at most `max` tokens back, and not across a
   * comma or a hard stop (PETRARCH's part before the verb ends at a comma too).
   */
  lookBackFloor(i: number, max: number): number {
    let j = i;
    while (j > 0 && j > i - max && !this.isHardStop(j - 1) && this.tokens[j - 1]!.text !== ',') j--;
    return j;
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
      // "the North had informed Moscow": after a perfect "have" an -ed word is the verb
      if (tok.pos === 'ADJ' && !tok.cap && tok.lower.endsWith('ed') && t[i - 1]!.pos === 'AUX' && t[i - 1]!.lemma === 'have') {
        this.repaired[i] = verbStem(tok.lower, isVerbLemma) ?? tok.lower.slice(0, -2);
        continue;
      }
      // "it would free 1,500 prisoners", "will open the border": after a modal comes a verb, whatever the tagger said
      if (!tok.cap && afterModal(t, i) && isVerbLemma(tok.lower)) {
        this.repaired[i] = tok.lower;
        continue;
      }
      const after = this.mentionAt[i - 1] ?? (this.mentionAt[i] && this.mentionAt[i]!.start < i ? this.mentionAt[i] : undefined);
      if (!after) continue;
      // "Security forces in Guinea": the last word of a role noun phrase is its head noun, not a headline verb
      if (after === this.mentionAt[i] && after.kind === 'agent' && after.end === i + 1 && after.evidence.entries.some((e) => e.startsWith('agent:') && e.includes(' '))) continue;
      const next = t[i + 1];
      // ("Venezuela releases dozens of activists": a present tense right after a name heads a headline's clause)
      // (in a title-case headline a capital marks no name: "Israel Strikes Hamas Targets", "U.S. Lifts Travel Ban")
      const cap = tok.cap && !this.sentence.titleCase;
      const headline = this.mentionAt[i - 1] === after && after.end === i && /[^s]s$/.test(tok.lower) && !cap && (after.kind === 'country' || after.kind === 'person' || after.kind === 'organization') && !after.attributive;
      if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !this.mentionAt[i + 1] && !headline) continue;
      // a headline present ("Saudi Arabia lifts …") only after a name: "Chinese attacks" is a noun phrase, and a
      // capitalised word is a name ("James" is not "jams")
      const past = tok.lower.endsWith('ed');
      if (!past && (cap || after.attributive)) continue;
      // ("Houthi rebels in Yemen": a plural the dictionary read as part of a name is the name's, not a present tense)
      if (!past && after.start < i && after.end > i && /[^s]s$/.test(tok.lower) && tok.lemma !== tok.lower && after.kind !== 'agent') continue;
      // ("Russian negotiators return to Geneva": a bare verb form after people in the plural agrees with them)
      const plural = t[i - 1]!.lower.endsWith('s') && (this.sentence.titleCase || (t[i - 1]!.pos === 'NOUN' && t[i - 1]!.lemma !== t[i - 1]!.lower));
      const agrees = after.human && after.end <= i + 1 && plural && isVerbLemma(tok.lower);
      const stem = agrees ? tok.lower : verbStem(tok.lower, isVerbLemma);
      if (stem === null || (!past && namedByNationality(after) && !agrees)) continue;
      // ("Separatist forces in Abkhazia": nor is a role noun the phrase was coded by)
      if (after === this.mentionAt[i] && after.start < i && after.evidence.entries.includes(`agent:${tok.lemma}`)) continue;
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
    // (a verb the tagger missed has its lemma in `repaired`: "citizens abducted by agents" is a participle)
    const participle = verb.lower !== (this.repaired[v] ?? verb.lemma) && !verb.lower.endsWith('ing');
    // a reduced relative ("a treaty, demanded by North Korea"): no subject of its own, a by-phrase right after
    const before = this.tokens[start - 1];
    // (not "X on Thursday shortened by one hour the curfew": after a date, or before a measure, "by" is no agent)
    const reduced =
      this.tokens[v + 1]?.lower === 'by' && start === v && before !== undefined && (before.text === ',' || before.pos === 'NOUN' || before.pos === 'PROPN') &&
      !this.isDate(start - 1) && this.tokens[v + 2]?.pos !== 'NUM';
    const perfect = words.includes('have') || words.includes('has') || words.includes('had');
    // "Israel is opposed to French mediation": a state the subject is in, stated actively
    const stative = verb.lower === 'opposed' && this.tokens[v + 1]?.lower === 'to';
    const passive = participle && !stative && ((be && !perfect) || (be && words.includes('been')) || reduced);
    return { start, verb: v, words, infinitive, passive, reduced: reduced && passive };
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

  /**
   * The words of the noun phrase a verb acts on when no actor stands there ("condemned the attacks", "approved the
   * legislation"): the event then shows what it was about even though no actor code applies. Null when the words
   * after the verb are not a noun phrase (a preposition, a clause, a pronoun).
   */
  objectPhrase(from: number, to: number): string | null {
    let i = from;
    while (i < to && (this.skippable[i] || this.tokens[i]!.pos === 'PART')) i++;
    const start = i;
    let head = -1;
    for (; i < to && i < start + 10; i++) {
      const t = this.tokens[i]!;
      if (this.isDate(i) || this.isVerb(i)) break;
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') head = i;
      else if (t.pos === 'PRON' ? !POSSESSIVE.has(t.lower) || i > start : !NOUN_PHRASE_TAGS.has(t.pos) && !isHyphen(t.text)) break;
    }
    if (head < 0) return null;
    return this.sentence.text.slice(this.tokens[start]!.start, this.tokens[head]!.end);
  }

  /** The end (exclusive) of the region a verb's object and complements may occupy. */
  objectRegionEnd(from: number): number {
    for (let i = from; i < this.tokens.length; i++) {
      if (this.isHardStop(i) || this.isBoundary(i) || this.reporterFollows(i)) return i;
      if (this.isVerb(i) && !this.mentionAt[i]) return i;
    }
    return this.tokens.length;
  }

  /** An article or possessive that may open a coordinated member ("Israel and the Palestinians", "X and his counterpart"). */
  private opensPhrase(i: number): boolean {
    const t = this.tokens[i];
    return Boolean(t && (t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVE.has(t.lower))));
  }

  /** Whether token i is the comma before a closing reporting clause (", the leaders of both countries announced"). */
  reporterFollows(i: number): boolean {
    if (!this.reporting || this.tokens[i]?.text !== ',') return false;
    for (let j = i + 1; j < Math.min(this.tokens.length, i + 10); j++) {
      const t = this.tokens[j]!;
      if (t.text === ',' || this.isHardStop(j)) return false;
      if (t.pos === 'VERB' && this.reporting.has(t.lemma)) return j > i + 1;
    }
    return false;
  }

  /**
   * Whether a mention is the object of a preposition ("in Moscow", "from the country's UN mission"): such a phrase
   * is never a clause's subject nor part of a compound subject.
   */
  inPrepositionalPhrase(m: ActorMention): boolean {
    const i = governingPreposition(this.tokens, m.start, this.sentence.timeSpans);
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
      // "Israel and the Palestinians": an article may open the next member
      const at = cur.end + n + (this.opensPhrase(cur.end + n) ? 1 : 0);
      const next = this.mentionAt[at];
      if (!next || next.start !== at) break;
      if (this.tokens[cur.end]!.lower !== ',' || n === 2) sawConjunction = true;
      group.push(next);
      cur = next;
    }
    // leftwards
    cur = m;
    for (;;) {
      let i = cur.start - 1;
      if (this.opensPhrase(i)) i--;
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
