/**
 * Event patterns (dictionaries/events/NN-*.txt) compiled into a map from trigger lemma to the patterns it starts,
 * most specific first, so coding a token is one map lookup.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CameoCode } from './cameo-codes.js';
import { type Row, fail, parseRows } from './parse-lines.js';
import { type PatternText, parsePatternText } from './pattern-text.js';

export type { PatternElement } from './pattern-text.js';

export interface EventPattern extends PatternText {
  id: string;
  code: string;
  /**
   * A paired code `A:B` (PETRARCH's and TABARI's visit / receive a visit): the event A from source to target, then
   * the reverse event B from target to source. null for a single code.
   */
  reverseCode: string | null;
  kind: 'v' | 'n';
  source: string;
  where: string;
}

/** The patterns of one trigger word, most specific first, indexed by the first word each needs after it. */
export interface TriggerPatterns {
  list: EventPattern[];
  /** First required word (any alternative) → positions in `list`. */
  byFirstWord: Map<string, number[]>;
  /** The same pairs as a list, for triggers with only a few (comparing a few words beats a lookup). */
  firstWords: { word: string; at: number[] }[];
  /** Positions in `list` of patterns that need no word after the trigger. */
  bare: number[];
}

export interface PatternIndex {
  verbs: Map<string, EventPattern[]>;
  nouns: Map<string, EventPattern[]>;
  /** The same, indexed for matching (see TriggerPatterns). */
  verbIndex: Map<string, TriggerPatterns>;
  nounIndex: Map<string, TriggerPatterns>;
  /**
   * Triggers written `=form`, by that form: a token whose own form is here tries these patterns before its lemma's
   * (PETRARCH looks verbs up as written: its LEFT has patterns apart from LEAVE's). Empty for most dictionaries.
   */
  verbFormIndex: Map<string, TriggerPatterns>;
  nounFormIndex: Map<string, TriggerPatterns>;
  /** Memo of formThenLemma. */
  combined: Map<string, TriggerPatterns>;
  /** Every word that triggers a verb or a noun pattern: one lookup tells whether a word may start any pattern. */
  triggerWords: Set<string>;
  all: EventPattern[];
}

function compile(row: Row, codes: Map<string, CameoCode>): EventPattern {
  const [id, codeField, kind, pattern] = row.fields;
  if (!id) fail(row, 'missing id');
  const [code, reverseCode = null, ...more] = codeField!.split(':');
  if (!codes.has(code!)) fail(row, `unknown CAMEO code "${code}"`);
  if (reverseCode !== null && !codes.has(reverseCode)) fail(row, `unknown CAMEO code "${reverseCode}" (the reverse event of ${codeField})`);
  if (more.length) fail(row, `"${codeField}": a paired code is A:B, two codes`);
  if (kind !== 'v' && kind !== 'n') fail(row, `kind must be v or n, not "${kind}"`);
  return {
    id: id!,
    code: code!,
    reverseCode,
    kind,
    ...parsePatternText(row, pattern!),
    source: pattern!,
    where: `${row.file.split('/').slice(-2).join('/')}:${row.line}`,
  };
}

export function loadEventPatterns(dir: string, codes: Map<string, CameoCode>): PatternIndex {
  const index: PatternIndex = { verbs: new Map(), nouns: new Map(), verbIndex: new Map(), nounIndex: new Map(), verbFormIndex: new Map(), nounFormIndex: new Map(), combined: new Map(), triggerWords: new Set(), all: [] };
  const forms = { v: new Map<string, EventPattern[]>(), n: new Map<string, EventPattern[]>() };
  const seen = new Map<string, string>();
  const files = readdirSync(dir)
    .filter((f) => /^\d\d-.*\.txt$/.test(f))
    .sort();
  for (const f of files) {
    const file = join(dir, f);
    for (const row of parseRows(readFileSync(file, 'utf8'), file, 4, 5)) {
      const p = compile(row, codes);
      const dup = seen.get(p.id);
      if (dup) fail(row, `id "${p.id}" is already used at ${dup}`);
      seen.set(p.id, p.where);
      index.all.push(p);
      const map = p.kind === 'v' ? index.verbs : index.nouns;
      for (const [words, into] of [[p.triggers, map], [p.forms, forms[p.kind]]] as const) {
        for (const t of words) {
          const list = into.get(t) ?? [];
          list.push(p);
          into.set(t, list);
        }
      }
    }
  }
  // most specific first; a target slot breaks ties (it says where the target is)
  for (const map of [index.verbs, index.nouns, forms.v, forms.n]) {
    for (const list of map.values()) list.sort((a, b) => b.specificity - a.specificity || Number(b.hasTarget) - Number(a.hasTarget));
  }
  const indexed = [[index.verbs, index.verbIndex], [index.nouns, index.nounIndex], [forms.v, index.verbFormIndex], [forms.n, index.nounFormIndex]] as const;
  for (const [map, out] of indexed) {
    for (const [word, list] of map) {
      out.set(word, triggerPatterns(list));
      index.triggerWords.add(word);
    }
  }
  return index;
}

/** One trigger's patterns, in the order given, indexed by the first word each needs after the trigger. */
function triggerPatterns(list: EventPattern[]): TriggerPatterns {
  const entry: TriggerPatterns = { list, byFirstWord: new Map(), firstWords: [], bare: [] };
  list.forEach((p, n) => {
    const first = p.elements.find((el) => el.type === 'word');
    if (!first || first.type !== 'word') {
      entry.bare.push(n);
      return;
    }
    for (const alt of first.alts) {
      const at = entry.byFirstWord.get(alt) ?? [];
      at.push(n);
      entry.byFirstWord.set(alt, at);
    }
  });
  for (const [w, at] of entry.byFirstWord) entry.firstWords.push({ word: w, at });
  return entry;
}

/**
 * A token whose form has `=form` patterns: those first, in their order, then its lemma's. The form's own patterns
 * win (PETRARCH's LEFT before LEAVE), and the lemma's still code what they do not cover (TABARI's CALLED_ON only
 * codes "called on"; "called for" is CALL's). Built once per form and lemma.
 */
export function formThenLemma(index: PatternIndex, kind: 'v' | 'n', form: string, own: TriggerPatterns, lemma: string, rest: TriggerPatterns | undefined): TriggerPatterns {
  if (!rest || rest === own) return own;
  const key = `${kind} ${form} ${lemma}`;
  let entry = index.combined.get(key);
  if (!entry) {
    const mine = new Set(own.list);
    entry = triggerPatterns([...own.list, ...rest.list.filter((p) => !mine.has(p))]);
    index.combined.set(key, entry);
  }
  return entry;
}
