/** Day arithmetic on `YYYY-MM-DD` strings in UTC, so time zones never shift a date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

const NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Index 0–6 of a weekday name ("Sat." too), or -1. */
export function weekdayIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return -1;
  return NAMES.findIndex((n) => n.startsWith(w) && (w.length >= 3));
}

/**
 * News convention: a bare weekday names the most recent such day on or before publication
 * ("Saturday" in a Sunday paper is yesterday; "Sunday" in a Sunday paper is today).
 */
export function resolveWeekday(day: number, published: string): string {
  const back = (weekday(published) - day + 7) % 7;
  return addDays(published, -back);
}
