/**
 * Size limits on input, so one hostile or mistaken file (a 50 MB single line, a whole archive saved as one .txt)
 * is reported and skipped instead of taking minutes and gigabytes to code as one "article". Real news articles are
 * a few thousand characters; the limits are far above any of them.
 */
import type { Article } from '../model/types.js';
import { InputError } from './errors.js';
import { dayProblem } from './parse-date.js';

/** Longest article text coded (characters). */
export const MAX_ARTICLE_CHARS = 1_000_000;
/** Largest file read as one article (.txt, .html, plain text on stdin). */
export const MAX_ARTICLE_FILE_BYTES = 16 * 1024 * 1024;
/** Longest JSONL line (one record). */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function tooLargeFile(origin: string, bytes: number): InputError {
  return new InputError(origin, `${mb(bytes)} is too large for one article (at most ${mb(MAX_ARTICLE_FILE_BYTES)}); split it into articles (JSONL, one a line)`);
}

export function tooLongLine(origin: string, bytes: number): InputError {
  return new InputError(origin, `line of ${mb(bytes)} is too long for one record (at most ${mb(MAX_LINE_BYTES)})`);
}

/**
 * The last check on every article any reader produced: text within the size limit, a publication date that is a
 * real day. Returns the problem as an InputError naming the article's origin, or null.
 */
export function articleProblem(a: Article): InputError | null {
  const origin = a.origin ?? a.id;
  if (a.text.length > MAX_ARTICLE_CHARS) {
    return new InputError(origin, `article text of ${a.text.length.toLocaleString('en')} characters is too long (at most ${MAX_ARTICLE_CHARS.toLocaleString('en')})`);
  }
  const bad = a.date === undefined ? null : dayProblem(a.date);
  if (bad) return new InputError(origin, `field "date": ${a.date} is ${bad}`);
  return null;
}
