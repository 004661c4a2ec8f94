/** `dyad serve` as a user runs it: an empty database gets the samples, the API answers, SIGTERM stops it. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { sampleCount } from './fixture.js';

function serve(args: string[]): { child: ChildProcess; url: Promise<string>; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts'), 'serve', '--port', '0', ...args], { cwd: ROOT, env: { ...process.env, DYAD_TOKEN: '' } });
  let err = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (b: Buffer) => {
      err += b.toString();
      const m = /dashboard on (http:\/\/\S+?)\/ /.exec(err);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`dyad serve exited ${code}: ${err}`)));
  });
  return { child, url, stderr: () => err };
}

const stopped = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

describe('dyad serve', () => {
  it('loads the samples into an empty database, serves the API, and stops on SIGTERM', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dyad-serve-')), 'serve.db');
    const s = serve(['--db', db]);
    const url = await s.url;
    expect(s.stderr()).toContain('is empty: coding the bundled sample corpus');
    const health = (await (await fetch(`${url}/api/health`)).json()) as { counts: { articles: number } };
    expect(health.counts.articles).toBe(sampleCount());
    const exit = stopped(s.child);
    s.child.kill('SIGTERM');
    expect(await exit).toBe(0);

    // a second start finds the data and does not load it again
    const again = serve(['--db', db]);
    const url2 = await again.url;
    expect(again.stderr()).not.toContain('is empty');
    expect(((await (await fetch(`${url2}/api/health`)).json()) as { counts: { articles: number } }).counts.articles).toBe(sampleCount());
    const exit2 = stopped(again.child);
    again.child.kill('SIGTERM');
    expect(await exit2).toBe(0);
  });

  it('leaves an empty database empty with --no-samples, and rejects a bad port', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dyad-serve-')), 'empty.db');
    const s = serve(['--db', db, '--no-samples']);
    const url = await s.url;
    expect(((await (await fetch(`${url}/api/health`)).json()) as { counts: { articles: number } }).counts.articles).toBe(0);
    const exit = stopped(s.child);
    s.child.kill('SIGTERM');
    await exit;
    const bad = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts'), 'serve', '--port', 'http'], { cwd: ROOT });
    expect(await stopped(bad)).toBe(2);
  });
});
