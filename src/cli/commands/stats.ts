/**
 * `dyad stats`: the dyads with the most deduplicated events, or, given one dyad (--dyad, or --source and --target),
 * its daily, weekly or monthly series: events, mentions, Goldstein sum and mean, and events per quad class.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Interval } from '../../store/store.js';
import { UsageError } from '../common.js';
import { addDbOption, addFilterOptions, parseCount, parseFilter } from '../store-options.js';
import { textTable } from '../text-table.js';

export function registerStats(program: Command): void {
  const cmd = program
    .command('stats')
    .description('top dyads, or one dyad\'s series by day, week or month (count, Goldstein sum and mean, quad counts)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv']).default('table'))
    .addOption(new Option('--by <interval>', 'series interval').choices(['day', 'week', 'month']).default('month'))
    .option('-n, --limit <n>', 'top dyads: how many', '20');
  addFilterOptions(addDbOption(cmd)).action(async (opts: Record<string, unknown> & { format: 'table' | 'csv'; by: Interval; db?: string; limit?: string }) => {
    const filter = parseFilter(opts);
    const limit = parseCount('--limit', opts.limit, 20);
    const { openStore } = await import('../../store/open-store.js');
    const { buildSeries } = await import('../../store/series.js');
    const { csvLine } = await import('../../export/event-table.js');
    const print = (header: string[], rows: unknown[][]) =>
      process.stdout.write(opts.format === 'csv' ? [header, ...rows].map(csvLine).join('\n') + '\n' : textTable(header, rows));
    const series = filter.source !== undefined && filter.target !== undefined;
    if (series && (filter.source!.endsWith('*') || filter.target!.endsWith('*'))) throw new UsageError('a series needs one exact dyad, not a prefix');
    const store = await openStore(opts.db);
    try {
      if (series) {
        const rows = buildSeries(await store.dyadDays(filter.source!, filter.target!, filter), opts.by, filter);
        print(
          ['period', 'events', 'mentions', 'goldstein_sum', 'goldstein_mean', 'q1', 'q2', 'q3', 'q4'],
          rows.map((r) => [r.period, r.events, r.mentions, r.goldstein_sum, r.goldstein_mean ?? '', r.q1, r.q2, r.q3, r.q4]),
        );
      } else {
        const rows = await store.topDyads(filter, limit);
        print(
          ['source', 'target', 'events', 'mentions', 'goldstein_sum', 'goldstein_mean'],
          rows.map((r) => [r.source, r.target, r.events, r.mentions, round(r.goldstein_sum), round(r.goldstein_sum / r.events)]),
        );
      }
    } finally {
      await store.close();
    }
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;
