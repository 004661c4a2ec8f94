/** Codes an eval input with the bundled coder and scores it with ../shared/eval/score.mjs (the judge's scorer). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJsonlLine } from '../../src/ingest/parse-jsonl.js';
import { parseTextArticle } from '../../src/ingest/parse-text-article.js';
import type { Article } from '../../src/model/types.js';
import { SHARED, bundledCoder } from '../helpers.js';

export interface Score {
  strict: { recall: number; precision: number; f1: number; hit: number; required: number; events: number };
  lenient: { recall: number; precision: number; f1: number };
  forbidden: number;
  dates: { right: number; checked: number };
}

export function articlesOf(input: string): Article[] {
  const text = readFileSync(input, 'utf8');
  if (input.endsWith('.jsonl')) {
    return text
      .split('\n')
      .map((l, i) => parseJsonlLine(l, `${input}:${i + 1}`))
      .flatMap((r) => (r && 'article' in r ? [r.article] : []));
  }
  return [parseTextArticle(text, input.split('/').pop()!)];
}

export function codeAndScore(input: string, gold: string): Score {
  const coder = bundledCoder();
  const events = articlesOf(input).flatMap((a) => coder.codeArticle(a).events);
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-score-')), 'events.jsonl');
  writeFileSync(file, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const out = execFileSync(process.execPath, [join(SHARED, 'eval', 'score.mjs'), gold, file, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as Score;
}
