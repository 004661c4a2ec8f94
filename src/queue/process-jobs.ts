/**
 * One batch of jobs: validate each job's data, skip content the store already holds (a job delivered again after
 * its worker died), code the rest and store them in one transaction. If that transaction fails (a deadlock with
 * another worker, one article the store refuses), each article is stored alone, so one bad article fails only its
 * own job. Nothing here talks to the queue: the caller completes and fails the jobs as the outcome says.
 */
import type { Coder } from '../index.js';
import type { CodedArticle } from '../pipeline/run-pipeline.js';
import type { Store } from '../store/store.js';
import { type ArticleJob, type CodingOptions, readArticleJob } from './article-job.js';

export interface JobFailure {
  id: string;
  /** Where the article came from (`file.jsonl:12`), when the job says. */
  origin?: string;
  error: string;
}

export interface BatchOutcome {
  /** Jobs finished: stored now, or found stored already. */
  done: string[];
  failed: JobFailure[];
  stored: number;
  duplicates: number;
  events: number;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function processJobs(
  jobs: { id: string; data: unknown }[],
  store: Store,
  coderFor: (o: CodingOptions) => Coder,
  /** Runs the store writes (a worker passes its WriteTurn); default: at once. */
  writeTurn: <T>(write: () => Promise<T>) => Promise<T> = (write) => write(),
): Promise<BatchOutcome> {
  const out: BatchOutcome = { done: [], failed: [], stored: 0, duplicates: 0, events: 0 };
  const valid: { id: string; job: ArticleJob }[] = [];
  for (const j of jobs) {
    const r = readArticleJob(j.data);
    if ('error' in r) out.failed.push({ id: j.id, error: r.error });
    else valid.push({ id: j.id, job: r.job });
  }
  const known = await store.knownHashes(valid.map((v) => v.job.hash));
  const coded: { id: string; origin?: string; coded: CodedArticle }[] = [];
  for (const { id, job } of valid) {
    const origin = job.article.origin ?? job.article.id;
    if (known.has(job.hash)) {
      out.done.push(id);
      out.duplicates++;
      continue;
    }
    try {
      coded.push({ id, origin, coded: coderFor(job.options).codeArticle(job.article) });
    } catch (e) {
      out.failed.push({ id, origin, error: `could not be coded (${message(e)})` });
    }
  }
  const record = (id: string, r: { status: string; events: number }) => {
    out.done.push(id);
    if (r.status === 'stored') out.stored++;
    else out.duplicates++;
    out.events += r.events;
  };
  if (!coded.length) return out;
  await writeTurn(async () => {
    try {
      const results = await store.putArticles(coded.map((c) => c.coded));
      results.forEach((r, i) => record(coded[i]!.id, r));
    } catch {
      for (const c of coded) {
        try {
          const [r] = await store.putArticles([c.coded]);
          record(c.id, r!);
        } catch (e) {
          out.failed.push({ id: c.id, origin: c.origin, error: `could not be stored (${message(e)})` });
        }
      }
    }
  });
  return out;
}
