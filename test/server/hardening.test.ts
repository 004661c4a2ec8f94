/**
 * The API's hardening, one part at a time: body size limits (413), validation that names the bad field (400),
 * the token on every write, per-IP rate limits (429 with Retry-After), SQL metacharacters inert in every filter,
 * and the CORS policy and security headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRateLimit } from '../../src/cli/commands/serve.js';
import { WindowCounter } from '../../src/server/rate-limit.js';
import { ErrorBody, EventsPage, HealthBody } from '../../src/server/schemas/response.js';
import { type Fixture, sampleServer } from './fixture.js';

const TOKEN = 'hardening-token-91c2';
const auth = { authorization: `Bearer ${TOKEN}` };
let clock = 1_000_000;

let f: Fixture;
let limited: Fixture;
let exposed: Fixture;
beforeAll(async () => {
  f = await sampleServer({ token: TOKEN, corsOrigins: ['https://allowed.example'] });
  limited = await sampleServer({ rateLimit: { reads: { max: 5, windowMs: 60_000 }, writes: { max: 2, windowMs: 60_000 }, now: () => clock } });
  exposed = await sampleServer({ writesNeedToken: true });
}, 120_000);
afterAll(async () => {
  await f.close();
  await limited.close();
  await exposed.close();
});

const counts = async (x: Fixture) => HealthBody.parse((await x.app.inject({ url: '/api/health' })).json()).counts;

describe('body size limits', () => {
  it.each([
    ['/api/articles', { articles: [{ text: 'Japan met China. '.repeat(300_000) }] }, auth],
    ['/api/code', { text: 'a'.repeat(300_000) }, {}],
  ])('POST %s over its limit is 413, with a JSON error and nothing stored', async (url, payload, headers) => {
    const before = await counts(f);
    const r = await f.app.inject({ method: 'POST', url, payload, headers });
    expect(r.statusCode).toBe(413);
    expect(ErrorBody.parse(r.json()).error.status).toBe(413);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(await counts(f)).toEqual(before);
  });
});

describe('validation names the bad field', () => {
  const articles = (a: object[]) => ({ articles: a });
  it.each<[string, string, object | undefined, string]>([
    ['GET', '/api/events?minMentions=0', undefined, 'query.minMentions'],
    ['GET', '/api/events?root=4x', undefined, 'query.root'],
    ['GET', '/api/series?interval=year', undefined, 'query.interval'],
    ['GET', '/api/dyads/US%20GOV/PRK/series', undefined, 'path.source'],
    ['GET', '/api/dyads/USA/PRK/series?direction=sideways', undefined, 'query.direction'],
    ['GET', '/api/dyads?limit=9999', undefined, 'query.limit'],
    ['GET', '/api/actors?group=planet', undefined, 'query.group'],
    ['GET', '/api/network?limit=-1', undefined, 'query.limit'],
    ['GET', '/api/articles?offset=-5', undefined, 'query.offset'],
    ['GET', '/api/articles/0', undefined, 'path.id'],
    ['GET', '/api/events/1e999', undefined, 'path.id'],
    ['POST', '/api/code', { text: 'Japan met China.', date: '9999-99-99' }, 'body.date'],
    ['POST', '/api/code', { text: 'Japan met China.', lang: 'en' }, 'body.lang'],
    ['POST', '/api/code', { text: ['Japan met China.'] }, 'body.text'],
    ['POST', '/api/articles', articles([{ text: 'Japan met China.', date: '0000-00-00' }]), 'body.articles.0.date'],
    ['POST', '/api/articles', articles([{ text: 'Japan met China.', titel: 'Talks' }]), 'body.articles.0.titel'],
    ['POST', '/api/articles', articles([{ text: 5 }]), 'body.articles.0.text'],
    ['POST', '/api/articles', articles([{ text: 'Japan met China.', url: 7 }]), 'body.articles.0.url'],
    ['POST', '/api/articles', articles(Array.from({ length: 101 }, (_, i) => ({ text: `Japan met China ${i}.` }))), 'body.articles'],
    ['POST', '/api/articles', { articles: 'Japan met China.' }, 'body.articles'],
  ])('%s %s → 400 naming %s', async (method, url, payload, path) => {
    const r = await f.app.inject({ method: method as 'GET' | 'POST', url, ...(payload ? { payload } : {}), headers: method === 'POST' ? auth : {} });
    expect(r.statusCode, r.body).toBe(400);
    const issues = ErrorBody.parse(r.json()).error.issues ?? [];
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('refuses a body that is not JSON (415), so no HTML form can post one', async () => {
    const r = await f.app.inject({ method: 'POST', url: '/api/code', payload: 'text=Japan+met+China', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(r.statusCode).toBe(415);
  });
});

describe('token auth on every write', () => {
  it('guards every route that stores, and documents the guard', async () => {
    const doc = (await f.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const unguarded = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.entries(ops)
        .filter(([m, op]) => m !== 'get' && !op.security?.length)
        .map(([m]) => `${m.toUpperCase()} ${p}`),
    );
    // /api/code stores nothing (api.test.ts checks the counts stay the same)
    expect(unguarded).toEqual(['POST /api/code']);
  });

  it('refuses writes without the token, or with a wrong one', async () => {
    const before = await counts(f);
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: `Basic ${TOKEN}` }]) {
      const r = await f.app.inject({ method: 'POST', url: '/api/articles', payload: { articles: [{ text: 'Japan met China.' }] }, headers });
      expect(r.statusCode).toBe(401);
    }
    expect(await counts(f)).toEqual(before);
  });

  it('refuses every write when reachable beyond loopback with no token set', async () => {
    const before = await counts(exposed);
    const r = await exposed.app.inject({ method: 'POST', url: '/api/articles', payload: { articles: [{ text: 'Japan met China.' }] } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.message).toContain('DYAD_TOKEN');
    expect(await counts(exposed)).toEqual(before);
    expect((await exposed.app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });
});

describe('rate limits per client address', () => {
  const get = (ip: string) => limited.app.inject({ url: '/api/health', remoteAddress: ip });
  const code = (ip: string) => limited.app.inject({ method: 'POST', url: '/api/code', payload: { text: 'Japan met China.' }, remoteAddress: ip });

  it('answers 429 with Retry-After past the limit, per address, until the window ends', async () => {
    for (let i = 0; i < 5; i++) expect((await get('10.0.0.1')).statusCode).toBe(200);
    clock += 15_000;
    const over = await get('10.0.0.1');
    expect(over.statusCode).toBe(429);
    expect(over.headers['retry-after']).toBe('45');
    expect(ErrorBody.parse(over.json()).error.message).toContain('at most 5 per 60 s');
    expect((await get('10.0.0.2')).statusCode).toBe(200);
    clock += 45_000;
    expect((await get('10.0.0.1')).statusCode).toBe(200);
  });

  it('keeps a smaller budget for writes, apart from reads', async () => {
    expect((await code('10.0.0.3')).statusCode).toBe(200);
    expect((await code('10.0.0.3')).statusCode).toBe(200);
    const over = await code('10.0.0.3');
    expect(over.statusCode).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect((await get('10.0.0.3')).statusCode).toBe(200);
  });

  it('is set with DYAD_RATE_LIMIT, checked', () => {
    expect(parseRateLimit(undefined)).toBeUndefined();
    expect(parseRateLimit('off')).toBe(false);
    expect(parseRateLimit('120, 10')).toEqual({ reads: { max: 120, windowMs: 60_000 }, writes: { max: 10, windowMs: 60_000 } });
    for (const bad of ['lots', '0,10', '10']) expect(() => parseRateLimit(bad)).toThrow(/DYAD_RATE_LIMIT must be/);
  });

  it('holds a bounded number of clients', () => {
    let t = 0;
    const c = new WindowCounter({ max: 1, windowMs: 1000 }, 3, () => t);
    for (let i = 0; i < 100; i++) c.hit(`ip${i}`);
    expect((c as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(3);
    expect(c.hit('ip99').retryAfter).toBe(1);
    t = 1000;
    expect(c.hit('ip99').retryAfter).toBeNull();
  });
});

describe('SQL metacharacters are inert in every filter', () => {
  const HOSTILE = ["' OR '1'='1", "1; DROP TABLE events; --", 'USA%', '_*', '\\', '"', "PRK') UNION SELECT * FROM articles --", '%*'];
  const PARAMS = ['actor', 'source', 'target', 'dyad', 'code', 'root', 'quad', 'from', 'to', 'minMentions', 'cursor'];

  it.each(PARAMS)('%s: refused with a 400 naming it, and nothing changes', async (param) => {
    const before = await counts(f);
    for (const v of HOSTILE) {
      const r = await f.app.inject({ url: `/api/events?${param}=${encodeURIComponent(v)}` });
      expect(r.statusCode, `${param}=${v}`).toBe(400);
      expect(ErrorBody.parse(r.json()).error.issues?.map((i) => i.path)).toContain(`query.${param}`);
    }
    expect(await counts(f)).toEqual(before);
  });

  it('text: searched for as words, matching nothing, and nothing changes', async () => {
    const before = await counts(f);
    for (const v of HOSTILE) {
      for (const url of [`/api/events?text=${encodeURIComponent(v)}`, `/api/series?text=${encodeURIComponent(v)}`, `/api/dyads?text=${encodeURIComponent(v)}`]) {
        const r = await f.app.inject({ url });
        expect(r.statusCode, `${url}: ${r.body.slice(0, 200)}`).toBe(200);
        if (url.startsWith('/api/events')) expect(EventsPage.parse(r.json()).events, url).toEqual([]);
      }
    }
    expect(await counts(f)).toEqual(before);
    expect(await f.store.integrity()).toEqual([]);
  });
});

describe('CORS and security headers', () => {
  it('sends the full set of security headers, and no-store on data', async () => {
    const r = await f.app.inject({ url: '/api/health' });
    expect(r.headers).toMatchObject({
      'x-permitted-cross-domain-policies': 'none',
      'origin-agent-cluster': '?1',
      'x-dns-prefetch-control': 'off',
      'x-xss-protection': '0',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'no-store',
      vary: 'Origin',
    });
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-powered-by']).toBeUndefined();
    // HSTS only over HTTPS, where it means something
    expect(r.headers['strict-transport-security']).toBeUndefined();
  });

  it('allows a named origin only the methods and headers the API uses', async () => {
    const preflight = (method: string, headers = 'content-type') =>
      f.app.inject({
        method: 'OPTIONS',
        url: '/api/articles',
        headers: { origin: 'https://allowed.example', 'access-control-request-method': method, 'access-control-request-headers': headers },
      });
    const ok = await preflight('POST', 'content-type, authorization');
    expect(ok.statusCode).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe('https://allowed.example');
    expect(ok.headers['access-control-allow-credentials']).toBeUndefined();
    expect((await preflight('DELETE')).statusCode).toBe(403);
    expect((await preflight('POST', 'x-evil')).statusCode).toBe(403);
  });

  it('refuses cross-site writes even without an Origin header', async () => {
    const post = (site: string) =>
      f.app.inject({ method: 'POST', url: '/api/code', payload: { text: 'Japan met China.' }, headers: { 'sec-fetch-site': site } });
    expect((await post('cross-site')).statusCode).toBe(403);
    expect((await post('same-origin')).statusCode).toBe(200);
  });
});
