/**
 * `dyad ingest --queue`: read the inputs as ingest does, and put the articles on the coding queue in PostgreSQL
 * instead of coding them here; `dyad worker` processes code them. Bad inputs are reported the same way.
 */
import { readInputs, inputBytes } from '../ingest/read-inputs.js';
import { openQueue } from '../queue/open-queue.js';
import { Enqueuer } from '../queue/enqueue.js';
import { isPostgresUrl, openStore, resolveLocation } from '../store/open-store.js';
import { UsageError } from './common.js';
import { ProgressBar } from './progress-bar.js';

export interface EnqueueOptions {
  db?: string;
  date?: string;
  codedOnly?: boolean;
  statements?: boolean;
}

export async function enqueueInputs(inputs: string[], opts: EnqueueOptions): Promise<void> {
  const url = resolveLocation(opts.db);
  if (!isPostgresUrl(url)) throw new UsageError(`--queue needs a PostgreSQL database (--db postgres://… or $DYAD_DB), not "${url}"`);
  const store = await openStore(url);
  const queue = await openQueue(url).catch(async (e) => {
    await store.close();
    throw e;
  });
  const enqueuer = new Enqueuer(queue, store, { codedOnly: opts.codedOnly, statements: opts.statements });
  const bar = new ProgressBar(process.stderr, inputBytes(inputs));
  let bad = 0;
  let read = 0;
  try {
    for await (const item of readInputs(inputs, { date: opts.date })) {
      bar.advance(item.bytes ?? 0);
      if ('error' in item) {
        bad++;
        bar.clear();
        process.stderr.write(`dyad: ${item.error.message}\n`);
        continue;
      }
      await enqueuer.add(item.article);
      bar.advance(0, 1, 0);
      read++;
    }
    await enqueuer.flush();
  } finally {
    bar.done();
    await queue.close();
    await store.close();
  }
  const t = enqueuer.tally;
  process.stderr.write(
    `dyad: queued ${t.queued} of ${read} article${read === 1 ? '' : 's'} in ${queue.location}; ` +
      `${t.alreadyQueued} already queued, ${t.alreadyStored} already stored` +
      (bad ? `; ${bad} input${bad === 1 ? '' : 's'} skipped as unreadable (see above)` : '') +
      (t.queued ? '; `dyad worker --db …` codes them' : '') +
      '\n',
  );
  if (bad) process.exitCode = 1;
}
