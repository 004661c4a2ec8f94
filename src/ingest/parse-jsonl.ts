/**
 * JSONL records `{id, text, date?, title?, source?}`, one a line. A broken line is reported with its number and
 * skipped; the other records still come through.
 */
import { z } from 'zod';
import type { Article } from '../model/types.js';
import { InputError } from './errors.js';

const Record = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, 'date must start with YYYY-MM-DD')
    .transform((d) => d.slice(0, 10))
    .optional()
    .nullable(),
  title: z.string().optional().nullable(),
  source: z.string().optional().nullable(),
});

export type Parsed = { article: Article } | { error: InputError };

export function parseJsonlLine(line: string, origin: string, defaultDate?: string): Parsed | null {
  if (line.trim() === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    return { error: new InputError(origin, `not valid JSON (${(e as Error).message})`) };
  }
  const r = Record.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    return { error: new InputError(origin, `field "${issue.path.join('.') || '(record)'}": ${issue.message}`) };
  }
  const { id, text, date, title, source } = r.data;
  const article: Article = { id, text, origin };
  const d = date ?? defaultDate;
  if (d) article.date = d;
  if (title) article.title = title;
  if (source) article.source = source;
  return { article };
}
