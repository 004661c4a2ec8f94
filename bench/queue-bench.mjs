/**
 * `npm run bench` (third part): distributed coding through the PostgreSQL queue. The bundled sample articles, copied
 * to 2,160 distinct articles (each copy gets one extra line, so its content hash differs), are enqueued; then 1 and
 * then 2 `dyad worker --drain` processes code and store them into a fresh schema. Throughput is read from the jobs
 * themselves: articles / (last job finished − first job started), so process start-up is not counted.
 * The per-worker rate (one worker: one core coding, with PostgreSQL on the same machine) sizes a cluster: how many
 * cores code 10^8 articles in an hour.
 * PostgreSQL at DYAD_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres); skipped with a message when
 * unreachable. Runs the built CLI (dist/); `npm run bench` builds it first.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createCoder, parseTextArticle } from '../dist/index.js';
import { Enqueuer } from '../dist/queue/enqueue.js';
import { openQueue } from '../dist/queue/open-queue.js';
import { openStore } from '../dist/store/open-store.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const PG_URL = process.env.DYAD_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const COPIES = Number(process.env.DYAD_BENCH_QUEUE_COPIES ?? 60);
const ARTICLES_PER_HOUR = 1e8;

function corpus() {
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.txt') ? [join(d, e.name)] : []));
  const base = walk(join(ROOT, 'samples')).map((f) => parseTextArticle(readFileSync(f, 'utf8'), f));
  const out = [];
  for (let k = 0; k < COPIES; k++) for (const a of base) out.push({ ...a, id: `${a.id}#${k}`, text: `${a.text}\n\nCopy ${k + 1}.` });
  return out;
}

async function withClient(f) {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

function worker(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'worker', '--db', url, '--drain', '--batch', '20'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    child.on('close', (code) => (code === 0 ? resolve(err) : reject(new Error(`worker exited ${code}: ${err}`))));
  });
}

async function run(workers, articles) {
  const schema = `dyad_qbench_${process.pid}_${workers}`;
  const u = new URL(PG_URL);
  u.searchParams.set('schema', schema);
  const url = u.toString();
  try {
    const store = await openStore(url);
    const queue = await openQueue(url);
    const t0 = performance.now();
    const enq = new Enqueuer(queue, store);
    for (const a of articles) await enq.add(a);
    await enq.flush();
    const enqueueRate = articles.length / ((performance.now() - t0) / 1000);
    await Promise.all(Array.from({ length: workers }, () => worker(url)));
    const [r] = await queue.sql(
      `SELECT count(*)::int AS n, EXTRACT(EPOCH FROM max(completed_on) - min(started_on))::float8 AS seconds FROM ${queue.schema}.job WHERE name = 'dyad-code' AND state = 'completed'`,
    );
    const { events } = await store.counts();
    await queue.close();
    await store.close();
    if (r.n !== articles.length) throw new Error(`${r.n} of ${articles.length} jobs completed`);
    return { workers, seconds: r.seconds, rate: r.n / r.seconds, events, enqueueRate };
  } finally {
    await withClient(async (c) => {
      for (const s of [schema, `${schema}_queue`]) await c.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(s)} CASCADE`);
    });
  }
}

try {
  await withClient(async (c) => c.query('SELECT 1'));
} catch (e) {
  console.log(`queue bench SKIPPED: PostgreSQL at ${PG_URL} is unreachable (${e.message})`);
  process.exit(0);
}

const articles = corpus();
const chars = articles.reduce((n, a) => n + a.text.length, 0) / articles.length;
console.log(`\nqueue: ${articles.length} articles (the samples × ${COPIES}, ${chars.toFixed(0)} characters on average), bundled dictionaries, batches of 20`);
// coding alone on one core, no store: what each added worker core contributes when the database is elsewhere
const coder = createCoder();
for (const a of articles.slice(0, 50)) coder.codeArticle(a); // warm up
const c0 = performance.now();
for (const a of articles) coder.codeArticle(a);
const codingRate = articles.length / ((performance.now() - c0) / 1000);
console.log(`queue coding alone    ${codingRate.toFixed(0).padStart(6)} articles/s on one core (no store)`);
const results = [];
for (const w of [1, 2]) {
  const r = await run(w, articles);
  results.push(r);
  console.log(
    `queue ${w} worker${w > 1 ? 's' : ' '} ${r.rate.toFixed(0).padStart(6)} articles/s ${(r.events / r.seconds).toFixed(0).padStart(7)} events/s` +
      ` [${r.seconds.toFixed(1)} s; enqueued at ${r.enqueueRate.toFixed(0)} articles/s]`,
  );
}
const [one, two] = results;
const perCore = one.rate;
const needed = ARTICLES_PER_HOUR / 3600;
console.log(`queue scaling 2 workers / 1 worker: ${(two.rate / one.rate).toFixed(2)}× (2 cores, PostgreSQL on the same cores)`);
console.log(
  `queue sizing: 10^8 articles an hour = ${needed.toFixed(0)} articles/s: ≈ ${Math.ceil(needed / perCore)} cores at the measured ${perCore.toFixed(0)} articles/s per worker` +
    ` (coding + storing on one machine), ≈ ${Math.ceil(needed / codingRate)} cores at the coding-alone rate, with the store able to take ${needed.toFixed(0)} articles/s`,
);
