/**
 * JSONL from a byte stream, line by line: each line is checked as UTF-8 on its own, so one bad line is reported
 * (file:line) and skipped while the rest of the file is read. A file that is binary or empty is one error.
 */
import type { Readable } from 'node:stream';
import { InputError } from './errors.js';
import { MAX_LINE_BYTES, tooLongLine } from './limits.js';
import { parseJsonlLine } from './parse-jsonl.js';
import type { InputItem } from './read-inputs.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A line, or the length of one too long to keep (its bytes are dropped as they stream by, never held whole). */
type Line = { raw: Buffer } | { tooLong: number };

async function* lines(stream: Readable): AsyncGenerator<Line> {
  let rest: Buffer = Buffer.alloc(0);
  let skipping = 0; // bytes of an over-long line dropped so far
  for await (const chunk of stream) {
    let buf = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      if (skipping) {
        yield { tooLong: skipping + nl };
        skipping = 0;
      } else if (nl > MAX_LINE_BYTES) yield { tooLong: nl };
      else yield { raw: buf.subarray(0, nl) };
      buf = buf.subarray(nl + 1);
    }
    if (skipping || buf.length > MAX_LINE_BYTES) {
      skipping += buf.length;
      buf = Buffer.alloc(0);
    }
    rest = Buffer.from(buf);
  }
  if (skipping) yield { tooLong: skipping };
  else if (rest.length) yield { raw: rest };
}

export async function* jsonlRecords(stream: Readable, name: string, date?: string): AsyncGenerator<InputItem> {
  let n = 0;
  let records = 0;
  let offset = 0;
  try {
    for await (const line of lines(stream)) {
      n++;
      const origin = `${name}:${n}`;
      if ('tooLong' in line) {
        offset += line.tooLong + 1;
        records++;
        yield { error: tooLongLine(origin, line.tooLong), bytes: line.tooLong + 1 };
        continue;
      }
      const raw = line.raw;
      const bytes = raw.length + 1;
      // NUL bytes near the start mean a binary file: one error, not one per "line" of it
      if (offset < 8192 && raw.includes(0)) {
        yield { error: new InputError(origin, 'binary file (contains NUL bytes), not JSONL'), bytes };
        return;
      }
      offset += bytes;
      let text: string;
      try {
        text = utf8.decode(raw).replace(/\r$/, '').replace(/^\uFEFF/, '');
      } catch {
        yield { error: new InputError(origin, 'not valid UTF-8'), bytes };
        continue;
      }
      const parsed = parseJsonlLine(text, origin, date);
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
