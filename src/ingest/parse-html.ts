/**
 * An HTML page → an article: the main text by Mozilla Readability (over linkedom's DOM), and the title, date,
 * source and address from the page's metadata (Open Graph, article:*, Dublin Core, schema.org JSON-LD, <time>).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../model/types.js';
import { InputError } from './errors.js';
import { htmlToText, plainText } from './html-text.js';
import { toIsoDay } from './parse-date.js';

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(doc: Doc, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/** `datePublished` and `publisher.name` from schema.org JSON-LD blocks, the way news sites usually state them. */
function jsonLd(doc: Doc): { date?: string; source?: string; title?: string } {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is the page's problem, not a reason to drop the article
    }
    const nodes = (Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])]) as Record<string, unknown>[];
    for (const n of nodes) {
      if (!n || typeof n !== 'object' || !n.datePublished) continue;
      const publisher = n.publisher as { name?: string } | undefined;
      return { date: String(n.datePublished), source: publisher?.name, title: typeof n.headline === 'string' ? n.headline : undefined };
    }
  }
  return {};
}

export function parseHtmlArticle(html: string, id: string, opts: { date?: string; origin?: string } = {}): Article {
  const origin = opts.origin ?? id;
  const { document } = parseHTML(html);
  const ld = jsonLd(document);
  const title = meta(document, 'og:title', 'twitter:title', 'dc.title', 'DC.title') ?? ld.title ?? plainText(document.querySelector('title')?.textContent ?? '');
  const date = toIsoDay(
    meta(document, 'article:published_time', 'og:published_time', 'datePublished', 'date', 'dc.date', 'DC.date', 'pubdate', 'publish-date') ??
      ld.date ??
      document.querySelector('time[datetime]')?.getAttribute('datetime'),
  );
  const source = meta(document, 'og:site_name', 'application-name', 'publisher', 'dc.publisher', 'DC.publisher') ?? ld.source;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  // Readability edits the DOM it is given, so the metadata is read first
  const read = new Readability(document as unknown as Document).parse();
  const text = read?.content ? htmlToText(read.content, title) : '';
  if (!text.trim()) throw new InputError(origin, 'no article text found in the HTML page');
  const article: Article = { id, text, origin };
  const t = title || read?.title;
  if (t) article.title = t;
  const d = date ?? opts.date;
  if (d) article.date = d;
  const src = source ?? read?.siteName;
  if (src) article.source = src;
  if (url) article.url = url;
  return article;
}
