/**
 * HTML → plain text that keeps paragraph breaks (the sentence splitter needs them; `textContent` runs paragraphs
 * together). Used for Readability's article body and for feed items' HTML content.
 */
import { parseHTML } from 'linkedom';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dt, dd, figcaption';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** `skip` drops blocks equal to it (a headline repeated in the body). */
export function htmlToText(html: string, skip?: string): string {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const body = document.body;
  const blocks = [...body.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  const parts = blocks.length ? blocks.map((el) => clean(el.textContent)) : [clean(body.textContent)];
  const drop = skip ? clean(skip).toLowerCase() : null;
  return parts.filter((p) => p && p.toLowerCase() !== drop).join('\n\n');
}

/** Text of a fragment that may be HTML-escaped markup or plain text (feed titles). */
export function plainText(s: string): string {
  return /<[a-z!/]/i.test(s) ? clean(parseHTML(`<!doctype html><html><body>${s}</body></html>`).document.body.textContent) : clean(s);
}
