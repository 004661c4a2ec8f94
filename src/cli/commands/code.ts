/** `dyad code`: code articles to JSONL, TSV or a table. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { createCoder } from '../../index.js';
import { readInputs } from '../../ingest/read-inputs.js';
import { checkDate } from '../common.js';
import { type Format, formatEvent, formatTable, tsvHeader } from '../format-events.js';
import { batchFull, inBatches } from '../in-batches.js';
import { Progress } from '../progress.js';

export function registerCode(program: Command): void {
  program
    .command('code')
    .description('code articles: plain-text files, JSONL records {id, text, date?}, folders, or - for stdin')
    .argument('[inputs...]', 'files, folders or - (stdin)', [])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'tsv', 'table']).default('jsonl'))
    .option('-d, --date <YYYY-MM-DD>', 'publication date for inputs that carry none')
    .option('--dict <dir>', 'dictionaries folder to use instead of the bundled one')
    .option('--coded-only', 'drop events whose source or target has no CAMEO code')
    .option('--statements', 'also emit plain statements (CAMEO 01x)')
    .action(async (inputs: string[], opts: { format: Format; date?: string; dict?: string; codedOnly?: boolean; statements?: boolean }) => {
      const date = checkDate(opts.date);
      const coder = createCoder({ dictionaries: opts.dict, codedOnly: opts.codedOnly, statements: opts.statements });
      const progress = new Progress(process.stderr);
      const table = [];
      let failures = 0;
      const out = process.stdout;
      if (opts.format === 'tsv') out.write(tsvHeader() + '\n');
      for await (const batch of inBatches(readInputs(inputs, { date }), batchFull)) {
        const coded = coder.codeArticles(batch.flatMap((item) => ('article' in item ? [item.article] : [])));
        let next = 0;
        // in input order: read errors where they occurred, each article's events or why it could not be coded
        for (const item of batch) {
          if ('error' in item) {
            failures++;
            progress.clear();
            process.stderr.write(`dyad: ${item.error.message}\n`);
            continue;
          }
          const result = coded[next++]!;
          if ('error' in result) {
            // the coder failing on one article must not end the run: report it and go on with the rest
            failures++;
            progress.clear();
            process.stderr.write(`dyad: ${item.article.origin ?? item.article.id}: could not be coded (${result.error.message})\n`);
            continue;
          }
          progress.tick(result.sentences.length);
          if (opts.format === 'table') table.push(...result.events);
          else if (result.events.length) out.write(result.events.map((e) => formatEvent(e, opts.format)).join('\n') + '\n');
        }
      }
      progress.done();
      if (opts.format === 'table') out.write(formatTable(table));
      if (failures) {
        process.stderr.write(`dyad: ${failures} input${failures > 1 ? 's' : ''} could not be read (see above); the rest were coded\n`);
        process.exitCode = 1;
      }
    });
}
