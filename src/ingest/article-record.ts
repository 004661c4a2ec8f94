/**
 * A record as JSONL and CSV give it: `{id, text, date?, title?, source?, url?}`. One zod schema for both, so a bad
 * field reads the same whichever format it came in.
 */
import { z } from 'zod';
import type { Article } from '../model/types.js';
import { InputError } from './errors.js';
import { dayProblem } from './parse-date.js';

const optionalText = z
  .string()
  .optional()
  .nullable()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

export const ArticleRecord = z.object({
  id: z.union([z.string().trim().min(1), z.number()], { error: 'required: a non-empty string or a number' }).transform(String),
  text: z.string().refine((t) => t.trim() !== '', 'empty text'),
  // CSV has no null: an empty cell is no date
  date: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}/, 'date must start with YYYY-MM-DD')
      .transform((d) => d.slice(0, 10))
      .superRefine((d, ctx) => {
        const bad = dayProblem(d);
        if (bad) ctx.addIssue({ code: 'custom', message: `${d} is ${bad}` });
      })
      .optional()
      .nullable(),
  ),
  title: optionalText,
  source: optionalText,
  url: optionalText,
});

export type Parsed = { article: Article } | { error: InputError };

/** Validates a parsed record; `origin` is `file:line`. */
export function recordToArticle(data: unknown, origin: string, defaultDate?: string): Parsed {
  const r = ArticleRecord.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    return { error: new InputError(origin, `field "${issue.path.join('.') || '(record)'}": ${issue.message}`) };
  }
  const { id, text, date, title, source, url } = r.data;
  const article: Article = { id, text, origin };
  const d = date ?? defaultDate;
  if (d) article.date = d;
  if (title) article.title = title;
  if (source) article.source = source;
  if (url) article.url = url;
  return { article };
}
