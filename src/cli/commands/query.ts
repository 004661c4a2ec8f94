/** `dyad query`: deduplicated events by actor, dyad, code, root, quad, date range or words, with their evidence. */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { DedupEvent, Mention } from '../../store/store.js';
import { addDbOption, addFilterOptions, parseCount, parseFilter } from '../store-options.js';
import { textTable } from '../text-table.js';

type Format = 'table' | 'csv' | 'jsonl';

export function registerQuery(program: Command): void {
  const cmd = program
    .command('query')
    .description('find stored events (deduplicated, with mention, source and article counts)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'jsonl']).default('table'))
    .option('-n, --limit <n>', 'at most this many events', '50')
    .option('--mentions', 'also show every sentence that reports each event');
  addFilterOptions(addDbOption(cmd)).action(async (opts: Record<string, unknown> & { format: Format; db?: string; limit?: string; mentions?: boolean }) => {
    const filter = parseFilter(opts);
    const limit = parseCount('--limit', opts.limit, 50);
    const { openStore } = await import('../../store/open-store.js');
    const { EVENT_COLUMNS, csvLine, eventCsvFields, eventRecord } = await import('../../export/event-table.js');
    const store = await openStore(opts.db);
    try {
      const events: DedupEvent[] = [];
      for await (const e of store.events(filter, { limit })) events.push(e);
      const refs = await store.evidenceRefs(events.map((e) => e.id));
      const mentions = new Map<number, Mention[]>();
      if (opts.mentions) for (const e of events) mentions.set(e.id, await store.mentions(e.id));
      const out = process.stdout;
      if (opts.format === 'jsonl') {
        for (const e of events) {
          const rec = { ...eventRecord(e, refs.get(e.id)), ...(opts.mentions ? { mentions: mentions.get(e.id) } : {}) };
          out.write(JSON.stringify(rec) + '\n');
        }
      } else if (opts.format === 'csv') {
        out.write(EVENT_COLUMNS.join(',') + '\n');
        for (const e of events) out.write(csvLine(eventCsvFields(e, refs.get(e.id))) + '\n');
      } else {
        const rows = events.map((e) => [e.id, e.day ?? '-', `${e.source ?? e.source_text ?? '-'} → ${e.target ?? e.target_text ?? '-'}`, e.code, e.plover ?? '', e.quad_class, e.goldstein, e.mentions, e.sources, e.articles]);
        const table = textTable(['id', 'day', 'dyad', 'code', 'plover', 'quad', 'goldstein', 'mentions', 'sources', 'articles'], rows);
        if (!opts.mentions) out.write(table);
        else {
          const [head, rule, ...lines] = table.trimEnd().split('\n');
          out.write(`${head}\n${rule}\n`);
          events.forEach((e, i) => {
            out.write(lines[i] + '\n');
            for (const m of mentions.get(e.id) ?? []) out.write(`    ${m.doc_id}#${m.sentence_index}${m.article_source ? ` (${m.article_source})` : ''}: ${m.sentence}\n`);
          });
        }
        if (!events.length) out.write('(no events match)\n');
      }
    } finally {
      await store.close();
    }
  });
}
