/**
 * A dyad's time series from its dyad-by-day rows: bucketed by day, ISO week (labelled by its Monday) or month, with
 * empty periods between the first and last filled with zeros so a plot or a diff sees every step.
 */
import type { DyadDayRow, Interval, SeriesRow } from './store.js';

const DAY_MS = 86_400_000;

export function periodOf(day: string, interval: Interval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return day.slice(0, 7);
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  return new Date(t - weekday * DAY_MS).toISOString().slice(0, 10);
}

function nextPeriod(period: string, interval: Interval): string {
  if (interval === 'month') {
    const [y, m] = period.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const step = interval === 'week' ? 7 : 1;
  return new Date(Date.parse(`${period}T00:00:00Z`) + step * DAY_MS).toISOString().slice(0, 10);
}

const empty = (period: string): SeriesRow => ({ period, events: 0, mentions: 0, goldstein_sum: 0, goldstein_mean: null, q1: 0, q2: 0, q3: 0, q4: 0 });

/**
 * @example
 * buildSeries([{ day: '2003-01-18', quad: 1, events: 2, mentions: 3, goldstein_sum: 2 }], 'month')
 * // → [{ period: '2003-01', events: 2, mentions: 3, goldstein_sum: 2, goldstein_mean: 1, q1: 2, q2: 0, q3: 0, q4: 0 }]
 */
export function buildSeries(rows: DyadDayRow[], interval: Interval, range: { from?: string; to?: string } = {}): SeriesRow[] {
  const byPeriod = new Map<string, SeriesRow>();
  for (const r of rows) {
    const p = periodOf(r.day, interval);
    const s = byPeriod.get(p) ?? empty(p);
    s.events += r.events;
    s.mentions += r.mentions;
    s.goldstein_sum += r.goldstein_sum;
    const q = `q${r.quad}` as 'q1' | 'q2' | 'q3' | 'q4';
    if (q in s) s[q] += r.events;
    byPeriod.set(p, s);
  }
  const keys = [...byPeriod.keys()].sort();
  const first = range.from ? periodOf(range.from, interval) : keys[0];
  const last = range.to ? periodOf(range.to, interval) : keys[keys.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: SeriesRow[] = [];
  for (let p = first; p <= last; p = nextPeriod(p, interval)) {
    const s = byPeriod.get(p) ?? empty(p);
    s.goldstein_sum = Math.round(s.goldstein_sum * 1000) / 1000;
    s.goldstein_mean = s.events ? Math.round((s.goldstein_sum / s.events) * 1000) / 1000 : null;
    out.push(s);
  }
  return out;
}
