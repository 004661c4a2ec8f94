/**
 * A plain-text article: the first line that is not site furniture is the title; a trailing " - YYYY-MM-DD" on it is
 * the publication date. Navigation lines copied along with web pages ("Accessibility links", "Breaking News") are
 * dropped. A date on the title line that is no real day is an InputError naming the line.
 */
import type { Article } from '../model/types.js';
import { InputError } from './errors.js';
import { dayProblem } from './parse-date.js';

const FURNITURE = /^(accessibility links|breaking news|skip to (main )?content|share( this)?|print|email|menu|home|advertisement|related( stories| articles)?|read more|subscribe|sign in|log in|cookies?( policy)?|follow us)$/i;
const TITLE_DATE = /\s+[-\u2013\u2014]\s+(\d{4}-\d{2}-\d{2})\s*$/;

export function parseTextArticle(raw: string, id: string, opts: { date?: string; origin?: string } = {}): Article {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  let title: string | undefined;
  let date = opts.date;
  const body: string[] = [];
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (FURNITURE.test(trimmed)) continue;
    if (title === undefined) {
      if (trimmed === '') continue;
      const m = TITLE_DATE.exec(trimmed);
      title = m ? trimmed.slice(0, m.index).trim() : trimmed;
      const bad = m ? dayProblem(m[1]!) : null;
      if (bad) throw new InputError(`${opts.origin ?? id}:${i + 1}`, `the date in the title, ${m![1]}, is ${bad}`);
      if (m && !date) date = m[1];
      continue;
    }
    body.push(line);
  }
  const article: Article = { id, text: body.join('\n').trim(), origin: opts.origin };
  if (title !== undefined) article.title = title;
  if (date) article.date = date;
  // a one-line input is all body, no title
  if (!article.text && title) {
    article.text = title;
    delete article.title;
  }
  return article;
}
