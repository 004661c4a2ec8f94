/** Request bodies: text to code, and articles to store. Sizes are bounded here and by each route's byte limit. */
import { z } from 'zod';
import { dayProblem } from '../../ingest/parse-date.js';

/** Longest text `POST /api/code` codes (characters): coding is synchronous, so one request must stay short. */
export const CODE_MAX_CHARS = 20_000;
export const ARTICLE_MAX_CHARS = 200_000;
export const ARTICLES_PER_REQUEST = 100;


/** A publication date: a real day, in the years Dyad accepts (src/ingest/parse-date.ts). */
const publicationDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .superRefine((d, ctx) => {
    const bad = dayProblem(d);
    if (bad) ctx.addIssue({ code: 'custom', message: `${d} is ${bad}` });
  });

export const CodeRequest = z.strictObject({
  text: z.string().max(CODE_MAX_CHARS, `at most ${CODE_MAX_CHARS} characters`).refine((t) => t.trim() !== '', 'empty text'),
  date: publicationDay.optional().describe('publication date: the reference for "on Friday" and for who held an office'),
});

const optionalText = (max: number) => z.string().max(max).optional().nullable();

/** The record `dyad ingest` reads from JSONL (see src/ingest/article-record.ts), as JSON. */
export const ArticleInput = z.strictObject({
  id: z.union([z.string().min(1).max(300), z.number()]).optional().describe('stable id; default: derived from the text'),
  text: z.string().max(ARTICLE_MAX_CHARS).refine((t) => t.trim() !== '', 'empty text'),
  title: optionalText(1000),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, 'date must start with YYYY-MM-DD')
    .superRefine((d, ctx) => {
      const bad = dayProblem(d.slice(0, 10));
      if (bad) ctx.addIssue({ code: 'custom', message: `${d.slice(0, 10)} is ${bad}` });
    })
    .optional()
    .nullable(),
  source: optionalText(300),
  url: optionalText(2000),
});

export const IngestRequest = z.strictObject({
  articles: z.array(ArticleInput).min(1).max(ARTICLES_PER_REQUEST),
});
