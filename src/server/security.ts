/**
 * The server's perimeter: security headers on every answer, a strict CORS policy (same origin, plus origins named
 * in the options), a Host check against DNS rebinding when bound to loopback, and the bearer token for writes.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './api-route.js';

/** Scripts, styles, images and fetches from this origin only; nothing inline, nothing evaluated, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'x-permitted-cross-domain-policies': 'none',
  'origin-agent-cluster': '?1',
  'x-dns-prefetch-control': 'off',
  // the legacy XSS auditor is itself an attack surface; the CSP does its job
  'x-xss-protection': '0',
};

/** Methods and request headers a named origin may use (preflight). */
const CORS_METHODS = ['GET', 'POST'];
const CORS_HEADERS = ['content-type', 'authorization'];

export interface PerimeterOptions {
  /** Origins (scheme://host[:port]) besides the server's own that may call the API from a browser. */
  corsOrigins?: string[];
  /** Host names the server answers to (DNS-rebinding defence); empty = any. */
  allowedHosts?: string[];
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]', '::1'];

export function isLoopback(host: string): boolean {
  return LOOPBACK.includes(host) || host.startsWith('127.');
}

/** The host names a server bound to `host` should answer to: loopback names for loopback, else any. */
export function hostsFor(host: string): string[] {
  return isLoopback(host) ? LOOPBACK : [];
}

function hostName(hostHeader: string | undefined): string {
  const h = (hostHeader ?? '').toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d+$/, '');
}

export function installPerimeter(app: FastifyInstance, opts: PerimeterOptions): void {
  const allowed = new Set((opts.corsOrigins ?? []).map((o) => o.replace(/\/$/, '').toLowerCase()));
  const hosts = new Set(opts.allowedHosts ?? []);

  app.addHook('onSend', async (req, reply, payload) => {
    for (const [k, v] of Object.entries(HEADERS)) if (!reply.hasHeader(k)) reply.header(k, v);
    // HSTS only means something over HTTPS (TLS here, or a trusted proxy's); sent over HTTP it would be ignored
    if (req.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (req.url.startsWith('/api/')) {
      // data answers differ by origin (CORS) and change with every ingest: no shared or stale copies
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      reply.header('vary', 'Origin');
    }
    return payload;
  });

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (hosts.size && !hosts.has(hostName(req.headers.host))) throw new HttpError(421, 'this server answers to localhost only');
    const origin = req.headers.origin;
    const write = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
    // a browser that sends no Origin still says where the request comes from
    if (origin === undefined) {
      if (write && req.headers['sec-fetch-site'] === 'cross-site') throw new HttpError(403, 'cross-site request refused');
      return;
    }
    const own = `${req.protocol}://${req.headers.host ?? ''}`.toLowerCase();
    const o = origin.toLowerCase();
    if (o === own) return;
    if (allowed.has(o)) {
      reply.header('access-control-allow-origin', origin);
      return;
    }
    // another site's page: it may not write, and gets no CORS header, so its script cannot read a GET either
    if (write) throw new HttpError(403, `cross-origin request from ${origin} refused`);
  });

  // preflight: only for the named origins
  app.options('/api/*', async (req, reply) => {
    const origin = req.headers.origin;
    if (!origin || !allowed.has(origin.toLowerCase())) throw new HttpError(403, 'cross-origin request refused');
    const method = String(req.headers['access-control-request-method'] ?? '').toUpperCase();
    if (!CORS_METHODS.includes(method)) throw new HttpError(403, `cross-origin ${method || 'request'} refused: only ${CORS_METHODS.join(', ')}`);
    const asked = String(req.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    const extra = asked.filter((h) => !CORS_HEADERS.includes(h));
    if (extra.length) throw new HttpError(403, `cross-origin request header ${extra.join(', ')} refused`);
    reply
      .header('access-control-allow-methods', CORS_METHODS.join(', '))
      .header('access-control-allow-headers', 'Content-Type, Authorization')
      .header('access-control-max-age', '600')
      .code(204);
    return reply.send();
  });
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * A check for `Authorization: Bearer TOKEN`. With no token configured every request passes, unless `needToken`
 * (a server reachable beyond loopback): then writes are refused until one is.
 */
export function bearerGuard(token: string | undefined, needToken = false): (req: FastifyRequest) => void {
  if (!token && needToken) {
    return () => {
      throw new HttpError(403, 'writes are off: this server is reachable beyond loopback and has no DYAD_TOKEN');
    };
  }
  if (!token) return () => undefined;
  const want = digest(token);
  return (req) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (!m || !timingSafeEqual(digest(m[1]!), want)) throw new HttpError(401, 'this needs Authorization: Bearer <DYAD_TOKEN>');
  };
}
