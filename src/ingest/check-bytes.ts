/**
 * Byte-level checks before any text is parsed: binary files (NUL bytes) and invalid UTF-8, located by line so the
 * error can say where. Text is decoded only once it is known to be valid, so nothing is silently replaced.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from './errors.js';

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  if (isUtf8(buf)) return -1;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // overlong three- and four-byte forms, UTF-16 surrogates, and code points past U+10FFFF
    const c1 = buf[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset. */
export function lineAt(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < buf.length; i++) if (buf[i] === 0x0a) line++;
  return line;
}

/** Decodes a whole file, or throws an InputError naming the file (and line) for binary, invalid or empty input. */
export function decodeText(buf: Buffer, origin: string): string {
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new InputError(`${origin}:${lineAt(buf, nul)}`, 'binary file (contains NUL bytes), not text');
  const bad = firstInvalidUtf8(buf);
  if (bad >= 0) throw new InputError(`${origin}:${lineAt(buf, bad)}`, `not valid UTF-8 (byte 0x${buf[bad]!.toString(16).toUpperCase()})`);
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputError(origin, 'empty file');
  return text;
}
