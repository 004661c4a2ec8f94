/** Events: a filtered, paginated list of deduplicated events, and one event with every sentence that reports it. */
import type { DedupEvent, EventFilter, Store } from '../../store/store.js';
import { HttpError, defineRoute } from '../api-route.js';
import { withSpans } from '../compose/articles.js';
import { eitherDirection, pageEvents } from '../compose/page-events.js';
import type { ServerContext } from '../context.js';
import { EventsQuery, IdParams, toFilter } from '../schemas/query.js';
import { EventDetail, EventsPage } from '../schemas/response.js';

/** Adds each event's code name and evidence links. */
export async function enrichEvents(ctx: ServerContext, events: DedupEvent[]) {
  const refs = await ctx.store.evidenceRefs(events.map((e) => e.id));
  return events.map((e) => ({
    ...e,
    label: ctx.codeLabel(e.code),
    evidence: (refs.get(e.id) ?? []).map(({ dedup_id: _, ...r }) => r),
  }));
}

/** The Store reads events by filter, not by id: narrow the filter with what a mention says, then find the id. */
async function findEvent(store: Store, id: number): Promise<DedupEvent | null> {
  const [m] = await store.mentions(id);
  if (!m) return null;
  const f: EventFilter = { code: m.code };
  if (m.source) f.source = m.source;
  if (m.target) f.target = m.target;
  if (m.date) f.from = f.to = m.date;
  for await (const e of store.events(f)) if (e.id === id) return e;
  return null;
}

export function eventRoutes(ctx: ServerContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/events',
      tag: 'events',
      summary: 'Deduplicated events matching the filters, oldest first, a page at a time',
      description: 'Pass the `next` value of a page as `cursor` to get the following page.',
      query: EventsQuery,
      response: EventsPage,
      handler: async ({ query }) => {
        let filter = toFilter(query);
        let predicate: ((e: DedupEvent) => boolean) | undefined;
        if (query.dyad && query.both) ({ filter, predicate } = eitherDirection(filter, query.dyad[0], query.dyad[1]));
        const page = await pageEvents(ctx.store, filter, { limit: query.limit, cursor: query.cursor, predicate });
        return { events: await enrichEvents(ctx, page.events), next: page.next };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/events/:id',
      tag: 'events',
      summary: 'One deduplicated event and its evidence: every sentence that reports it, with highlight spans',
      params: IdParams,
      response: EventDetail,
      handler: async ({ params }) => {
        const event = await findEvent(ctx.store, params.id);
        if (!event) throw new HttpError(404, `no event ${params.id}`);
        const [enriched] = await enrichEvents(ctx, [event]);
        const mentions = (await ctx.store.mentions(params.id)).map((m) => withSpans(m, ctx.codeLabel));
        return { event: enriched, mentions };
      },
    }),
  ];
}
