/**
 * Actor mentions in one sentence, before coreference: dictionary hits are composed inside each noun phrase into a
 * CAMEO code ("Japan's" + "foreign minister" → JPNGOV; "U.S." + "envoy" + "James Kelly" → the person's code on the
 * article's date). Pronouns, descriptors, titles and bare role nouns are left for coreference to resolve.
 */
import { isHyphen } from '../text/token-shapes.js';
import type { ActorEntry } from '../dictionary/actor-entries.js';
import { type ActorDictionary, personCode } from '../dictionary/load-actors.js';
import type { ActorMention, Token } from '../model/types.js';
import { type Chunk, chunkNounPhrases } from './chunk-noun-phrases.js';
import { type DictionaryHit, matchDictionary } from './match-dictionary.js';
import { verbStem } from '../text/verb-forms.js';

/** A mention plus what coreference needs to finish it. */
export interface DraftMention extends ActorMention {
  /** Agent noun ids in the phrase ("agent:envoy"), for "the envoy" → an earlier envoy. */
  agents: string[];
  /** The surname-like word: a name to remember for "Mr. Kelly", and to look up a bare surname by. */
  name: string | null;
  /** Every word of a person's name another mention may use alone ("Roh", "Kelly"). */
  names: string[];
  /** A title ("Mr.", "Ms.") before a bare surname. */
  titled: boolean;
  /** The role its agent nouns give ("GOV" for "the Bush administration"), or ''. */
  role: string;
  candidates?: string[];
  pronoun?: 'he' | 'it' | 'they';
  /** "its forces", "their leaders": the role's owner is whoever the pronoun refers to. */
  ownerPronoun?: 'he' | 'it' | 'they';
  /** "Roh's government": a name no dictionary codes here owns the role; coreference may know whose it is. */
  ownerName?: DraftMention;
}

// a Map, not an object: most words looked up are not pronouns, and a miss on an object literal is slow
const PRONOUNS = new Map<string, 'he' | 'it' | 'they'>([
  ['he', 'he'], ['him', 'he'], ['his', 'he'], ['she', 'he'], ['her', 'he'],
  ['it', 'it'], ['its', 'it'],
  ['they', 'they'], ['them', 'they'], ['their', 'they'],
]);
const POSSESSIVES = new Map<string, 'he' | 'it' | 'they'>([['its', 'it'], ['his', 'he'], ['her', 'he'], ['their', 'they']]);
const TITLES = new Set(['mr.', 'mr', 'ms.', 'ms', 'mrs.', 'mrs', 'dr.', 'dr', 'sir', 'madam']);
/** Roles of a trade or profession a labour union can organise. */
const TRADE_ROLES = new Set(['EDU', 'MED', 'AGR', 'HLH', 'BUS']);
const BASE_KINDS = new Set(['country', 'adjective', 'capital', 'city', 'organization', 'group']);
/** Head nouns of bodies rather than people: pronouns call these "it", not "he" or "she". */
const INSTITUTION = /(ment|tion|ry|cy|ship|ity|cil|court|army|police|party|office|house|military|navy|regime|cabinet|embassy|parliament|congress|senate|assembly|committee|commission|agency|bureau|union|alliance|coalition|movement|group|organi[sz]ation|front|league|force|guard|command|council|board|junta|state)$/;
/** Words that are capitalised but never names: dates, months, titles. */
const NOT_NAMES = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|mr\.?|ms\.?|mrs\.?|dr\.?)$/;

function inRange(e: ActorEntry, date: string | undefined): boolean {
  return !date || (e.from <= date && date <= e.to);
}

/** A plural noun's "-s" (not "-ss": "press", "Congress"). */
const PLURAL_S = /[^s]s$/;
const ACRONYM = /^\p{Lu}{2,}$/u;
const ORGANIZATION_CODE = /^(IGO|NGO|IMG|MNC)/;
/** What a possessive pronoun may own ("its allies"), what a hyphenated name may qualify ("Iran-backed"). */
const OWNED = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
const QUALIFIED = new Set(['VERB', 'ADJ']);
const NATIONALITY_ENTRY = /^(adjective|country):/;
/** Hit kinds that make a proper noun no name a verb can follow ("Chinese attacks"), and what may start an object. */
const NON_STATE_ARMED = new Set(['REB', 'SEP', 'INS', 'UAF']);
const NOT_A_NAME_KIND = new Set(['adjective', 'agent', 'modifier']);
const OBJECT_START = new Set(['DET', 'PROPN', 'NUM', 'ADJ', 'NOUN', 'PRON']);

interface Part {
  start: number;
  end: number;
}

/**
 * The entry a hit stands for in a phrase: of the entries valid on the date (a modifier is none as the phrase's last
 * word: "Palestinian riots" are just a noun), the first person, else the first country-like name, else the first
 * role noun, else the first valid one; undefined when none is valid.
 */
function pickEntry(h: DictionaryHit, part: Part, date: string | undefined): ActorEntry | undefined {
  let base: ActorEntry | undefined;
  let agent: ActorEntry | undefined;
  let any: ActorEntry | undefined;
  for (const e of h.entries) {
    if (!inRange(e, date) || (e.kind === 'modifier' && h.end === part.end)) continue;
    if (e.kind === 'person') return e;
    if (BASE_KINDS.has(e.kind)) base ??= e;
    else if (e.kind === 'agent') agent ??= e;
    any ??= e;
  }
  return base ?? agent ?? any;
}

/** The words of a name another mention may use alone: the surname-like word and the first one, titles left out. */
function nameWords(surname: string | null, givenFirst: string | null): string[] {
  const out: string[] = [];
  if (surname && !TITLES.has(surname)) out.push(surname);
  if (givenFirst && givenFirst !== surname && !TITLES.has(givenFirst)) out.push(givenFirst);
  return out;
}

/**
 * A new draft: an uncoded agent until its rule says otherwise. Every field is set, the optional ones to undefined,
 * so that all drafts share one object layout (the stages after this one read them in hot loops).
 */
function draft(start: number, end: number, text: string, plural: boolean, evidence: ActorMention['evidence'], agents: string[] = [], names: string[] = []): DraftMention {
  return {
    start,
    end,
    code: null,
    text,
    kind: 'agent',
    plural,
    human: true,
    evidence,
    agents,
    role: '',
    name: null,
    names,
    titled: false,
    person: undefined,
    attributive: undefined,
    candidates: undefined,
    pronoun: undefined,
    ownerPronoun: undefined,
  };
}

/** Marks on the tokens of the phrase being composed (`marks` holds a number per token of the sentence). */
const COVERED = 1; // named by a dictionary entry valid on the date
const BY_AGENT = 2; // part of a role noun

function compose(tokens: Token[], hits: DictionaryHit[], part: Part, dict: ActorDictionary, date: string | undefined, text: string, marks: number[]): DraftMention | null {
  let start = part.start;
  let owner: 'he' | 'it' | 'they' | undefined;
  while (start < part.end && (tokens[start]!.pos === 'DET' || tokens[start]!.pos === 'PRON')) {
    const possessor = POSSESSIVES.get(tokens[start]!.lower);
    if (possessor) owner = possessor;
    start++;
  }
  if (start >= part.end) return null;
  const entries: string[] = [];
  let person: ActorEntry | null = null;
  let personHit: DictionaryHit | null = null;
  let base: ActorEntry | null = null;
  let baseEnd = -1;
  let role = '';
  let roleFromModifier = '';
  const agents: string[] = [];
  let descriptor: ActorEntry | null = null;
  for (let i = part.start; i < part.end; i++) marks[i] = 0;
  for (const h of hits) {
    if (h.start < part.start || h.end > part.end) continue;
    const pick = pickEntry(h, part, date);
    if (!pick) continue;
    // a name out of its dates ("Russia" in 1985) is still a name, just not one Dyad can code for that date
    for (let i = h.start; i < h.end; i++) marks[i]! |= COVERED;
    entries.push(pick.id);
    if (pick.kind === 'person') {
      if (!person) personHit = h;
      person ??= pick;
    } else if (BASE_KINDS.has(pick.kind)) {
      // "NATO-member Norway", "oil-rich Kuwait": the name after a hyphenated modifier is the head
      if (!base || (baseEnd >= 0 && hyphenBetween(tokens, baseEnd, h.start))) base = pick;
      if (base === pick) baseEnd = h.end;
    }
    else if (pick.kind === 'agent') {
      for (let i = h.start; i < h.end; i++) marks[i]! |= BY_AGENT;
      // the head noun's role, unless it is the generic GOV of leader/official: "rebel leaders" and "military
      // officials" keep the specific role, "radical farmers" are farmers
      // "Union of Teachers", "journalists' union": a union of a trade is labour and that trade (LABEDU, LABMED)
      if ((role === 'LAB' && TRADE_ROLES.has(pick.code)) || (pick.code === 'LAB' && TRADE_ROLES.has(role))) role = `LAB${role === 'LAB' ? pick.code : role}`;
      // ("rebel forces", "separatist fighters": an armed body named by its cause keeps that cause's role)
      else if (!role || !(pick.code === 'GOV' || pick.code === 'ELI' || (pick.code === 'MIL' && NON_STATE_ARMED.has(role)))) role = pick.code;
      agents.push(pick.id);
      // a modifier met before the head noun wins over the noun's own role ("opposition leader")
      // "opposition leader" is OPP, but "radical farmers" stay farmers: a modifier only replaces a generic role
      if (roleFromModifier && (role === 'GOV' || role === 'ELI')) role = roleFromModifier;
    } else if (pick.kind === 'modifier') {
      if (pick.code) roleFromModifier = pick.code;
    } else if (pick.kind === 'descriptor') {
      // "the North" is a description, "North District" a name
      const next = tokens[h.end];
      if (!(h.end - h.start === 1 && next?.cap && next.pos === 'PROPN')) descriptor = pick;
    }
  }
  // capitalised words no dictionary knows: a name (a person or a body we cannot code)
  let unknown = 0;
  let firstUnknown = '';
  let titled = false;
  let surname: string | null = null;
  let givenFirst: string | null = null;
  for (let i = start; i < part.end; i++) {
    const t = tokens[i]!;
    if (TITLES.has(t.lower)) titled = true;
    const capital = t.cap && (t.pos === 'PROPN' || t.pos === 'X' || t.pos === 'NOUN') && !NOT_NAMES.test(t.lower);
    if (capital && !marked(marks, i, COVERED) && unknown++ === 0) firstUnknown = t.text;
    // the last capitalised word of a name is what "Mr. Kelly" or a bare "Kelly" will use later ("Roh" of
    // "Roh Moo-hyun" too: family names come first in Korean and Chinese names)
    // (of a known person, only the words of the name itself: not "South" of "South Korean President Roh Moo-hyun")
    if (capital && (person ? personHit !== null && i >= personHit.start && i < personHit.end : !marked(marks, i, COVERED))) {
      surname = t.lower;
      givenFirst ??= t.lower;
    }
  }
  const last = part.end - 1;
  const head = tokens[last]!;
  if (!person && !base && !descriptor) {
    // the phrases that name no actor, told apart before anything is built for them:
    const thing = agents.length
      ? // "military equipment", "police station": a role word modifying a thing
        !marked(marks, last, COVERED) && head.pos === 'NOUN' && !head.cap
      : // a lone unknown capitalised word opening the sentence is as likely a common noun ("Farmers said …", but an
        // acronym is still a name: "ICE returned …", "DHS said …"); a known head of things ("… Treaty"); no name
        (unknown === 1 && start === 0 && part.end - start === 1 && !ACRONYM.test(firstUnknown)) || dict.nonActors.has(head.lower) || !unknown;
    if (thing) return null;
  }
  // "Union of Teachers", "Ministry of Defence": the head noun comes before "of"; "Militants loyal (to …)": before
  let headAt = last;
  // an adjective that follows it ("military" in "the Israeli military" is the dictionary's noun, though)
  while (headAt > start && tokens[headAt]!.pos === 'ADJ' && !marked(marks, headAt, COVERED)) headAt--;
  for (let x = start + 1; x < last; x++) {
    if (tokens[x]!.lower === 'of') {
      headAt = x - 1;
      break;
    }
  }
  const noun = tokens[headAt]!;
  // "Teachers" opening a sentence is tagged a proper noun; "United States" is a proper noun and singular
  const plural = (noun.pos === 'NOUN' || (noun.pos === 'PROPN' && marked(marks, headAt, BY_AGENT))) && PLURAL_S.test(noun.lower) && (noun.lemma !== noun.lower || marked(marks, headAt, BY_AGENT));
  const named = person !== null || unknown > 0;
  // one object, completed by the branch that applies below (the first that does wins, as the order of the rules says)
  const mention = draft(start, part.end, text.slice(tokens[start]!.start, head.end), plural, { entries, via: 'dictionary' }, agents, named ? nameWords(surname, givenFirst) : []);
  mention.role = role;
  mention.name = named ? surname : null;
  mention.titled = titled;
  if (person) {
    // the text's own title beats the dictionary's dates: "Russian President Boris Yeltsin", "former president Menem"
    const dated = personCode(person, date);
    const titledCountry = base && (base.kind === 'country' || base.kind === 'adjective' || base.kind === 'capital') ? base.code.slice(0, 3) : null;
    const organization = base && (base.kind === 'organization' || base.kind === 'group') ? base.code : ORGANIZATION_CODE.test(dated) ? dated : null;
    mention.code = organization ?? (role ? (titledCountry ?? dated.slice(0, 3)) + role : dated);
    mention.kind = 'person';
    mention.plural = false;
    mention.person = person.id;
    return mention;
  }
  if (base) {
    const country = base.kind === 'capital' ? base.code.slice(0, 3) : base.code;
    const isState = base.kind !== 'organization' && base.kind !== 'group';
    // "Palestinians", "ethnic Albanians", "Iraqi Kurds": a people named as a plural noun are its civilians
    const people = head.pos === 'NOUN' || head.pos === 'PROPN' ? PLURAL_S.test(head.lower) && (head.cap || plural) : false;
    if (base.kind === 'adjective' && !role && people && (marked(marks, last, COVERED) || head.cap)) {
      mention.code = country + 'CVL';
      mention.plural = true;
      return mention;
    }
    mention.code = role && isState ? country + role : base.code;
    mention.kind = base.kind === 'organization' ? 'organization' : base.kind === 'group' ? 'group' : role ? 'agent' : 'country';
    mention.human = (Boolean(role) || base.kind === 'group') && !institution(noun);
    if (base.kind === 'adjective' && !role) mention.attributive = true;
    return mention;
  }
  if (descriptor) {
    mention.kind = 'descriptor';
    mention.human = false;
    mention.plural = false;
    mention.candidates = descriptor.candidates;
    mention.evidence.via = 'descriptor';
    return mention;
  }
  if (agents.length) {
    mention.human = !institution(noun);
    if (owner) mention.ownerPronoun = owner;
    return mention;
  }
  // capitalised words no dictionary knows
  mention.kind = 'person';
  mention.plural = false;
  mention.evidence.via = 'name';
  return mention;
}

/** "the government" is an "it", "the minister" a "he". */
function institution(head: Token): boolean {
  return INSTITUTION.test(head.lower);
}

function marked(marks: number[], i: number, mark: number): boolean {
  return (marks[i]! & mark) !== 0;
}

export function buildMentions(
  tokens: Token[],
  text: string,
  dict: ActorDictionary,
  date: string | undefined,
  dates: { start: number; end: number }[] = [],
  isVerbLemma?: (word: string) => boolean,
  /** A title-case headline: a capital marks no name, so a capitalised "Lifts" may be the verb. */
  titleCase = false,
): DraftMention[] {
  const hits = matchDictionary(dict.trie, tokens, dict.lowerTrie);
  const out: DraftMention[] = [];
  // tokens no phrase may hold (sparse: most sentences have none)
  const stop: boolean[] = [];
  for (const d of dates) {
    for (let i = d.start; i < d.end; i++) stop[i] = true;
    // "the Gaza Strip late Friday evening": "late" and "early" belong to the time, not to the phrase before it
    // ("shelling Tskhinvali late on Thursday")
    const link = tokens[d.start - 1]?.lower === 'on' || tokens[d.start - 1]?.lower === 'in' ? 1 : 0;
    const before = tokens[d.start - 1 - link]?.lower;
    if (before === 'late' || before === 'early') stop[d.start - 1 - link] = true;
  }
  if (isVerbLemma) markHeadlineVerbs(tokens, hits, stop, isVerbLemma, titleCase);
  const chunks: Chunk[] = chunkNounPhrases(tokens, hits, stop, isVerbLemma);
  // compose's marks, cleared by compose over each phrase (a plain array: for a sentence's few dozen tokens a typed
  // array costs far more to create)
  const marks: number[] = new Array(tokens.length);
  let c = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const chunk = chunks[c];
    if (chunk && chunk.start === i) {
      c++;
      i = chunk.end - 1;
      if (chunk.possessive < 0) {
        const m = compose(tokens, hits, chunk, dict, date, text, marks);
        if (m) out.push(m);
        continue;
      }
      const owner = compose(tokens, hits, { start: chunk.start, end: chunk.possessive }, dict, date, text, marks);
      const head = compose(tokens, hits, { start: chunk.possessive + 1, end: chunk.end }, dict, date, text, marks);
      if (head && head.code === null && head.kind === 'agent' && owner && owner.code) {
        // "Japan's foreign minister": the owner's country, the head's role
        const role = head.evidence.entries.length ? (dict.entries.get(head.agents[head.agents.length - 1] ?? '')?.code ?? '') : '';
        const country = owner.kind === 'organization' || owner.kind === 'group' ? owner.code : owner.code.slice(0, 3);
        const code = owner.kind === 'organization' || owner.kind === 'group' ? owner.code : country + role;
        out.push({
          ...head,
          start: owner.start,
          code,
          text: text.slice(tokens[owner.start]!.start, tokens[chunk.end - 1]!.end),
          evidence: { entries: [...owner.evidence.entries, ...head.evidence.entries], via: 'possessive' },
        });
      } else if (head && head.kind === 'person' && head.code && owner && (owner.kind === 'country' || owner.kind === 'agent') && owner.code?.slice(0, 3) === head.code.slice(0, 3)) {
        // "Jordan's King Abdullah II": the country names the person it already belongs to; one actor
        out.push({ ...head, start: owner.start, text: text.slice(tokens[owner.start]!.start, tokens[chunk.end - 1]!.end), evidence: { entries: [...owner.evidence.entries, ...head.evidence.entries], via: head.evidence.via } });
      } else if (head && !head.code && head.end - head.start === 1 && OFFICES.has(tokens[head.start]!.lower) && owner?.code) {
        // "U.S. Attorney's Office", "the Prime Minister's Office": an office is its holder's
        out.push({ ...owner, end: chunk.end, text: text.slice(tokens[owner.start]!.start, tokens[chunk.end - 1]!.end), evidence: { entries: owner.evidence.entries, via: `office of "${owner.text}"` } });
      } else if (head && !head.code && head.kind === 'agent' && head.role && owner && !owner.code && owner.kind === 'person' && owner.name) {
        // "Roh's government": the person's country, once coreference knows who Roh is
        out.push({ ...head, start: owner.start, text: text.slice(tokens[owner.start]!.start, tokens[chunk.end - 1]!.end), ownerName: owner });
      } else if (head && (head.code || head.kind === 'person')) {
        if (owner) out.push(owner);
        out.push(head);
      } else if (owner) out.push(owner);
      continue;
    }
    const p = t.pos === 'PRON' || t.pos === 'DET' ? PRONOUNS.get(t.lower) : undefined;
    // "its allies", "his goal": a possessive pronoun before a noun is not the actor itself
    if (!p) continue;
    const possessive = (t.lower === 'its' || t.lower === 'his' || t.lower === 'their' || (t.lower === 'her' && tokens[i + 1]?.pos !== 'PUNCT')) && tokens[i + 1] && OWNED.has(tokens[i + 1]!.pos);
    if (!possessive) {
      const m = draft(i, i + 1, t.text, p === 'they', { entries: [], via: 'pronoun' });
      m.kind = 'pronoun';
      m.human = p === 'he';
      m.pronoun = p;
      out.push(m);
    }
  }
  shareRoles(out, tokens);
  shareCountry(out, tokens);
  // "Iran-backed militias", "US-led forces": the name qualifies the noun after it and is not an actor there
  for (const m of out) if (isHyphen(tokens[m.end]?.text) && QUALIFIED.has(tokens[m.end + 1]?.pos ?? '')) m.attributive = true;
  ledBy(out, tokens);
  return ethnicResidents(ofCountry(out, tokens, text), tokens);
}

function hyphenBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHyphen(tokens[i]!.text)) return true;
  return false;
}

const PLACE_NOUNS = new Set(['town', 'village', 'hamlet', 'township', 'city', 'port', 'district', 'province', 'region']);

/**
 * "the president of Armenia", "refugees from Liberia", "officials of the United Nations": a bare role noun followed
 * by of/from and a country or organisation is one actor, that country's role.
 */
function ofCountry(mentions: DraftMention[], tokens: Token[], text: string): DraftMention[] {
  const out: DraftMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    const link = tokens[a.end];
    const gap = b ? b.start - a.end : 0;
    const linked = link && (link.lower === 'of' || link.lower === 'from') && (gap === 1 || (gap === 2 && tokens[a.end + 1]!.pos === 'DET'));
    // ("its troops from Lebanon" are its troops: an owner pronoun keeps the role its own)
    // ("troops from Iraq" are more often leaving Iraq than Iraqi: forces take no country from "from")
    const moving = link?.lower === 'from' && (a.role === 'MIL' || a.role === 'COP');
    if (b && linked && !moving && a.kind === 'agent' && !a.code && !a.ownerPronoun && a.role && b.code && (b.kind === 'country' || b.kind === 'organization')) {
      const code = b.kind === 'organization' ? b.code : b.code.slice(0, 3) + a.role;
      out.push({ ...a, end: b.end, code, text: text.slice(tokens[a.start]!.start, tokens[b.end - 1]!.end), evidence: { entries: [...a.evidence.entries, ...b.evidence.entries], via: `role of "${b.text}"` } });
      i++;
    } else if (b && linked && link.lower === 'of' && a.kind === 'agent' && b.kind === 'person' && !b.code && PLACE_NOUNS.has(tokens[a.end - 1]!.lower)) {
      // "the town of Cizre": a place no dictionary knows is named by the words after "of", not a person
      out.push({ ...a, end: b.end, text: text.slice(tokens[a.start]!.start, tokens[b.end - 1]!.end) });
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * "ethnic Albanians in southeastern Serbia", "Albanians of southern Serbia": an ethnic group is coded by the country
 * it lives in (SRBCVL), not the country its name comes from. The country is the one named right after it with
 * of/in, else the nearest other country in the sentence; with none, the name's country stands.
 */
/** What a possessive owner's office is called: the office acts for its holder. */
const OFFICES = new Set(['office', 'bureau', 'secretariat', 'cabinet', 'chancellery', 'chancellory']);

const ETHNIC_HEADS = new Set(['population', 'minority', 'community']);

function ethnicResidents(mentions: DraftMention[], tokens: Token[]): DraftMention[] {
  const state = (d: DraftMention) => Boolean(d.code) && d.kind === 'country';
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const by = m.evidence.entries[0];
    if (!m.code || m.code.length !== 6 || !by?.startsWith('adjective:')) continue;
    // ("the Albanian population", "the Serb minority": a nationality's population or minority is an ethnic group)
    const group = ETHNIC_HEADS.has(tokens[m.end - 1]!.lemma);
    let ethnic = false;
    for (let x = m.start; x < m.end; x++) if (tokens[x]!.lower === 'ethnic') ethnic = true;
    const next = mentions[i + 1];
    const link = tokens[m.end]?.lower;
    const after = next && state(next) && !next.attributive && next.start - m.end <= 2 && (link === 'of' || link === 'in') ? next : undefined;
    // "Albanians of southern Serbia": the people themselves, named by a nationality noun alone
    const demonymOnly = after && m.end - m.start <= 2 && tokens[m.end - 1]!.cap;
    if (!ethnic && !demonymOnly && !group) continue;
    let home = after;
    if (!home) {
      let best = Infinity;
      for (const d of mentions) {
        if (d === m || !state(d) || d.code!.slice(0, 3) === m.code.slice(0, 3)) continue;
        // (a population or minority not called ethnic lives only where the sentence says something happens: "in X")
        if (!ethnic && tokens[d.start - 1]?.lower !== 'in') continue;
        const dist = d.start > m.start ? d.start - m.end : m.start - d.end;
        if (dist < best) {
          best = dist;
          home = d;
        }
      }
    }
    if (!home || home.code!.slice(0, 3) === m.code.slice(0, 3)) continue;
    mentions[i] = { ...m, code: home.code!.slice(0, 3) + m.code.slice(3), evidence: { entries: [...m.evidence.entries, ...home.evidence.entries], via: `ethnic group living in "${home.text}"` } };
  }
  return mentions;
}

/**
 * "Vietnamese-led forces", "a US-led coalition": forces led by a country are that country's, unlike forces it only
 * backs ("Iran-backed militias" stay uncoded).
 */
function ledBy(mentions: DraftMention[], tokens: Token[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (!a.attributive || !a.code || tokens[a.end + 1]?.lower !== 'led' || b.start !== a.end + 2) continue;
    if (b.code || !b.role || b.ownerPronoun) continue;
    mentions[i + 1] = { ...b, code: a.code.slice(0, 3) + b.role, evidence: { entries: [...a.evidence.entries, ...b.evidence.entries], via: `led by "${a.text}"` } };
  }
}

/**
 * "Hungarian and Romanian officials": a bare nationality coordinated with a nationality + role noun shares the role
 * (HUNGOV, ROUGOV), as the words mean.
 */
function shareRoles(mentions: DraftMention[], tokens: Token[]): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    // "Senior Hungarian and Romanian officials", "US and British forces"
    if (!a.code || !b.code || a.code.length !== 3 || b.code.length <= 3) continue;
    const bare = a.evidence.entries.filter((e) => !e.startsWith('modifier:'));
    if (bare.length !== 1 || !NATIONALITY_ENTRY.test(bare[0]!) || !b.evidence.entries[0]?.startsWith('adjective:')) continue;
    const link = tokens.slice(a.end, b.start).map((t) => t.lower).join(' ');
    if (link !== 'and' && link !== ',' && link !== 'or' && link !== ', and') continue;
    // ("Japan met China, Russian officials said": a country's name before a comma is no nationality in a list)
    if (link === ',' && !bare[0]!.startsWith('adjective:')) continue;
    mentions[i] = { ...a, code: a.code + b.code.slice(3), kind: b.kind, human: b.human, plural: b.plural, agents: b.agents, evidence: { entries: [...a.evidence.entries, ...b.evidence.entries.slice(1)], via: 'shared role' } };
  }
}

/**
 * "Israeli helicopters and tanks": a bare role noun coordinated right after a nationality + the same role shares
 * the nationality (both ISRMIL). Only the same role: "Israeli troops and militants" are not both Israeli forces.
 */
function shareCountry(mentions: DraftMention[], tokens: Token[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (!a.code || b.code || !b.role || b.role !== a.role || b.kind !== 'agent' || b.ownerPronoun || a.code.length !== 3 + a.role.length) continue;
    if (!/^(adjective|country):/.test(a.evidence.entries[0] ?? '')) continue;
    const link = tokens.slice(a.end, b.start).map((t) => t.lower).join(' ');
    // ("Russian aircraft including helicopter gunships": a part shares the whole's country)
    if (link !== 'and' && link !== ',' && link !== ', and' && link !== 'or' && link !== 'including') continue;
    mentions[i] = { ...b, code: a.code, evidence: { entries: [a.evidence.entries[0]!, ...b.evidence.entries], via: `country shared with "${a.text}"` } };
  }
}

/**
 * "Japan attacks China", "Venezuela releases dozens": a present tense right after a name, tagged as a noun, is the
 * verb, so no noun phrase may run through it ("Chinese attacks" stays a noun phrase: a nationality is no name).
 */
function markHeadlineVerbs(tokens: Token[], hits: DictionaryHit[], stop: boolean[], isVerbLemma: (w: string) => boolean, titleCase: boolean): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    // "Rebels Attack Army Base": in a title-case headline a bare verb after a plural is the verb too
    if (titleCase && t.pos === 'NOUN' && PLURAL_S.test(prev.lower) && !PLURAL_S.test(t.lower) && isVerbLemma(t.lower) && OBJECT_START.has(tokens[i + 1]!.pos)) {
      stop[i] = true;
      continue;
    }
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || (t.cap && !titleCase) || !PLURAL_S.test(t.lower)) continue;
    if (prev.pos !== 'PROPN' || NOT_A_NAME_KIND.has(hitKindAt(hits, i - 1))) continue;
    const next = tokens[i + 1]!;
    if (!OBJECT_START.has(next.pos)) continue;
    if (verbStem(t.lower, isVerbLemma) !== null) stop[i] = true;
  }
}

/** The kind of the first entry of the dictionary hit covering token i, or ''. */
function hitKindAt(hits: DictionaryHit[], i: number): string {
  for (const h of hits) if (h.start <= i && i < h.end) return h.entries[0]?.kind ?? '';
  return '';
}
