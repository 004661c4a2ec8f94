/**
 * A worker: takes batches of jobs from the coding queue, codes and stores them (process-jobs.ts), and marks each
 * job done or failed. pg-boss retries a failed job with backoff and, after the last try, moves it to the
 * dead-letter queue. Every worker also sweeps for lost jobs (taken longer than the job timeout: their worker died)
 * so they go back to the queue; pg-boss's advisory lock makes the sweeps of many workers take turns.
 *
 * Delivery is at least once (a job whose worker dies after storing is delivered again); the store's content-hash
 * key makes the second delivery change nothing, so every article's results are stored exactly once.
 */
import { type Coder, createCoder } from '../index.js';
import { openStore } from '../store/open-store.js';
import type { CodingOptions } from './article-job.js';
import { openQueue } from './open-queue.js';
import { processJobs } from './process-jobs.js';
import { unfinishedJobs } from './queue-status.js';
import { CODE_QUEUE } from './queue-settings.js';
import { WriteTurn } from './write-turn.js';

export interface WorkerOptions {
  /** The store's database (postgres://…); the queue lives beside it. */
  url: string;
  /** Jobs taken (and stored in one transaction) at a time. */
  batch: number;
  /** A dictionaries folder instead of the bundled one. */
  dict?: string;
  /** Stop once nothing is queued, retrying or taken (else wait for more). */
  drain?: boolean;
  /** How long to wait when the queue is empty. */
  pollMs?: number;
  /** Stops the worker after its current batch. */
  signal?: AbortSignal;
  log(message: string): void;
}

export interface WorkerSummary {
  stored: number;
  duplicates: number;
  failed: number;
  events: number;
  /** From the first job taken to the last one finished. */
  seconds: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

export async function runWorker(o: WorkerOptions): Promise<WorkerSummary> {
  const store = await openStore(o.url);
  let queue: Awaited<ReturnType<typeof openQueue>>;
  let turn: WriteTurn;
  try {
    queue = await openQueue(o.url);
    turn = await WriteTurn.open(o.url).catch(async (e) => {
      await queue.close();
      throw e;
    });
  } catch (e) {
    await store.close();
    throw e;
  }
  const coders = new Map<string, Coder>();
  const coderFor = (c: CodingOptions) => {
    const key = `${!!c.codedOnly}|${!!c.statements}`;
    let coder = coders.get(key);
    if (!coder) coders.set(key, (coder = createCoder({ dictionaries: o.dict, codedOnly: c.codedOnly, statements: c.statements })));
    return coder;
  };
  const sum: WorkerSummary = { stored: 0, duplicates: 0, failed: 0, events: 0, seconds: 0 };
  let first = 0;
  let last = 0;
  let sweep: NodeJS.Timeout | undefined;
  try {
    coderFor({}); // compile the dictionaries before taking a job, so the first batch is not late
    const { jobTimeout, retries } = await queue.settings();
    // sweeps a few times per job timeout, so a lost job waits little longer than the timeout
    const sweepMs = Math.max(1, Math.min(30, Math.floor(jobTimeout / 3))) * 1000;
    sweep = setInterval(() => queue.boss.maintain().catch((e: Error) => o.log(`sweep for lost jobs failed: ${e.message}`)), sweepMs);
    while (!o.signal?.aborted) {
      const jobs = await queue.boss.fetch(CODE_QUEUE, { batchSize: o.batch, includeMetadata: true });
      if (!jobs.length) {
        if (o.drain && (await unfinishedJobs(queue)) === 0) break;
        await sleep(o.pollMs ?? 500, o.signal);
        continue;
      }
      first ||= performance.now();
      const r = await processJobs(jobs, store, coderFor, (write) => turn.run(write));
      if (r.done.length) await queue.boss.complete(CODE_QUEUE, r.done);
      for (const f of r.failed) {
        const job = jobs.find((j) => j.id === f.id);
        const tries = `try ${(job?.retryCount ?? 0) + 1} of ${retries + 1}`;
        o.log(`${f.origin ?? `job ${f.id}`}: ${f.error} (${tries})`);
        await queue.boss.fail(CODE_QUEUE, f.id, { message: f.error, origin: f.origin ?? null });
      }
      sum.stored += r.stored;
      sum.duplicates += r.duplicates;
      sum.failed += r.failed.length;
      sum.events += r.events;
      last = performance.now();
    }
  } finally {
    clearInterval(sweep);
    await turn.close().catch(() => undefined);
    await queue.close().catch(() => undefined);
    await store.close();
  }
  sum.seconds = first ? (last - first) / 1000 : 0;
  return sum;
}
