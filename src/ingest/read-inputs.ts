/**
 * Turns CLI inputs (files, folders, "-" for stdin) into a stream of articles or input errors, in order.
 * `.jsonl` files hold many records; anything else is one plain-text article.
 */
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Article } from '../model/types.js';
import { InputError } from './errors.js';
import { parseJsonlLine } from './parse-jsonl.js';
import { parseTextArticle } from './parse-text-article.js';

export type InputItem = { article: Article } | { error: InputError };

export interface ReadOptions {
  date?: string;
  stdin?: Readable;
}

function expand(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => (f.startsWith('.') ? [] : expand(join(path, f))))
    .filter((f) => /\.(txt|jsonl|ndjson)$/i.test(f));
}

async function* jsonlLines(stream: Readable, name: string, date?: string): AsyncGenerator<InputItem> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    const parsed = parseJsonlLine(line, `${name}:${n}`, date);
    if (parsed) yield parsed;
  }
}

function checkText(buf: Buffer, origin: string): string {
  if (buf.includes(0)) throw new InputError(origin, 'binary file (contains NUL bytes), not text');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (text.includes('\uFFFD') && !buf.toString('latin1').includes('\uFFFD')) {
    throw new InputError(origin, 'not valid UTF-8 text');
  }
  return text;
}

export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  for (const input of inputs.length ? inputs : ['-']) {
    if (input === '-') {
      const stdin = opts.stdin ?? process.stdin;
      // stdin is JSONL when its first non-blank character opens an object; otherwise one text article
      const chunks: Buffer[] = [];
      for await (const c of stdin) chunks.push(Buffer.from(c));
      const buf = Buffer.concat(chunks);
      const text = buf.toString('utf8');
      if (/^\s*\{/.test(text)) {
        const { Readable } = await import('node:stream');
        yield* jsonlLines(Readable.from([text]), 'stdin', opts.date);
      } else if (text.trim()) yield { article: parseTextArticle(text, 'stdin', { date: opts.date, origin: 'stdin' }) };
      continue;
    }
    let files: string[];
    try {
      files = expand(input);
    } catch (e) {
      yield { error: new InputError(input, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`) };
      continue;
    }
    for (const file of files) {
      if (/\.(jsonl|ndjson)$/i.test(file)) {
        yield* jsonlLines(createReadStream(file), file, opts.date);
        continue;
      }
      try {
        const text = checkText(readFileSync(file), file);
        if (!text.trim()) throw new InputError(file, 'empty file');
        yield { article: parseTextArticle(text, basename(file, extname(file)) + extname(file), { date: opts.date, origin: file }) };
      } catch (e) {
        yield { error: e instanceof InputError ? e : new InputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`) };
      }
    }
  }
}
