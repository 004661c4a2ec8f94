/**
 * The content hash that makes ingest idempotent: sha256 of the article text after Unicode NFKC, line-ending and
 * whitespace normalisation, so the same story saved twice (CRLF, re-wrapped, a BOM) is recognised as one.
 */
import { createHash } from 'node:crypto';

export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * @example
 * contentHash('Japan met China.\r\n') === contentHash(' Japan  met China.') // true
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');
}
