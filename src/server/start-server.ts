/**
 * `dyad serve`: open the store, load the bundled samples when it is empty (the `dyad ingest` path), then serve the
 * API and the dashboard until SIGINT/SIGTERM.
 */
import type { FastifyInstance } from 'fastify';
import { createCoder } from '../index.js';
import { openStore } from '../store/open-store.js';
import { createServer } from './create-server.js';
import type { RateLimitOptions } from './rate-limit.js';
import { defaultWebDir, samplesDir } from './paths.js';
import { hostsFor, isLoopback } from './security.js';
import { storeFolder } from './store-articles.js';

export interface StartOptions {
  db?: string;
  port: number;
  host: string;
  /** Default: dist/web. */
  webDir?: string;
  /** Load the bundled samples into an empty database (default true). */
  samples?: boolean;
  dict?: string;
  token?: string;
  /** Per client address; default: the server's; false = none. */
  rateLimit?: RateLimitOptions | false;
  corsOrigins?: string[];
  log(message: string): void;
}

export interface Running {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startServer(o: StartOptions): Promise<Running> {
  const store = await openStore(o.db);
  try {
    const coder = createCoder({ dictionaries: o.dict });
    const counts = await store.counts();
    if (counts.articles === 0 && o.samples !== false) {
      o.log(`${store.location} is empty: coding the bundled sample corpus into it…`);
      const r = await storeFolder(store, coder, samplesDir());
      for (const e of r.errors) o.log(`  skipped: ${e}`);
      o.log(`stored ${r.stored} articles (${r.events} events)`);
    }
    const app = await createServer({
      store,
      coder,
      webDir: o.webDir ?? defaultWebDir(),
      token: o.token,
      writesNeedToken: !isLoopback(o.host),
      ...(o.rateLimit !== undefined ? { rateLimit: o.rateLimit } : {}),
      corsOrigins: o.corsOrigins,
      allowedHosts: hostsFor(o.host),
    });
    await app.listen({ port: o.port, host: o.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : o.port;
    const shown = isLoopback(o.host) ? 'localhost' : o.host.includes(':') ? `[${o.host}]` : o.host;
    if (!isLoopback(o.host) && !o.token) o.log(`listening on ${o.host} without DYAD_TOKEN: POST /api/articles is refused until one is set`);
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await app.close();
      await store.close();
    };
    return { app, url: `http://${shown}:${port}`, close };
  } catch (e) {
    await store.close();
    throw e;
  }
}
