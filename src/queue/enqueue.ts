/**
 * Puts articles on the coding queue, a chunk at a time: content already stored is skipped (the store's content
 * hashes), content already queued is skipped (the job id is the content hash), the rest is inserted in one
 * statement per chunk.
 */
import type { Article } from '../model/types.js';
import type { Store } from '../store/store.js';
import { type CodingOptions, toArticleJob } from './article-job.js';
import { jobIdFor } from './job-id.js';
import type { JobQueue } from './open-queue.js';
import { CODE_QUEUE } from './queue-settings.js';

export interface EnqueueTally {
  /** New jobs. */
  queued: number;
  /** The same content is waiting or was coded through the queue already. */
  alreadyQueued: number;
  /** The store holds this content already. */
  alreadyStored: number;
}

export class Enqueuer {
  readonly tally: EnqueueTally = { queued: 0, alreadyQueued: 0, alreadyStored: 0 };
  private pending: Article[] = [];

  constructor(
    private readonly queue: JobQueue,
    private readonly store: Store,
    private readonly options: CodingOptions = {},
    private readonly chunk = 500,
  ) {}

  async add(article: Article): Promise<void> {
    this.pending.push(article);
    if (this.pending.length >= this.chunk) await this.flush();
  }

  async flush(): Promise<void> {
    const articles = this.pending;
    this.pending = [];
    if (!articles.length) return;
    const byHash = new Map<string, ReturnType<typeof toArticleJob>>();
    for (const a of articles) {
      const job = toArticleJob(a, this.options);
      if (byHash.has(job.hash)) this.tally.alreadyQueued++;
      else byHash.set(job.hash, job);
    }
    const known = await this.store.knownHashes([...byHash.keys()]);
    this.tally.alreadyStored += known.size;
    const fresh = [...byHash.values()].filter((j) => !known.has(j.hash)).map((j) => ({ id: jobIdFor(j.hash), job: j }));
    const existing = new Set(
      (
        await this.queue.sql<{ id: string }>(
          `SELECT id::text AS id FROM ${this.queue.schema}.job WHERE name = $1 AND id = ANY($2::uuid[])
           UNION SELECT id::text FROM ${this.queue.schema}.archive WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'completed'`,
          [CODE_QUEUE, fresh.map((f) => f.id)],
        )
      ).map((r) => r.id),
    );
    const insert = fresh.filter((f) => !existing.has(f.id));
    this.tally.alreadyQueued += fresh.length - insert.length;
    if (insert.length) await this.queue.boss.insert(insert.map((f) => ({ id: f.id, name: CODE_QUEUE, data: f.job, singletonKey: f.job.hash })));
    this.tally.queued += insert.length;
  }
}
