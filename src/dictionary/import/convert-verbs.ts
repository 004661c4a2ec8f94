/**
 * Verb groups → Dyad event-pattern lines (`id | code | v | trigger… | note`).
 * A group's verbs become trigger alternatives (`break|broke|broken`); a verb alone gives a bare pattern with its
 * code; every shared pattern is tried with every trigger set, multi-word verbs (`cordon off`) keeping their
 * particle before the pattern's words. Each source verb and pattern gets exactly one outcome: written, or skipped for
 * one reason (structure first, then code).
 */
import { basename } from 'node:path';
import type { CameoCode } from '../cameo-codes.js';
import { type ImportFormat, type SourceRef, Tally } from './import-report.js';
import { DYAD_PATTERN_WORD, slug } from './source-words.js';
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
  /** Words that must follow it (`down` for `break down`). */
  after: string[];
  code: string;
  ref: SourceRef;
}

/** A code as Dyad can use it, or the reason it cannot. */
export function eventCode(raw: string, codes: Map<string, CameoCode>, tally: Tally, ref: SourceRef): { code: string } | { reason: string } {
  const written = raw.trim();
  if (written === '') return { reason: 'no [code] on the line' };
  let code = written;
  if (code.includes(':')) {
    // TABARI/PETRARCH paired codes: source→target event, then the reverse event (visit / receive a visit)
    code = code.split(':')[0]!.trim();
    if (code === '') return { reason: 'paired code with only a reverse event [:CODE] (Dyad writes source→target events)' };
    if (code !== '---') tally.approximate('paired code A:B — only the first (source→target) event is written', ref);
  }
  if (code === '---') return { reason: 'null code --- (no event by design; Dyad has no blocking patterns)' };
  if (/^[+#]{3}$/.test(code)) return { reason: 'discard/complex code (+++ or ###)' };
  if (!codes.has(code)) return { reason: "event code not in Dyad's CAMEO table (cameo/codes.txt)" };
  return { code };
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
      if (emit(s.ref, c.code, [s.words.join('|'), ...s.after].join(' '), s.words[0]!)) verbOutcome.written++;
      else {
        verbOutcome.reason = conflicts ? 'same words as an earlier pattern with another code (Dyad would only ever use the first)' : 'duplicate of an earlier pattern';
        tally.skip(`verb: ${verbOutcome.reason}`, s.ref);
      }
    }
    // shared patterns, once per distinct particle sequence
    const bySequence = new Map<string, TriggerSet>();
    for (const s of sets) {
      const key = s.after.join(' ');
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
        for (const tail of t.tails) {
          const pattern = [s.words.join('|'), ...s.after, tail].filter(Boolean).join(' ');
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
      if (form.before.length) {
        const reason = 'multi-word verb with words before the verb (WORD_+VERB)';
        tally.skip(`verb: ${reason}`, v.ref);
        if (form === v) outcomes.push({ ref: v.ref, code, written: 0, reason, triggers: [v.verb.toLowerCase()] });
        continue;
      }
      const words = form === v ? triggerWords(form, lastVerbToken(rawVerbWord), format) : triggerWords(form, form.verb + '_', format);
      const bad = [form.verb, ...form.after].find((w) => w !== '*' && !DYAD_PATTERN_WORD.test(w.toLowerCase()));
      if (bad !== undefined || !form.verb) {
        const reason = `a verb word Dyad cannot match ("${bad ?? ''}")`;
        tally.skip(`verb: ${reason}`, v.ref);
        if (form === v) outcomes.push({ ref: v.ref, code, written: 0, reason, triggers: [v.verb.toLowerCase()] });
        continue;
      }
      if (format === 'tabari' && form === v && words.length > 1) tally.approximate('TABARI stem verb read as its likely lemmas (restor → restor|restore)', v.ref);
      const after = form.after.map((w) => w.toLowerCase());
      const key = `${after.join(' ')}|${code}`;
      const known = sets.get(key);
      if (known) known.words = [...new Set([...known.words, ...words])];
      else sets.set(key, { words, after, code, ref: v.ref });
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
 * Drops trigger forms the coder can never reach: it looks a verb up by its lemma first, so `left` (PETRARCH's LEFT
 * [032]) is never tried when `leave` starts patterns of its own. A form whose lemma is among the same pattern's
 * triggers is just redundant (`break|broke`). Patterns left with no trigger are not written.
 */
export function dropShadowedTriggers(patterns: DyadPattern[], lemmaOf: (words: string[]) => Map<string, string>, tally: Tally, outcomes: VerbOutcome[] = []): DyadPattern[] {
  const triggersOf = (p: DyadPattern) => p.pattern.split(' ')[0]!.split('|');
  const all = new Set(patterns.flatMap(triggersOf));
  const lemmas = lemmaOf([...all]);
  const out: DyadPattern[] = [];
  for (const p of patterns) {
    const triggers = triggersOf(p);
    const live: string[] = [];
    const shadowed: string[] = [];
    for (const w of triggers) {
      const l = lemmas.get(w);
      if (!l || l === w || !all.has(l)) live.push(w);
      else if (!triggers.includes(l)) shadowed.push(`${w} → ${l}`);
    }
    if (live.length === triggers.length) {
      out.push(p);
      continue;
    }
    if (!live.length) {
      const reason = 'unreachable: its trigger is an inflected form whose lemma has patterns of its own (LEFT → LEAVE; Dyad looks verbs up by lemma first)';
      tally.skip(`pattern: ${reason}`, p.ref);
      const o = outcomes.find((x) => x.ref === p.ref);
      if (o && --o.written === 0) o.reason = reason;
      continue;
    }
    if (shadowed.length) tally.approximate('trigger form dropped: its lemma has patterns of its own, which Dyad tries first', p.ref);
    const rest = p.pattern.split(' ').slice(1);
    out.push({ ...p, pattern: [live.join('|'), ...rest].join(' ') });
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
