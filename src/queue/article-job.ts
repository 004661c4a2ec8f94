/**
 * What one job carries: one article, its content hash and the coding options it was enqueued with. Validated with
 * zod when a worker takes it: a job is data from the database, written by any version of any enqueuer.
 */
import { z } from 'zod';
import type { Article } from '../model/types.js';
import { dayProblem } from '../ingest/parse-date.js';
import { contentHash } from '../store/content-hash.js';

const optional = z.string().optional();

export const ArticleJob = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 content hash'),
  article: z.object({
    id: z.string().min(1),
    text: z.string().refine((t) => t.trim() !== '', 'empty text'),
    title: optional,
    date: z
      .string()
      .superRefine((d, ctx) => {
        const bad = dayProblem(d);
        if (bad) ctx.addIssue({ code: 'custom', message: `${d} is ${bad}` });
      })
      .optional(),
    source: optional,
    url: optional,
    origin: optional,
  }),
  options: z.object({ codedOnly: z.boolean().optional(), statements: z.boolean().optional() }).default({}),
});

export type ArticleJob = z.output<typeof ArticleJob>;

export interface CodingOptions {
  codedOnly?: boolean;
  statements?: boolean;
}

export function toArticleJob(article: Article, options: CodingOptions = {}): ArticleJob {
  const a: ArticleJob['article'] = { id: article.id, text: article.text };
  for (const k of ['title', 'date', 'source', 'url', 'origin'] as const) if (article[k]) a[k] = article[k];
  const o: CodingOptions = {};
  if (options.codedOnly) o.codedOnly = true;
  if (options.statements) o.statements = true;
  return { hash: contentHash(article.text), article: a, options: o };
}

/** A job's data as an article, or what is wrong with it (`field: problem`). */
export function readArticleJob(data: unknown): { job: ArticleJob } | { error: string } {
  const r = ArticleJob.safeParse(data);
  if (r.success) return { job: r.data };
  const i = r.error.issues[0]!;
  return { error: `job data field "${i.path.join('.') || '(data)'}": ${i.message}` };
}
