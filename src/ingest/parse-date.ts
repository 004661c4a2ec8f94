/** Publication dates as pages and feeds write them → `YYYY-MM-DD`, the publisher's own calendar day when given. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * @example
 * toIsoDay('2003-01-19T23:00:00-05:00')       // '2003-01-19'
 * toIsoDay('Sun, 19 Jan 2003 23:00:00 -0500') // '2003-01-19' (RFC 822, as RSS writes it)
 */
export function toIsoDay(raw: string | null | undefined): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  // the timestamp's own day, not converted to UTC: the day the publisher printed
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  const rfc = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(s);
  if (rfc) {
    const m = MONTHS.indexOf(rfc[2]!.toLowerCase());
    if (m >= 0) return valid(+rfc[3]!, m + 1, +rfc[1]!);
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** Publication dates Dyad accepts: anything outside is a typo or a placeholder (0000-00-00, 9999-12-31). */
export const FIRST_YEAR = 1800;
export const LAST_YEAR = 2199;

/**
 * What is wrong with a `YYYY-MM-DD` publication date, or null when it is a real day in the years Dyad accepts.
 *
 * @example
 * dayProblem('2003-01-19') // null
 * dayProblem('2003-02-30') // 'not a real day'
 * dayProblem('9999-12-31') // 'outside the years 1800–2199'
 */
export function dayProblem(d: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return 'not a date YYYY-MM-DD';
  const [y, mo, da] = [+m[1]!, +m[2]!, +m[3]!];
  if (!calendarDay(y, mo, da)) return 'not a real day';
  if (y < FIRST_YEAR || y > LAST_YEAR) return `outside the years ${FIRST_YEAR}–${LAST_YEAR}`;
  return null;
}

function calendarDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const day = new Date(Date.UTC(2000, m - 1, d));
  day.setUTCFullYear(y);
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

function valid(y: number, m: number, d: number): string | undefined {
  if (y < FIRST_YEAR || y > LAST_YEAR) return undefined;
  const t = Date.UTC(y, m - 1, d);
  const day = new Date(t);
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return undefined;
  return day.toISOString().slice(0, 10);
}
