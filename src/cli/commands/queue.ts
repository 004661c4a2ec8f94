/** `dyad queue`: the coding queue's counts, its retry policy, and the articles that failed every try. */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { JobQueue } from '../../queue/open-queue.js';
import { UsageError } from '../common.js';
import { addDbOption, parseCount } from '../store-options.js';

async function withQueue<T>(db: string | undefined, f: (q: JobQueue) => Promise<T>): Promise<T> {
  const { isPostgresUrl, resolveLocation } = await import('../../store/open-store.js');
  const url = resolveLocation(db);
  if (!isPostgresUrl(url)) throw new UsageError(`the queue lives in PostgreSQL: --db postgres://… (or $DYAD_DB), not "${url}"`);
  const { openQueue } = await import('../../queue/open-queue.js');
  const q = await openQueue(url, { connections: 1 });
  try {
    return await f(q);
  } finally {
    await q.close();
  }
}

export function registerQueue(program: Command): void {
  const queue = program.command('queue').description('the coding queue in PostgreSQL: status, retry policy, dead articles');

  addDbOption(queue.command('status').description('jobs queued, retrying, in progress, done, failed and dead'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: { db?: string; format: 'text' | 'json' }) => {
      const { queueStatus } = await import('../../queue/queue-status.js');
      await withQueue(opts.db, async (q) => {
        const s = await queueStatus(q);
        if (opts.format === 'json') return void process.stdout.write(JSON.stringify(s) + '\n');
        const rows: [string, number, string][] = [
          ['queued', s.queued, 'waiting for a worker'],
          ['retrying', s.retrying, 'failed once or more, waiting to be tried again'],
          ['active', s.active, 'being coded now (or lost with its worker: back after the job timeout)'],
          ['done', s.done, 'coded and stored'],
          ['failed', s.failed, 'failed every try'],
          ['dead', s.dead, 'in the dead-letter queue: `dyad queue dead` lists them'],
        ];
        const w = Math.max(...rows.map((r) => String(r[1]).length));
        process.stdout.write(`${q.location}\n`);
        for (const [k, n, what] of rows) process.stdout.write(`  ${k.padEnd(9)}${String(n).padStart(w)}  ${what}\n`);
        const p = s.settings;
        process.stdout.write(`policy: ${p.retries} retries, first after ${p.retryDelay} s (then doubling), job timeout ${p.jobTimeout} s\n`);
      });
    });

  addDbOption(queue.command('setup').description('create the queue, or change its retry policy (for jobs enqueued from now on)'))
    .option('--retries <n>', 'tries after the first (0 or more)')
    .option('--retry-delay <seconds>', 'wait before the first retry; later ones wait about twice as long each')
    .option('--job-timeout <seconds>', 'a job in progress longer than this is taken to be lost and goes back to the queue')
    .action(async (opts: { db?: string; retries?: string; retryDelay?: string; jobTimeout?: string }) => {
      const { QueueSettings } = await import('../../queue/queue-settings.js');
      await withQueue(opts.db, async (q) => {
        const current = await q.settings();
        const num = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Number(v));
        const r = QueueSettings.safeParse({
          retries: num(opts.retries, current.retries),
          retryDelay: num(opts.retryDelay, current.retryDelay),
          jobTimeout: num(opts.jobTimeout, current.jobTimeout),
        });
        if (!r.success) throw new UsageError(`--${String(r.error.issues[0]!.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${r.error.issues[0]!.message}`);
        await q.configure(r.data);
        process.stderr.write(`dyad: ${q.location}: ${r.data.retries} retries, first after ${r.data.retryDelay} s, job timeout ${r.data.jobTimeout} s\n`);
      });
    });

  addDbOption(queue.command('dead').description('articles that failed every try, with their last error'))
    .option('-n, --limit <n>', 'how many to show', '100')
    .option('--requeue', 'put them back on the queue (after fixing the cause)')
    .action(async (opts: { db?: string; limit: string; requeue?: boolean }) => {
      const limit = parseCount('--limit', opts.limit, 100);
      const { deadArticles, requeueDead } = await import('../../queue/dead-letters.js');
      await withQueue(opts.db, async (q) => {
        const dead = await deadArticles(q, limit);
        for (const d of dead) process.stdout.write(`${d.failedAt}\t${d.origin ?? d.articleId ?? d.id}\t${d.error}\n`);
        if (opts.requeue) process.stderr.write(`dyad: put ${await requeueDead(q, dead)} of ${dead.length} dead articles back on the queue\n`);
        else if (!dead.length) process.stderr.write('dyad: no dead articles\n');
      });
    });
}
