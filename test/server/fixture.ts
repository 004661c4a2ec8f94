/** A server over a fresh SQLite database holding the bundled sample corpus, for the API and browser tests. */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type ServerOptions, createServer } from '../../src/server/create-server.js';
import { storeFolder } from '../../src/server/store-articles.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { ROOT, bundledCoder } from '../helpers.js';

export const SAMPLES = join(ROOT, 'samples');

/** How many sample articles there are (every .txt under samples/). */
export function sampleCount(dir = SAMPLES): number {
  return readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? sampleCount(p) : f.endsWith('.txt') ? 1 : 0);
  }, 0);
}

export interface Fixture {
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

/**
 * A fresh database with the samples in it, and a server over it (not listening: use inject, or listen yourself).
 * No rate limit unless asked for: the API tests send far more requests a minute than a person does.
 */
export async function sampleServer(opts: Omit<ServerOptions, 'store'> = {}): Promise<Fixture> {
  const store = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-api-')), 'api.db'));
  await storeFolder(store, bundledCoder(), SAMPLES);
  const app = await createServer({ coder: bundledCoder(), rateLimit: false, ...opts, store });
  return {
    app,
    store,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
