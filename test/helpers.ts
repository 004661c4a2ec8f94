/** Shared test helpers: the fixture coder (a tiny world of our own) and the path to ../shared when present. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Coder, createCoder } from '../src/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE_DICT = join(ROOT, 'test', 'fixtures', 'dict');
export const SHARED = resolve(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'eval', 'score.mjs'));

let fixture: Coder | null = null;
export function fixtureCoder(): Coder {
  fixture ??= createCoder({ dictionaries: FIXTURE_DICT });
  return fixture;
}

let bundled: Coder | null = null;
export function bundledCoder(): Coder {
  bundled ??= createCoder();
  return bundled;
}

/** Events as compact strings, "SRC>TGT:CODE", for table tests. */
export function brief(coder: Coder, text: string, date = '2003-01-19'): string[] {
  return coder.codeText(text, { date }).map((e) => `${e.source ?? '-'}>${e.target ?? '-'}:${e.code}`);
}
