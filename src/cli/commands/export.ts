/** `dyad export`: deduplicated events as JSONL, CSV, a GDELT 2.0 event table or Phoenix rows. */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { DedupEvent, EvidenceRef } from '../../store/store.js';
import { addDbOption, addFilterOptions, parseFilter } from '../store-options.js';
import { openOut } from '../write-out.js';

type Format = 'jsonl' | 'csv' | 'gdelt' | 'phoenix';
const CHUNK = 1000;

export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('export deduplicated events: jsonl | csv (with counts and evidence links) | gdelt (GDELT 2.0, 61 columns) | phoenix (26 columns)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'csv', 'gdelt', 'phoenix']).default('jsonl'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--header', 'gdelt and phoenix: start with a header row (their published files have none)');
  addFilterOptions(addDbOption(cmd)).action(async (opts: Record<string, unknown> & { format: Format; db?: string; out?: string; header?: boolean }) => {
    const filter = parseFilter(opts);
    const { openStore } = await import('../../store/open-store.js');
    const { GDELT_COLUMNS, gdeltRow } = await import('../../export/gdelt.js');
    const { PHOENIX_COLUMNS, phoenixRow } = await import('../../export/phoenix.js');
    const { EVENT_COLUMNS, csvLine, eventCsvFields, eventRecord } = await import('../../export/event-table.js');
    const line = (e: DedupEvent, refs: EvidenceRef[]): string => {
      if (opts.format === 'gdelt') return gdeltRow(e, refs).join('\t');
      if (opts.format === 'phoenix') return phoenixRow(e, refs).join('\t');
      if (opts.format === 'csv') return csvLine(eventCsvFields(e, refs));
      return JSON.stringify(eventRecord(e, refs));
    };
    const store = await openStore(opts.db);
    const out = openOut(opts.out);
    try {
      if (opts.format === 'csv') await out.write(EVENT_COLUMNS.join(',') + '\n');
      if (opts.header && opts.format === 'gdelt') await out.write(GDELT_COLUMNS.join('\t') + '\n');
      if (opts.header && opts.format === 'phoenix') await out.write(PHOENIX_COLUMNS.join('\t') + '\n');
      let chunk: DedupEvent[] = [];
      const emit = async () => {
        const refs = await store.evidenceRefs(chunk.map((e) => e.id));
        await out.write(chunk.map((e) => line(e, refs.get(e.id) ?? []) + '\n').join(''));
        chunk = [];
      };
      for await (const e of store.events(filter)) {
        chunk.push(e);
        if (chunk.length >= CHUNK) await emit();
      }
      if (chunk.length) await emit();
      await out.end();
    } finally {
      await store.close();
    }
  });
}
