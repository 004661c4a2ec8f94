/** The ingest formats: CSV, HTML (Readability + metadata), RSS and Atom, dates, and the folder walk. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Parsed } from '../../src/ingest/article-record.js';
import { htmlToText } from '../../src/ingest/html-text.js';
import { listFiles } from '../../src/ingest/list-files.js';
import { csvRows, parseCsv } from '../../src/ingest/parse-csv.js';
import { toIsoDay } from '../../src/ingest/parse-date.js';
import { parseFeed } from '../../src/ingest/parse-feed.js';
import { parseHtmlArticle } from '../../src/ingest/parse-html.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { ROOT } from '../helpers.js';

const FIX = join(ROOT, 'test', 'fixtures', 'ingest');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');
const articles = (items: Parsed[]) => items.map((i) => ('article' in i ? i.article : i.error.message));

describe('csvRows', () => {
  it.each<[string, string, { fields: string[]; line: number; error?: string }[]]>([
    ['plain rows', 'a,b\n1,2\n', [{ fields: ['a', 'b'], line: 1 }, { fields: ['1', '2'], line: 2 }]],
    ['quoted comma, quote and newline', 'x,"a, ""b""\nc"\ny,z', [{ fields: ['x', 'a, "b"\nc'], line: 1 }, { fields: ['y', 'z'], line: 3 }]],
    ['CRLF and a blank line', 'a,b\r\n\r\n1,2\r\n', [{ fields: ['a', 'b'], line: 1 }, { fields: ['1', '2'], line: 3 }]],
    ['empty fields', ',,\n', [{ fields: ['', '', ''], line: 1 }]],
    ['text after a closing quote', '"a"b,c\n', [{ fields: ['a', 'c'], line: 1, error: 'text after a closing quote (column 1)' }]],
    ['an unclosed quote', 'a,"b\nc\n', [{ fields: ['a', 'b\nc\n'], line: 1, error: 'a quoted field is never closed' }]],
  ])('%s', (_, text, rows) => {
    expect([...csvRows(text)]).toEqual(rows);
  });
});

describe('parseCsv', () => {
  it('reads records by header name, ignoring unknown columns and keeping quoted line breaks', () => {
    const got = articles([...parseCsv(read('desk.csv'), 'desk.csv')]);
    expect(got).toEqual([
      { id: 'c1', text: 'Japan met with Russia on Thursday, and the talks went on late.', title: 'Ministers talk', date: '2003-03-13', source: 'Test Daily', origin: 'desk.csv:2' },
      { id: 'c2', text: 'China said it would "support" North Korea.\r\nThe statement was brief.', title: 'A quote', date: '2003-03-14', source: 'Test Daily', origin: 'desk.csv:3' },
      { id: 'c3', text: 'South Korea ruled out talks with North Korea.', origin: 'desk.csv:5' },
    ]);
  });

  it('uses --date for a record with an empty date cell', () => {
    const [a] = articles([...parseCsv('id,text,date\nx,Japan met China.,\n', 'f.csv', '2003-01-01')]);
    expect(a).toMatchObject({ date: '2003-01-01' });
  });
});

describe('parseHtmlArticle', () => {
  const a = parseHtmlArticle(read('harbour-talks.html'), 'harbour-talks.html', { origin: 'x/harbour-talks.html' });

  it('takes title, date, source and address from the metadata', () => {
    expect(a).toMatchObject({
      id: 'harbour-talks.html',
      title: 'Envoys meet at the harbour',
      date: '2003-03-08', // the publisher's day, not UTC's
      source: 'The Test Gazette',
      url: 'https://gazette.example/world/envoys-harbour',
      origin: 'x/harbour-talks.html',
    });
  });

  it('keeps the article paragraphs, one a paragraph, and drops navigation, asides, footer and the repeated headline', () => {
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^Japan met with China on Saturday/);
    expect(a.text).not.toMatch(/Home|Most read|All rights|Envoys meet at the harbour/);
  });

  it('falls back to the <title>, <time> and --date when the page has no metadata', () => {
    const page = `<html><head><title>Plain page</title></head><body><article><p>${'Japan met with China on Saturday in a long session. '.repeat(4)}</p>
      <p>${'Officials said the talks would go on for several more days. '.repeat(3)}</p></article></body></html>`;
    expect(parseHtmlArticle(page, 'p.html')).toMatchObject({ title: 'Plain page' });
    expect(parseHtmlArticle(page, 'p.html', { date: '2003-01-05' }).date).toBe('2003-01-05');
    const timed = page.replace('<article>', '<article><time datetime="2003-02-01T10:00:00Z">1 Feb</time>');
    expect(parseHtmlArticle(timed, 'p.html').date).toBe('2003-02-01');
  });

  it('reads schema.org JSON-LD when there are no meta tags', () => {
    const page = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title","datePublished":"2003-04-02","publisher":{"name":"LD Times"}}</script></head>
      <body><article><p>${'Russia met with China on Monday in Moscow for a long session. '.repeat(5)}</p></article></body></html>`;
    expect(parseHtmlArticle(page, 'ld.html')).toMatchObject({ title: 'LD title', date: '2003-04-02', source: 'LD Times' });
  });

  it('rejects a page with no text, naming the file', () => {
    expect(() => parseHtmlArticle('<html><head><title>Empty</title></head><body><div> </div></body></html>', 'e.html', { origin: 'dir/e.html' })).toThrow('dir/e.html: no article text found');
  });
});

describe('parseFeed', () => {
  it('reads RSS items: full content first, else the description, as plain text', () => {
    expect(articles([...parseFeed(read('wire.rss'), 'wire.rss')])).toEqual([
      {
        id: 'wire-asia-1',
        text: 'South Korea met with Japan on Sunday in Tokyo.\n\nThe two sides said little afterwards.',
        title: 'Seoul and Tokyo hold talks',
        date: '2003-03-09',
        source: 'Test Wire: Asia',
        url: 'https://wire.example/asia/1',
        origin: 'wire.rss: item 1',
      },
      {
        id: 'https://wire.example/asia/2',
        text: 'The United States agreed to provide aid to North Korea, officials said on Monday.',
        title: 'Aid plan announced',
        date: '2003-03-10',
        source: 'Test Wire: Asia',
        url: 'https://wire.example/asia/2',
        origin: 'wire.rss: item 2',
      },
    ]);
  });

  it('reads Atom entries, preferring the published date', () => {
    expect(articles([...parseFeed(read('bulletins.atom'), 'b.atom')])).toEqual([
      {
        id: 'urn:example:bulletins:1',
        text: 'Russia attacked Japan near a disputed island, the ministry said.',
        title: 'Border clash reported',
        date: '2003-03-11',
        source: 'Test Bulletins',
        url: 'https://bulletins.example/1',
        origin: 'b.atom: item 1',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>RDF feed</title></channel>
      <item><title>One</title><link>https://r.example/1</link><description>Japan met with China.</description><dc:date>2003-05-01T09:00:00Z</dc:date></item></rdf:RDF>`;
    expect(articles([...parseFeed(rdf, 'r.xml')])).toEqual([
      { id: 'https://r.example/1', text: 'Japan met with China.', title: 'One', date: '2003-05-01', source: 'RDF feed', url: 'https://r.example/1', origin: 'r.xml: item 1' },
    ]);
  });

  it.each([
    ['<?xml version="1.0"?><catalog><book/></catalog>', 'f.xml: not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)'],
    ['<rss version="2.0"><channel><title>Empty</title></channel></rss>', 'f.xml: feed has no items'],
    ['<rss><channel><item><title>No body</title></item></channel></rss>', 'f.xml: item 1: no text ("No body")'],
  ])('reports a feed it cannot use: %s', (xml, message) => {
    expect(articles([...parseFeed(xml, 'f.xml')])).toEqual([message]);
  });
});

describe('toIsoDay', () => {
  it.each([
    ['2003-01-19', '2003-01-19'],
    ['2003-01-19T23:30:00-05:00', '2003-01-19'],
    ['Sun, 19 Jan 2003 23:30:00 -0500', '2003-01-19'],
    ['19 January 2003', '2003-01-19'],
    ['January 19, 2003', '2003-01-19'],
    ['2003-02-30', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ])('%s → %s', (raw, day) => {
    expect(toIsoDay(raw)).toBe(day);
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs and list items apart and does not double nested blocks', () => {
    expect(htmlToText('<div><p>One <b>bold</b> line.</p><ul><li><p>Two.</p></li></ul><blockquote><p>Three.</p></blockquote></div>')).toBe('One bold line.\n\nTwo.\n\nThree.');
  });
});

describe('folders', () => {
  it('finds every article format recursively, in order', () => {
    const files = listFiles(FIX).map((f) => f.slice(FIX.length + 1));
    expect(files).toEqual(['bulletins.atom', 'desk.csv', 'desk.jsonl', 'harbour-talks.html', 'note.txt', 'wire.rss']);
  });

  it('reads them all as articles', async () => {
    const ids: string[] = [];
    for await (const item of readInputs([FIX])) ids.push('article' in item ? item.article.id : item.error.message);
    expect(ids).toEqual(['urn:example:bulletins:1', 'c1', 'c2', 'c3', 'j1', 'j2', 'harbour-talks.html', 'note.txt', 'wire-asia-1', 'https://wire.example/asia/2']);
  });
});
