/**
 * Verb groups → Dyad event-pattern lines (`id | code | v | trigger… | note`).
 * A group's verbs become trigger alternatives (`break|broke|broken`); a verb alone gives a bare pattern with its
 * code; every shared pattern is tried with every trigger set, multi-word verbs (`cordon off`) keeping their
 * particle before the pattern's words, and their words before the verb (`wire [tap]`) right before the trigger.
 * Each source verb and pattern gets exactly one outcome: written, or skipped for one reason (structure first, then
 * code).
 */
import { basename } from 'node:path';
import type { CameoCode } from '../cameo-codes.js';
import { EXTRA_CODE } from '../extra-codes.js';
import { type ImportFormat, type SourceRef, Tally } from './import-report.js';
import { DYAD_PATTERN_WORD, slug } from './source-words.js';
import { joinPattern, splitPattern } from './pattern-line.js';
import { translatePattern } from './translate-pattern.js';
import type { SourceVerbGroup, SourceVerbs, VerbPhrase } from './verb-records.js';

export interface DyadPattern {
  id: string;
  code: string;
  pattern: string;
  note: string;
  /** The source verb or pattern line it came from. */
  ref: SourceRef;
}

/** What became of one source verb or pattern (the proof script uses these to explain misses). */
export interface VerbOutcome {
  ref: SourceRef;
  /** The code as written. */
  code: string;
  written: number;
  reason?: string;
  /** The trigger words of its verb group (to tell which trigger in a text lost it). */
  triggers: string[];
}

export interface ConvertedVerbs {
  patterns: DyadPattern[];
  outcomes: VerbOutcome[];
}

interface TriggerSet {
  /** Alternatives for the trigger word (lower case). */
  words: string[];
  /** Words right before it (`wire` for `wire tap`). */
  before: string[];
  /** Words that must follow it (`down` for `break down`). */
  after: string[];
  code: string;
  ref: SourceRef;
}

/**
 * A code as Dyad can use it, or the reason it cannot. A code CAMEO lacks but shaped like one (223, 174K) is kept as
 * the dictionary's own: the import lists it in cameo/extra-codes.txt. A paired code A:B stays paired (the event A
 * source→target, then B target→source, as both coders do); a reverse code Dyad cannot use is dropped.
 */
export function eventCode(raw: string, codes: Map<string, CameoCode>, tally: Tally, ref: SourceRef): { code: string } | { reason: string } {
  const written = raw.trim();
  if (written === '') return { reason: 'no [code] on the line' };
  const [code = '', reverse] = written.split(':').map((c) => c.trim());
  if (code === '') return { reason: 'paired code with only a reverse event [:CODE] (Dyad writes source→target events)' };
  if (code === '---') return { reason: 'null code --- (no event by design; Dyad has no blocking patterns)' };
  if (/^[+#]{3}$/.test(code)) return { reason: 'discard/complex code (+++ or ###)' };
  const first = usableCode(code, codes, tally, ref);
  if (typeof first !== 'string') return first;
  if (reverse === undefined) return { code };
  const second = reverse === '---' || reverse === '' ? null : usableCode(reverse, codes, tally, ref);
  if (typeof second === 'string') return { code: `${code}:${second}` };
  tally.approximate('paired code A:B whose reverse code B Dyad cannot use — only the first (source→target) event is written', ref);
  return { code };
}

function usableCode(code: string, codes: Map<string, CameoCode>, tally: Tally, ref: SourceRef): string | { reason: string } {
  if (codes.has(code)) return code;
  if (!EXTRA_CODE.test(code)) return { reason: 'event code neither CAMEO nor shaped like one (2–4 digits and at most one letter)' };
  tally.approximate("event code not in CAMEO: kept as the dictionary's own (cameo/extra-codes.txt; no Goldstein weight, no PLOVER type)", ref);
  return code;
}

/** TABARI words without a final `_` are stems (RESTOR, CRITICI): add the likely lemmas. */
function stemGuesses(stem: string): string[] {
  const out = [stem];
  if (/[bcdfghjklmnpqrstvz]$|u$/.test(stem)) out.push(`${stem}e`);
  if (stem.endsWith('i')) out.push(`${stem}ze`, `${stem}se`);
  if (stem.endsWith('f')) out.push(`${stem}y`);
  if (stem.endsWith('uil')) out.push(`${stem}d`);
  return out;
}

function triggerWords(p: VerbPhrase, rawWord: string, format: ImportFormat): string[] {
  const w = p.verb.toLowerCase();
  if (format === 'tabari' && !/[_=]$/.test(rawWord)) return stemGuesses(w);
  return [w];
}

export function convertVerbs(src: SourceVerbs, format: ImportFormat, codes: Map<string, CameoCode>, tally: Tally, ids: Set<string>): ConvertedVerbs {
  const patterns: DyadPattern[] = [];
  const outcomes: VerbOutcome[] = [];
  const seen = new Map<string, string>(); // pattern → code
  for (const ig of src.ignored) {
    tally.skip(ig.reason, ig.ref);
    outcomes.push({ ref: ig.ref, code: '', written: 0, reason: ig.reason, triggers: [] });
  }
  let conflicts = 0;
  const emit = (ref: SourceRef, code: string, pattern: string, trigger: string): boolean => {
    const had = seen.get(pattern);
    if (had !== undefined) {
      // the same words with another code could never fire: Dyad takes the first of equal patterns
      if (had !== code) conflicts++;
      return false;
    }
    seen.set(pattern, code);
    const base = `${format}.${slug(trigger)}.${ref.line}`;
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    const note = `${basename(ref.file)}:${ref.line} ${ref.text}`.replace(/\|/g, '/').replace(/\s+/g, ' ');
    patterns.push({ id, code, pattern, note, ref });
    return true;
  };

  for (const group of src.groups) {
    const groupOutcomes: VerbOutcome[] = [];
    const sets = triggerSets(group, format, tally, groupOutcomes);
    outcomes.push(...groupOutcomes);
    const words = [...new Set(sets.flatMap((s) => s.words))];
    for (const o of groupOutcomes) o.triggers = words;
    // bare verbs
    for (const s of sets) {
      const verbOutcome: VerbOutcome = { ref: s.ref, code: s.code, written: 0, triggers: words };
      outcomes.push(verbOutcome);
      const c = eventCode(s.code, codes, tally, s.ref);
      if ('reason' in c) {
        verbOutcome.reason = c.reason.startsWith('null code') ? 'null code --- (the verb alone codes nothing; its patterns are still written)' : c.reason;
        tally.skip(`verb: ${verbOutcome.reason}`, s.ref);
        continue;
      }
      conflicts = 0;
      if (emit(s.ref, c.code, joinPattern({ before: s.before.join(' '), triggers: s.words, after: s.after.join(' ') }), s.words[0]!)) verbOutcome.written++;
      else {
        verbOutcome.reason = conflicts ? 'same words as an earlier pattern with another code (Dyad would only ever use the first)' : 'duplicate of an earlier pattern';
        tally.skip(`verb: ${verbOutcome.reason}`, s.ref);
      }
    }
    // shared patterns, once per distinct particle sequence
    const bySequence = new Map<string, TriggerSet>();
    for (const s of sets) {
      const key = `${s.before.join(' ')}[]${s.after.join(' ')}`;
      const known = bySequence.get(key);
      if (known) known.words = [...new Set([...known.words, ...s.words])];
      else bySequence.set(key, { ...s, words: [...s.words] });
    }
    for (const p of group.patterns) {
      const outcome: VerbOutcome = { ref: p.ref, code: p.code, written: 0, triggers: words };
      outcomes.push(outcome);
      if (!bySequence.size) {
        outcome.reason = 'pattern of a verb that could not be imported';
        tally.skip(`pattern: ${outcome.reason}`, p.ref);
        continue;
      }
      if (p.broken) {
        outcome.reason = 'code cut short by a "#" comment inside [ ]';
        tally.skip(`pattern: ${outcome.reason}`, p.ref);
        continue;
      }
      const t = translatePattern(p.text, src.synsets);
      if (!t.ok) {
        outcome.reason = t.reason;
        tally.skip(`pattern: ${t.reason}`, p.ref);
        continue;
      }
      const c = eventCode(p.code, codes, tally, p.ref);
      if ('reason' in c) {
        outcome.reason = c.reason;
        tally.skip(`pattern: ${c.reason}`, p.ref);
        continue;
      }
      for (const a of t.approximations) tally.approximate(a, p.ref);
      conflicts = 0;
      for (const s of bySequence.values()) {
        for (const v of t.variants) {
          // a multi-word verb's own words before it (WIRE_+TAP) come right before the trigger, after the pattern's
          const pattern = joinPattern({ before: [v.before, ...s.before].filter(Boolean).join(' '), triggers: s.words, after: [...s.after, v.after].filter(Boolean).join(' ') });
          if (emit(p.ref, c.code, pattern, s.words[0]!)) outcome.written++;
        }
      }
      if (!outcome.written) {
        outcome.reason = conflicts ? 'same words as an earlier pattern with another code (Dyad would only ever use the first)' : 'duplicate of an earlier pattern';
        tally.skip(`pattern: ${outcome.reason}`, p.ref);
      }
    }
  }
  return { patterns, outcomes };
}

/** The group's verbs (and their listed forms) as trigger sets: same particles and code → one set. */
function triggerSets(group: SourceVerbGroup, format: ImportFormat, tally: Tally, outcomes: VerbOutcome[]): TriggerSet[] {
  const sets = new Map<string, TriggerSet>();
  for (const v of group.verbs) {
    const code = v.code ?? group.code;
    const rawVerbWord = v.ref.text.replace(/^\+/, '').split(/[\s[{]/)[0] ?? '';
    for (const form of [v, ...v.forms]) {
      const words = form === v ? triggerWords(form, lastVerbToken(rawVerbWord), format) : triggerWords(form, form.verb + '_', format);
      const bad = [...form.before, form.verb, ...form.after].find((w) => w !== '*' && !DYAD_PATTERN_WORD.test(w.toLowerCase()));
      if (bad !== undefined || !form.verb) {
        const reason = `a verb word Dyad cannot match ("${bad ?? ''}")`;
        tally.skip(`verb: ${reason}`, v.ref);
        if (form === v) outcomes.push({ ref: v.ref, code, written: 0, reason, triggers: [v.verb.toLowerCase()] });
        continue;
      }
      if (format === 'tabari' && form === v && words.length > 1) tally.approximate('TABARI stem verb read as its likely lemmas (restor → restor|restore)', v.ref);
      const after = form.after.map((w) => w.toLowerCase());
      const before = form.before.map((w) => w.toLowerCase());
      const key = `${before.join(' ')}[]${after.join(' ')}|${code}`;
      const known = sets.get(key);
      if (known) known.words = [...new Set([...known.words, ...words])];
      else sets.set(key, { words, before, after, code, ref: v.ref });
    }
  }
  return [...sets.values()];
}

/** The verb word as written on its line (to see a TABARI final `_`): `ACT_ [100]` → `ACT_`; `CALLED_ON` → `CALLED_`. */
function lastVerbToken(raw: string): string {
  const i = raw.indexOf('_');
  return i >= 0 && i < raw.length - 1 ? raw.slice(0, i + 1) : raw;
}

/**
 * Places inflected trigger forms: the coder looks a verb up by its lemma, so a form whose lemma starts patterns of
 * its own would never be reached. PETRARCH looks verbs up as written (its LEFT [032] has patterns apart from LEAVE's),
 * so such a form is written `=left`: that form itself, tried before the lemma. A form whose lemma is among the same
 * pattern's triggers is just redundant (`break|broke`) and is dropped, leaving the token to its lemma's patterns.
 */
export function placeTriggerForms(patterns: DyadPattern[], lemmaOf: (words: string[]) => Map<string, string>, tally: Tally): DyadPattern[] {
  const all = new Set(patterns.flatMap((p) => splitPattern(p.pattern).triggers));
  const lemmas = lemmaOf([...all]);
  const out: DyadPattern[] = [];
  for (const p of patterns) {
    const parts = splitPattern(p.pattern);
    const triggers: string[] = [];
    for (const w of parts.triggers) {
      const l = lemmas.get(w);
      if (!l || l === w || !all.has(l)) triggers.push(w);
      else if (!parts.triggers.includes(l)) triggers.push(`=${w}`);
    }
    out.push(triggers.join('|') === parts.triggers.join('|') ? p : { ...p, pattern: joinPattern({ ...parts, triggers }) });
  }
  // fewer trigger forms can make two lines the same: keep the first
  const seen = new Set<string>();
  return out.filter((p) => {
    if (seen.has(p.pattern)) {
      tally.skip('pattern: same words as an earlier pattern once redundant trigger forms are dropped', p.ref);
      return false;
    }
    seen.add(p.pattern);
    return true;
  });
}
