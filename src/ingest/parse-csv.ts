/**
 * CSV articles (RFC 4180: commas, double-quoted fields that may hold commas, quotes and newlines). A header row is
 * required and must name `id` and `text`; `date`, `title`, `source` and `url` are read when present, other columns
 * ignored. A bad row is reported by its first line and skipped; the others come through.
 */
import { type Parsed, recordToArticle } from './article-record.js';
import { InputError } from './errors.js';

export interface CsvRow {
  fields: string[];
  /** 1-based line the row starts on. */
  line: number;
  error?: string;
}

/** Splits CSV text into rows; never throws, a malformed row carries an `error`. */
export function* csvRows(text: string): Generator<CsvRow> {
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let closed = false; // just after a quoted field's closing quote
  let error: string | undefined;
  let line = 1;
  let start = 1;
  const endRow = (): CsvRow | null => {
    fields.push(field);
    const row = fields.length === 1 && fields[0] === '' && !closed ? null : { fields, line: start, ...(error ? { error } : {}) };
    fields = [];
    field = '';
    closed = false;
    error = undefined;
    return row;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        closed = true;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      closed = false;
    } else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      const row = endRow();
      if (row) yield row;
      line++;
      start = line;
    } else if (c === '\r') {
      continue;
    } else if (c === '"' && field === '' && !closed) {
      quoted = true;
    } else if (closed) {
      error ??= `text after a closing quote (column ${fields.length + 1})`;
    } else {
      field += c;
    }
  }
  if (quoted) error = 'a quoted field is never closed';
  const last = endRow();
  if (last) yield last;
}

const KNOWN = ['id', 'text', 'date', 'title', 'source', 'url'] as const;

/** Articles of one CSV file, in order, each a record or an error naming `file:line`. */
export function* parseCsv(text: string, file: string, defaultDate?: string): Generator<Parsed> {
  const rows = csvRows(text);
  const head = rows.next();
  if (head.done) {
    yield { error: new InputError(file, 'empty file') };
    return;
  }
  const header = head.value.fields.map((h) => h.trim().toLowerCase());
  const missing = ['id', 'text'].filter((c) => !header.includes(c));
  if (head.value.error || missing.length) {
    const why = head.value.error ?? `the header row must name the columns ${missing.join(' and ')} (found: ${header.join(', ')})`;
    yield { error: new InputError(`${file}:${head.value.line}`, why) };
    return;
  }
  let records = 0;
  for (const row of rows) {
    const origin = `${file}:${row.line}`;
    records++;
    if (row.error) {
      yield { error: new InputError(origin, row.error) };
      continue;
    }
    if (row.fields.length !== header.length) {
      yield { error: new InputError(origin, `${row.fields.length} fields, but the header has ${header.length}`) };
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((h, k) => {
      if ((KNOWN as readonly string[]).includes(h)) record[h] = row.fields[k]!;
    });
    yield recordToArticle(record, origin, defaultDate);
  }
  if (!records) yield { error: new InputError(file, 'no records after the header row') };
}
