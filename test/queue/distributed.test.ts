/**
 * The proof of distributed coding: 2,000 articles on the queue, 3 worker processes, one killed with SIGKILL in the
 * middle of its batch. At the end every article is coded and stored exactly once (none missing, none twice), with
 * the same sentences, events and deduplicated events as one `dyad ingest` process storing the same articles, and
 * the killed worker's jobs were delivered again (at-least-once delivery made exactly-once by the content hash).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { DedupEvent } from '../../src/store/store.js';
import { FIXTURE_DICT } from '../helpers.js';
import { generateArticles } from '../store/generate-articles.js';
import { dropSchemas, freshPgUrl, pgUnreachable, query } from './pg-case.js';
import { dyad } from './run-cli.js';

const COUNT = 2000;
const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
const skip = await pgUnreachable();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** content hash → "sentences/events" per article, every deduplicated event with its counts, and the totals. */
async function snapshot(url: string) {
  const rows = await query<{ content_hash: string; sentences: number; events: number }>(
    url,
    `SELECT a.content_hash, (SELECT count(*)::int FROM sentences s WHERE s.article_id = a.id) AS sentences,
            (SELECT count(*)::int FROM events e WHERE e.article_id = a.id) AS events FROM articles a`,
  );
  const [dupes] = await query<{ rows: number; hashes: number; ids: number }>(
    url,
    'SELECT count(*)::int AS rows, count(DISTINCT content_hash)::int AS hashes, count(DISTINCT doc_id)::int AS ids FROM articles',
  );
  const store = await openStore(url);
  try {
    const dedup: string[] = [];
    for await (const e of store.events() as AsyncIterable<DedupEvent>) dedup.push(`${e.day} ${e.source}>${e.target}:${e.code} m${e.mentions} a${e.articles} s${e.sources}`);
    return {
      perArticle: new Map(rows.map((r) => [r.content_hash, `${r.sentences}/${r.events}`])),
      dupes,
      dedup: dedup.sort(),
      counts: await store.counts(),
      integrity: await store.integrity(),
    };
  } finally {
    await store.close();
  }
}

describe.skipIf(skip !== null)(`3 workers, one killed with SIGKILL${skip ? ` (SKIPPED: PostgreSQL unreachable: ${skip})` : ''}`, () => {
  beforeAll(() => {
    generateArticles(join(dir, 'articles'), COUNT, 11);
  });
  afterAll(() => dropSchemas());

  it('codes every article exactly once, as a single process does', { timeout: 300_000 }, async () => {
    const articles = join(dir, 'articles');
    const single = freshPgUrl('single');
    const ref = await dyad(['ingest', articles, '--db', single, '--dict', FIXTURE_DICT]).done;
    expect(ref.code, ref.stderr).toBe(0);

    const url = freshPgUrl('queue');
    // a short job timeout, so the killed worker's jobs come back within seconds
    const setup = await dyad(['queue', 'setup', '--db', url, '--job-timeout', '6', '--retry-delay', '1', '--retries', '4']).done;
    expect(setup.code, setup.stderr).toBe(0);
    const enqueue = await dyad(['ingest', '--queue', articles, '--db', url]).done;
    expect(enqueue.code, enqueue.stderr).toBe(0);
    expect(enqueue.stderr).toContain(`queued ${COUNT} of ${COUNT} articles`);
    // offering the same articles again adds nothing
    const again = await dyad(['ingest', '--queue', join(articles, 'batch-03'), '--db', url]).done;
    expect(again.stderr).toContain(`queued 0 of ${COUNT / 20} articles`);

    const queueUrl = url.replace(/schema=([^&]+)/, 'schema=$1_queue');
    const victim = dyad(['worker', '--db', url, '--dict', FIXTURE_DICT, '--batch', '50', '--drain']);
    const others = [0, 1].map(() => dyad(['worker', '--db', url, '--dict', FIXTURE_DICT, '--batch', '10', '--drain']));
    const watcher = await openStore(url);
    const deadline = Date.now() + 120_000;
    while ((await watcher.counts()).articles < 400 && victim.child.exitCode === null && Date.now() < deadline) await sleep(20);
    // Mid-batch, for sure: freeze the victim; the others finish a batch in well under a second, so jobs still taken
    // 2.5 s later are the victim's. If it was between batches, let it go on a moment and try again.
    let held = 0;
    for (let attempt = 0; attempt < 10 && !held && victim.child.exitCode === null; attempt++) {
      victim.child.kill('SIGSTOP');
      await sleep(2500);
      [{ n: held }] = (await query<{ n: number }>(queueUrl, `SELECT count(*)::int AS n FROM job WHERE state = 'active' AND started_on < now() - interval '2 seconds'`)) as [{ n: number }];
      if (!held) {
        victim.child.kill('SIGCONT');
        await sleep(150);
      }
    }
    const atKill = await watcher.counts();
    await watcher.close();
    victim.child.kill('SIGKILL');
    const killed = await victim.done;
    expect(killed.signal, `the victim ended before it could be killed: ${killed.stderr}`).toBe('SIGKILL');
    expect(held, 'the victim held no jobs when it was killed').toBeGreaterThan(0);
    expect(atKill.articles).toBeLessThan(COUNT);

    for (const w of others) {
      const r = await w.done;
      expect(r.code, r.stderr).toBe(0);
    }

    const status = await dyad(['queue', 'status', '--db', url, '--format', 'json']).done;
    expect(JSON.parse(status.stdout)).toMatchObject({ queued: 0, retrying: 0, active: 0, done: COUNT, failed: 0, dead: 0 });
    // the killed worker's unfinished jobs were delivered a second time
    const [redelivered] = await query<{ n: number }>(queueUrl, `SELECT count(*)::int AS n FROM job WHERE name = 'dyad-code' AND retry_count > 0`);
    // (not necessarily all `held`: under load another worker's batch can also be taken for more than 2 s)
    expect(redelivered!.n).toBeGreaterThan(0);

    const a = await snapshot(url);
    const b = await snapshot(single);
    expect(a.dupes).toEqual({ rows: COUNT, hashes: COUNT, ids: COUNT });
    expect(a.perArticle.size).toBe(COUNT);
    expect(a.perArticle).toEqual(b.perArticle);
    expect(a.counts).toEqual(b.counts);
    expect(a.counts.events).toBeGreaterThan(COUNT);
    expect(a.dedup).toEqual(b.dedup);
    expect(a.integrity).toEqual([]);
  });
});
