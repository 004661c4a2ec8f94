/**
 * Top dyads from the rollups, reading as few rows as the date range allows: all time from dyad_total; a range from
 * dyad_month for its whole months plus dyad_day for the partial months at either end.
 */
import { filterSql, whereClause } from './filter-sql.js';
import type { Dialect, EventFilter } from './store.js';

export interface RangeParts {
  /** Days before the first whole month, [from, to] inclusive. */
  head: [string, string] | null;
  /** Whole months, [YYYY-MM, YYYY-MM] inclusive. */
  months: [string, string] | null;
  /** Days after the last whole month. */
  tail: [string, string] | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (day: string) => day.slice(0, 7);
function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}
function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const t = y * 12 + (m - 1) + by;
  return `${String(Math.floor(t / 12)).padStart(4, '0')}-${pad((t % 12) + 1)}`;
}

/**
 * @example
 * splitRange('2005-01-15', '2005-04-10')
 * // → { head: ['2005-01-15', '2005-01-31'], months: ['2005-02', '2005-03'], tail: ['2005-04-01', '2005-04-10'] }
 */
export function splitRange(from: string, to: string): RangeParts {
  if (from > to) return { head: null, months: null, tail: null };
  const fm = monthOf(from);
  const tm = monthOf(to);
  const firstWhole = from.endsWith('-01') ? fm : shiftMonth(fm, 1);
  const lastWhole = to === lastDay(tm) ? tm : shiftMonth(tm, -1);
  if (firstWhole > lastWhole) return { head: [from, to], months: null, tail: null };
  return {
    head: firstWhole === fm ? null : [from, lastDay(fm)],
    months: [firstWhole, lastWhole],
    tail: lastWhole === tm ? null : [`${tm}-01`, to],
  };
}

export function topDyadsFromRollups(f: EventFilter, dialect: Dialect, limit: number): { sql: string; params: unknown[] } {
  // actor and quad conditions hold on every rollup; the date range picks the tables
  const { where, params } = filterSql({ ...f, from: undefined, to: undefined }, dialect, 'r', false);
  where.push(`r.source <> ''`, `r.target <> ''`);
  const cols = 'r.source, r.target, r.events, r.mentions, r.goldstein_sum';
  const parts: string[] = [];
  const all: unknown[] = [];
  const add = (table: string, extra: string[], extraParams: unknown[]) => {
    parts.push(`SELECT ${cols} FROM ${table} r ${whereClause([...extra, ...where])}`);
    all.push(...extraParams, ...params);
  };
  if (f.from === undefined && f.to === undefined) add('dyad_total', [], []);
  else {
    const { head, months, tail } = splitRange(f.from ?? '0000-01-01', f.to ?? '9999-12-31');
    if (head) add('dyad_day', ['r.day >= ?', 'r.day <= ?'], head);
    if (months) add('dyad_month', ['r.month >= ?', 'r.month <= ?'], months);
    if (tail) add('dyad_day', ['r.day >= ?', 'r.day <= ?'], tail);
    if (!parts.length) add('dyad_total', ['1 = 0'], []);
  }
  return {
    sql: `SELECT x.source, x.target, SUM(x.events) AS events, SUM(x.mentions) AS mentions, SUM(x.goldstein_sum) AS goldstein_sum
      FROM (${parts.join(' UNION ALL ')}) x GROUP BY x.source, x.target ORDER BY events DESC, x.source, x.target LIMIT ?`,
    params: [...all, limit],
  };
}
