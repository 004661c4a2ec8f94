/**
 * `npm run bench` (second part): the store.
 *  1. Ingest rate into SQLite and PostgreSQL: articles/s and events/s for the whole path (code + store) and for the
 *     store alone, on the evaluation inputs in ../shared/eval (else the bundled samples), batches of 50 as
 *     `dyad ingest` writes them.
 *  2. Queries on 1,000,000 stored events: a dyad's monthly series and top dyads (all time and one year), medians
 *     of repeated runs. The events are synthetic (made here, stored with putArticles, not coded) and the SQLite
 *     file is kept in the temp folder between runs, so only the first run pays for filling it.
 * PostgreSQL runs at DYAD_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres) and is skipped with a message
 * when unreachable; its 1M-event query run only with DYAD_BENCH_PG_1M=1 (filling it takes minutes).
 * Runs the built library (dist/); `npm run bench` builds it first.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createCoder, parseTextArticle } from '../dist/index.js';
import { openStore } from '../dist/store/open-store.js';
import { buildSeries } from '../dist/store/series.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const EVAL = resolve(ROOT, '..', 'shared', 'eval');
const PG_URL = process.env.DYAD_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET_EVENTS = Number(process.env.DYAD_BENCH_EVENTS ?? 1_000_000);
const BATCH = 50;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function corpus() {
  const files = existsSync(EVAL) ? readdirSync(EVAL).filter((f) => f.endsWith('.input.jsonl')) : [];
  if (files.length) {
    const rows = files.flatMap((f) => readFileSync(join(EVAL, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)));
    return { articles: rows.map((r) => ({ id: String(r.id), text: r.text, date: r.date?.slice(0, 10) })), from: '../shared/eval' };
  }
  const dir = join(ROOT, 'samples');
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.txt') ? [join(d, e.name)] : []));
  return { articles: walk(dir).map((f) => parseTextArticle(readFileSync(f, 'utf8'), f)), from: 'samples/' };
}

async function pgReachable() {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    return null;
  } catch (e) {
    return e.message;
  } finally {
    await c.end().catch(() => {});
  }
}

function pgSchemaUrl(schema) {
  const u = new URL(PG_URL);
  u.searchParams.set('schema', schema);
  return u.toString();
}

async function dropSchema(schema) {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  await c.end();
}

// 1. ingest rate ----------------------------------------------------------------------------------------------
async function ingestRate(label, url, articles, coder) {
  const store = await openStore(url);
  let t = performance.now();
  let events = 0;
  let codeMs = 0;
  let storeMs = 0;
  for (let i = 0; i < articles.length; i += BATCH) {
    const c0 = performance.now();
    const coded = articles.slice(i, i + BATCH).map((a) => coder.codeArticle(a));
    const c1 = performance.now();
    const res = await store.putArticles(coded);
    storeMs += performance.now() - c1;
    codeMs += c1 - c0;
    events += res.reduce((n, r) => n + r.events, 0);
  }
  const total = (performance.now() - t) / 1000;
  await store.close();
  const n = articles.length;
  console.log(
    `ingest ${label.padEnd(10)} ${(n / total).toFixed(0).padStart(6)} articles/s ${(events / total).toFixed(0).padStart(7)} events/s (code + store);` +
      ` store alone ${(n / (storeMs / 1000)).toFixed(0).padStart(6)} articles/s ${(events / (storeMs / 1000)).toFixed(0).padStart(7)} events/s` +
      ` [${n} articles, ${events} events; coding ${(codeMs / 1000).toFixed(1)} s, storing ${(storeMs / 1000).toFixed(1)} s]`,
  );
}

// 2. synthetic events -----------------------------------------------------------------------------------------
/** Seeded generator (mulberry32) so every run stores the same million events. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = 'USA RUS CHN JPN KOR PRK GBR FRA DEU IRN IRQ ISR PSE SYR TUR IND PAK AFG UKR GEO EGY SAU NGA ZAF BRA MEX CAN AUS IDN VNM'.split(' ');
const ROLES = ['', 'GOV', 'MIL', 'OPP', 'REB', 'BUS', 'MED', 'CVL'];
const CODES = [
  ['010', 0], ['020', 3], ['036', 4], ['040', 1], ['042', 1.9], ['043', 2.8], ['046', 7], ['051', 3.4], ['057', 8], ['061', 6.4], ['070', 7],
  ['071', 7.4], ['081', 5], ['111', -2], ['112', -2], ['120', -4], ['125', -5], ['130', -4.4], ['138', -7], ['141', -6.5], ['163', -8],
  ['173', -5], ['180', -9], ['190', -10], ['193', -10],
];
const QUAD = (root) => (root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);

/** Zipf-like choice: a few actors and codes dominate, as in news. */
const zipf = (rnd, n) => Math.min(n - 1, Math.floor(n * rnd() ** 2.2));

function syntheticArticle(rnd, n) {
  const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(rnd() * 3653) * 86_400_000).toISOString().slice(0, 10);
  const sentences = [];
  const events = [];
  const count = 4 + Math.floor(rnd() * 13); // 4..16 events, 10 on average
  for (let i = 0; i < count; i++) {
    const s = COUNTRIES[zipf(rnd, COUNTRIES.length)] + ROLES[zipf(rnd, ROLES.length)];
    let t = COUNTRIES[zipf(rnd, COUNTRIES.length)] + ROLES[zipf(rnd, ROLES.length)];
    if (t.slice(0, 3) === s.slice(0, 3)) t = s.startsWith('USA') ? 'CHN' : 'USA';
    const [code, goldstein] = CODES[zipf(rnd, CODES.length)];
    const root = code.slice(0, 2);
    const text = `Synthetic sentence ${i} of report ${n}: ${s} and ${t}, code ${code}.`;
    sentences.push({ sentence: { index: i, text, offset: 0, tokens: [], dates: [] }, actors: [], trace: [] });
    events.push({
      doc_id: `syn-${n}`, sentence_index: i, sentence: text, source: s, target: t, source_text: s, target_text: t, code, root,
      quad_class: QUAD(Number(root)), goldstein, plover: null, date: day,
      evidence: { pattern: 'synthetic', pattern_code: code, trigger: [], source_entries: [], target_entries: [], modality: 'asserted', rule: 'synthetic' },
    });
  }
  return { article: { id: `syn-${n}`, text: `synthetic report ${n}`, date: day, source: `source-${n % 40}` }, sentences, events };
}

async function fill(store) {
  const have = (await store.counts()).events;
  if (have >= TARGET_EVENTS) return { seconds: 0, events: have, reused: true };
  if (have > 0) throw new Error(`${store.location} holds ${have} events, not ${TARGET_EVENTS}: delete it and run again`);
  const rnd = random(2003);
  let events = 0;
  let n = 0;
  const t = performance.now();
  while (events < TARGET_EVENTS) {
    const batch = [];
    for (let i = 0; i < 500 && events < TARGET_EVENTS; i++) {
      const a = syntheticArticle(rnd, n++);
      a.events = a.events.slice(0, TARGET_EVENTS - events);
      events += a.events.length;
      batch.push(a);
    }
    await store.putArticles(batch);
    if (process.stderr.isTTY) process.stderr.write(`\r  filling: ${events} events`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  return { seconds: (performance.now() - t) / 1000, events, reused: false };
}

async function timeQuery(label, f, rounds = 15) {
  await f(); // warm the page cache and the statement cache
  const ms = [];
  let out;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    out = await f();
    ms.push(performance.now() - t);
  }
  const m = median(ms);
  console.log(`  ${label.padEnd(46)} ${m.toFixed(1).padStart(7)} ms median of ${rounds}${m > 100 ? '  (over the 100 ms target)' : ''}`);
  return out;
}

async function queries(label, store) {
  const { events, articles, dedupEvents } = await store.counts();
  console.log(`${label}: ${events} events (${dedupEvents} deduplicated) in ${articles} articles`);
  const [top] = await store.topDyads({}, 1);
  const year = { from: '2005-01-01', to: '2005-12-31' };
  await timeQuery(`dyad series ${top.source}>${top.target}, monthly, all time`, async () => buildSeries(await store.dyadDays(top.source, top.target), 'month'));
  await timeQuery(`dyad series ${top.source}>${top.target}, weekly, one year`, async () => buildSeries(await store.dyadDays(top.source, top.target, year), 'week', year));
  await timeQuery('top 20 dyads, all time', () => store.topDyads({}, 20));
  await timeQuery('top 20 dyads, one year', () => store.topDyads(year, 20));
  await timeQuery('top 20 dyads, 2005-03-15 .. 2005-09-10', () => store.topDyads({ from: '2005-03-15', to: '2005-09-10' }, 20));
  await timeQuery('top 20 dyads, five years', () => store.topDyads({ from: '2002-01-01', to: '2006-12-31' }, 20));
  await timeQuery('top 20 dyads, one month, material conflict', () => store.topDyads({ from: '2005-06-01', to: '2005-06-30', quad: 4 }, 20));
}

// run ------------------------------------------------------------------------------------------------------------
const { articles, from } = corpus();
const coder = createCoder();
const pgWhy = await pgReachable();
for (const a of articles) coder.codeArticle(a); // warm-up, so both stores meet the coder at its steady speed
console.log(`store bench: ingest corpus ${articles.length} articles (${from})`);

const ingestDb = join(tmpdir(), `dyad-bench-ingest-${process.pid}.db`);
await ingestRate('SQLite', ingestDb, articles, coder);
for (const f of [ingestDb, `${ingestDb}-wal`, `${ingestDb}-shm`]) rmSync(f, { force: true });
if (pgWhy) console.log(`ingest PostgreSQL skipped: ${PG_URL} unreachable (${pgWhy})`);
else {
  const schema = `dyad_bench_${process.pid}`;
  await ingestRate('PostgreSQL', pgSchemaUrl(schema), articles, coder);
  await dropSchema(schema);
}

const bigDb = join(tmpdir(), `dyad-bench-${TARGET_EVENTS}-v3.db`);
const sqlite = await openStore(bigDb);
const filled = await fill(sqlite);
console.log(
  filled.reused
    ? `SQLite ${bigDb}: reusing ${filled.events} synthetic events from an earlier run`
    : `SQLite: stored ${filled.events} synthetic events in ${filled.seconds.toFixed(1)} s (${(filled.events / filled.seconds).toFixed(0)} events/s)`,
);
await queries('queries, SQLite', sqlite);
await sqlite.close();

if (!pgWhy && process.env.DYAD_BENCH_PG_1M === '1') {
  const store = await openStore(pgSchemaUrl(`dyad_bench_${TARGET_EVENTS}_v3`));
  const f = await fill(store);
  if (!f.reused) console.log(`PostgreSQL: stored ${f.events} synthetic events in ${f.seconds.toFixed(1)} s`);
  await queries('queries, PostgreSQL', store);
  await store.close();
} else if (!pgWhy) console.log('queries on PostgreSQL: set DYAD_BENCH_PG_1M=1 to fill and time a 1M-event PostgreSQL store too');
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
