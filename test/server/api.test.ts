/**
 * The REST API through fastify.inject over a temporary SQLite database holding the sample corpus. Every answer is
 * parsed with the response schema the OpenAPI document is made from, so the document cannot drift from the server.
 * Counts come from the data itself (the coder improves), never from constants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ActorsBody,
  ArticleBody,
  ArticleListBody,
  CodeBody,
  DyadsBody,
  ErrorBody,
  EventDetail,
  EventsPage,
  HealthBody,
  NetworkBody,
  SeriesBody,
} from '../../src/server/schemas/response.js';
import { type Fixture, sampleCount, sampleServer } from './fixture.js';

let f: Fixture;
beforeAll(async () => {
  f = await sampleServer();
});
afterAll(() => f.close());

async function getJson<T extends z.ZodType>(schema: T, url: string, status = 200): Promise<z.output<T>> {
  const r = await f.app.inject({ method: 'GET', url });
  expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(status);
  return schema.parse(r.json());
}

type Page = z.output<typeof EventsPage>;
type Event = Page['events'][number];

async function allEvents(query = ''): Promise<Event[]> {
  const out: Event[] = [];
  let cursor: string | null = null;
  do {
    const page: Page = await getJson(EventsPage, `/api/events?limit=500${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    out.push(...page.events);
    cursor = page.next;
  } while (cursor);
  return out;
}

describe('health and codes', () => {
  it('reports the store and what it holds', async () => {
    const h = await getJson(HealthBody, '/api/health');
    expect(h.store.dialect).toBe('sqlite');
    expect(h.counts.articles).toBe(sampleCount());
    expect(h.counts.dedupEvents).toBeGreaterThan(50);
  });
});

describe('GET /api/events', () => {
  it('pages through every event exactly once, oldest first', async () => {
    const all = await allEvents();
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await getJson(EventsPage, `/api/events?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.events.length).toBeLessThanOrEqual(7);
      seen.push(...page.events.map((e) => e.id));
      cursor = page.next;
      pages++;
    } while (cursor && pages < 500);
    expect(seen).toEqual(all.map((e) => e.id));
    expect(new Set(seen).size).toBe(seen.length);
    const days = all.map((e) => e.day ?? '');
    expect(days).toEqual([...days].sort());
    expect(all.every((e) => e.evidence.length >= 1 && e.label.length > 0)).toBe(true);
  });

  it.each([
    ['actor=PRK*', (e: Event) => [e.source, e.target].some((c) => c?.startsWith('PRK'))],
    ['source=USA*&target=PRK*', (e: Event) => !!e.source?.startsWith('USA') && !!e.target?.startsWith('PRK')],
    ['dyad=USA*,PRK*&both=true', (e: Event) => (!!e.source?.startsWith('USA') && !!e.target?.startsWith('PRK')) || (!!e.source?.startsWith('PRK') && !!e.target?.startsWith('USA'))],
    ['quad=4', (e: Event) => e.quad_class === 4],
    ['root=04', (e: Event) => e.root === '04'],
    ['from=2003-01-01&to=2003-03-31', (e: Event) => !!e.day && e.day >= '2003-01-01' && e.day <= '2003-03-31'],
  ])('filters by %s', async (q, holds) => {
    const all = await allEvents();
    const got = await allEvents(`&${q}`);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(holds)).toBe(true);
    // and nothing that holds is left out (the filter is exact, not a sample)
    expect(got.map((e) => e.id)).toEqual(all.filter(holds).map((e) => e.id));
  });

  it('finds events by the words of their sentences', async () => {
    const got = await allEvents('&text=inspectors');
    expect(got.length).toBeGreaterThan(0);
    for (const e of got.slice(0, 5)) {
      const d = await getJson(EventDetail, `/api/events/${e.id}`);
      expect(d.mentions.some((m) => /inspectors/i.test(m.sentence))).toBe(true);
    }
  });

  it.each([
    ['limit=0', 'query.limit'],
    ['limit=abc', 'query.limit'],
    ['from=2003-13', 'query.from'],
    ['from=2003-02-30', 'query.from'],
    ['from=2003-05-01&to=2003-01-01', 'query.from'],
    ['actor=US%20GOV', 'query.actor'],
    ['quad=9', 'query.quad'],
    ['cursor=nonsense', 'query.cursor'],
  ])('rejects %s with a 400 naming %s', async (q, path) => {
    const e = await getJson(ErrorBody, `/api/events?${q}`, 400);
    expect(e.error.issues?.map((i) => i.path)).toContain(path);
  });
});

describe('GET /api/events/:id', () => {
  it('gives each reporting sentence with spans on the source, target and trigger words', async () => {
    const [first] = await allEvents('&source=USA*&target=PRK*');
    const d = await getJson(EventDetail, `/api/events/${first!.id}`);
    expect(d.event.id).toBe(first!.id);
    expect(d.mentions.length).toBe(d.event.mentions);
    for (const m of d.mentions) {
      const text = (k: string) => m.spans.filter((s) => s.kind === k).map((s) => m.sentence.slice(s.start, s.end));
      expect(text('trigger')).toEqual(m.evidence.trigger.map((t) => t.text));
      if (m.source_text && m.sentence.includes(m.source_text)) expect(text('source')).toEqual([m.source_text]);
      if (m.target_text && m.sentence.includes(m.target_text)) expect(text('target')).toEqual([m.target_text]);
    }
  });

  it('answers 404 for an unknown event and 400 for a bad id', async () => {
    await getJson(ErrorBody, '/api/events/999999', 404);
    await getJson(ErrorBody, '/api/events/abc', 400);
  });
});

describe('series', () => {
  it('sums a dyad’s events per period, with quad counts and the Goldstein mean', async () => {
    const { dyads } = await getJson(DyadsBody, '/api/dyads?limit=1');
    const d = dyads[0]!;
    const s = await getJson(SeriesBody, `/api/dyads/${d.source}/${d.target}/series?interval=month`);
    expect(s.totals.events).toBe(d.events);
    for (const r of s.series) {
      expect(r.q1 + r.q2 + r.q3 + r.q4).toBe(r.events);
      if (r.events) expect(r.goldstein_mean).toBeCloseTo(r.goldstein_sum / r.events, 2);
      expect(r.period).toMatch(/^\d{4}-\d{2}$/);
    }
    const events = await allEvents(`&source=${d.source}&target=${d.target}`);
    expect(events.filter((e) => e.day).length).toBe(s.totals.events);
  });

  it('labels weeks by their Monday and days by the day', async () => {
    const w = await getJson(SeriesBody, '/api/dyads/USA*/PRK*/series?interval=week&direction=both');
    expect(w.series.length).toBeGreaterThan(1);
    for (const r of w.series) expect(new Date(`${r.period}T00:00:00Z`).getUTCDay()).toBe(1);
    const d = await getJson(SeriesBody, '/api/dyads/USA*/PRK*/series?interval=day&from=2002-12-01&to=2002-12-31');
    expect(d.series.map((r) => r.period)).toHaveLength(31);
  });

  it('adds both directions, and prefixes take in every actor under them', async () => {
    const fwd = await getJson(SeriesBody, '/api/dyads/USA*/PRK*/series');
    const back = await getJson(SeriesBody, '/api/dyads/PRK*/USA*/series');
    const both = await getJson(SeriesBody, '/api/dyads/USA*/PRK*/series?direction=both');
    expect(both.totals.events).toBe(fwd.totals.events + back.totals.events);
    const listed = await allEvents('&dyad=USA*,PRK*&both=true');
    expect(listed.filter((e) => e.day).length).toBe(both.totals.events);
  });

  it('gives the series of all events, stacked by quad class', async () => {
    const s = await getJson(SeriesBody, '/api/series?interval=month');
    const dated = (await allEvents()).filter((e) => e.day);
    expect(s.totals.events).toBe(dated.length);
    expect(s.series.reduce((n, r) => n + r.q4, 0)).toBe(dated.filter((e) => e.quad_class === 4).length);
  });
});

describe('actors and network', () => {
  it('counts every actor on either side, with names', async () => {
    const { actors } = await getJson(ActorsBody, '/api/actors?group=country&limit=2000');
    const usa = actors.find((a) => a.code === 'USA')!;
    expect(usa.label).toBe('United States');
    const involving = (await allEvents('&actor=USA*')).length;
    expect(usa.events).toBe(involving);
    const codes = await getJson(ActorsBody, '/api/actors?limit=2000');
    expect(codes.actors.find((a) => a.code === 'USAGOV')?.label).toBe('United States government');
  });

  it('builds a network whose edges are weighted by count and mean Goldstein', async () => {
    const net = await getJson(NetworkBody, '/api/network?group=code&limit=1000');
    const { dyads } = await getJson(DyadsBody, '/api/dyads?limit=500');
    const ids = new Set(net.nodes.map((n) => n.id));
    for (const e of net.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      const d = dyads.find((x) => x.source === e.source && x.target === e.target)!;
      expect(e.events).toBe(d.events);
      expect(e.goldstein_mean).toBeCloseTo(d.goldstein_mean, 2);
    }
    const countries = await getJson(NetworkBody, '/api/network?limit=10');
    expect(countries.nodes.every((n) => !/^(USA|PRK)[A-Z]/.test(n.id))).toBe(true);
  });
});

describe('articles', () => {
  it('lists the articles that report events, a page at a time', async () => {
    const first = await getJson(ArticleListBody, '/api/articles?limit=10');
    expect(first.articles).toHaveLength(10);
    const rest = await getJson(ArticleListBody, '/api/articles?limit=200&offset=10');
    expect(first.total).toBe(10 + rest.articles.length);
    expect(first.total).toBeLessThanOrEqual(sampleCount());
  });

  it('gives an article with its sentences, each with its events and their spans', async () => {
    const { articles } = await getJson(ArticleListBody, '/api/articles?limit=1');
    const a = await getJson(ArticleBody, `/api/articles/${articles[0]!.id}`);
    expect(a.sentences.map((s) => s.index)).toEqual(a.sentences.map((_, i) => i));
    const coded = a.sentences.filter((s) => s.events.length);
    expect(coded.length).toBeGreaterThan(0);
    for (const s of coded) for (const m of s.events) expect(m.sentence).toBe(s.text);
    await getJson(ErrorBody, '/api/articles/99999', 404);
  });
});

describe('POST /api/code', () => {
  it('codes pasted text with the explain trace, and stores nothing', async () => {
    const before = (await getJson(HealthBody, '/api/health')).counts;
    const r = await f.app.inject({ method: 'POST', url: '/api/code', payload: { text: 'North Korea expelled the UN inspectors on Friday.', date: '2002-12-28' } });
    expect(r.statusCode).toBe(200);
    const body = CodeBody.parse(r.json());
    expect(body.events.map((e) => `${e.source}>${e.target}`)).toContain('PRK>IGOUNO');
    expect(body.events[0]!.date).toBe('2002-12-27');
    expect(body.sentences[0]!.actors.map((a) => a.text)).toContain('North Korea');
    expect(body.sentences[0]!.trace.some((t) => t.tried.some((p) => p.matched))).toBe(true);
    expect((await getJson(HealthBody, '/api/health')).counts).toEqual(before);
  });

  it('refuses empty, too long and too large texts', async () => {
    const post = (payload: unknown) => f.app.inject({ method: 'POST', url: '/api/code', payload: payload as object });
    expect((await post({ text: '   ' })).statusCode).toBe(400);
    expect((await post({ text: 'a'.repeat(20_001) })).statusCode).toBe(400);
    expect((await post({ text: 'a'.repeat(300_000) })).statusCode).toBe(413);
    expect((await post({ words: 'Japan met China.' })).json().error.issues[0].path).toBe('body.text');
    const notJson = await f.app.inject({ method: 'POST', url: '/api/code', payload: '{"text":', headers: { 'content-type': 'application/json' } });
    expect(notJson.statusCode).toBe(400);
  });
});

describe('the OpenAPI document and the docs page', () => {
  it('documents every API route with its parameters', async () => {
    const doc = (await f.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.entries(doc.paths as Record<string, Record<string, { parameters: { name: string }[] }>>).flatMap(([p, m]) => Object.keys(m).map((k) => `${k.toUpperCase()} ${p}`));
    expect(ops).toEqual(
      expect.arrayContaining([
        'GET /api/events',
        'GET /api/events/{id}',
        'GET /api/series',
        'GET /api/dyads/{source}/{target}/series',
        'GET /api/dyads',
        'GET /api/actors',
        'GET /api/network',
        'GET /api/articles',
        'GET /api/articles/{id}',
        'POST /api/articles',
        'POST /api/code',
        'GET /api/health',
      ]),
    );
    const params = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['from', 'to', 'actor', 'dyad', 'code', 'root', 'quad', 'text', 'limit', 'cursor']));
    expect(doc.paths['/api/articles'].post.security).toEqual([{ bearer: [] }]);
  });

  it('renders a readable page with no script', async () => {
    const r = await f.app.inject({ url: '/api/docs' });
    expect(r.headers['content-type']).toContain('text/html');
    expect(r.body).toContain('/api/dyads/{source}/{target}/series');
    expect(r.body).not.toMatch(/<script/i);
    expect((await f.app.inject({ url: '/api/docs.css' })).headers['content-type']).toContain('text/css');
  });

  it('answers unknown API routes with JSON 404', async () => {
    const r = await f.app.inject({ url: '/api/nothing' });
    expect(r.statusCode).toBe(404);
    expect(ErrorBody.parse(r.json()).error.status).toBe(404);
  });
});
