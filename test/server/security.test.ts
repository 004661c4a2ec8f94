/** The perimeter: ingest behind the token, security headers, CORS, the Host check, and serving only the built files. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostsFor } from '../../src/server/security.js';
import { ActorsBody, IngestBody } from '../../src/server/schemas/response.js';
import { type Fixture, sampleServer } from './fixture.js';

const TOKEN = 'test-token-3f9a';
const ARTICLE = { id: 'wire-77', title: 'Talks', date: '2003-01-19', text: 'Japan and China agreed on Sunday to resume talks. Japan met with China on Monday.' };

let f: Fixture;
let web: string;
beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Dyad</title>');
  writeFileSync(join(web, 'assets', 'index-abc.js'), 'console.log(1)');
  f = await sampleServer({ token: TOKEN, corsOrigins: ['https://allowed.example'], allowedHosts: hostsFor('127.0.0.1'), webDir: web });
});
afterAll(() => f.close());

const ingest = (headers: Record<string, string> = {}, payload: object = { articles: [ARTICLE] }) =>
  f.app.inject({ method: 'POST', url: '/api/articles', payload, headers });

describe('POST /api/articles', () => {
  it('needs the bearer token when the server has one', async () => {
    for (const h of [{}, { authorization: 'Bearer wrong' }, { authorization: TOKEN }] as Record<string, string>[]) {
      const r = await ingest(h);
      expect(r.statusCode).toBe(401);
      expect(r.headers['www-authenticate']).toBe('Bearer');
    }
  });

  it('codes and stores an article once, and the aggregates see it at once', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const before = ActorsBody.parse((await f.app.inject({ url: '/api/actors?limit=2000' })).json());
    const r = await ingest(auth);
    expect(r.statusCode).toBe(200);
    const [res] = IngestBody.parse(r.json()).results;
    expect(res).toMatchObject({ id: 'wire-77', status: 'stored' });
    expect(res!.events).toBeGreaterThan(0);
    const again = IngestBody.parse((await ingest(auth)).json()).results[0]!;
    expect(again).toMatchObject({ status: 'duplicate', article_id: res!.article_id });
    const after = ActorsBody.parse((await f.app.inject({ url: '/api/actors?limit=2000' })).json());
    const jpn = (b: typeof before) => b.actors.find((a) => a.code === 'JPN')?.events ?? 0;
    expect(jpn(after)).toBeGreaterThan(jpn(before));
    const article = (await f.app.inject({ url: `/api/articles/${res!.article_id}` })).json();
    expect(article.title).toBe('Talks');
  });

  it('rejects a bad record with the field named', async () => {
    const r = await ingest({ authorization: `Bearer ${TOKEN}` }, { articles: [{ text: 'x', date: '19 Jan' }] });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.issues[0].path).toBe('body.articles.0.date');
    expect((await ingest({ authorization: `Bearer ${TOKEN}` }, { articles: [] })).statusCode).toBe(400);
  });
});

describe('headers and CORS', () => {
  it('sends the security headers on API answers, errors and pages', async () => {
    for (const url of ['/api/health', '/api/nothing', '/', '/api/docs']) {
      const r = await f.app.inject({ url });
      expect(r.headers['content-security-policy'], url).toContain("script-src 'self'");
      expect(r.headers['content-security-policy']).not.toContain('unsafe');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('lets only the named origins read, and no other origin write', async () => {
    const foreign = await f.app.inject({ url: '/api/health', headers: { origin: 'https://evil.example' } });
    expect(foreign.statusCode).toBe(200);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const allowed = await f.app.inject({ url: '/api/health', headers: { origin: 'https://allowed.example' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://allowed.example');
    const write = await f.app.inject({ method: 'POST', url: '/api/code', payload: { text: 'Japan met China.' }, headers: { origin: 'https://evil.example' } });
    expect(write.statusCode).toBe(403);
    const same = await f.app.inject({ method: 'POST', url: '/api/code', payload: { text: 'Japan met China.' }, headers: { origin: 'http://localhost:80' } });
    expect(same.statusCode).toBe(200);
    const preflight = (origin: string) =>
      f.app.inject({ method: 'OPTIONS', url: '/api/articles', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('https://allowed.example')).statusCode).toBe(204);
    expect((await preflight('https://evil.example')).statusCode).toBe(403);
  });

  it('answers only to loopback host names when bound to loopback (DNS rebinding)', async () => {
    expect((await f.app.inject({ url: '/api/health', headers: { host: 'attacker.example:8080' } })).statusCode).toBe(421);
    expect((await f.app.inject({ url: '/api/health', headers: { host: '127.0.0.1:8080' } })).statusCode).toBe(200);
    expect(hostsFor('0.0.0.0')).toEqual([]);
  });
});

describe('the dashboard files', () => {
  it('serves the built files and nothing else', async () => {
    const index = await f.app.inject({ url: '/' });
    expect(index.body).toContain('<title>Dyad</title>');
    expect(index.headers['cache-control']).toBe('no-cache');
    const asset = await f.app.inject({ url: '/assets/index-abc.js' });
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await f.app.inject({ url: '/assets/index-abc.js', headers: { 'if-none-match': String(asset.headers.etag) } })).statusCode).toBe(304);
    for (const url of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json', '/index.html/..%2f..%2fpackage.json', '/nope.js']) {
      expect((await f.app.inject({ url })).statusCode, url).toBe(404);
    }
  });
});
