/**
 * PETRARCH/TABARI date restrictions on actor codes, and how they become Dyad `from..to` ranges.
 *   [CODE <DATE]  on or before DATE      [CODE >DATE]  on or after DATE      [CODE D1-D2]  D1 to D2, both included
 * Dates are YYYYMMDD or YYMMDD; a two-digit year 00–30 is 20YY, otherwise 19YY (the KEDS/TABARI/PETRARCH rule).
 * The first restriction that holds wins, as in both coders; a code without a restriction is the default for every
 * other date.
 */

export const MIN_DATE = '0000-01-01';
export const MAX_DATE = '9999-12-31';

export interface DatedCode {
  code: string;
  from: string;
  to: string;
}

/** YYYYMMDD or YYMMDD → YYYY-MM-DD, or null when it is no calendar date. */
export function sourceDate(s: string): string | null {
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  let year = Number(m[1]);
  if (m[1]!.length === 2) year += year <= 30 ? 2000 : 1900;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${String(year).padStart(4, '0')}-${m[2]}-${m[3]}`;
}

/**
 * The restriction part of a code block (`< 950601`, `19950601 - 19990815`, `` for none) → a range, `null` for
 * an unrestricted (default) code, or an error message.
 */
export function parseRestriction(rest: string): { from: string; to: string } | null | string {
  const r = rest.trim();
  if (r === '') return null;
  const open = /^([<>])\s*(\d+)$/.exec(r);
  if (open) {
    const d = sourceDate(open[2]!);
    if (!d) return `"${open[2]}" is not a date (YYMMDD or YYYYMMDD)`;
    return open[1] === '<' ? { from: MIN_DATE, to: d } : { from: d, to: MAX_DATE };
  }
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(r);
  if (range) {
    const a = sourceDate(range[1]!);
    const b = sourceDate(range[2]!);
    if (!a || !b) return `"${r}" is not a date range (YYMMDD-YYMMDD)`;
    if (b < a) return `date range "${r}" ends before it starts`;
    return { from: a, to: b };
  }
  return `"${r}" is not a date restriction (<DATE, >DATE or DATE-DATE)`;
}

function dayAfter(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

function dayBefore(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/**
 * Dated codes (first match wins) plus an optional default → non-overlapping, date-ordered segments that give the
 * same answer for every date, which is what Dyad's ranges need (its lint rejects overlapping tenures).
 * Adjacent segments with the same code are merged.
 */
export function resolveTenures(dated: DatedCode[], fallback: string | null): DatedCode[] {
  // cut points: every range start and the day after every range end
  const cuts = new Set<string>([MIN_DATE]);
  for (const d of dated) {
    cuts.add(d.from);
    if (d.to < MAX_DATE) cuts.add(dayAfter(d.to));
  }
  const starts = [...cuts].sort();
  const out: DatedCode[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = i + 1 < starts.length ? dayBefore(starts[i + 1]!) : MAX_DATE;
    // inside one elementary interval every restriction either holds throughout or not at all
    const code = dated.find((d) => d.from <= from && to <= d.to)?.code ?? fallback;
    if (code === null) continue;
    const prev = out[out.length - 1];
    if (prev && prev.code === code && dayAfter(prev.to) === from) prev.to = to;
    else out.push({ code, from, to });
  }
  return out;
}

/** A Dyad range field: empty ends for open ranges, empty field for "always". */
export function rangeField(r: { from: string; to: string }): string {
  if (r.from === MIN_DATE && r.to === MAX_DATE) return '';
  return `${r.from === MIN_DATE ? '' : r.from}..${r.to === MAX_DATE ? '' : r.to}`;
}
