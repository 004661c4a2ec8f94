/** `dyad ingest`: read, code and store articles; known content is skipped, bad inputs are reported and skipped. */
import type { Command } from 'commander';
import type { Article } from '../../model/types.js';
import type { CodedArticle } from '../../pipeline/run-pipeline.js';
import { checkDate } from '../common.js';
import { ProgressBar } from '../progress-bar.js';
import { addDbOption, parseCount } from '../store-options.js';

interface IngestOptions {
  db?: string;
  date?: string;
  dict?: string;
  batch?: string;
  codedOnly?: boolean;
  statements?: boolean;
  queue?: boolean;
}

export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('code articles and store them with their sentences and events: .txt, .html, .jsonl, .csv, RSS/Atom files, folders, - for stdin')
    .argument('[inputs...]', 'files, folders (searched recursively) or - (stdin)', []);
  addDbOption(cmd)
    .option('-d, --date <YYYY-MM-DD>', 'publication date for inputs that carry none')
    .option('--dict <dir>', 'dictionaries folder to use instead of the bundled one')
    .option('--batch <n>', 'articles per transaction (a crash loses at most one batch, never part of an article)', '50')
    .option('--coded-only', 'drop events whose source or target has no CAMEO code')
    .option('--statements', 'also store plain statements (CAMEO 01x)')
    .option('--queue', 'do not code here: put the articles on the PostgreSQL queue for `dyad worker` processes')
    .action(async (inputs: string[], opts: IngestOptions) => {
      const date = checkDate(opts.date);
      const batchSize = parseCount('--batch', opts.batch, 50);
      if (opts.queue) return (await import('../enqueue-inputs.js')).enqueueInputs(inputs, { ...opts, date });
      const { createCoder } = await import('../../index.js');
      const { readInputs, inputBytes } = await import('../../ingest/read-inputs.js');
      const { openStore } = await import('../../store/open-store.js');
      const { contentHash } = await import('../../store/content-hash.js');
      const store = await openStore(opts.db);
      const coder = createCoder({ dictionaries: opts.dict, codedOnly: opts.codedOnly, statements: opts.statements });
      const bar = new ProgressBar(process.stderr, inputBytes(inputs));
      const tally = { stored: 0, events: 0, known: 0, bad: 0 };
      // read and not yet coded: coded a batch at a time (each stage over the batch), then stored in one transaction
      let pending: Article[] = [];
      const pendingHashes = new Set<string>();
      let lastFlush = performance.now();

      const flush = async () => {
        if (!pending.length) return;
        const coded: CodedArticle[] = [];
        for (const r of coder.codeArticles(pending)) {
          if ('error' in r) {
            // one article the coder fails on is reported and skipped, like an unreadable input
            tally.bad++;
            bar.clear();
            process.stderr.write(`dyad: ${r.article.origin ?? r.article.id}: could not be coded (${r.error.message})\n`);
          } else coded.push(r);
        }
        const results = await store.putArticles(coded);
        let events = 0;
        let stored = 0;
        for (const r of results) {
          if (r.status === 'stored') stored++;
          else tally.known++;
          events += r.events;
        }
        tally.stored += stored;
        tally.events += events;
        bar.advance(0, stored, events);
        pending = [];
        pendingHashes.clear();
        lastFlush = performance.now();
      };

      try {
        for await (const item of readInputs(inputs, { date })) {
          bar.advance(item.bytes ?? 0);
          if ('error' in item) {
            tally.bad++;
            bar.clear();
            process.stderr.write(`dyad: ${item.error.message}\n`);
            continue;
          }
          const hash = contentHash(item.article.text);
          if (pendingHashes.has(hash) || (await store.knownHashes([hash])).size) {
            tally.known++;
            continue;
          }
          pending.push(item.article);
          pendingHashes.add(hash);
          // a batch also closes after a second, so a slow trickle (stdin) is stored as it comes
          if (pending.length >= batchSize || performance.now() - lastFlush > 1000) await flush();
        }
        await flush();
      } finally {
        bar.done();
        await store.close();
      }
      const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
      process.stderr.write(
        `dyad: stored ${plural(tally.stored, 'article')} (${plural(tally.events, 'event')}) in ${store.location}; ` +
          `${tally.known} already stored` +
          (tally.bad ? `; ${plural(tally.bad, 'input')} skipped as unreadable (see above)` : '') +
          '\n',
      );
      if (tally.bad) process.exitCode = 1;
    });
}
