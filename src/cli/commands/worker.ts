/** `dyad worker`: take articles from the coding queue in PostgreSQL, code them and store them; any number, anywhere. */
import type { Command } from 'commander';
import { UsageError } from '../common.js';
import { addDbOption, parseCount } from '../store-options.js';

interface WorkerCliOptions {
  db?: string;
  concurrency: string;
  batch: string;
  dict?: string;
  drain?: boolean;
}

export function registerWorker(program: Command): void {
  const cmd = program
    .command('worker')
    .description('code articles from the queue that `dyad ingest --queue` fills, and store them (run as many as you like, on any machine)');
  addDbOption(cmd)
    .option('-c, --concurrency <n>', 'worker processes (coding uses one core each)', '1')
    .option('--batch <n>', 'jobs taken, and stored in one transaction, at a time', '20')
    .option('--dict <dir>', 'dictionaries folder to use instead of the bundled one')
    .option('--drain', 'stop once nothing is queued, retrying or in progress (default: wait for more)')
    .action(async (opts: WorkerCliOptions) => {
      const concurrency = parseCount('--concurrency', opts.concurrency, 1);
      const batch = parseCount('--batch', opts.batch, 20);
      const { isPostgresUrl, resolveLocation } = await import('../../store/open-store.js');
      const url = resolveLocation(opts.db);
      if (!isPostgresUrl(url)) throw new UsageError(`dyad worker needs a PostgreSQL database (--db postgres://… or $DYAD_DB), not "${url}"`);
      const log = (m: string) => process.stderr.write(`dyad worker ${process.pid}: ${m}\n`);
      if (concurrency > 1) {
        const { runWorkerPool } = await import('../../queue/worker-pool.js');
        const args = ['worker', '--db', url, '--concurrency', '1', '--batch', String(batch), ...(opts.dict ? ['--dict', opts.dict] : []), ...(opts.drain ? ['--drain'] : [])];
        process.exitCode = await runWorkerPool({ size: concurrency, args, log });
        return;
      }
      const { runWorker } = await import('../../queue/run-worker.js');
      const stop = new AbortController();
      const abort = () => stop.abort();
      process.once('SIGINT', abort);
      process.once('SIGTERM', abort);
      // started by `--concurrency N`: stop when the parent goes
      if (process.send) process.once('disconnect', abort);
      log(`taking jobs${opts.drain ? ' until the queue is empty' : ''} (Ctrl-C stops after the current batch)`);
      const s = await runWorker({ url, batch, dict: opts.dict, drain: opts.drain, signal: stop.signal, log });
      const rate = s.seconds > 0 ? ` in ${s.seconds.toFixed(1)} s (${((s.stored + s.duplicates) / s.seconds).toFixed(1)} articles/s)` : '';
      log(`stored ${s.stored} articles (${s.events} events), ${s.duplicates} already stored, ${s.failed} failed tries${rate}`);
      if (process.send) process.disconnect();
    });
}
