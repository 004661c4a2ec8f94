/** Time series: of all events (or any filter), and of one dyad; by day, ISO week or month. */
import { defineRoute } from '../api-route.js';
import type { ServerContext } from '../context.js';
import { dyadSeries, overallSeries } from '../compose/series.js';
import { DyadSeriesParams, DyadSeriesQuery, SeriesQuery, toFilter } from '../schemas/query.js';
import { SeriesBody } from '../schemas/response.js';

export function seriesRoutes(ctx: ServerContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/series',
      tag: 'series',
      summary: 'Events over time for any filter: count, Goldstein sum and mean, and events per quad class',
      query: SeriesQuery,
      response: SeriesBody,
      handler: async ({ query }) => {
        const filter = toFilter(query);
        const key = `series:${JSON.stringify([filter, query.interval])}`;
        return { interval: query.interval, ...(await ctx.cache.get(key, () => overallSeries(ctx.store, filter, query.interval))) };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/dyads/:source/:target/series',
      tag: 'series',
      summary: 'A dyad’s series: count, Goldstein sum and mean, and events per quad class',
      description: 'Either actor may be a prefix (`USA*` = every US actor); `direction=both` adds target → source.',
      params: DyadSeriesParams,
      query: DyadSeriesQuery,
      response: SeriesBody,
      handler: async ({ params, query }) => {
        const filter = toFilter(query);
        const r = await dyadSeries(ctx.store, params.source, params.target, filter, query.interval, query.direction);
        return { interval: query.interval, source: params.source, target: params.target, direction: query.direction, ...r };
      },
    }),
  ];
}
