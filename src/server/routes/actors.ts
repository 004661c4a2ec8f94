/** Actors and how they relate: top dyads, actors with counts, and the network of dyads. */
import { defineRoute } from '../api-route.js';
import { actorCounts, actorNetwork } from '../compose/actors.js';
import type { ServerContext } from '../context.js';
import { ActorsQuery, NetworkQuery, TopQuery, toFilter } from '../schemas/query.js';
import { ActorsBody, DyadsBody, NetworkBody } from '../schemas/response.js';

const round = (x: number) => Math.round(x * 1000) / 1000;

export function actorRoutes(ctx: ServerContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/dyads',
      tag: 'actors',
      summary: 'The dyads (both actors coded) with the most deduplicated events',
      query: TopQuery,
      response: DyadsBody,
      handler: async ({ query }) => {
        const dyads = await ctx.store.topDyads(toFilter(query), query.limit);
        return {
          dyads: dyads.map((d) => ({
            ...d,
            source_label: ctx.labels.label(d.source),
            target_label: ctx.labels.label(d.target),
            goldstein_sum: round(d.goldstein_sum),
            goldstein_mean: round(d.goldstein_sum / d.events),
          })),
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/actors',
      tag: 'actors',
      summary: 'Actors with their event counts (as source, as target), most active first',
      query: ActorsQuery,
      response: ActorsBody,
      handler: async ({ query }) => {
        const filter = toFilter(query);
        const key = `actors:${JSON.stringify([filter, query.group, query.limit])}`;
        return ctx.cache.get(key, () => actorCounts(ctx.store, filter, ctx.labels, { group: query.group, limit: query.limit }));
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/network',
      tag: 'actors',
      summary: 'The actor network: nodes with event counts, edges weighted by count and mean Goldstein score',
      query: NetworkQuery,
      response: NetworkBody,
      handler: async ({ query }) => actorNetwork(ctx.store, toFilter(query), ctx.labels, { group: query.group, limit: query.limit }),
    }),
  ];
}
