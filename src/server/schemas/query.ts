/**
 * What the API accepts, as zod schemas: they validate every request (see api-route.ts) and, turned into JSON Schema,
 * document it in the OpenAPI file. Query strings arrive as strings, so numbers are coerced.
 */
import { z } from 'zod';
import type { EventFilter, Interval } from '../../store/store.js';

/** A real calendar day as YYYY-MM-DD (2003-02-30 is not one). */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'a date that exists');

/** An actor code (USAGOV), or a prefix ending in `*` (USA* = USA, USAGOV, USAMIL…). */
export const actorCode = z
  .string()
  .regex(/^[A-Za-z0-9]{2,30}\*?$/, 'an actor code such as USAGOV, or a prefix such as USA*')
  .transform((s) => s.toUpperCase());

const filterShape = {
  from: day.optional().describe('first day, inclusive'),
  to: day.optional().describe('last day, inclusive'),
  actor: actorCode.optional().describe('either side of the dyad; USA* for a prefix'),
  source: actorCode.optional().describe('source actor'),
  target: actorCode.optional().describe('target actor'),
  dyad: z
    .string()
    .regex(/^[A-Za-z0-9]{2,30}\*?,[A-Za-z0-9]{2,30}\*?$/, 'SOURCE,TARGET such as USAGOV,PRK')
    .transform((s) => s.toUpperCase().split(',') as [string, string])
    .optional()
    .describe('SOURCE,TARGET (directed unless both=true)'),
  both: z
    .enum(['true', 'false'])
    .transform((s) => s === 'true')
    .optional()
    .describe('with dyad: events in either direction'),
  code: z.string().regex(/^\d{2,4}$/, 'a CAMEO code of 2 to 4 digits').optional().describe('CAMEO event code, e.g. 042'),
  root: z
    .string()
    .regex(/^\d{1,2}$/, 'a CAMEO root, 01 to 20')
    .transform((r) => r.padStart(2, '0'))
    .optional()
    .describe('CAMEO root code, e.g. 04'),
  quad: z.coerce.number().int().min(1).max(4).optional().describe('1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict'),
  text: z.string().trim().min(1).max(200).optional().describe('words some reporting sentence contains'),
  minMentions: z.coerce.number().int().min(1).max(1_000_000).optional().describe('only events reported at least this often'),
};

type FilterInput = { [K in keyof typeof filterShape]: z.output<(typeof filterShape)[K]> };

const rangeOk = (q: { from?: string; to?: string }) => !(q.from && q.to && q.from > q.to);
const rangeIssue = { message: '"from" is after "to"', path: ['from'] };

export const FilterQuery = z.object(filterShape).refine(rangeOk, rangeIssue);

export const EventsQuery = z
  .object({
    ...filterShape,
    limit: z.coerce.number().int().min(1).max(500).default(50).describe('events per page'),
    cursor: z
      .string()
      .regex(/^(\d{4}-\d{2}-\d{2})?~\d{1,15}$/, 'a cursor from an earlier page')
      .optional()
      .describe('the `next` value of the previous page'),
  })
  .refine(rangeOk, rangeIssue);

const interval = z.enum(['day', 'week', 'month']).default('month').describe('series step');

export const SeriesQuery = z.object({ ...filterShape, interval }).refine(rangeOk, rangeIssue);

export const DyadSeriesParams = z.object({ source: actorCode, target: actorCode });
export const DyadSeriesQuery = z
  .object({
    from: filterShape.from,
    to: filterShape.to,
    code: filterShape.code,
    root: filterShape.root,
    quad: filterShape.quad,
    interval,
    direction: z.enum(['forward', 'both']).default('forward').describe('source → target only, or both directions summed'),
  })
  .refine(rangeOk, rangeIssue);

export const TopQuery = z
  .object({ ...filterShape, limit: z.coerce.number().int().min(1).max(500).default(20).describe('how many') })
  .refine(rangeOk, rangeIssue);

export const ActorsQuery = z
  .object({
    ...filterShape,
    limit: z.coerce.number().int().min(1).max(2000).default(200).describe('how many actors, most active first'),
    group: z.enum(['code', 'country']).default('code').describe('country: merge roles into their country (USAGOV → USA)'),
  })
  .refine(rangeOk, rangeIssue);

export const NetworkQuery = z
  .object({
    ...filterShape,
    limit: z.coerce.number().int().min(1).max(1000).default(80).describe('edges: the busiest dyads'),
    group: z.enum(['code', 'country']).default('country').describe('country: merge roles into their country (USAGOV → USA)'),
  })
  .refine(rangeOk, rangeIssue);

export const IdParams = z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** The store filter a validated query describes; `dyad` sets source and target. */
export function toFilter(q: Partial<FilterInput>): EventFilter {
  const f: EventFilter = {};
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  if (q.actor) f.actor = q.actor;
  if (q.source) f.source = q.source;
  if (q.target) f.target = q.target;
  if (q.code) f.code = q.code;
  if (q.root) f.root = q.root;
  if (q.quad) f.quad = q.quad;
  if (q.text) f.text = q.text;
  if (q.minMentions) f.minMentions = q.minMentions;
  if (q.dyad) {
    f.source = q.dyad[0];
    f.target = q.dyad[1];
  }
  return f;
}

export type { Interval };
