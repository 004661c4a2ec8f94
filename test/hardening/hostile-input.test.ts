/**
 * Hostile input through the real commands: a folder of bad files made here (binary, empty, a 50 MB single line as
 * text and as JSONL, invalid UTF-8, HTML full of scripts, JSONL with broken lines, absurd dates) beside good ones.
 * `dyad code` and `dyad ingest` must name every bad file (and line, and field), exit 1, still code and store every
 * good article, and leave the store consistent: the same counts after a second run, and no integrity problem.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordToArticle } from '../../src/ingest/article-record.js';
import { dayProblem } from '../../src/ingest/parse-date.js';
import { openStore } from '../../src/store/open-store.js';
import { FIXTURE_DICT, ROOT } from '../helpers.js';
import { dialects } from '../store/dialects.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-hostile-'));
const inputs = join(dir, 'inputs');
const BIG = 50 * 1024 * 1024;

function run(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((resolve) => {
    const t = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr: stderr.replaceAll(inputs + '/', ''), ms: performance.now() - t }));
  });
}

const jsonl = (...rows: (object | string)[]) => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
const SCRIPTS = Array.from({ length: 50 }, (_, i) => `<script>document.write('evil ${i}')</script><img src=x onerror="alert(${i})">`).join('');

/** The bad inputs and what the error must say (file names relative to the inputs folder). */
const EXPECTED_ERRORS = [
  'binary.txt:1: binary file (contains NUL bytes), not text',
  'empty.txt: empty file',
  'empty.jsonl: empty file (no records)',
  'big-line.txt: 50.0 MB is too large for one article (at most 16.0 MB)',
  'big-line.jsonl:2: line of 50.0 MB is too long for one record (at most 8.0 MB)',
  'latin1.txt:3: not valid UTF-8 (byte 0xE9)',
  'broken.jsonl:2: not valid JSON',
  'broken.jsonl:3: field "text": Invalid input: expected string, received number',
  'broken.jsonl:4: field "id": required: a non-empty string or a number',
  'dates.jsonl:1: field "date": 0000-00-00 is not a real day',
  'dates.jsonl:2: field "date": 9999-99-99 is not a real day',
  'dates.jsonl:3: field "date": 2003-02-30 is not a real day',
  'dates.jsonl:4: field "date": 9999-12-31 is outside the years 1800–2199',
  'title-date.txt:1: the date in the title, 9999-99-99, is not a real day',
  'dates.csv:2: field "date": 0000-00-00 is not a real day',
  'scripts-only.html: no article text found in the HTML page',
];
/** The good articles among them, by stored id. */
const GOOD = ['good-1.txt', 'good-2.txt', 'big-after', 'broken-ok', 'dates-ok', 'csv-ok', 'scripts.html'];

beforeAll(() => {
  mkdirSync(inputs, { recursive: true });
  const f = (name: string, content: string | Buffer) => writeFileSync(join(inputs, name), content);
  f('good-1.txt', 'Talks - 2003-02-01\n\nJapan met with China on Saturday.\n');
  f('good-2.txt', 'Clash - 2003-02-02\n\nRussia attacked North Korea near the border.\n');
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 256;
  f('binary.txt', noise);
  f('empty.txt', '');
  f('empty.jsonl', '');
  f('big-line.txt', Buffer.alloc(BIG, 'Japan met China. '));
  writeFileSync(
    join(inputs, 'big-line.jsonl'),
    Buffer.concat([
      Buffer.from(jsonl({ id: 'big-after', text: 'China met with Japan on Sunday.', date: '2003-02-03' })),
      Buffer.from('{"id":"huge","text":"'),
      Buffer.alloc(BIG, 'Japan met China. '),
      Buffer.from('"}\n'),
    ]),
  );
  f('latin1.txt', Buffer.from('Talks - 2003-01-19\n\nThe caf\xe9 was full.\n', 'latin1'));
  f('broken.jsonl', jsonl({ id: 'broken-ok', text: 'Japan met with Russia on Monday.', date: '2003-02-04' }, '{"id":"x","text":', { id: 'n', text: 42 }, { text: 'no id' }));
  f(
    'dates.jsonl',
    jsonl(
      { id: 'd0', text: 'Japan met China on Friday.', date: '0000-00-00' },
      { id: 'd9', text: 'Russia met China on Friday.', date: '9999-99-99' },
      { id: 'feb30', text: 'Russia met Japan on Friday.', date: '2003-02-30' },
      { id: 'far', text: 'China met Russia on Friday.', date: '9999-12-31' },
      { id: 'dates-ok', text: 'China met with Japan on Friday.', date: '2003-01-17' },
    ),
  );
  f('title-date.txt', 'Talks - 9999-99-99\n\nJapan met China on Friday.\n');
  f('dates.csv', 'id,text,date\nz,Japan met China.,0000-00-00\ncsv-ok,North Korea met with Japan.,2003-02-05\n');
  f('scripts.html', `<!doctype html><html><head><title>Talks</title>${SCRIPTS}</head><body>${SCRIPTS}<article><p>Japan met with China on Saturday. ${SCRIPTS}</p><p>South Korea met with Japan on Sunday.</p></article>${SCRIPTS}</body></html>`);
  f('scripts-only.html', `<!doctype html><html><head><title>x</title></head><body>${SCRIPTS}</body></html>`);
});

describe('publication dates', () => {
  it.each([
    ['2003-01-19', null],
    ['2004-02-29', null],
    ['2003-02-29', 'not a real day'],
    ['0000-00-00', 'not a real day'],
    ['9999-99-99', 'not a real day'],
    ['2003-13-01', 'not a real day'],
    ['9999-12-31', 'outside the years 1800–2199'],
    ['0001-01-01', 'outside the years 1800–2199'],
    ['19 Jan 2003', 'not a date YYYY-MM-DD'],
  ])('%s', (d, problem) => {
    expect(dayProblem(d)).toBe(problem);
  });

  it('is checked on every record, naming the field', () => {
    const r = recordToArticle({ id: 'a', text: 'x', date: '2003-02-30T10:00:00Z' }, 'in.jsonl:7');
    expect('error' in r && r.error.message).toBe('in.jsonl:7: field "date": 2003-02-30 is not a real day');
  });
});

describe('dyad code on hostile input', () => {
  it('names every bad input, codes every good one, and is quick about it', { timeout: 120_000 }, async () => {
    const r = await run(['code', inputs, '--dict', FIXTURE_DICT, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    for (const e of EXPECTED_ERRORS) expect(r.stderr).toContain(`dyad: ${e}`);
    const ids = new Set(r.stdout.trim().split('\n').map((l) => JSON.parse(l).doc_id as string));
    expect([...ids].sort()).toEqual([...GOOD].sort());
    expect(r.stdout).not.toMatch(/evil|alert|<script/);
    // the 50 MB inputs are refused, not coded (coding one takes minutes and gigabytes)
    expect(r.ms).toBeLessThan(60_000);
  });

  it('refuses an absurd --date before reading anything', async () => {
    const r = await run(['code', join(inputs, 'good-1.txt'), '--date', '9999-99-99']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date 9999-99-99 is not a real day');
  });
});

const ds = await dialects();
for (const d of ds) {
  describe.skipIf(d.skip !== null)(`dyad ingest on hostile input: ${d.name}${d.skip ? ` (SKIPPED: ${d.skip})` : ''}`, () => {
    afterAll(() => d.cleanup());

    it('stores the good articles whole, once, and nothing else', { timeout: 180_000 }, async () => {
      const db = await d.freshUrl();
      const first = await run(['ingest', inputs, '--db', db, '--dict', FIXTURE_DICT]);
      expect(first.code, first.stderr).toBe(1);
      for (const e of EXPECTED_ERRORS) expect(first.stderr).toContain(`dyad: ${e}`);
      expect(first.stderr).toMatch(new RegExp(`stored ${GOOD.length} articles .*; 0 already stored; ${EXPECTED_ERRORS.length} inputs skipped`));

      const store = await openStore(db);
      const counts = await store.counts();
      expect(counts.articles).toBe(GOOD.length);
      const stored = [];
      for (let id = 1; id <= GOOD.length; id++) stored.push(await store.getArticle(id));
      expect(stored.map((a) => a!.doc_id).sort()).toEqual([...GOOD].sort());
      const html = stored.find((a) => a!.doc_id === 'scripts.html')!;
      expect(html.sentences.map((s) => s.text).join(' ')).not.toMatch(/evil|alert|script/);
      expect(stored.every((a) => a!.date === null || /^(19|20)\d\d-\d\d-\d\d$/.test(a!.date))).toBe(true);
      expect(await store.integrity()).toEqual([]);

      // the same inputs again: the same errors, nothing new stored, nothing changed
      const second = await run(['ingest', inputs, '--db', db, '--dict', FIXTURE_DICT]);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`stored 0 articles (0 events) in ${store.location}; ${GOOD.length} already stored`);
      expect(await store.counts()).toEqual(counts);
      expect(await store.integrity()).toEqual([]);
      await store.close();
    });
  });
}
