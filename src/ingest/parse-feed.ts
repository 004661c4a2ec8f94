/**
 * A local RSS 2.0, RSS 1.0 (RDF) or Atom file → one article per item: its full content when the feed carries it
 * (content:encoded, Atom content), else its description or summary, as plain text. The feed's title is the source.
 */
import { DOMParser } from 'linkedom';
import type { Article } from '../model/types.js';
import type { Parsed } from './article-record.js';
import { InputError } from './errors.js';
import { htmlToText, plainText } from './html-text.js';
import { toIsoDay } from './parse-date.js';

type El = { getElementsByTagName(n: string): ArrayLike<El>; textContent: string | null; getAttribute(n: string): string | null; tagName: string; children: ArrayLike<El> };

/** Text of the first direct or nested child with one of these tag names (prefixed names included). */
function child(item: El, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = item.getElementsByTagName(n)[0];
    const v = el?.textContent?.trim();
    if (v) return v;
  }
  return undefined;
}

function atomLink(entry: El): string | undefined {
  const links = Array.from(entry.getElementsByTagName('link'));
  const alt = links.find((l) => !l.getAttribute('rel') || l.getAttribute('rel') === 'alternate') ?? links[0];
  return alt?.getAttribute('href') ?? undefined;
}

/** Whether the text is a feed at all (an .xml file may be anything). */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(text);
}

export function* parseFeed(xml: string, file: string, defaultDate?: string): Generator<Parsed> {
  if (!looksLikeFeed(xml)) {
    yield { error: new InputError(file, 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)') };
    return;
  }
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: El };
  const root = doc.documentElement;
  const atom = root.tagName.toLowerCase() === 'feed';
  const items = Array.from(root.getElementsByTagName(atom ? 'entry' : 'item'));
  const channel = atom ? root : (root.getElementsByTagName('channel')[0] ?? root);
  const titles = Array.from(channel.getElementsByTagName('title'));
  // the feed's own title, not an item's: the first title that is not inside an item
  const feedTitle = titles.find((t) => !items.some((i) => Array.from(i.getElementsByTagName('title')).includes(t)))?.textContent?.trim();
  if (!items.length) {
    yield { error: new InputError(file, 'feed has no items') };
    return;
  }
  let n = 0;
  for (const item of items) {
    n++;
    const origin = `${file}: item ${n}`;
    const title = plainText(child(item, 'title') ?? '');
    const link = atom ? atomLink(item) : child(item, 'link');
    const body = child(item, 'content:encoded', 'content', 'description', 'summary') ?? '';
    const text = htmlToText(body, title);
    if (!text.trim()) {
      yield { error: new InputError(origin, `no text${title ? ` ("${title}")` : ''}`) };
      continue;
    }
    const id = child(item, 'guid', 'id') ?? link ?? `${file}#${n}`;
    const article: Article = { id, text, origin };
    if (title) article.title = title;
    const date = toIsoDay(child(item, 'pubDate', 'published', 'updated', 'dc:date')) ?? defaultDate;
    if (date) article.date = date;
    if (feedTitle) article.source = plainText(feedTitle);
    if (link) article.url = link;
    yield { article };
  }
}
