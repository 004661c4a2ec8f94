/**
 * Opens the coding queue: pg-boss on the store's PostgreSQL database (its tables in their own schema, created or
 * migrated on first use), with the coding queue and its dead-letter queue created if missing. pg-boss's own timers
 * are off: a worker sweeps for lost jobs itself (run-worker.ts), and nothing here schedules cron jobs.
 *
 * @example
 * const q = await openQueue('postgres://dyad@127.0.0.1:5432/news');
 * console.log(await queueStatus(q));
 * await q.close();
 */
import PgBoss from 'pg-boss';
import { QueueError } from './queue-error.js';
import { queueLocation } from './queue-location.js';
import { CODE_QUEUE, DEAD_QUEUE, DEAD_RETENTION_MINUTES, DEFAULT_SETTINGS, QUEUED_RETENTION_MINUTES, type QueueSettings } from './queue-settings.js';

export interface JobQueue {
  readonly boss: PgBoss;
  /** pg-boss's schema (already checked to be a plain identifier). */
  readonly schema: string;
  readonly location: string;
  /** A parameterised query on the queue's connection pool. */
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  /** The coding queue's policy as stored. */
  settings(): Promise<QueueSettings>;
  /** Changes the policy; jobs enqueued from now on follow it. */
  configure(s: QueueSettings): Promise<void>;
  close(): Promise<void>;
}

const queueOptions = (s: QueueSettings) => ({
  policy: 'standard' as const,
  retryLimit: s.retries,
  retryDelay: s.retryDelay,
  retryBackoff: true,
  expireInSeconds: s.jobTimeout,
  retentionMinutes: QUEUED_RETENTION_MINUTES,
  deadLetter: DEAD_QUEUE,
});

async function ensureQueue(boss: PgBoss, name: string, options: PgBoss.Queue): Promise<void> {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, options);
  } catch (e) {
    // another process created it in the meantime
    if (!(await boss.getQueue(name))) throw e;
  }
}

export async function openQueue(url: string, opts: { connections?: number } = {}): Promise<JobQueue> {
  const where = queueLocation(url);
  const boss = new PgBoss({
    connectionString: where.connectionString,
    schema: where.schema,
    max: opts.connections ?? 3,
    application_name: 'dyad-queue',
    supervise: false,
    schedule: false,
    migrate: true,
  });
  let lastError = null as Error | null;
  // pg-boss reports pool errors as events; without a listener Node would end the process
  boss.on('error', (e) => (lastError = e));
  try {
    await boss.start();
    await ensureQueue(boss, DEAD_QUEUE, { name: DEAD_QUEUE, policy: 'standard', retentionMinutes: DEAD_RETENTION_MINUTES });
    await ensureQueue(boss, CODE_QUEUE, { name: CODE_QUEUE, ...queueOptions(DEFAULT_SETTINGS) });
  } catch (e) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw new QueueError(where.location, `cannot open the queue (${(e as Error).message}${lastError ? `; ${lastError.message}` : ''})`);
  }
  const db = boss.getDb();
  return {
    boss,
    schema: where.schema,
    location: where.location,
    sql: async <T>(text: string, values: unknown[] = []) => (await db.executeSql(text, values)).rows as T[],
    async settings() {
      const q = await boss.getQueue(CODE_QUEUE);
      if (!q) throw new QueueError(where.location, `queue ${CODE_QUEUE} is missing`);
      return {
        retries: q.retryLimit ?? DEFAULT_SETTINGS.retries,
        retryDelay: q.retryDelay ?? DEFAULT_SETTINGS.retryDelay,
        jobTimeout: q.expireInSeconds ?? DEFAULT_SETTINGS.jobTimeout,
      };
    },
    configure: (s) => boss.updateQueue(CODE_QUEUE, { name: CODE_QUEUE, ...queueOptions(s) }),
    close: () => boss.stop({ graceful: false, wait: true }),
  };
}
