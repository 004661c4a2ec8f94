/**
 * Everything the coder knows, compiled once from a dictionaries folder. Compile once per process and share:
 * this is the start-up cost.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CameoCode, loadCameoCodes } from './cameo-codes.js';
import { DictionaryError } from './errors.js';
import { type PatternIndex, loadEventPatterns } from './event-patterns.js';
import { EXTRA_CODES_FILE, loadExtraCodes } from './extra-codes.js';
import { type ActorDictionary, loadActorDictionary } from './load-actors.js';
import { type Modality, loadModality } from './load-modality.js';

export interface Knowledge {
  dir: string;
  actors: ActorDictionary;
  patterns: PatternIndex;
  codes: Map<string, CameoCode>;
  modality: Modality;
}

/** The dictionaries shipped with Dyad (works from src/ under tsx and from dist/ after the build). */
export function defaultDictionaryDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'dictionaries');
    if (existsSync(join(candidate, 'cameo', 'codes.txt'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('cannot find the dictionaries folder shipped with Dyad');
}

export function loadKnowledge(dir: string = defaultDictionaryDir()): Knowledge {
  const root = resolve(dir);
  const codesFile = join(root, 'cameo', 'codes.txt');
  if (!existsSync(codesFile)) throw new DictionaryError(codesFile, 0, '', 'missing: the CAMEO code table');
  const codes = loadCameoCodes(codesFile);
  // a folder's own codes beside CAMEO (an imported dictionary's test and WEIS codes), when it declares any
  loadExtraCodes(join(root, 'cameo', EXTRA_CODES_FILE), codes);
  return {
    dir: root,
    codes,
    actors: loadActorDictionary(join(root, 'actors')),
    patterns: loadEventPatterns(join(root, 'events'), codes),
    modality: loadModality(join(root, 'events', 'modality.txt'), codes),
  };
}
