/**
 * Per-client rate limiting, in process: a fixed window per IP address and kind of request (reads: GET, HEAD,
 * OPTIONS; writes: everything else, which codes text and is the expensive part). Over the limit, the answer is 429
 * with `Retry-After` (seconds to the window's end). Bounded memory: at most `maxClients` windows are kept, expired
 * ones dropped first. Behind a reverse proxy every client has the proxy's address unless fastify is told to trust
 * it (`trustProxy`), so a proxy should do its own limiting.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './api-route.js';

export interface RateLimit {
  /** Requests per window. */
  max: number;
  windowMs: number;
}

export interface RateLimitOptions {
  reads: RateLimit;
  writes: RateLimit;
  maxClients?: number;
  /** The clock (tests pass their own). */
  now?: () => number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = {
  reads: { max: 600, windowMs: 60_000 },
  writes: { max: 60, windowMs: 60_000 },
};

/** A fixed-window counter per key. */
export class WindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly maxKeys: number,
    private readonly now: () => number,
  ) {}

  /** Counts one request; returns the seconds to wait when it is over the limit, else null. */
  hit(key: string): { remaining: number; retryAfter: number | null } {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t - w.start >= this.limit.windowMs) {
      if (!w && this.windows.size >= this.maxKeys) this.evict(t);
      w = { start: t, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    const over = w.count > this.limit.max;
    return { remaining: Math.max(0, this.limit.max - w.count), retryAfter: over ? Math.max(1, Math.ceil((w.start + this.limit.windowMs - t) / 1000)) : null };
  }

  private evict(t: number): void {
    for (const [k, w] of this.windows) if (t - w.start >= this.limit.windowMs) this.windows.delete(k);
    // still full: the oldest windows go (a flood of new addresses cannot grow the map without bound)
    for (const k of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break;
      this.windows.delete(k);
    }
  }
}

export function installRateLimit(app: FastifyInstance, o: RateLimitOptions): void {
  const now = o.now ?? Date.now;
  const reads = new WindowCounter(o.reads, o.maxClients ?? 10_000, now);
  const writes = new WindowCounter(o.writes, o.maxClients ?? 10_000, now);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const read = req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS';
    const limit = read ? o.reads : o.writes;
    const r = (read ? reads : writes).hit(req.ip);
    reply.header('ratelimit-limit', String(limit.max)).header('ratelimit-remaining', String(r.remaining));
    if (r.retryAfter !== null) {
      reply.header('retry-after', String(r.retryAfter));
      throw new HttpError(429, `too many ${read ? 'requests' : 'writes'} from ${req.ip}: at most ${limit.max} per ${limit.windowMs / 1000} s; try again in ${r.retryAfter} s`);
    }
  });
}
