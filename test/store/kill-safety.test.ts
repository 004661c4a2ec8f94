/**
 * Crash safety: `dyad ingest` of 2,000 articles is killed with SIGKILL part-way, then run again. Every article must
 * then be stored exactly once and whole: the same articles, sentence and event counts and deduplicated events as a
 * clean run's, and no partial article even straight after the kill.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { DedupEvent, Store } from '../../src/store/store.js';
import { FIXTURE_DICT, ROOT } from '../helpers.js';
import { dialects } from './dialects.js';
import { generateArticles } from './generate-articles.js';

const COUNT = 2000;

function ingest(db: string, dir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts'), 'ingest', dir, '--db', db, '--dict', FIXTURE_DICT, '--batch', '10'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

/** content hash → "sentences/events" for every stored article, and every deduplicated event with its counts. */
async function snapshot(store: Store) {
  const { articles } = await store.counts();
  const perArticle = new Map<string, string>();
  for (let id = 1; perArticle.size < articles && id < articles * 5 + 100; id++) {
    const a = await store.getArticle(id);
    if (a) perArticle.set(a.content_hash, `${a.sentences.length}/${a.events.length}`);
  }
  const dedup: string[] = [];
  for await (const e of store.events() as AsyncIterable<DedupEvent>) dedup.push(`${e.day} ${e.source}>${e.target}:${e.code} m${e.mentions} a${e.articles} s${e.sources}`);
  return { perArticle, dedup: dedup.sort(), counts: await store.counts() };
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-kill-'));
const ds = await dialects();

beforeAll(() => {
  generateArticles(join(dir, 'articles'), COUNT);
});

for (const d of ds) {
  describe.skipIf(d.skip !== null)(`kill -9 during ingest: ${d.name}${d.skip ? ` (SKIPPED: ${d.skip})` : ''}`, () => {
    afterAll(() => d.cleanup());

    it('stores every article exactly once and whole after a kill and a second run', { timeout: 240_000 }, async () => {
      const articles = join(dir, 'articles');
      const cleanDb = await d.freshUrl();
      const clean = await ingest(cleanDb, articles).done;
      expect(clean.code, clean.stderr).toBe(0);

      const crashDb = await d.freshUrl();
      const watcher = await openStore(crashDb);
      const run = ingest(crashDb, articles);
      let seen = 0;
      for (;;) {
        seen = (await watcher.counts()).articles;
        if (seen >= 300) break;
        if (run.child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      run.child.kill('SIGKILL');
      const killed = await run.done;
      expect(killed.signal, 'the ingest finished before it could be killed').toBe('SIGKILL');
      const atKill = await watcher.counts();
      expect(atKill.articles).toBeGreaterThanOrEqual(300);
      expect(atKill.articles).toBeLessThan(COUNT);
      // nothing half-written, straight after the kill
      expect(await watcher.integrity()).toEqual([]);

      const again = await ingest(crashDb, articles).done;
      expect(again.code, again.stderr).toBe(0);
      expect(again.stderr).toContain(`${atKill.articles} already stored`);

      const cleanStore = await openStore(cleanDb);
      const a = await snapshot(watcher);
      const b = await snapshot(cleanStore);
      expect(a.counts.articles).toBe(COUNT);
      expect(a.perArticle.size).toBe(COUNT);
      expect(a.counts).toEqual(b.counts);
      expect(a.perArticle).toEqual(b.perArticle);
      expect(a.dedup).toEqual(b.dedup);
      expect(await watcher.integrity()).toEqual([]);
      await watcher.close();
      await cleanStore.close();
    });
  });
}
