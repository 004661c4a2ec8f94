/**
 * Finds date expressions in a sentence and resolves them against the publication date. wink-nlp's DATE entities
 * say where the expressions are (cheap: already computed); chrono-node runs only on those few words, never on
 * whole sentences, because it is the slowest part of the text stage by far.
 */
import * as chrono from 'chrono-node';
import type { DateMention, Token } from '../model/types.js';
import { addDays, resolveWeekday, weekdayIndex } from './weekdays.js';

const RELATIVE: Record<string, number> = { today: 0, yesterday: -1, tonight: 0, 'this morning': 0, 'last night': -1 };

export function resolveDate(text: string, published: string): string | null {
  const lower = text.toLowerCase().trim();
  if (lower in RELATIVE) return addDays(published, RELATIVE[lower]!);
  const words = lower.replace(/^(on|last|this|late|early)\s+/, '').split(/\s+/);
  if (words.length === 1) {
    const day = weekdayIndex(words[0]!);
    if (day >= 0) return resolveWeekday(day, published);
  }
  const ref = new Date(`${published}T12:00:00Z`);
  const parsed = chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  const first = parsed[0];
  if (!first) return null;
  const s = first.start;
  if (!s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('month')) return null;
  const d = s.date();
  let iso = d.toISOString().slice(0, 10);
  // a month or day without a year that lands after publication is last year's
  if (iso > published && !s.isCertain('year')) {
    const y = Number(iso.slice(0, 4)) - 1;
    iso = `${y}${iso.slice(4)}`;
  }
  return iso;
}

/** DATE entity spans (token indexes, inclusive) → resolved mentions. */
export function dateMentions(tokens: Token[], spans: [number, number][], published: string | undefined): DateMention[] {
  if (!published) return [];
  const out: DateMention[] = [];
  for (const [a, b] of spans) {
    const text = tokens
      .slice(a, b + 1)
      .map((t) => t.text)
      .join(' ');
    const date = resolveDate(text, published);
    if (date) out.push({ start: a, end: b + 1, text, date });
  }
  return out;
}
