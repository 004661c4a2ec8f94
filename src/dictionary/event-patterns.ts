/**
 * Event patterns (dictionaries/events/NN-*.txt) compiled into a map from trigger lemma to the patterns it starts,
 * most specific first, so coding a token is one map lookup.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CameoCode } from './cameo-codes.js';
import { normalizeWord } from './normalize.js';
import { type Row, fail, parseRows } from './parse-lines.js';

export type PatternElement = { type: 'word'; words: Set<string>; alts: string[]; text: string } | { type: 'gap' } | { type: 'target' } | { type: 'source' };

export interface EventPattern {
  id: string;
  code: string;
  kind: 'v' | 'n';
  /** Trigger lemmas (alternatives written a|b). */
  triggers: string[];
  elements: PatternElement[];
  /** How many literal words it needs: more wins. */
  specificity: number;
  hasTarget: boolean;
  /** A `$` slot: the source is found there and the clause subject becomes the target ("received aid from $"). */
  hasSource: boolean;
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
  /** Every word that triggers a verb or a noun pattern: one lookup tells whether a word may start any pattern. */
  triggerWords: Set<string>;
  all: EventPattern[];
}

function compile(row: Row, codes: Map<string, CameoCode>): EventPattern {
  const [id, code, kind, pattern] = row.fields;
  if (!id) fail(row, 'missing id');
  if (!codes.has(code!)) fail(row, `unknown CAMEO code "${code}"`);
  if (kind !== 'v' && kind !== 'n') fail(row, `kind must be v or n, not "${kind}"`);
  const parts = pattern!.split(/\s+/).filter(Boolean);
  const trigger = parts.shift();
  if (!trigger || /[*+$]/.test(trigger)) fail(row, 'a pattern starts with its trigger word (or a|b alternatives)');
  const elements: PatternElement[] = [];
  let specificity = 0;
  let targets = 0;
  let sources = 0;
  for (const p of parts) {
    if (p === '*') elements.push({ type: 'gap' });
    else if (p === '$') {
      elements.push({ type: 'source' });
      sources++;
    } else if (p === '+') {
      elements.push({ type: 'target' });
      targets++;
    } else {
      if (!/^[\p{L}\p{N}'.&-]+(\|[\p{L}\p{N}'.&-]+)*$/u.test(p)) fail(row, `"${p}" is not a word, a|b alternatives, *, + or $`);
      const alts = p.split('|').map(normalizeWord);
      elements.push({ type: 'word', words: new Set(alts), alts, text: p });
      specificity++;
    }
  }
  if (targets > 1) fail(row, 'a pattern has at most one +');
  if (sources > 1 || (sources && targets)) fail(row, 'a pattern has at most one $, and not with a +');
  if (elements[elements.length - 1]?.type === 'gap') fail(row, 'a pattern cannot end with *');
  return {
    id: id!,
    code: code!,
    kind,
    triggers: trigger.split('|').filter(Boolean).map(normalizeWord),
    elements,
    specificity,
    hasTarget: targets === 1,
    hasSource: sources === 1,
    source: pattern!,
    where: `${row.file.split('/').slice(-2).join('/')}:${row.line}`,
  };
}

export function loadEventPatterns(dir: string, codes: Map<string, CameoCode>): PatternIndex {
  const index: PatternIndex = { verbs: new Map(), nouns: new Map(), verbIndex: new Map(), nounIndex: new Map(), triggerWords: new Set(), all: [] };
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
      for (const t of p.triggers) {
        const list = map.get(t) ?? [];
        list.push(p);
        map.set(t, list);
      }
    }
  }
  // most specific first; a target slot breaks ties (it says where the target is)
  for (const map of [index.verbs, index.nouns]) {
    for (const list of map.values()) list.sort((a, b) => b.specificity - a.specificity || Number(b.hasTarget) - Number(a.hasTarget));
  }
  for (const [map, out] of [[index.verbs, index.verbIndex], [index.nouns, index.nounIndex]] as const) {
    for (const [word, list] of map) {
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
      out.set(word, entry);
      index.triggerWords.add(word);
    }
  }
  return index;
}
