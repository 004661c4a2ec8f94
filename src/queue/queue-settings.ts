/**
 * The coding queue's policy: how often a failing article is tried again, how long to wait between tries (doubling,
 * with jitter: pg-boss's backoff), and how long a job may stay taken before it counts as lost (its worker died) and
 * goes back to the queue. After the last try the article moves to the dead-letter queue, kept for inspection.
 */
import { z } from 'zod';

/** Jobs: one article each. */
export const CODE_QUEUE = 'dyad-code';
/** Articles that failed every try, with the last error. */
export const DEAD_QUEUE = 'dyad-code-dead';

export const QueueSettings = z.object({
  /** Tries after the first. */
  retries: z.number().int().min(0, 'retries: 0 or more').max(50, 'retries: at most 50'),
  /** Seconds before the first retry; each later one waits about twice as long. */
  retryDelay: z.number().int().min(1, 'retry delay: at least 1 second').max(86_400, 'retry delay: at most a day'),
  /** Seconds a job may stay taken before it is given to another worker. */
  jobTimeout: z.number().int().min(5, 'job timeout: at least 5 seconds').max(86_400, 'job timeout: at most a day'),
});
export type QueueSettings = z.output<typeof QueueSettings>;

export const DEFAULT_SETTINGS: QueueSettings = { retries: 4, retryDelay: 5, jobTimeout: 300 };

/** Queued articles wait this long for a worker before pg-boss drops them (a large backlog takes days). */
export const QUEUED_RETENTION_MINUTES = 365 * 24 * 60;
/** Dead articles are kept this long. */
export const DEAD_RETENTION_MINUTES = 90 * 24 * 60;
