/** Request bodies: text to code, and articles to store. Sizes are bounded here and by each route's byte limit. */
import { z } from 'zod';
import { day } from './query.js';

/** Longest text `POST /api/code` codes (characters): coding is synchronous, so one request must stay short. */
export const CODE_MAX_CHARS = 20_000;
export const ARTICLE_MAX_CHARS = 200_000;
export const ARTICLES_PER_REQUEST = 100;


export const CodeRequest = z.object({
  text: z.string().max(CODE_MAX_CHARS, `at most ${CODE_MAX_CHARS} characters`).refine((t) => t.trim() !== '', 'empty text'),
  date: day.optional().describe('publication date: the reference for "on Friday" and for who held an office'),
});

const optionalText = (max: number) => z.string().max(max).optional().nullable();

/** The record `dyad ingest` reads from JSONL (see src/ingest/article-record.ts), as JSON. */
export const ArticleInput = z.object({
  id: z.union([z.string().min(1).max(300), z.number()]).optional().describe('stable id; default: derived from the text'),
  text: z.string().max(ARTICLE_MAX_CHARS).refine((t) => t.trim() !== '', 'empty text'),
  title: optionalText(1000),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'date must start with YYYY-MM-DD').optional().nullable(),
  source: optionalText(300),
  url: optionalText(2000),
});

export const IngestRequest = z.object({
  articles: z.array(ArticleInput).min(1).max(ARTICLES_PER_REQUEST),
});
