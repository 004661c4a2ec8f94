/**
 * Reads a PETRARCH or TABARI dictionary into its meaningful lines, with comments removed and line numbers kept.
 *   PETRARCH: `#` (at a line's start, or anywhere after it) and XML comments `<!-- … -->`, one- or multi-line.
 *   TABARI:   `;` starts a comment anywhere, `#` at a line's start; `~~FINISH` ends the file.
 * Leading white space is kept: PETRARCH actor files mark date restrictions with a leading tab.
 */
import { readFileSync } from 'node:fs';
import { DictionaryError } from '../errors.js';
import type { ImportFormat, SourceRef } from './import-report.js';

export interface SourceLine extends SourceRef {
  /** The line without its comment, right-trimmed; leading white space kept. */
  body: string;
}

export function readSourceText(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DictionaryError(file, 0, '', `cannot read the file: ${(e as Error).message}`);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw new DictionaryError(file, line, '', 'this is not a text dictionary (it holds NUL bytes)');
  }
  return text.replace(/^\uFEFF/, '');
}

export function sourceLines(file: string, format: ImportFormat, text: string = readSourceText(file)): SourceLine[] {
  const out: SourceLine[] = [];
  const lines = text.split(/\r?\n/);
  let commentFrom = 0; // line number where an open <!-- started, 0 when none
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    let body = raw;
    if (commentFrom) {
      const end = body.indexOf('-->');
      if (end < 0) continue;
      commentFrom = 0;
      body = body.slice(end + 3);
    }
    // XML comments, possibly several on a line, possibly opening one that ends further down
    for (;;) {
      const open = body.indexOf('<!');
      if (open < 0) break;
      const close = body.indexOf('-->', open);
      if (close >= 0) {
        body = body.slice(0, open) + body.slice(close + 3);
        continue;
      }
      if (body.startsWith('<!--', open)) commentFrom = i + 1;
      body = body.slice(0, open);
      break;
    }
    if (format === 'tabari') {
      if (/^~~FINISH/.test(body)) break;
      const semi = body.indexOf(';');
      if (semi >= 0) body = body.slice(0, semi);
      if (body.startsWith('#')) continue;
    } else {
      const hash = body.indexOf('#');
      if (hash >= 0) body = body.slice(0, hash);
    }
    body = body.trimEnd();
    if (body.trim() === '') continue;
    out.push({ file, line: i + 1, text: raw.trim(), body });
  }
  if (commentFrom) throw new DictionaryError(file, commentFrom, lines[commentFrom - 1]!.trim(), 'a <!-- comment is never closed with -->');
  return out;
}

/** Throws the standard "file:line: problem" error for a source line the reader cannot make sense of. */
export function unreadable(l: SourceLine, problem: string): never {
  throw new DictionaryError(l.file, l.line, l.text, problem);
}
