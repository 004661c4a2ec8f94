/**
 * The HTTP server: the JSON API under /api (every route validated by its zod schemas and listed in the OpenAPI
 * document), its docs page, and the built dashboard at /. Does not listen: `start-server.ts` does, and tests use
 * `app.inject`.
 *
 * @example
 * const app = await createServer({ store: await openStore('/tmp/x.db') });
 * const r = await app.inject({ url: '/api/health' });
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { type Coder, createCoder } from '../index.js';
import type { Store } from '../store/store.js';
import { type ApiRoute, RequestValidationError, registerRoutes, useZodValidation } from './api-route.js';
import { loadActorLabels } from './actor-labels.js';
import { Memo, type ServerContext } from './context.js';
import { DOCS_CSS, renderDocsPage } from './docs-page.js';
import { openApiDocument } from './openapi.js';
import { packageVersion } from './paths.js';
import { actorRoutes } from './routes/actors.js';
import { articleRoutes } from './routes/articles.js';
import { codingRoutes } from './routes/coding.js';
import { eventRoutes } from './routes/events.js';
import { metaRoutes } from './routes/meta.js';
import { seriesRoutes } from './routes/series.js';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions, installRateLimit } from './rate-limit.js';
import { bearerGuard, installPerimeter } from './security.js';
import { serveWeb } from './static-web.js';

export interface ServerOptions {
  store: Store;
  /** Default: the bundled dictionaries. */
  coder?: Coder;
  /** The built dashboard; none = the API only (with a page saying how to build it). */
  webDir?: string;
  /** When set, `POST /api/articles` needs `Authorization: Bearer TOKEN`. */
  token?: string;
  /** Without a token, refuse writes (403) instead of taking them from anyone: a server reachable beyond loopback. */
  writesNeedToken?: boolean;
  /** Requests per client IP (default: 600 reads and 60 writes a minute); false = no limit. */
  rateLimit?: RateLimitOptions | false;
  /** Browser origins besides the server's own allowed to call the API. */
  corsOrigins?: string[];
  /** Host names to answer to (DNS-rebinding defence); empty = any. */
  allowedHosts?: string[];
  logger?: boolean;
}

/** Every API route, in the order the docs list them. */
export function apiRoutes(ctx: ServerContext): ApiRoute[] {
  return [...eventRoutes(ctx), ...seriesRoutes(ctx), ...actorRoutes(ctx), ...articleRoutes(ctx), ...codingRoutes(ctx), ...metaRoutes(ctx)];
}

function errorBody(status: number, message: string, issues?: { path: string; message: string }[]) {
  return { error: { status, message, ...(issues ? { issues } : {}) } };
}

export async function createServer(opts: ServerOptions): Promise<FastifyInstance> {
  const coder = opts.coder ?? createCoder();
  const ctx: ServerContext = {
    store: opts.store,
    coder,
    labels: loadActorLabels(coder.knowledge.dir),
    codeLabel: (code) => coder.knowledge.codes.get(code)?.label ?? code,
    cache: new Memo(),
    version: packageVersion(),
  };
  // a slow client (slowloris) may take 30 s to send its request, no more
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 1024 * 1024, return503OnClosing: true, requestTimeout: 30_000 });
  useZodValidation(app);
  installPerimeter(app, { corsOrigins: opts.corsOrigins, allowedHosts: opts.allowedHosts });
  if (opts.rateLimit !== false) installRateLimit(app, opts.rateLimit ?? DEFAULT_RATE_LIMIT);

  app.setErrorHandler((err: FastifyError | RequestValidationError | Error, req, reply) => {
    if (err instanceof RequestValidationError) {
      // an unknown field is named by its own path, not its parent's
      const issues = err.issues.flatMap((i) => {
        const at = [err.part, ...i.path.map(String)];
        if (i.code === 'unrecognized_keys') return i.keys.map((k) => ({ path: [...at, k].join('.'), message: `unknown field "${k}"` }));
        return [{ path: at.join('.'), message: i.message }];
      });
      return reply.code(400).send(errorBody(400, err.message, issues));
    }
    const status = 'statusCode' in err && typeof err.statusCode === 'number' && err.statusCode >= 400 ? err.statusCode : 500;
    if (status === 401) reply.header('www-authenticate', 'Bearer');
    if (status >= 500) req.log.error(err);
    // a 500 says nothing of the inside (paths, SQL); the log has it
    return reply.code(status).send(errorBody(status, status >= 500 ? 'internal error' : err.message));
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send(errorBody(404, `no route ${req.method} ${req.url.split('?')[0]}`)));

  const routes = apiRoutes(ctx);
  registerRoutes(app, routes, bearerGuard(opts.token, opts.writesNeedToken));
  const doc = openApiDocument(routes, { version: ctx.version });
  const page = renderDocsPage(doc);
  app.get('/api/openapi.json', async () => doc);
  app.get('/api/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(page));
  app.get('/api/docs.css', async (_req, reply) => reply.type('text/css; charset=utf-8').send(DOCS_CSS));
  serveWeb(app, opts.webDir);
  return app;
}
