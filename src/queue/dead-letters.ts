/**
 * The dead-letter queue: articles that failed every try, each with its last error. They can be listed, and put back
 * on the coding queue once the cause is fixed (the failed job gets one more try; a job pg-boss has archived
 * meanwhile is enqueued anew).
 */
import { readArticleJob } from './article-job.js';
import { jobIdFor } from './job-id.js';
import type { JobQueue } from './open-queue.js';
import { CODE_QUEUE, DEAD_QUEUE } from './queue-settings.js';

export interface DeadArticle {
  /** The dead-letter job's id. */
  id: string;
  /** The article's id and where it came from. */
  articleId: string | null;
  origin: string | null;
  error: string;
  failedAt: string;
  data: unknown;
}

interface Row {
  id: string;
  data: unknown;
  output: { message?: unknown; origin?: unknown } | null;
  created_on: Date;
}

export async function deadArticles(q: JobQueue, limit = 1000): Promise<DeadArticle[]> {
  const rows = await q.sql<Row>(
    `SELECT id::text AS id, data, output, created_on FROM ${q.schema}.job WHERE name = $1 AND state < 'completed' ORDER BY created_on, id LIMIT $2`,
    [DEAD_QUEUE, limit],
  );
  return rows.map((r) => {
    const parsed = readArticleJob(r.data);
    const article = 'job' in parsed ? parsed.job.article : null;
    return {
      id: r.id,
      articleId: article?.id ?? null,
      origin: typeof r.output?.origin === 'string' ? r.output.origin : (article?.origin ?? null),
      error: typeof r.output?.message === 'string' ? r.output.message : JSON.stringify(r.output),
      failedAt: r.created_on.toISOString(),
      data: r.data,
    };
  });
}

/** Puts dead articles back on the coding queue; returns how many went back. */
export async function requeueDead(q: JobQueue, dead: DeadArticle[]): Promise<number> {
  let n = 0;
  for (const d of dead) {
    const parsed = readArticleJob(d.data);
    if ('error' in parsed) continue; // nothing a worker could do with it: it stays dead
    const id = jobIdFor(parsed.job.hash);
    const retried = await q.boss.retry(CODE_QUEUE, [id]);
    // the failed job was archived meanwhile: offer it anew (its id is free again in the live table)
    if (!(retried as unknown as { affected?: number }).affected) await q.boss.insert([{ id, name: CODE_QUEUE, data: parsed.job, singletonKey: parsed.job.hash }]);
    await q.boss.deleteJob(DEAD_QUEUE, d.id);
    n++;
  }
  return n;
}
