/** Modality cues (dictionaries/events/modality.txt) as word sets and the intent map. */
import { readFileSync } from 'node:fs';
import type { CameoCode } from './cameo-codes.js';
import { fail, list, parseRows } from './parse-lines.js';

export interface Modality {
  negation: Set<string>;
  negatingGovernor: Set<string>;
  hypothetical: Set<string>;
  intentGovernor: Set<string>;
  objectControl: Set<string>;
  reporting: Set<string>;
  /** Root of an intended action → the code to use; null = not an event. */
  intentMap: Map<string, string | null>;
  refusalGovernor: Set<string>;
  /** Verbs and nouns whose that-clause says what is asked for, not what happened. */
  mandative: Set<string>;
  /** Root of a refused action → the rejection code; absent or null = not an event. */
  refusalMap: Map<string, string | null>;
}

const KINDS = ['negation', 'negating-governor', 'refusal-governor', 'mandative', 'hypothetical', 'intent-governor', 'object-control', 'reporting'] as const;

export function loadModality(file: string, codes: Map<string, CameoCode>): Modality {
  const m: Modality = {
    negation: new Set(),
    negatingGovernor: new Set(),
    hypothetical: new Set(),
    intentGovernor: new Set(),
    objectControl: new Set(),
    reporting: new Set(),
    intentMap: new Map(),
    refusalGovernor: new Set(),
    mandative: new Set(),
    refusalMap: new Map(),
  };
  const sets: Record<(typeof KINDS)[number], Set<string>> = {
    negation: m.negation,
    'negating-governor': m.negatingGovernor,
    'refusal-governor': m.refusalGovernor,
    mandative: m.mandative,
    hypothetical: m.hypothetical,
    'intent-governor': m.intentGovernor,
    'object-control': m.objectControl,
    reporting: m.reporting,
  };
  for (const row of parseRows(readFileSync(file, 'utf8'), file, 2, 4)) {
    const [kind, words, code] = row.fields;
    if (kind === 'intent-map' || kind === 'refusal-map') {
      if (!/^\d\d$/.test(words!)) fail(row, `${kind} needs a two-digit root, not "${words}"`);
      if (code !== '-' && !codes.has(code!)) fail(row, `unknown CAMEO code "${code}"`);
      (kind === 'intent-map' ? m.intentMap : m.refusalMap).set(words!, code === '-' ? null : code!);
    } else if ((KINDS as readonly string[]).includes(kind!)) {
      for (const w of list(words)) sets[kind as (typeof KINDS)[number]].add(w.toLowerCase());
    } else fail(row, `unknown kind "${kind}" (one of ${KINDS.join(', ')}, intent-map, refusal-map)`);
  }
  return m;
}
