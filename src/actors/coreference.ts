/**
 * Article-level coreference: pronouns, titles with surnames ("Mr. Kelly"), bare role nouns ("the envoy") and
 * descriptions ("the communist nation") take the code of what they refer to earlier in the article.
 * The state lives for one article; create a new one per article.
 */
import type { ActorMention, Span, Token } from '../model/types.js';
import type { DraftMention } from './build-mentions.js';
import { PLACE_PREPOSITIONS, governingPreposition } from './governing-preposition.js';
import { type ActorDictionary, personBySurname, personCode } from '../dictionary/load-actors.js';

interface Remembered {
  mention: ActorMention;
  agents: string[];
  sentence: number;
  /** 2 = in subject position (a verb follows), 1 = not the object of a preposition, 0 = in a prepositional phrase. */
  salience: number;
}


/** Roles of ordinary people, who are where they act; officials and forces may act far from home. */
const PEOPLE_ROLES = new Set(['CVL', 'LAB', 'EDU', 'AGR', 'CRM', 'REF']);
const STATE_PREFIX = /^[A-Z]{3}/;
const NON_STATE = /^(IGO|NGO|IMG|MNC)/;

/** How far back (in sentences) a pronoun may reach. */
const PRONOUN_REACH = 3;

export class ArticleContext {
  private history: Remembered[] = [];
  /** A resolved pronoun → the mention it was resolved to (so "him" can tell it is not what "he" already is). */
  private antecedents = new WeakMap<ActorMention, ActorMention>();
  private names = new Map<string, ActorMention>();

  /** `dict` and `date` let a surname nobody introduced fall back to the one office-holder of that name. */
  constructor(
    private readonly dict?: ActorDictionary,
    private readonly date?: string,
  ) {}

  /** Resolves one sentence's mentions in order (a pronoun may point to a mention earlier in the same sentence). */
  resolve(drafts: DraftMention[], sentence: number, tokens: Token[], times: Span[] = []): ActorMention[] {
    const out: ActorMention[] = [];
    for (const d of drafts) {
      let m = this.resolveOne(d, sentence, tokens);
      // ("Qatar's emir, Sheikh Hamad …": a title no dictionary knows with a name is a person too)
      if (!m.code && (d.kind === 'person' || (d.kind === 'agent' && d.name))) m = apposition(m, out, tokens, drafts);
      // "Qatar's emir, Sheikh Hamad": a known person after a description of the same country is named by both
      else if (m.code && d.kind === 'person') m = sameActorWords(m, out, tokens);
      if (!m.code && d.role && (d.kind === 'agent' || d.kind === 'person')) m = sentenceCountry(m, d.role, drafts, tokens);
      if (m.code) this.history.push({ mention: m, agents: d.agents, sentence, salience: salience(m, tokens, times) });
      // (a role phrase's capitalised modifier is no name: "Hutu rebel group" is not what a later "Hutu" means)
      if (m.code && (d.kind === 'person' || (d.kind === 'agent' && tokens[d.end - 1]?.cap))) for (const n of d.names) this.names.set(n, m);
      out.push(m);
    }
    return out;
  }

  private resolveOne(d: DraftMention, sentence: number, tokens: Token[]): ActorMention {
    const { ownerPronoun, candidates, pronoun } = d;
    const base = toMention(d);
    if (d.code) return base;
    if (ownerPronoun && d.role) {
      // "its forces": the forces of whatever "its" is
      const owner = this.lookup({ ...d, kind: 'pronoun' }, sentence, undefined, ownerPronoun);
      if (owner?.code) {
        const code = owner.code.length === 3 || !/^(IGO|NGO|IMG)/.test(owner.code) ? owner.code.slice(0, 3) + d.role : owner.code;
        return { ...base, code, evidence: { entries: [...base.evidence.entries, ...owner.evidence.entries], via: `owner "${owner.text}"` } };
      }
    }
    if (d.ownerName && d.role) {
      const owner = this.lookup(d.ownerName, sentence, undefined, undefined);
      if (owner?.code && /^[A-Z]{3}/.test(owner.code) && !/^(IGO|NGO|IMG)/.test(owner.code)) {
        return { ...base, code: owner.code.slice(0, 3) + d.role, evidence: { entries: [...base.evidence.entries, ...owner.evidence.entries], via: `owner "${owner.text}"` } };
      }
    }
    const found = this.lookup(d, sentence, candidates, pronoun, objectOf(d, tokens));
    if (!found) return base;
    const same = pronoun && this.history.some((r) => r.mention === found && r.sentence === sentence);
    const resolved: ActorMention = {
      ...base,
      ...(same ? { antecedentText: found.text } : {}),
      code: found.code,
      person: found.person,
      human: pronoun ? base.human : found.human,
      evidence: { entries: [...base.evidence.entries, ...found.evidence.entries], via: `coreference:${base.kind}→"${found.text}"` },
    };
    if (pronoun) this.antecedents.set(resolved, found);
    return resolved;
  }

  /** Whether mention `o` is `m`, or a pronoun resolved to it, directly or through other pronouns ("He … he …"). */
  private standsFor(o: ActorMention, m: ActorMention): boolean {
    for (let x: ActorMention | undefined = o, n = 0; x && n < 8; x = this.antecedents.get(x), n++) if (x === m) return true;
    return false;
  }

  /** `ownClause`: for an object pronoun, where its clause starts; it does not mean that clause's subject. */
  private lookup(d: DraftMention, sentence: number, candidates: string[] | undefined, pronoun: string | undefined, ownClause = -1): ActorMention | null {
    if (pronoun) {
      // salience: the nearest earlier sentence with a fitting mention gives its first one (usually its subject)
      // an object pronoun is neither the subject of its own clause nor the person that subject refers to ("he would
      // welcome him"; an object before it may be meant: "convicted the militant and sentenced him")
      const own = ownClause < 0 ? [] : this.history.filter((r) => r.sentence === sentence && r.mention.start >= ownClause && r.salience >= 2).map((r) => r.mention);
      const ownSubject = (m: ActorMention): boolean => own.some((o) => this.standsFor(o, m) || (o.person !== undefined && o.person === m.person));
      const fits = (m: ActorMention): boolean =>
        // (a named armed group is "it" too: "The ELN has said it will release …")
        pronoun === 'he' ? m.human && !m.plural : pronoun === 'it' ? (!m.human || m.kind === 'group') && !m.plural : m.plural;
      // in the pronoun's own sentence: the nearest subject, else the nearest phrase outside a preposition, else the
      // nearest ("Pyongyang escalated the dispute when it …", "the Bush administration's stance that it …")
      for (let level = 2; level >= 0; level--) {
        for (let i = this.history.length - 1; i >= 0; i--) {
          const r = this.history[i]!;
          if (r.sentence === sentence && r.salience >= level && fits(r.mention) && !ownSubject(r.mention)) return r.mention;
        }
      }
      // in earlier sentences: the nearest sentence with a fitting mention gives its first one (usually its subject)
      let best: ActorMention | null = null;
      let bestSentence = -1;
      for (let i = this.history.length - 1; i >= 0; i--) {
        const r = this.history[i]!;
        if (r.sentence === sentence) continue;
        if (sentence - r.sentence > PRONOUN_REACH) break;
        if (best && r.sentence !== bestSentence) break;
        if (fits(r.mention) && !ownSubject(r.mention)) {
          best = r.mention;
          bestSentence = r.sentence;
        }
      }
      return best;
    }
    if ((d.kind === 'person' || d.kind === 'agent') && d.name) {
      let found: ActorMention | null = this.names.get(d.name) ?? null;
      // a full name is that person only if its given name is the earlier one's too ("Odin Sanchez" is not an earlier
      // "Pedro Sanchez"), and a bare surname's office-holder is not someone whose given name we read
      const given = d.names.length > 1;
      if (found && given && !d.names.every((n) => this.names.get(n) === found)) found = null;
      if (!found && this.dict && !given) {
        const p = personBySurname(this.dict, d.name, this.date);
        if (p) found = { ...d, code: personCode(p, this.date), person: p.id, evidence: { entries: [p.id], via: 'surname' } };
      }
      if (!found?.code) return null;
      // "the Bush administration": the person's country, the phrase's own role
      if (d.kind === 'agent' && d.role) return { ...found, code: found.code.slice(0, 3) + d.role, person: undefined, human: d.human };
      return found;
    }
    if (d.kind === 'descriptor' && candidates) {
      for (let i = this.history.length - 1; i >= 0; i--) {
        const code = this.history[i]!.mention.code!;
        const hit = candidates.find((c) => code.startsWith(c));
        if (hit) return { ...this.history[i]!.mention, code: hit, human: false };
      }
      return { ...d, code: candidates[0]!, human: false, evidence: { entries: [], via: 'descriptor default' } };
    }
    if (d.kind === 'agent' && d.agents.length) {
      // (every role word must fit: "separatist forces" are not the "Georgian forces" named before)
      for (let i = this.history.length - 1; i >= 0; i--) {
        const seen = this.history[i]!.agents;
        if (d.agents.every((a) => seen.includes(a))) return this.history[i]!.mention;
      }
      // "the council" after "the UN Security Council", "the agency" after "the International Atomic Energy Agency":
      // a lone role noun names the body whose name it ends
      if (d.end - d.start <= 2) {
        const head = d.text.slice(d.text.lastIndexOf(' ') + 1).toLowerCase();
        for (let i = this.history.length - 1; i >= 0 && sentence - this.history[i]!.sentence <= PRONOUN_REACH; i--) {
          const m = this.history[i]!.mention;
          if (m.kind === 'organization' && m.text.toLowerCase().endsWith(` ${head}`)) return m;
        }
      }
    }
    return null;
  }
}

/**
 * "U.S. envoy to Asia, James Kelly, …": a name set off by a comma right after a coded role takes that role's code
 * (and keeps it for "Mr. Kelly" later).
 */
function apposition(m: ActorMention, before: ActorMention[], tokens: Token[], after: DraftMention[] = []): ActorMention {
  // "Salaheddine Sidhoum, Algeria's leading human rights activist, staged …": the description follows the name
  if (tokens[m.end]?.text === ',') {
    const d = after.find((x) => x.start === m.end + 1 || (x.start === m.end + 2 && tokens[m.end + 1]!.pos === 'DET'));
    if (d?.code && d.human && d.kind === 'agent' && tokens[d.end]?.text === ',') {
      return { ...m, code: d.code, text: wordsOf(tokens, m.start, d.end), evidence: { entries: d.evidence.entries, via: `apposition→"${d.text}"` } };
    }
  }
  if (tokens[m.start - 1]?.text !== ',') return m;
  for (let i = before.length - 1; i >= 0; i--) {
    const b = before[i]!;
    if (m.start - b.end > 5) break;
    // (a body described and then named is the same body too: "the main rebel group, Forces for …, insisted", when the
    // name is set off on both sides)
    const setOff = tokens[m.end]?.text === ',' || tokens[m.end]?.text === '(';
    if (b.code && (b.human || setOff) && b.kind === 'agent') {
      // the words name the actor together ("Qatar's emir, Sheikh Hamad"): either half is how a reader finds it
      return { ...m, code: b.code, text: wordsOf(tokens, b.start, m.end), evidence: { entries: b.evidence.entries, via: `apposition→"${b.text}"` } };
    }
  }
  return m;
}

function sameActorWords(m: ActorMention, before: ActorMention[], tokens: Token[]): ActorMention {
  const b = before[before.length - 1];
  if (!b || tokens[m.start - 1]?.text !== ',' || b.end !== m.start - 1 || !b.code || b.kind !== 'agent' || b.code.slice(0, 3) !== m.code!.slice(0, 3)) return m;
  return { ...m, text: wordsOf(tokens, b.start, m.end) };
}

/** The token range of the clause around a mention: up to a to-infinitive, a subordinator or a semicolon either way. */
function clauseAround(m: ActorMention, tokens: Token[]): [number, number] {
  const edge = (i: number) => {
    const t = tokens[i]!;
    return t.text === ';' || (t.pos === 'SCONJ' && t.lower !== 'that') || (t.lower === 'to' && t.pos === 'PART' && tokens[i + 1]?.pos === 'VERB');
  };
  let from = m.start;
  while (from > 0 && !edge(from - 1)) from--;
  let to = m.end;
  while (to < tokens.length && !edge(to)) to++;
  return [from, to];
}

/** The sentence's words from token `from` to `to`, spaced as written. */
function wordsOf(tokens: Token[], from: number, to: number): string {
  let out = tokens[from]!.text;
  for (let i = from + 1; i < to; i++) out += (tokens[i]!.start > tokens[i - 1]!.end ? ' ' : '') + tokens[i]!.text;
  return out;
}

/**
 * A role with no country of its own ("President Yoweri Museveni", "security forces in Guinea", "opposition parties")
 * belongs to the country the sentence is about: the one right after it ("in Guinea", "of Nepal"), else the only
 * country the sentence's other actors name.
 */
function sentenceCountry(m: ActorMention, role: string, drafts: DraftMention[], tokens: Token[]): ActorMention {
  const next = drafts.find((d) => d.start >= m.end && d.start - m.end <= 2 && isState(d));
  const link = next ? tokens[m.end]?.lower : undefined;
  let country = next && (link === 'in' || link === 'of' || link === 'from' || link === 'throughout' || link === 'across' || link === 'near') ? next.code!.slice(0, 3) : null;
  let via = country ? `"${next!.text}" after it` : '';
  // "people blocked streets in Hong Kong", "prisoners rioted at a jail in Dili": ordinary people are where they act
  if (!country && PEOPLE_ROLES.has(role)) {
    for (let i = m.end; i < tokens.length && i < m.end + 12; i++) {
      const t = tokens[i]!;
      if (t.text === ',' || t.text === ';' || t.lower === 'that' || t.lower === 'who') break;
      if (t.lower !== 'in') continue;
      const place = drafts.find((d) => d.start === i + 1 || (d.start === i + 2 && tokens[i + 1]!.pos === 'DET'));
      if (place && isState(place)) {
        country = place.code!.slice(0, 3);
        via = `"in ${place.text}" where they acted`;
      }
      break;
    }
  }
  if (!country) {
    // "Iran-backed militias" are neither Iran's nor, for all the words say, anyone else's in the sentence
    if (drafts.some((d) => d.attributive && d.end + 2 === m.start)) return m;
    // the one country the sentence's other actors name, when they name exactly one
    let only: string | null = null;
    let several = false;
    for (const d of drafts) {
      if (d === m || !isState(d)) continue;
      const c = d.code!.slice(0, 3);
      if (only === null) only = c;
      else if (c !== only) several = true;
    }
    if (only !== null && !several) {
      country = only;
      via = 'the only country in the sentence';
    } else if (several && PEOPLE_ROLES.has(role)) {
      // "Turkish police prevented a rally by students … to protest sending troops to Iraq": the clause's own country
      const [from, to] = clauseAround(m, tokens);
      const near = new Set(drafts.filter((d) => d !== m && isState(d) && d.start >= from && d.end <= to).map((d) => d.code!.slice(0, 3)));
      if (near.size === 1) {
        country = [...near][0]!;
        via = 'the only country in its clause';
      }
    }
  }
  if (!country) return m;
  // "peacekeepers in Iraq": the words that gave the country belong to the actor's words
  const text = next && via.endsWith('after it') ? `${m.text} ${tokens.slice(m.end, next.end).map((t) => t.text).join(' ')}`.replace(/ ([,.])/g, '$1') : m.text;
  return { ...m, code: country + role, text, evidence: { entries: m.evidence.entries, via: `country from ${via}` } };
}

/** A mention coded as a state (not an international or non-governmental body, nor a company). */
function isState(d: DraftMention): boolean {
  return d.code !== null && STATE_PREFIX.test(d.code) && !NON_STATE.test(d.code);
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
const OWN_VERB_TAGS = new Set(['VERB', 'AUX', 'ADV', 'PART', 'ADP', 'DET']);

/**
 * For an object pronoun ("he would welcome him"), where its clause starts: "him" is not the clause's own subject
 * (that would be "himself"). -1 for any other mention.
 */
function objectOf(d: DraftMention, tokens: Token[]): number {
  if (d.kind !== 'pronoun' || !OBJECT_PRONOUNS.has(tokens[d.start]?.lower ?? '')) return -1;
  // back over its own verb ("would only welcome", "would speak with"), then over the subject to where the clause
  // starts: a comma, a subordinator, or the verb of the clause around it ("Putin said Bush would welcome him")
  let i = d.start - 1;
  while (i >= 0 && OWN_VERB_TAGS.has(tokens[i]!.pos)) i--;
  while (i > 0) {
    const t = tokens[i - 1]!;
    if (t.text === ',' || t.text === ';' || t.pos === 'SCONJ' || t.lower === 'that' || t.pos === 'VERB') break;
    i--;
  }
  return Math.max(i, 0);
}

/** Prepositions that also open a clause ("a day after Spain released …"): the phrase after them may be its subject. */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'because', 'while', 'once', 'unless', 'though', 'although', 'if', 'whether']);

/**
 * How likely a mention is to be what a later pronoun means: subjects most (2), objects of prepositions least (0),
 * places never in their own sentence (-1).
 */
function salience(m: ActorMention, tokens: Token[], times: Span[]): number {
  // the phrase that opens the sentence is its subject even when an apposition follows ("Pakistan, a U.S. ally, …")
  if (m.start === 0 || (m.start === 1 && tokens[0]!.pos === 'DET')) return 2;
  const adp = governingPreposition(tokens, m.start, times);
  const word = adp >= 0 ? tokens[adp]!.lower : '';
  // ("the consortium building reactors in North Korea said it would …": a place where something is, even right
  // before a verb, is neither that verb's subject nor what "it" later means)
  if (PLACE_PREPOSITIONS.has(word)) return -1;
  let i = m.end;
  while (tokens[i] && tokens[i]!.pos === 'ADV') i++;
  const next = tokens[i];
  if (next && (next.pos === 'VERB' || next.pos === 'AUX') && (adp < 0 || CLAUSE_OPENERS.has(word))) return 2;
  return adp >= 0 && word !== 'of' ? 0 : 1;
}

/** The public mention of a draft: the draft's own bookkeeping (agents, names, role …) left behind. */
function toMention(d: DraftMention): ActorMention {
  // most have none of the optional fields: one literal then (adding fields one by one reshapes the object each time)
  if (d.person === undefined && !d.attributive && d.antecedentText === undefined) {
    return { start: d.start, end: d.end, code: d.code, text: d.text, kind: d.kind, plural: d.plural, human: d.human, evidence: d.evidence };
  }
  const m: ActorMention = { start: d.start, end: d.end, code: d.code, text: d.text, kind: d.kind, plural: d.plural, human: d.human, evidence: d.evidence };
  if (d.person !== undefined) m.person = d.person;
  if (d.attributive) m.attributive = d.attributive;
  if (d.antecedentText !== undefined) m.antecedentText = d.antecedentText;
  return m;
}
