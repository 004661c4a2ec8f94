/**
 * The one line syntax every dictionary file shares: `field | field | …`, `#` comments, `;` lists.
 */
import { DictionaryError } from './errors.js';

export interface Row {
  file: string;
  line: number;
  raw: string;
  fields: string[];
}

/** Splits a dictionary file into rows, checking the field count against the file's format. */
export function parseRows(text: string, file: string, minFields: number, maxFields: number): Row[] {
  const rows: Row[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    // a bar separates fields only with space (or the line's end) around it: `a|b` inside a field is an alternative
    const fields = trimmed.split(/(?<=^|\s)\|(?=\s|$)/).map((f) => f.trim());
    while (fields.length > minFields && fields[fields.length - 1] === '') fields.pop();
    if (fields.length < minFields || fields.length > maxFields) {
      const want = minFields === maxFields ? `${minFields}` : `${minFields} to ${maxFields}`;
      throw new DictionaryError(file, i + 1, trimmed, `expected ${want} fields separated by " | ", found ${fields.length}`);
    }
    rows.push({ file, line: i + 1, raw: trimmed, fields });
  }
  return rows;
}

/** A `;`-separated list field, empty items dropped. */
export function list(field: string | undefined): string[] {
  if (!field) return [];
  return field
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '-');
}

export function fail(row: Row, problem: string): never {
  throw new DictionaryError(row.file, row.line, row.raw, problem);
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `FROM..TO` (either end optional; `YYYY` allowed) → ISO dates; empty → always valid. */
export function parseRange(row: Row, field: string | undefined): { from: string; to: string } {
  const all = { from: '0000-01-01', to: '9999-12-31' };
  if (!field) return all;
  const parts = field.split('..');
  if (parts.length !== 2) fail(row, `date range "${field}" must be FROM..TO`);
  const end = (s: string, first: boolean): string => {
    const v = s.trim();
    if (v === '') return first ? all.from : all.to;
    const m = DATE.exec(v);
    if (!m) fail(row, `"${v}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
    if (!m[2]) return first ? `${m[1]}-01-01` : `${m[1]}-12-31`;
    if (!m[3]) {
      // a month: its first day, or its last (day 0 of the next month)
      const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
      return first ? `${v}-01` : `${v}-${String(last).padStart(2, '0')}`;
    }
    return v;
  };
  const from = end(parts[0]!, true);
  const to = end(parts[1]!, false);
  if (from > to) fail(row, `date range "${field}" ends before it starts`);
  return { from, to };
}
