/**
 * Options the store commands share: `--db` and the event filters, validated with zod into an EventFilter, each
 * error naming its option.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import type { EventFilter } from '../store/store.js';
import { DATE, UsageError } from './common.js';

export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <url>', 'database: a SQLite file path or postgres://… (default: $DYAD_DB, else ./dyad.db)');
}

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--actor <code>', 'either actor (USAGOV; USA* for a prefix)')
    .option('--source <code>', 'source actor')
    .option('--target <code>', 'target actor')
    .option('--dyad <source,target>', 'source and target (directed)')
    .option('--code <code>', 'CAMEO event code (e.g. 042)')
    .option('--root <root>', 'CAMEO root code (e.g. 04)')
    .option('--quad <n>', 'quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict')
    .option('--from <YYYY-MM-DD>', 'first day (inclusive)')
    .option('--to <YYYY-MM-DD>', 'last day (inclusive)')
    .option('--text <words>', 'some reporting sentence contains all these words')
    .option('--min-mentions <n>', 'only events reported at least n times');
}

const actor = z
  .string()
  .regex(/^[A-Za-z0-9]+\*?$/, 'an actor code such as USAGOV, or a prefix such as USA*')
  .transform((s) => s.toUpperCase());
const day = z.string().regex(DATE, 'a date YYYY-MM-DD');

const FilterOptions = z.object({
  actor: actor.optional(),
  source: actor.optional(),
  target: actor.optional(),
  dyad: z
    .string()
    .regex(/^[A-Za-z0-9]+\*?,[A-Za-z0-9]+\*?$/, 'SOURCE,TARGET such as USAGOV,PRK')
    .transform((s) => s.toUpperCase().split(',') as [string, string])
    .optional(),
  code: z.string().regex(/^\d{2,4}$/, 'a CAMEO code of 2 to 4 digits').optional(),
  root: z
    .string()
    .regex(/^\d{1,2}$/, 'a CAMEO root, 01 to 20')
    .transform((r) => r.padStart(2, '0'))
    .optional(),
  quad: z.coerce.number().int().min(1, '1 to 4').max(4, '1 to 4').optional(),
  from: day.optional(),
  to: day.optional(),
  text: z.string().trim().min(1, 'some words').optional(),
  minMentions: z.coerce.number().int().min(1, 'a whole number from 1').optional(),
});

const flag = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The filter the options describe; a bad value is a UsageError naming its option. */
export function parseFilter(opts: Record<string, unknown>): EventFilter {
  const r = FilterOptions.safeParse(opts);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    throw new UsageError(`${flag(key)} ${JSON.stringify(opts[key])}: expected ${issue.message}`);
  }
  const { dyad, ...f } = r.data;
  const filter: EventFilter = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
  if (dyad) {
    if ((f.source && f.source !== dyad[0]) || (f.target && f.target !== dyad[1])) throw new UsageError('--dyad contradicts --source/--target');
    filter.source = dyad[0];
    filter.target = dyad[1];
  }
  if (filter.from && filter.to && filter.from > filter.to) throw new UsageError(`--from ${filter.from} is after --to ${filter.to}`);
  return filter;
}

/** A positive whole number option. */
export function parseCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a whole number from 1, not "${value}"`);
  return n;
}
