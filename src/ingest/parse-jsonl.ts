/**
 * JSONL records `{id, text, date?, title?, source?, url?}`, one a line. A broken line is reported with its number
 * and skipped; the other records still come through.
 */
import { type Parsed, recordToArticle } from './article-record.js';
import { InputError } from './errors.js';

export type { Parsed } from './article-record.js';

export function parseJsonlLine(line: string, origin: string, defaultDate?: string): Parsed | null {
  if (line.trim() === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    return { error: new InputError(origin, `not valid JSON (${(e as Error).message})`) };
  }
  return recordToArticle(json, origin, defaultDate);
}
