/**
 * The queue's pieces against a real PostgreSQL: job ids from content hashes, enqueue skipping what is queued or
 * stored, a worker in this process, and an article that fails every try ending in the dead-letter queue with an
 * error that names the field.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { jobIdFor } from '../../src/queue/job-id.js';
import { deadArticles } from '../../src/queue/dead-letters.js';
import { Enqueuer } from '../../src/queue/enqueue.js';
import { openQueue } from '../../src/queue/open-queue.js';
import { queueLocation } from '../../src/queue/queue-location.js';
import { queueStatus } from '../../src/queue/queue-status.js';
import { CODE_QUEUE } from '../../src/queue/queue-settings.js';
import { runWorker } from '../../src/queue/run-worker.js';
import { contentHash } from '../../src/store/content-hash.js';
import { openStore } from '../../src/store/open-store.js';
import { FIXTURE_DICT } from '../helpers.js';
import { dropSchemas, freshPgUrl, pgUnreachable } from './pg-case.js';
import { dyad } from './run-cli.js';

const skip = await pgUnreachable();

describe('job ids and locations', () => {
  it('derives one well-formed UUID per content', () => {
    const a = jobIdFor(contentHash('Japan met China.'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobIdFor(contentHash(' Japan  met China.\r\n'))).toBe(a);
    expect(jobIdFor(contentHash('China met Japan.'))).not.toBe(a);
    expect(() => jobIdFor("' OR 1=1 --")).toThrow(/not a content hash/);
  });

  it.each([
    ['postgres://u:secret@h:5432/db', 'dyad_queue', 'postgres://u:***@h:5432/db (queue schema dyad_queue)'],
    ['postgres://u@h/db?schema=Wire', 'wire_queue', 'postgres://u@h/db (queue schema wire_queue)'],
  ])('%s', (url, schema, location) => {
    expect(queueLocation(url)).toMatchObject({ schema, location });
  });

  it('says the queue needs PostgreSQL when given a SQLite file (exit 2)', async () => {
    for (const args of [['ingest', '--queue', 'samples', '--db', 'x.db'], ['worker', '--db', 'x.db'], ['queue', 'status', '--db', 'x.db']]) {
      const r = await dyad(args).done;
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/PostgreSQL.*not "x\.db"/);
    }
  });

  it('refuses what is not PostgreSQL, and schema names pg-boss cannot take', () => {
    expect(() => queueLocation('./dyad.db')).toThrow(/needs a PostgreSQL database/);
    expect(() => queueLocation('postgres://h/db?schema=a"b')).toThrow(/letters, digits and _/);
  });
});

describe.skipIf(skip !== null)(`queue and worker${skip ? ` (SKIPPED: PostgreSQL unreachable: ${skip})` : ''}`, () => {
  afterAll(() => dropSchemas());

  it('codes what is queued once, retries a bad job with backoff, then keeps it as dead', { timeout: 60_000 }, async () => {
    const url = freshPgUrl('unit');
    const store = await openStore(url);
    const queue = await openQueue(url);
    await queue.configure({ retries: 1, retryDelay: 1, jobTimeout: 30 });
    const articles = [
      { id: 'a', text: 'Japan met with China on Saturday.', date: '2003-02-01', origin: 'in.jsonl:1' },
      { id: 'b', text: 'Russia attacked North Korea near the border.', date: '2003-02-02', origin: 'in.jsonl:2' },
      { id: 'a-again', text: 'Japan met with  China on Saturday.\n', date: '2003-02-01', origin: 'in.jsonl:3' },
    ];
    const enq = new Enqueuer(queue, store);
    for (const a of articles) await enq.add(a);
    await enq.flush();
    expect(enq.tally).toEqual({ queued: 2, alreadyQueued: 1, alreadyStored: 0 });
    // a job no worker can read: fails its first try and its retry, then goes to the dead-letter queue
    await queue.boss.insert([{ name: CODE_QUEUE, data: { hash: 'nonsense', article: { id: 'x', text: 'Japan met China.' } } }]);

    const logs: string[] = [];
    const summary = await runWorker({ url, batch: 10, dict: FIXTURE_DICT, drain: true, pollMs: 100, log: (m) => logs.push(m) });
    expect(summary).toMatchObject({ stored: 2, duplicates: 0, failed: 2 });
    expect(logs.join('\n')).toContain('job data field "hash": a sha256 content hash (try 2 of 2)');

    const status = await queueStatus(queue);
    expect(status).toMatchObject({ queued: 0, retrying: 0, active: 0, done: 2, failed: 1, dead: 1 });
    const dead = await deadArticles(queue);
    expect(dead).toHaveLength(1);
    expect(dead[0]!.error).toBe('job data field "hash": a sha256 content hash');

    // offered again: already stored, so nothing is queued
    const again = new Enqueuer(queue, store);
    for (const a of articles) await again.add(a);
    await again.flush();
    expect(again.tally).toMatchObject({ queued: 0, alreadyStored: 2 });
    expect((await store.counts()).articles).toBe(2);
    await queue.close();
    await store.close();
  });

  it('runs N worker processes with --concurrency N, which drain the queue together', { timeout: 60_000 }, async () => {
    const url = freshPgUrl('pool');
    const store = await openStore(url);
    const queue = await openQueue(url);
    const enq = new Enqueuer(queue, store);
    for (let i = 0; i < 60; i++) await enq.add({ id: `p${i}`, text: `Japan met with China on Saturday. This is report ${i}.`, date: '2003-02-01' });
    await enq.flush();
    const r = await dyad(['worker', '--db', url, '--dict', FIXTURE_DICT, '--concurrency', '2', '--batch', '5', '--drain']).done;
    expect(r.code, r.stderr).toBe(0);
    const pids = new Set([...r.stderr.matchAll(/dyad worker (\d+): stored/g)].map((m) => m[1]));
    expect(pids.size).toBe(2);
    expect(await queueStatus(queue)).toMatchObject({ queued: 0, active: 0, done: 60, failed: 0 });
    expect((await store.counts()).articles).toBe(60);
    await queue.close();
    await store.close();
  });
});
