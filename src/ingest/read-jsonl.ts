/**
 * JSONL from a byte stream, line by line: each line is checked as UTF-8 on its own, so one bad line is reported
 * (file:line) and skipped while the rest of the file is read. A file that is binary or empty is one error.
 */
import type { Readable } from 'node:stream';
import { InputError } from './errors.js';
import { parseJsonlLine } from './parse-jsonl.js';
import type { InputItem } from './read-inputs.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function* lines(stream: Readable): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    let buf = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      yield buf.subarray(0, nl);
      buf = buf.subarray(nl + 1);
    }
    rest = Buffer.from(buf);
  }
  if (rest.length) yield rest;
}

export async function* jsonlRecords(stream: Readable, name: string, date?: string): AsyncGenerator<InputItem> {
  let n = 0;
  let records = 0;
  let offset = 0;
  try {
    for await (const raw of lines(stream)) {
      n++;
      const bytes = raw.length + 1;
      const origin = `${name}:${n}`;
      // NUL bytes near the start mean a binary file: one error, not one per "line" of it
      if (offset < 8192 && raw.includes(0)) {
        yield { error: new InputError(origin, 'binary file (contains NUL bytes), not JSONL'), bytes };
        return;
      }
      offset += bytes;
      let line: string;
      try {
        line = utf8.decode(raw).replace(/\r$/, '').replace(/^\uFEFF/, '');
      } catch {
        yield { error: new InputError(origin, 'not valid UTF-8'), bytes };
        continue;
      }
      const parsed = parseJsonlLine(line, origin, date);
      if (!parsed) continue;
      records++;
      yield { ...parsed, bytes };
    }
  } catch (e) {
    yield { error: new InputError(name, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`), bytes: 0 };
    return;
  }
  if (!records) yield { error: new InputError(name, 'empty file (no records)'), bytes: 0 };
}
