/**
 * Finds date expressions in a sentence and resolves them against the publication date. wink-nlp's DATE entities
 * say where the expressions are (cheap: already computed); chrono-node runs only on those few words, never on
 * whole sentences, because it is the slowest part of the text stage by far.
 */
import * as chrono from 'chrono-node';
import type { DateMention, Token } from '../model/types.js';
import { addDays, resolveWeekday, weekdayIndex } from './weekdays.js';

const RELATIVE: Record<string, number> = {
  today: 0, yesterday: -1, tonight: 0, 'this morning': 0, 'last night': -1, 'this week': 0, 'last week': -7,
  'earlier this week': 0, 'this weekend': 0, 'last weekend': -7, 'the day before': -1,
};
/** Spans too coarse to date an event by a day: the publication date stands. */
const COARSE = /^(?:(?:this|last|next|the) (?:month|year|decade|spring|summer|autumn|fall|winter)|(?:early |late |mid-?)?(?:1[89]|20)\d\d s?|(?:the )?(?:1[89]|20)\d0s|winter|spring|summer|autumn|(?:start|end|beginning) of the (?:year|month))$/;

/** publication date → date expression → its resolution; at most CACHE_SIZE resolutions in all. */
const cache = new Map<string, Map<string, string | null>>();
const CACHE_SIZE = 50_000;
let cached = 0;

/** Resolves a date expression against a publication date, or with none only an absolute one (memoised: news repeats "Tuesday" and "last week" a lot). */
export function resolveDate(text: string, published: string | undefined): string | null {
  const key = published ?? '';
  let forDay = cache.get(key);
  const hit = forDay?.get(text);
  if (hit !== undefined) return hit;
  const value = published ? resolveUncached(text, published) : resolveAbsolute(text);
  if (cached >= CACHE_SIZE) {
    cache.clear();
    cached = 0;
    forDay = undefined;
  }
  if (!forDay) cache.set(key, (forDay = new Map()));
  forDay.set(text, value);
  cached++;
  return value;
}

const YEAR = /\b(1[89]|20)\d\d\b/;

/**
 * With no publication date only an absolute date stands ("17 July 2017"): one that resolves to the same day against
 * two references a century apart. "Monday" and "June 5" do not.
 */
function resolveAbsolute(text: string): string | null {
  // (no year, no absolute date: spares chrono most of the date words of undated texts)
  if (!YEAR.test(text)) return null;
  const a = resolveUncached(text, '1950-06-15');
  return a !== null && a === resolveUncached(text, '2050-06-15') ? a : null;
}

function resolveUncached(text: string, published: string): string | null {
  const lower = text.toLowerCase().trim();
  if (lower in RELATIVE) return addDays(published, RELATIVE[lower]!);
  if (COARSE.test(lower.replace(/(\d)s$/, '$1 s'))) return null;
  const words = lower.replace(/^(on|last|this|late|early)\s+/, '').split(/\s+/);
  if (words.length === 1) {
    const day = weekdayIndex(words[0]!);
    if (day >= 0) return resolveWeekday(day, published);
  }
  const quick = monthDay(lower, published);
  if (quick !== undefined) return quick;
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
  const out: DateMention[] = [];
  for (const [a, b] of spans) {
    // (most are one word: "Tuesday", "yesterday")
    const one = a === b ? tokens[a] : undefined;
    const text = one
      ? one.text
      : tokens
          .slice(a, b + 1)
          .map((t) => t.text)
          .join(' ');
    const date = resolveDate(text, published);
    if (date) out.push({ start: a, end: b + 1, text, date });
  }
  return out;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY = /^(?:on |in |last |early |late |mid-? ?|since )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: (\d{1,2})(?:st|nd|rd|th)?)?(?: ?,? (\d{4}))?$/;
const AGO = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year)s? ago$/;
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * The common shapes ("January 10", "Dec. 12, 2002", "in October") without chrono: they are most of the dates in
 * news and chrono is the slowest step of the text stage. undefined = not this shape; ask chrono.
 */
function monthDay(lower: string, published: string): string | null | undefined {
  const ago = AGO.exec(lower);
  if (ago) {
    const n = NUMBERS[ago[1]!] ?? Number(ago[1]);
    // "three days ago" dates an event; "two years ago" is too coarse to
    return ago[2] === 'day' ? addDays(published, -n) : ago[2] === 'week' ? addDays(published, -7 * n) : null;
  }
  const m = MONTH_DAY.exec(lower);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]!) + 1;
  const day = m[2] ? Number(m[2]) : 1;
  if (day < 1 || day > 31) return null;
  let year = m[3] ? Number(m[3]) : Number(published.slice(0, 4));
  const pad = (n: number) => String(n).padStart(2, '0');
  let iso = `${year}-${pad(month)}-${pad(day)}`;
  // without a year, a date after publication is last year's
  if (!m[3] && iso > published) {
    year -= 1;
    iso = `${year}-${pad(month)}-${pad(day)}`;
  }
  return iso;
}
