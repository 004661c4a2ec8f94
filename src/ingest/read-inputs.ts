/**
 * Turns CLI inputs (files, folders searched recursively, "-" for stdin) into a stream of articles or input errors,
 * in order. The format follows the extension:
 *   .jsonl/.ndjson records · .csv records (header required) · .html/.htm pages · .rss/.atom/.xml feeds · anything
 *   else one plain-text article.
 * Each item carries the input bytes it accounts for, so a progress bar can show a rate and an ETA.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { Article } from '../model/types.js';
import type { Parsed } from './article-record.js';
import { decodeText } from './check-bytes.js';
import { InputError } from './errors.js';
import { MAX_ARTICLE_FILE_BYTES, articleProblem, tooLargeFile } from './limits.js';
import { listFiles } from './list-files.js';
import { parseCsv } from './parse-csv.js';
import { jsonlRecords } from './read-jsonl.js';
import { parseTextArticle } from './parse-text-article.js';

export type InputItem = ({ article: Article } | { error: InputError }) & { bytes?: number };

export interface ReadOptions {
  date?: string;
  stdin?: Readable;
}

type Kind = 'jsonl' | 'csv' | 'html' | 'feed' | 'text';

export function kindOf(file: string): Kind {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.rss' || ext === '.atom' || ext === '.xml') return 'feed';
  return 'text';
}

/** Total bytes of the named inputs, for an ETA; null when stdin is among them or a path cannot be read. */
export function inputBytes(inputs: string[]): number | null {
  if (!inputs.length || inputs.includes('-')) return null;
  try {
    return inputs.flatMap((i) => listFiles(i)).reduce((n, f) => n + statSync(f).size, 0);
  } catch {
    return null;
  }
}

/** The items of one whole-file format, sharing the file's bytes among them. */
function* spread(items: Parsed[], bytes: number): Generator<InputItem> {
  const each = items.length ? bytes / items.length : bytes;
  for (const it of items) yield { ...it, bytes: each };
}

// HTML and feeds need a DOM (linkedom, ~0.1 s to load): loaded only when such a file comes
const loadHtml = () => import('./parse-html.js');
const loadFeed = () => import('./parse-feed.js');

async function* readWholeFile(file: string, kind: Exclude<Kind, 'jsonl'>, date?: string): AsyncGenerator<InputItem> {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    yield { error: new InputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`), bytes: 0 };
    return;
  }
  if ((kind === 'text' || kind === 'html') && buf.length > MAX_ARTICLE_FILE_BYTES) {
    yield { error: tooLargeFile(file, buf.length), bytes: buf.length };
    return;
  }
  try {
    const text = decodeText(buf, file);
    const id = basename(file);
    if (kind === 'csv') yield* spread([...parseCsv(text, file, date)], buf.length);
    else if (kind === 'feed') yield* spread([...(await loadFeed()).parseFeed(text, file, date)], buf.length);
    else if (kind === 'html') yield { article: (await loadHtml()).parseHtmlArticle(text, id, { date, origin: file }), bytes: buf.length };
    else yield { article: parseTextArticle(text, basename(file, extname(file)) + extname(file), { date, origin: file }), bytes: buf.length };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    yield { error: e, bytes: buf.length };
  }
}

async function* readStdin(stdin: Readable, date?: string): AsyncGenerator<InputItem> {
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(Buffer.from(c));
  const buf = Buffer.concat(chunks);
  const head = buf.subarray(0, 512).toString('utf8').trimStart();
  // stdin's format is sniffed: a JSON object per line, a feed, an HTML page, or else one text article
  if (head.startsWith('{')) {
    const { Readable } = await import('node:stream');
    yield* jsonlRecords(Readable.from([buf]), 'stdin', date);
    return;
  }
  if (buf.length > MAX_ARTICLE_FILE_BYTES) {
    yield { error: tooLargeFile('stdin', buf.length), bytes: buf.length };
    return;
  }
  try {
    if (!buf.toString('utf8').trim()) return;
    const text = decodeText(buf, 'stdin');
    if (/^(<\?xml|<rss|<feed|<rdf:RDF)/i.test(head)) yield* spread([...(await loadFeed()).parseFeed(text, 'stdin', date)], buf.length);
    else if (/^(<!doctype html|<html)/i.test(head)) yield { article: (await loadHtml()).parseHtmlArticle(text, 'stdin', { date, origin: 'stdin' }), bytes: buf.length };
    else yield { article: parseTextArticle(text, 'stdin', { date, origin: 'stdin' }), bytes: buf.length };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    yield { error: e, bytes: buf.length };
  }
}

/** Every input's articles and errors, in order; an article over the limits or with an impossible date is an error. */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  for await (const item of readAll(inputs, opts)) {
    const bad = 'article' in item ? articleProblem(item.article) : null;
    yield bad ? { error: bad, bytes: item.bytes } : item;
  }
}

async function* readAll(inputs: string[], opts: ReadOptions): AsyncGenerator<InputItem> {
  for (const input of inputs.length ? inputs : ['-']) {
    if (input === '-') {
      yield* readStdin(opts.stdin ?? process.stdin, opts.date);
      continue;
    }
    let files: string[];
    try {
      files = listFiles(input);
    } catch (e) {
      yield { error: new InputError(input, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`), bytes: 0 };
      continue;
    }
    for (const file of files) {
      const kind = kindOf(file);
      if (kind === 'jsonl') {
        const { createReadStream } = await import('node:fs');
        yield* jsonlRecords(createReadStream(file), file, opts.date);
      } else yield* readWholeFile(file, kind, opts.date);
    }
  }
}
