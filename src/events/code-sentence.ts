/**
 * The event stage for one sentence: every verb and noun that starts a pattern is tried, most specific pattern
 * first; the match gives the code and where the target is, the clause gives the source, modality decides whether it
 * is an event at all. Each candidate leaves a trace line, which `dyad explain` prints.
 */
import { type EventPattern, type TriggerPatterns, formThenLemma } from '../dictionary/event-patterns.js';
import type { Knowledge } from '../dictionary/knowledge.js';
import type { ActorMention, CodedEvent, Token } from '../model/types.js';
import { governingPreposition, phraseOpener } from '../actors/governing-preposition.js';
import { isHyphen } from '../text/token-shapes.js';
import { subjectFinder, type SubjectFinder } from './find-subject.js';
import { BEFORE_WINDOW, FEW, type PatternMatch, isWordOf, matchPattern } from './match-pattern.js';
import { type Mood, moodOf, ruledOut } from './modality.js';
import type { SentenceView } from './sentence-view.js';

export interface TraceLine {
  trigger: string;
  at: number;
  tried: { pattern: string; source: string; matched: boolean }[];
  outcome: string;
}

export interface CodeOptions {
  docId: string;
  published?: string;
  /**
   * Drop events whose source or target is named in the text but has no CAMEO code. By default they are kept, with a
   * null code and the words (GDELT leaves such actor fields blank too): "Siemens" is still who acted.
   */
  codedOnly?: boolean;
  /**
   * Also emit plain statements (CAMEO 01x). Off by default: the codebook makes statements subordinate, PLOVER has
   * no type for them, and they are what analysts call noise in GDELT.
   */
  statements?: boolean;
  /** Keep the trace of every trigger tried (for `dyad explain`); off when coding in bulk. */
  trace?: boolean;
}

interface Candidate {
  pattern: EventPattern;
  trigger: number[];
  source: ActorMention;
  target: ActorMention | undefined;
  mood: Mood;
  noun: boolean;
  /** For verbs: the end of the words the verb governs, where a noun trigger adds nothing ("appealed for aid to X"). */
  reach: number;
  /** The words the verb acts on when no actor stands there ("condemned the attacks"): shown as the target's words. */
  patient: string | null;
  /** Whether the target stood where the pattern says (its `+` or `$`, or a passive's subject), not just nearby. */
  slotTarget: boolean;
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words after which "to" + a noun names someone else's act: "give in to blackmail", "in response to the attack". */
const ANSWERING = new Set(['in', 'yield', 'bow', 'succumb', 'submit', 'respond', 'react', 'surrender', 'response', 'reaction', 'retaliation', 'reply', 'answer']);
const TEMPORAL = new Set(['following', 'after', 'before', 'since', 'amid', 'during', 'despite']);
const WINDOW = 16;
/** How many matching patterns a trigger tries before giving up on finding their actors. */
const MAX_TRIED = 4;

const OFFERS = new Set(['offer', 'agree', 'pledge', 'promise', 'volunteer', 'propose']);
const PARTICIPLE = /(ed|en|ing)$/;
const STATE_CODE = /^[A-Z]{3}$/;
const BODY_CODE = /^(IGO|NGO)/;
const PLACE_ENTRY = /^(capital|city):/;

export function codeSentence(view: SentenceView, k: Knowledge, opts: CodeOptions): { events: CodedEvent[]; trace: TraceLine[] } {
  const tokens = view.tokens;
  const subjects = subjectFinder(view, k.modality);
  const trace: TraceLine[] = [];
  const candidates: Candidate[] = [];
  // patternsInReach's answer, one array for all the sentence's triggers
  const inReach: number[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const repaired = view.repaired[i];
    // only verbs, nouns and repaired verbs trigger (most words are none: skip them first)
    if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && repaired === undefined) continue;
    // (view.isVerb: a verb after a hyphen is half of a compound adjective, "Iran-backed")
    const isVerb = view.isVerb(i);
    const isNoun = !isVerb && (t.pos === 'NOUN' || t.pos === 'PROPN');
    if (!isVerb && !isNoun) continue;
    const map = isVerb ? k.patterns.verbIndex : k.patterns.nounIndex;

    const forms = isVerb ? k.patterns.verbFormIndex : k.patterns.nounFormIndex;
    const byLemma = repaired ? map.get(repaired) : (map.get(t.lemma) ?? (t.lower !== t.lemma ? map.get(t.lower) : undefined));
    // a trigger written =form (an imported LEFT beside LEAVE) is that form's own: its patterns come before the lemma's
    const byForm = forms.size ? forms.get(t.lower) : undefined;
    const indexed = byForm ? formThenLemma(k.patterns, isVerb ? 'v' : 'n', t.lower, byForm, repaired ?? t.lemma, byLemma) : byLemma;
    if (!indexed) continue;
    const cover = view.mentionAt[i];
    if (isNoun && cover?.code && cover.kind !== 'agent' && !cover.attributive) continue;

    let limit = i + 1;
    for (;;) {
      while (limit < tokens.length && limit < i + WINDOW && !view.isHardStop(limit)) limit++;
      // "allow the World Food Program (WFP) to deliver food": a bracketed short name after an actor is read past
      const close = tokens[limit]?.text === '(' && view.mentionAt[limit - 1] ? bracketEnd(tokens, limit) : -1;
      if (close < 0 || close + 1 >= i + WINDOW) break;
      limit = close + 1;
    }
    // the trace is only kept (and its outcome only worded) for `dyad explain`
    const line: TraceLine | null = opts.trace ? { trigger: t.text, at: i, tried: [], outcome: '' } : null;
    if (line) trace.push(line);
    // every pattern whose words are there, most specific first: a longer one whose + finds no actor gives way
    const hits: { p: EventPattern; m: PatternMatch }[] = [];
    // only patterns whose first needed word is within reach are candidates (an index lookup per word in reach); a
    // trace tries them all, to say why each failed
    const count = line ? indexed.list.length : patternsInReach(indexed, tokens, i, limit, inReach);
    // where words before the trigger may start: computed once, for the first pattern that names any
    let floor = -1;
    for (let c = 0; c < count; c++) {
      const p = indexed.list[line ? c : inReach[c]!]!;
      if (p.before.length && floor < 0) floor = view.lookBackFloor(i, BEFORE_WINDOW);
      // a pattern needing a word that is not within reach cannot match: a lookup per word, before any matching
      // (the first needed word is known to be there when patternsInReach chose the pattern)
      const possible = hits.length < MAX_TRIED && reachable(p, tokens, i, limit, !line, floor);
      const m: PatternMatch | null = possible ? matchPattern(p, tokens, i, limit, view.skippable, view.mentionAt, Math.max(floor, 0)) : null;
      if (line) line.tried.push({ pattern: p.id, source: p.source, matched: Boolean(m) });
      if (m) hits.push({ p, m });
    }
    if (!hits.length) {
      if (line) line.outcome = 'no pattern matched the words after the trigger';
      continue;
    }

    // who acts and in what mood depends on the trigger, not on the pattern
    let subject: ActorMention | undefined;
    let patient: ActorMention | undefined;
    let passive = false;
    let byActor: ActorMention | undefined;
    let mood: Mood;
    let groupStart = i;
    if (isVerb) {
      const group = view.verbGroup(i);
      groupStart = group.start;
      // "the besieged town": a participle between a determiner and its noun describes, it does not happen here
      const prev = tokens[group.start - 1];
      const next = tokens[i + 1];
      const nextMention = view.mentionAt[i + 1];
      const nominalNext = next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN') && (!nextMention?.code || nextMention.attributive);
      const participle = PARTICIPLE.test(t.lower) && t.lower !== t.lemma;
      const adjectival =
        group.start === i &&
        ((prev?.pos === 'DET' && nominalNext) ||
          // "the besieged Bosnian town", "the banned Movement for …": after an article, even before a name
          (participle && ARTICLES.has(prev?.lower ?? '') && next !== undefined && /^(NOUN|ADJ|PROPN)$/.test(next.pos)) ||
          // "reject proposed changes", "Jordan's visiting king"
          // (a word the tagger called a verb inside a name is no verb: "President Gerald Ford pardoned Richard Nixon")
          (participle && nominalNext && prev !== undefined && (prev.lower === "'s" || (prev.pos === 'VERB' && !view.mentionAt[group.start - 1]) || prev.pos === 'ADP')));
      // a participle inside a phrase that names an actor describes it ("Jordan's visiting King Abdullah II")
      const around = view.mentionAt[i];
      // ("would not give in to nuclear blackmail": a word after an adjective that follows a preposition or article is
      // a noun, whatever the tagger said)
      const nounAfterAdjective = group.start === i && prev?.pos === 'ADJ' && /^(ADP|DET)$/.test(tokens[i - 2]?.pos ?? '') && !participle;
      if (adjectival || nounAfterAdjective || (participle && around !== undefined && around.start < i && around.end > i + 1)) {
        if (line) line.outcome = 'a participle describing a noun, not a verb';
        continue;
      }
      mood = moodOf(view, i, group.start, k.modality);
      // "could test, export or demonstrate": coordinated verbs share the first one's modal
      const link = tokens[group.start - 1];
      if (mood.kind === 'asserted' && group.start === i && link && (link.lower === 'or' || link.lower === 'and' || link.text === ',')) {
        for (let g = group.start - 2; g >= Math.max(0, i - 8); g--) {
          if (view.isHardStop(g) || (view.mentionAt[g] && tokens[g - 1]?.pos !== 'VERB')) break;
          if (!view.isVerb(g)) continue;
          const shared = moodOf(view, g, view.verbGroup(g).start, k.modality);
          if (shared.kind !== 'asserted') mood = shared.kind === 'intent' ? { kind: 'intent', governor: shared.governor } : shared;
          break;
        }
      }
      subject = subjects.subjectOf(i);
      if (group.passive) {
        passive = true;
        // the doer is in a by-phrase, which may come after an object or a complement
        for (let j = i + 1; j < Math.min(i + 9, tokens.length); j++) {
          if (view.isHardStop(j) || (j > i + 1 && view.isVerb(j))) break;
          if (tokens[j]!.lower === 'by') {
            byActor = view.firstMention(j + 1, j + 4);
            break;
          }
        }
        if (group.start < i && subject) patient = subject;
        // "Japanese citizens abducted by North Korean agents": a reduced relative acts on the phrase it follows
        else if (group.reduced) {
          const before = view.mentionAt[group.start - 1];
          if (before && before.end === group.start) patient = before;
        }
        // "A camp for Congolese refugees was attacked": a place named for its people stands for them
        if (!patient && group.start < i) patient = placeForPeople(view, group.start);
      }
    } else {
      // a noun: its possessor ("Russia's talks"), else the subject of the verb governing it
      let j = i - 1;
      while (j >= 0 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN')) j--;
      // the owner: "Russia's talks", or a nationality inside the phrase ("Palestinian riots")
      const before = view.mentionAt[i - 1];
      const adjective = cover?.attributive && cover.start < i ? cover : before && before.end === i && before.start > j ? before : undefined;
      // ("a Saudi-led strike": the leader of the action is its doer)
      const led = tokens[i - 1]?.lower === 'led' && isHyphen(tokens[i - 2]?.text) && view.mentionAt[i - 3]?.end === i - 2 ? view.mentionAt[i - 3] : undefined;
      const owner = tokens[j]?.lower === "'s" ? view.mentionAt[j - 1] : (adjective ?? led);
      let g = -1;
      for (let x = i - 1; x >= 0; x--) if (view.isVerb(x)) {
        g = x;
        break;
      }
      let cue = -1;
      for (let x = Math.max(0, i - 3); x < i; x++) {
        if (k.modality.negation.has(tokens[x]!.lower) || k.modality.hypothetical.has(tokens[x]!.lower)) cue = x;
      }
      if (ruledOut(view, i)) mood = { kind: 'refusal', why: 'refused: "out of the question"' };
      else if (cue >= 0 && cue === g && k.modality.hypothetical.has(tokens[g]!.lemma)) {
        // "is willing to consider aid": considering is only an intention when the considering is one
        const gm = moodOf(view, g, view.verbGroup(g).start, k.modality);
        mood = gm.kind === 'intent' ? { kind: 'intent', governor: g } : { kind: 'none', why: `only considered ("${tokens[g]!.text}")` };
      } else if (cue >= 0) mood = { kind: 'none', why: `"${tokens[cue]!.text}" before the noun` };
      else if (g >= 0) mood = moodOf(view, g, view.verbGroup(g).start, k.modality);
      else mood = { kind: 'asserted' };
      // "offered to negotiate following the invasions of Dagestan": a background event has no doer in the clause
      // (but "flew to Pyongyang after talks with Chinese officials": the traveller held the talks)
      // ("following" is often tagged a verb: the word before the noun's phrase decides)
      const opener = phraseOpener(tokens, i);
      // ("will not give in to blackmail", "in response to the attack": what one yields or responds to is another's act)
      const answered = tokens[opener]?.lower === 'to' && ANSWERING.has(tokens[opener - 1]?.lemma ?? '');
      const background = (TEMPORAL.has(tokens[opener]?.lower ?? '') && tokens[i + 1]?.lower === 'of') || answered;
      subject = owner ?? (g >= 0 && !background ? subjects.subjectOf(g) : undefined);
    }

    // then each matching pattern in turn, until one finds its actors
    let chosen: { p: EventPattern; m: PatternMatch; source: ActorMention; target: ActorMention | undefined } | null = null;
    const reasons: string[] | null = line ? [] : null;
    for (const { p, m } of hits) {
      let source = passive ? byActor : subject;
      let target = passive ? patient : undefined;
      // "he ruled out a treaty, demanded by North Korea": a demand made of whoever the phrase's own clause has act on
      // what was demanded
      if (passive && !target && isVerb && p.code.startsWith('10') && view.verbGroup(i).reduced) target = demandedOf(view, subjects, groupStart, source);
      // "was arrested in Lebanon": a state's coercion on its soil, with no doer named, is that state's
      // ("have been expelled from North Korea": whom a state expels, it expels from its soil)
      const soil = passive && !source ? (p.code.startsWith('17') ? 'in' : p.code.startsWith('166') ? 'from' : '') : '';
      if (soil) {
        for (let x = i + 1; x < Math.min(i + 6, tokens.length) && !source; x++) {
          const place = view.mentionAt[x];
          if (tokens[x - 1]!.lower === soil && place?.start === x && place.code && STATE_CODE.test(place.code.slice(0, 3)) && !BODY_CODE.test(place.code)) source = { ...place, code: place.code.slice(0, 3) };
        }
      }
      // "Three US servicemen were killed by a roadside bomb outside Basra": violence with no one named as its doer
      // is coded to unidentified attackers where it happened (ACLED's "unidentified armed group (country)")
      if (!source && m.sourceAt < 0 && VIOLENT.test(p.code) && (passive || (!subject && instrumentSubject(view, i)))) source = unidentifiedAttackers(view, passive ? patient : undefined, i);
      if (passive && !source && m.sourceAt < 0 && tokens[i]!.lower !== 'committed') {
        reasons?.push(`"${p.id}": passive with no "by" actor, the doer is unknown`);
        continue;
      }
      if (m.sourceAt >= 0) {
        // "received aid from Japan": the actor at `$` acts, on the clause subject
        target = source ?? subject;
        source = view.firstMention(m.sourceAt, m.sourceAt + 4, target);
      } else if (!target) {
        if (m.targetAt >= 0) {
          // ("meet Jordan's visiting King Abdullah": the slot may fall inside the phrase that names the target)
          const around = view.mentionAt[m.targetAt];
          target = around && around.start < m.targetAt && around !== source ? around : view.firstMention(m.targetAt, view.phraseEnd(m.targetAt), source);
          if (!target && source && view.coordinated(source).length === 1) target = complementTarget(view, view.objectRegionEnd(m.end), source, k);
        } else {
          const end = view.objectRegionEnd(Math.max(m.end, i + 1));
          target = view.firstMention(i + 1, end, source, true);
          // "ruled out a treaty, demanded by North Korea": the demand's author is the target
          if (!target && tokens[end]?.pos === 'VERB' && tokens[end + 1]?.lower === 'by') target = view.firstMention(end + 2, end + 5);
          // "demanded that the US cancel …", "offered to hand over to Britain …": the complement names the target
          // (not for "A and B agreed …", which is pairwise)
          if (!target && source && view.coordinated(source).length === 1) target = complementTarget(view, end, source, k);
        }
      }
      // "Israel has strengthened its forces in Lebanon": its own forces are the means; where they go is the target
      // (with no such place or actor named, there is no target: its own forces are not what it acts on)
      if (target && source && m.targetAt < 0 && ownForces(target, source, p.code)) target = view.firstMention(target.end, view.objectRegionEnd(target.end), source);
      // "staged rallies in Gaza against the party's leader": a protest's target is whom it is against, not where
      if (p.code.startsWith('14') && source && (!target || isPlace(target))) target = actorAfterCue(view, i + 1, source, AGAINST, false) ?? target;
      // "engaged in ethnic cleansing in Montenegro against the Albanian population": force used against someone in a
      // place is used on them
      else if (p.code >= '18' && p.code < '21' && source && target && whereItHappens(target, view)) {
        const against = actorAfterCue(view, target.end, source, AGAINST, false);
        if (against?.code) target = against;
      }
      // "complained to the United Nations over Israeli air raids": whom one complains to is not whom one accuses
      if (p.code.startsWith('11') && source && target && tokens[governingPreposition(tokens, target.start)]?.lower === 'to') target = actorAfterCue(view, target.end, source, ABOUT, true) ?? target;
      if (!source) {
        reasons?.push(`"${p.id}" matched, but no source actor was found`);
        continue;
      }
      // `%`: the pattern is about the members of a compound subject ("A and B have postponed")
      if (p.compound && view.coordinated(source).length < 2) {
        reasons?.push(`"${p.id}" matched, but its % needs a compound subject ("A and B")`);
        continue;
      }
      // a pattern that says where its target is ("fly to +") means nothing without one ("going back to its old game")
      if (p.hasTarget && !target) {
        reasons?.push(`"${p.id}" matched, but no actor stands where its + is`);
        continue;
      }
      chosen = { p, m, source, target };
      break;
    }
    if (!chosen) {
      if (line) line.outcome = reasons!.join('; ');
      continue;
    }
    const { p, m, source, target } = chosen;
    // words a pattern names before its verb ("will not [attend]", "failed to [meet]") state the mood in its code
    if (p.before.length && isVerb && mood.kind !== 'asserted') mood = moodOf(view, i, groupStart, k.modality, new Set(m.words));
    if (mood.kind === 'none' || (mood.kind === 'refusal' && !k.modality.refusalMap.get(p.code.slice(0, 2)))) {
      if (line) line.outcome = `"${p.id}" matched, not coded: ${mood.why}`;
      continue;
    }

    if (line) line.outcome = `"${p.id}" fired (${p.code})${mood.kind === 'intent' ? ' as an intention' : mood.kind === 'refusal' ? ` as a refusal (${mood.why})` : ''}`;
    const reach = isVerb ? view.objectRegionEnd(Math.max(m.end, i + 1)) : i;
    const objectWords = !target && isVerb && !passive && m.sourceAt < 0 ? (view.objectPhrase(m.end, reach) ?? view.objectPhrase(i + 1, reach)) : null;
    candidates.push({ pattern: p, trigger: m.words, source, target, mood, noun: !isVerb, reach, patient: objectWords, slotTarget: passive || m.targetAt >= 0 || m.sourceAt >= 0 });
  }

  if (!candidates.length) return { events: [], trace };
  // an intention composed with the action it names is more specific than the bare "agreed to" it came from
  const governs = (x: number) => candidates.some((g) => g.mood.kind === 'intent' && g.mood.governor === x);
  const generic = (c: Candidate) => (c.pattern.code.startsWith('03') || c.pattern.code.startsWith('01')) && governs(c.trigger[0]!);
  const verbs = candidates.filter((c) => !c.noun && !generic(c));
  const kept = candidates.filter((c) => !generic(c) && !(c.noun && verbs.some((v) => v.trigger[0]! < c.trigger[0]! && c.trigger[0]! < v.reach)));
  const events: CodedEvent[] = [];
  const seen: string[] = [];
  for (const c of kept) {
    for (const e of expand(c, view, k, opts)) {
      const key = e.source || e.target ? `${e.source}|${e.target}|${e.code}` : `${e.source_text}|${e.target_text}|${e.code}`;
      if (seen.includes(key)) continue;
      seen.push(key);
      events.push(e);
    }
  }
  return { events, trace };
}

function finalCode(c: Candidate, k: Knowledge, tokens: Token[]): string | null {
  const code = c.pattern.code;
  if (c.mood.kind === 'refusal') return k.modality.refusalMap.get(code.slice(0, 2)) ?? null;
  if (c.mood.kind !== 'intent') return code;
  const root = code.slice(0, 2);
  // "will withdraw its force unless …": an intention on a condition the other side must meet is a threat
  const unless = tokens.findIndex((t, x) => x > c.trigger[0]! && t.lower === 'unless');
  if (unless > 0 && root !== '03') return '130';
  // "offered to send troops": an offer of forces is an offer of protection, not a threat
  if (root === '15' && OFFERS.has(tokens[c.mood.governor]?.lemma ?? '')) return '0334';
  if (!k.modality.intentMap.has(root)) return code;
  const mapped = k.modality.intentMap.get(root)!;
  if (mapped === null) return null;
  return mapped === root ? code : mapped;
}

function usable(m: ActorMention | undefined, opts: CodeOptions): boolean {
  return Boolean(m && (m.code || (!opts.codedOnly && m.kind !== 'pronoun' && m.kind !== 'descriptor')));
}

/** Compound actors fan out; a compound subject with no target acts on itself pairwise ("A and B agreed"). */
function expand(c: Candidate, view: SentenceView, k: Knowledge, opts: CodeOptions): CodedEvent[] {
  const code = finalCode(c, k, view.tokens);
  if (code === null) return [];
  const info = k.codes.get(code)!;
  // plain statements (01) are only coded when asked for
  if (info.root === '01' && !opts.statements) return [];
  const sources = view.coordinated(c.source).filter((m) => usable(m, opts));
  const targets = c.target ? view.coordinated(c.target).filter((m) => usable(m, opts) && !sources.includes(m)) : [];
  const pairs: [ActorMention, ActorMention | undefined][] = [];
  // "Trump and Putin agreed to share information on North Korea": the agreement is between the two; what it is
  // about is no target (unless the pattern names one: "A and B met with C")
  const mutual = sources.length > 1 && (symmetric(code) || c.pattern.compound);
  // ("Kenya and Somalia met in Nairobi": a place of one of the pair's own countries is where they met, not a third party)
  const venue = c.target !== undefined && whereItHappens(c.target, view) && (c.pattern.compound || sources.some((s) => s.code?.slice(0, 3) === c.target?.code?.slice(0, 3)));
  if (targets.length && !(mutual && !c.slotTarget && (isTopic(c.target!, view) || venue))) {
    for (const s of sources) for (const t of targets) pairs.push([s, t]);
  } else if (mutual) {
    for (const s of sources) for (const t of sources) if (s !== t) pairs.push([s, t]);
  } else {
    for (const s of sources) pairs.push([s, undefined]);
  }
  const out: CodedEvent[] = [];
  const date = nearestDate(view, c.trigger[0]!) ?? opts.published ?? null;
  // a paired code (visit / be visited) adds the reverse event, for an event that happened (not an intention)
  const reverse = c.pattern.reverseCode !== null && c.mood.kind === 'asserted' ? c.pattern.reverseCode : null;
  for (const [s, placeTarget] of pairs) {
    // a town shelled, put under curfew or besieged stands for the people in it, not its government

    const tt = placeTarget && code.slice(0, 2) >= '13' && code.slice(0, 2) !== '16' ? asResidents(placeTarget) : placeTarget;
    // an actor acting on itself is a reading error more often than news ("Iraqi Kurds demonstrated in Kirkuk"), but
    // two office-holders of one government are two actors ("Iceland's president refused a request from the prime
    // minister"): only a place, a bare country or the same words count as the same actor
    const self = tt && s.code && s.code === tt.code && !twoOfficeHolders(s, tt);
    const t = self ? undefined : tt;
    if (!t && tt && pairs.length > 1) continue;
    // ("the communist state receives 500,000 tonnes of fuel oil": hosting needs a visitor, not a thing)
    if (code === '043' && (!t || (!t.code && !t.human))) continue;
    out.push(codedEvent(c, view, k, opts, s, t, code, date, '', placeTarget ? null : c.patient));
    if (reverse !== null && t) out.push(codedEvent(c, view, k, opts, t, s, reverse, date, '; the reverse event of a paired code', null));
  }
  return out;
}

/**
 * Two people or bodies of one country, each named in the sentence ("Iceland's president", "the prime minister"),
 * are two actors even when their codes agree. A place, a capital standing for its government, a phrase whose code
 * came from coreference, or two phrases that both borrowed the sentence's country are not evidence enough.
 */
function twoOfficeHolders(a: ActorMention, b: ActorMention): boolean {
  const named = (m: ActorMention) => (m.kind === 'agent' || m.kind === 'person') && !m.evidence.via.startsWith('coreference');
  const guessed = (m: ActorMention) => m.evidence.via.startsWith('country from');
  if (!named(a) || !named(b) || (guessed(a) && guessed(b))) return false;
  if (a.person !== undefined && a.person === b.person) return false;
  return a.text.toLowerCase() !== b.text.toLowerCase();
}

/** One event of a candidate: `s` acts on `t` with `code` (the reverse event of a paired code swaps them). */
function codedEvent(c: Candidate, view: SentenceView, k: Knowledge, opts: CodeOptions, s: ActorMention, t: ActorMention | undefined, code: string, date: string | null, note: string, patient: string | null): CodedEvent {
  const info = k.codes.get(code)!;
  const sentence = view.sentence;
  return {
    doc_id: opts.docId,
    sentence_index: sentence.index,
    sentence: sentence.text,
    source: s.code,
    target: t?.code ?? null,
    source_text: s.antecedentText ?? s.text,
    target_text: t ? (t.antecedentText ?? t.text) : patient,
    code,
    root: info.root,
    quad_class: info.quad,
    goldstein: info.goldstein,
    plover: info.plover,
    date,
    evidence: {
      pattern: c.pattern.id,
      pattern_code: c.pattern.code,
      // in text order (words before a trigger are matched backwards, after it)
      trigger: (c.pattern.before.length ? [...c.trigger].sort((a, b) => a - b) : c.trigger).map((i) => ({ text: view.tokens[i]!.text, start: view.tokens[i]!.start, end: view.tokens[i]!.end })),
      source_entries: s.evidence.entries,
      target_entries: t?.evidence.entries ?? [],
      modality: c.mood.kind === 'intent' || c.mood.kind === 'refusal' ? c.mood.kind : 'asserted',
      rule: `${c.pattern.where} "${c.pattern.source}"; source via ${s.evidence.via}${t ? `, target via ${t.evidence.via}` : ''}${note}`,
    },
  };
}

function nearestDate(view: SentenceView, at: number): string | null {
  let best: string | null = null;
  let dist = Infinity;
  for (const d of view.sentence.dates) {
    const x = d.start > at ? d.start - at : at - d.end + 1;
    if (x < dist) {
      dist = x;
      best = d.date;
    }
  }
  return best;
}

/** The first actor in the complement after the object region, before the sentence turns to who reported it. */
function complementTarget(view: SentenceView, from: number, source: ActorMention | undefined, k: Knowledge): ActorMention | undefined {
  const tokens = view.tokens;
  for (let i = from; i < Math.min(tokens.length, from + 14); i++) {
    if (view.isHardStop(i)) return undefined;
    const t = tokens[i]!;
    // ", officials said": what follows a comma and leads to a reporting verb is the reporter, not a target
    if (t.text === ',' && tokens.slice(i + 1, i + 6).some((x) => x.pos === 'VERB' && k.modality.reporting.has(x.lemma))) return undefined;
    // ("condemned the accord as a historic mistake and said Israel was not bound": a second verb of the subject
    // starts a clause of its own)
    if (t.lower === 'and' && i > from && view.isVerb(i + 1) && !tokens[i + 1]!.lower.endsWith('ing')) return undefined;
    // ("welcomed the announcement, and State Department spokesman Richard Boucher said …": a clause of its own)
    if (t.text === ',' && tokens[i + 1]?.lower === 'and') return undefined;
    const m = view.mentionAt[i];
    if (m && m.start === i && m !== source && !m.attributive && (!source || m.code !== source.code)) return m;
  }
  return undefined;
}

/**
 * "its forces", "their troops": a role of the source's own country, named through a possessive pronoun; and for a
 * show of force (15x), any of the source's own or unnamed forces ("Nepal mobilized the army", "mobilized the troops").
 */
function ownForces(target: ActorMention, source: ActorMention, code: string): boolean {
  const own = Boolean(target.code && source.code && target.code.slice(0, 3) === source.code.slice(0, 3));
  if (own && target.evidence.via.startsWith('owner')) return true;
  if (!code.startsWith('15')) return false;
  const forces = target.evidence.entries.some((e) => /^agent:/.test(e)) && (target.code === null || /(MIL|COP)$/.test(target.code));
  return forces && (own || target.code === null);
}

/** The people a clause's subject phrase names as its users ("a camp for refugees", "the offices of the party"). */
function placeForPeople(view: SentenceView, verbStart: number): ActorMention | undefined {
  const tokens = view.tokens;
  for (let i = verbStart - 1; i >= 1 && verbStart - i <= 6; i--) {
    const m = view.mentionAt[i];
    if (m && m.start === i && m.end === verbStart) {
      const p = tokens[i - 1]!.lower === 'for' || tokens[i - 1]!.lower === 'of' ? i - 1 : -1;
      return p > 0 && tokens[p - 1]!.pos === 'NOUN' && !view.mentionAt[p - 1] ? m : undefined;
    }
    if (!/^(ADJ|NOUN|PROPN|NUM|DET)$/.test(tokens[i]!.pos)) return undefined;
  }
  return undefined;
}

const VIOLENT = /^(18|19|20)/;
const LOCATIVE = new Set(['in', 'near', 'outside', 'at', 'across', 'around']);

const INSTRUMENT = /^(bomb|bombing|blast|explosion|device|ied|mine|landmine|rocket|missile|mortar|shell|grenade|attack|ambush|raid|airstrike|strike)s?$/;

/** "A roadside bombing near Samarra killed …": the clause's subject is a weapon or an attack, not an actor. */
function instrumentSubject(view: SentenceView, verb: number): boolean {
  for (let x = view.verbGroup(verb).start - 1; x >= 0 && x >= verb - 12; x--) {
    const t = view.tokens[x]!;
    if (view.isVerb(x) || view.isHardStop(x) || t.text === ',') return false;
    if (t.pos === 'NOUN' && INSTRUMENT.test(t.lower)) return true;
  }
  return false;
}

/** Unidentified attackers in the country where the sentence places the violence, as an actor (CCC + UAF). */
function unidentifiedAttackers(view: SentenceView, victim: ActorMention | undefined, trigger: number): ActorMention | undefined {
  const tokens = view.tokens;
  for (const m of view.mentions) {
    if (m === victim || !m.code || /^(IGO|NGO|IMG|MNC)/.test(m.code)) continue;
    const p = governingPreposition(tokens, m.start);
    const role = m.code.slice(3);
    // "killed in a car bomb explosion": the weapon named as the means (after the verb) is the unidentified attackers
    if (role === 'UAF' && m.start > trigger && p >= 0 && (tokens[p]!.lower === 'in' || tokens[p]!.lower === 'by')) return m;
    if (p < 0 || !(LOCATIVE.has(tokens[p]!.lower) || (tokens[p]!.lower === 'of' && tokens[p + 1]?.lower === 'the' && LOCATIVE.has(tokens[p - 1]?.lower ?? '')))) continue;
    if (role && role !== 'CVL' && role !== 'GOV') continue;
    return { ...m, code: `${m.code.slice(0, 3)}UAF`, kind: 'agent', human: true, evidence: { entries: m.evidence.entries, via: `unidentified attackers in "${m.text}"` } };
  }
  return undefined;
}

/** The subject of the verb whose object a reduced relative at `at` describes ("ruled out a treaty, demanded by …"). */
function demandedOf(view: SentenceView, subjects: SubjectFinder, at: number, source: ActorMention | undefined): ActorMention | undefined {
  for (let j = at - 1; j >= 0 && at - j <= 10; j--) {
    if (view.isHardStop(j) || view.isBoundary(j)) return undefined;
    if (!view.isVerb(j) || view.mentionAt[j]) continue;
    const s = subjects.subjectOf(j);
    return s && s !== source && (!s.code || s.code !== source?.code) ? s : undefined;
  }
  return undefined;
}

/** The index of the ")" closing a bracket of at most three words that opens at `open`, or -1. */
function bracketEnd(tokens: Token[], open: number): number {
  for (let j = open + 1; j < tokens.length && j <= open + 4; j++) if (tokens[j]!.text === ')') return j;
  return -1;
}

const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

/** A phrase the action is about rather than done to ("share information on North Korea"), or no actor at all. */
function isTopic(m: ActorMention, view: SentenceView): boolean {
  if (!m.code) return true;
  const p = governingPreposition(view.tokens, m.start);
  return p >= 0 && TOPIC_PREPOSITIONS.has(view.tokens[p]!.lower);
}

/** A place named where the action happens ("war games in the Mediterranean Sea"): no partner of a `%` pattern's pair. */
function whereItHappens(m: ActorMention, view: SentenceView): boolean {
  const p = governingPreposition(view.tokens, m.start);
  return p >= 0 && LOCATIVE.has(view.tokens[p]!.lower) && isPlace(m);
}

/** A country, capital or city named as a place (no role of its own). */
function isPlace(m: ActorMention): boolean {
  return m.kind === 'country' && m.evidence.entries.every((e) => /^(country|capital|city|modifier):/.test(e));
}

// ("calling for independence from Iraq": what a people wants to be free of is what it protests against)
const AGAINST = new Set(['against', 'defiance', 'independence']);
const ABOUT = new Set(['over', 'about', 'against']);

/**
 * The actor after one of `cues` ("against", "in defiance of", "over") in the rest of the clause, if any. With
 * `nationality`, a nationality qualifying a noun counts ("over two Israeli air raids": a complaint is about Israel).
 */
function actorAfterCue(view: SentenceView, from: number, source: ActorMention, cues: Set<string>, nationality: boolean): ActorMention | undefined {
  const tokens = view.tokens;
  for (let i = from; i < tokens.length; i++) {
    if (view.isHardStop(i)) return undefined;
    if (!cues.has(tokens[i]!.lower)) continue;
    const start = tokens[i + 1]?.lower === 'of' || (tokens[i]!.lower === 'independence' && tokens[i + 1]?.lower === 'from') ? i + 2 : i + 1;
    for (let j = start; j < Math.min(tokens.length, start + 10); j++) {
      if (view.isHardStop(j) || view.isBoundary(j) || (view.isVerb(j) && !view.mentionAt[j])) return undefined;
      const m = view.mentionAt[j];
      if (m && m.start === j && m !== source && (!m.attributive || nationality) && m.code !== source.code) return m;
    }
    return undefined;
  }
  return undefined;
}

/**
 * Codes whose compound subject acts on itself: "A and B met / agreed / signed / cooperated" is A→B and B→A; "A and B
 * protested" is two protests with no target.
 */
function symmetric(code: string): boolean {
  const root = code.slice(0, 2);
  return root === '03' || root === '04' || root === '06' || code === '050' || code === '057' || code === '0871';
}

/** A capital or city named as the target of force or coercion → its residents (country + CVL). */
function asResidents(m: ActorMention): ActorMention {
  const place = m.evidence.entries.length === 1 && PLACE_ENTRY.test(m.evidence.entries[0]!);
  if (!place || !m.code) return m;
  return { ...m, code: `${m.code.slice(0, 3)}CVL`, evidence: { ...m.evidence, via: `${m.evidence.via}; a place under force stands for its residents` } };
}

/**
 * Whether every word the pattern needs (after the first, with `firstKnown`) occurs as a word or a lemma between the
 * trigger and `limit`, and every word it needs before the trigger between `floor` and the trigger. Runs per pattern, so it allocates nothing: the window is short, and each of its words is
 * checked against the element's words (see isWordOf).
 */
function reachable(p: EventPattern, tokens: Token[], trigger: number, limit: number, firstKnown: boolean, floor: number): boolean {
  // words before the trigger, between `floor` and the trigger
  for (const el of p.before) {
    if (el.type !== 'word') continue;
    let any = false;
    for (let x = Math.max(floor, 0); x < trigger && !any; x++) any = isWordOf(el.alts, el.words, tokens[x]!);
    if (!any) return false;
  }
  let skip = firstKnown;
  for (const el of p.elements) {
    if (el.type !== 'word') continue;
    if (skip) {
      skip = false;
      continue;
    }
    let any = false;
    for (let x = trigger + 1; x < limit && !any; x++) any = isWordOf(el.alts, el.words, tokens[x]!);
    if (!any) return false;
  }
  return true;
}

/**
 * Writes to `out` the positions (ascending: most specific first) in the trigger's list of the patterns whose first
 * needed word occurs within reach, or that need none, and returns how many. `out` is reused across the sentence's
 * triggers; a trigger has a handful of such patterns.
 */
function patternsInReach(t: TriggerPatterns, tokens: Token[], trigger: number, limit: number, out: number[]): number {
  let count = 0;
  for (const n of t.bare) count = insertPosition(out, count, n);
  const few = t.firstWords.length <= FEW;
  for (let x = trigger + 1; x < limit; x++) {
    const tok = tokens[x]!;
    if (few) {
      for (const { word, at } of t.firstWords) if (tok.lower === word || tok.lemma === word) for (const n of at) count = insertPosition(out, count, n);
      continue;
    }
    const a = t.byFirstWord.get(tok.lower);
    if (a) for (const n of a) count = insertPosition(out, count, n);
    if (tok.lemma !== tok.lower) {
      const b = t.byFirstWord.get(tok.lemma);
      if (b) for (const n of b) count = insertPosition(out, count, n);
    }
  }
  return count;
}

/** Inserts n into the ascending out[0, count) unless it is there already; returns the new count. */
function insertPosition(out: number[], count: number, n: number): number {
  let at = count;
  while (at > 0 && out[at - 1]! > n) at--;
  if (at > 0 && out[at - 1] === n) return count;
  for (let j = count; j > at; j--) out[j] = out[j - 1]!;
  out[at] = n;
  return count + 1;
}
