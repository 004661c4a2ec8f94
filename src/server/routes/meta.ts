/** Health, and the CAMEO code table the dashboard's filters list. */
import { defineRoute } from '../api-route.js';
import type { ServerContext } from '../context.js';
import { CodesBody, HealthBody } from '../schemas/response.js';

export function metaRoutes(ctx: ServerContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/health',
      tag: 'meta',
      summary: 'Liveness and what the database holds',
      response: HealthBody,
      handler: async () => ({ status: 'ok' as const, version: ctx.version, store: { dialect: ctx.store.dialect }, counts: await ctx.store.counts() }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/codes',
      tag: 'meta',
      summary: 'The CAMEO event codes: name, root, quad class, Goldstein score and PLOVER type',
      response: CodesBody,
      handler: async () => ({
        codes: [...ctx.coder.knowledge.codes.values()].map((c) => ({ code: c.code, label: c.label, root: c.root, quad: c.quad, goldstein: c.goldstein, plover: c.plover })),
      }),
    }),
  ];
}
