/** Helpers every command shares. */
import { dayProblem } from '../ingest/parse-date.js';

export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A usage error: the CLI prints it and exits 2. */
export class UsageError extends Error {}

export function checkDate(d: string | undefined): string | undefined {
  if (d !== undefined && !DATE.test(d)) throw new UsageError(`--date must be YYYY-MM-DD, not "${d}"`);
  const bad = d === undefined ? null : dayProblem(d);
  if (bad) throw new UsageError(`--date ${d} is ${bad}`);
  return d;
}
