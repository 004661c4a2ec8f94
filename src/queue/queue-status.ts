/**
 * How far the coding has got: jobs by state, read straight from pg-boss's tables (live jobs and the archive that
 * completed jobs move to after 12 hours), so the counts are exact at the moment of the query.
 */
import type { JobQueue } from './open-queue.js';
import { CODE_QUEUE, DEAD_QUEUE, type QueueSettings } from './queue-settings.js';

export interface QueueStatus {
  /** Waiting for a worker. */
  queued: number;
  /** Failed at least once, waiting out the backoff before the next try. */
  retrying: number;
  /** Taken by a worker now (or by one that died: it goes back after the job timeout). */
  active: number;
  /** Coded and stored (or found stored already). */
  done: number;
  /** Failed every try; each has a copy in the dead-letter queue. */
  failed: number;
  /** Articles in the dead-letter queue, waiting to be looked at (`dyad queue dead`). */
  dead: number;
  settings: QueueSettings;
}

interface Row {
  name: string;
  state: string;
  n: number;
}

export async function queueStatus(q: JobQueue): Promise<QueueStatus> {
  const s = q.schema;
  const rows = await q.sql<Row>(
    `SELECT name, state::text AS state, count(*)::int AS n FROM ${s}.job WHERE name = ANY($1::text[]) GROUP BY 1, 2
     UNION ALL
     SELECT name, state::text, count(*)::int FROM ${s}.archive WHERE name = ANY($1::text[]) GROUP BY 1, 2`,
    [[CODE_QUEUE, DEAD_QUEUE]],
  );
  const count = (name: string, ...states: string[]) => rows.filter((r) => r.name === name && states.includes(r.state)).reduce((n, r) => n + r.n, 0);
  return {
    queued: count(CODE_QUEUE, 'created'),
    retrying: count(CODE_QUEUE, 'retry'),
    active: count(CODE_QUEUE, 'active'),
    done: count(CODE_QUEUE, 'completed'),
    failed: count(CODE_QUEUE, 'failed'),
    dead: count(DEAD_QUEUE, 'created', 'retry', 'active'),
    settings: await q.settings(),
  };
}

/** Jobs not finished yet: queued, retrying or taken. A draining worker stops when this reaches 0. */
export async function unfinishedJobs(q: JobQueue): Promise<number> {
  const [r] = await q.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${q.schema}.job WHERE name = $1 AND state < 'completed'`, [CODE_QUEUE]);
  return r?.n ?? 0;
}
