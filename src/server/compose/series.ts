/**
 * Time series. One exact dyad comes from the store's dyad-by-day rollup (`Store.dyadDays`); anything wider (all
 * events, an actor, a dyad of prefixes such as USA* → PRK*) is summed from the deduplicated events themselves. Both
 * end in the store's own `buildSeries`, so every series has the same periods and rounding.
 */
import { buildSeries } from '../../store/series.js';
import type { DedupEvent, DyadDayRow, EventFilter, Interval, SeriesRow, Store } from '../../store/store.js';
import { eitherDirection } from './page-events.js';

export interface SeriesResult {
  totals: { events: number; mentions: number; goldstein_sum: number; goldstein_mean: number | null };
  series: SeriesRow[];
}

const asRow = (e: DedupEvent): DyadDayRow => ({ day: e.day!, quad: e.quad_class, events: 1, mentions: e.mentions, goldstein_sum: e.goldstein });

async function scanRows(store: Store, filter: EventFilter, keep: (e: DedupEvent) => boolean = () => true): Promise<DyadDayRow[]> {
  const rows: DyadDayRow[] = [];
  for await (const e of store.events(filter)) if (e.day && keep(e)) rows.push(asRow(e));
  return rows;
}

function result(rows: DyadDayRow[], interval: Interval, filter: EventFilter): SeriesResult {
  const series = buildSeries(rows, interval, { from: filter.from, to: filter.to });
  const events = series.reduce((n, r) => n + r.events, 0);
  const goldstein_sum = Math.round(series.reduce((n, r) => n + r.goldstein_sum, 0) * 1000) / 1000;
  return {
    totals: {
      events,
      mentions: series.reduce((n, r) => n + r.mentions, 0),
      goldstein_sum,
      goldstein_mean: events ? Math.round((goldstein_sum / events) * 1000) / 1000 : null,
    },
    series,
  };
}

/** Every event the filter matches, by period. */
export async function overallSeries(store: Store, filter: EventFilter, interval: Interval): Promise<SeriesResult> {
  return result(await scanRows(store, filter), interval, filter);
}

/** One dyad (source → target, or both directions summed); either side may be a `PREFIX*`. */
export async function dyadSeries(
  store: Store,
  source: string,
  target: string,
  filter: EventFilter,
  interval: Interval,
  direction: 'forward' | 'both',
): Promise<SeriesResult> {
  const exact = !source.endsWith('*') && !target.endsWith('*');
  const rows: DyadDayRow[] = [];
  if (exact) {
    rows.push(...(await store.dyadDays(source, target, filter)));
    if (direction === 'both' && source !== target) rows.push(...(await store.dyadDays(target, source, filter)));
  } else if (direction === 'forward') {
    rows.push(...(await scanRows(store, { ...filter, source, target })));
  } else {
    const both = eitherDirection(filter, source, target);
    rows.push(...(await scanRows(store, both.filter, both.predicate)));
  }
  return result(rows, interval, filter);
}
