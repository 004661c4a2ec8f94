/** `dyad ingest`, `query`, `stats` and `export` as a user runs them, on a SQLite file. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DICT, ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-store-'));
const db = join(dir, 'news.db');
const inputs = join(dir, 'inputs');

function dyad(args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: opts.input,
    env: { ...process.env, DYAD_DB: '', ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let first: ReturnType<typeof dyad>;

beforeAll(() => {
  cpSync(join(ROOT, 'test', 'fixtures', 'ingest'), join(inputs, 'good'), { recursive: true });
  mkdirSync(join(inputs, 'bad'));
  writeFileSync(join(inputs, 'bad', 'empty.txt'), '');
  writeFileSync(join(inputs, 'bad', 'latin1.txt'), Buffer.from('Title\n\nCaf\xe9 talks.\n', 'latin1'));
  writeFileSync(join(inputs, 'bad', 'broken.jsonl'), '{"id":"k1","text":"Japan met with Russia on Monday.","date":"2003-03-17"}\n{"id":"k2",\n');
  writeFileSync(join(inputs, 'bad', 'odd.csv'), 'id,text\nq1,"China met with Russia.\n');
  first = dyad(['ingest', inputs, '--db', db, '--dict', FIXTURE_DICT]);
}, 60_000);

describe('dyad ingest', () => {
  it('stores the readable articles, reports each bad input by file and line, and exits 1', () => {
    expect(first.stderr).toContain('empty.txt: empty file');
    expect(first.stderr).toContain('latin1.txt:3: not valid UTF-8');
    expect(first.stderr).toContain('broken.jsonl:2: not valid JSON');
    expect(first.stderr).toContain('odd.csv:2: a quoted field is never closed');
    expect(first.stderr).toMatch(/stored 11 articles \(\d+ events\) in .*news\.db; 0 already stored; 4 inputs skipped as unreadable/);
    expect(first.code).toBe(1);
  });

  it('changes nothing when run again', () => {
    const again = dyad(['ingest', join(inputs, 'good'), '--db', db, '--dict', FIXTURE_DICT]);
    expect(again.stderr).toContain('stored 0 articles (0 events)');
    expect(again.stderr).toContain('10 already stored');
    expect(again.code).toBe(0);
  });

  it('reads stdin, and finds the database in $DYAD_DB', () => {
    const r = dyad(['ingest', '-', '--date', '2003-03-20', '--dict', FIXTURE_DICT], { input: 'Russia met with China on Thursday.', env: { DYAD_DB: db } });
    expect(r.stderr).toContain('stored 1 article (1 event)');
    expect(r.code).toBe(0);
  });
});

describe('dyad query', () => {
  it('lists deduplicated events with their counts and, asked, every sentence that reports them', () => {
    const r = dyad(['query', '--db', db, '--dyad', 'JPN,CHN', '--mentions']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2003-03-08\s+JPN → CHN\s+040\s+CONSULT\s+1\s+1\s+1\s+1\s+1/);
    expect(r.stdout).toContain('harbour-talks.html#0 (The Test Gazette): Japan met with China on Saturday');
  });

  it('filters by words and writes JSONL with evidence links', () => {
    const r = dyad(['query', '--db', db, '--text', 'island', '--format', 'jsonl']);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: 'RUS', target: 'JPN', code: '190', day: '2003-03-11', evidence: [{ doc_id: 'urn:example:bulletins:1', sentence_index: 0 }] });
  });

  it('rejects a bad filter, naming the option, with exit 2', () => {
    const r = dyad(['query', '--db', db, '--quad', '7']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--quad "7": expected 1 to 4');
  });
});

describe('dyad stats', () => {
  it('ranks dyads', () => {
    const r = dyad(['stats', '--db', db, '--format', 'csv', '-n', '3']);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n');
    expect(header).toBe('source,target,events,mentions,goldstein_sum,goldstein_mean');
    expect(rows).toHaveLength(3);
  });

  it("gives one dyad's weekly series, with empty weeks", () => {
    const r = dyad(['stats', '--db', db, '--dyad', 'JPN,RUS', '--by', 'week', '--from', '2003-03-03', '--to', '2003-03-23', '--format', 'csv']);
    expect(r.stdout.trim().split('\n')).toEqual([
      'period,events,mentions,goldstein_sum,goldstein_mean,q1,q2,q3,q4',
      '2003-03-03,0,0,0,,0,0,0,0',
      '2003-03-10,1,1,1,1,1,0,0,0',
      '2003-03-17,1,1,1,1,1,0,0,0',
    ]);
  });
});

describe('dyad export', () => {
  it.each([
    ['gdelt', 61],
    ['phoenix', 26],
  ])('writes %s rows of %i tab-separated columns', (format, columns) => {
    const r = dyad(['export', '--db', db, '--format', format]);
    expect(r.code).toBe(0);
    const lines = r.stdout.replace(/\n$/, '').split('\n'); // trailing fields may be empty: keep their tabs
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(l.split('\t')).toHaveLength(columns);
  });

  it('writes CSV with a header and filters, to a file', () => {
    const out = join(dir, 'consult.csv');
    const r = dyad(['export', '--db', db, '--format', 'csv', '--root', '4', '--out', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8').trim().split('\n');
    expect(text[0]).toMatch(/^id,day,source,target,.*,mentions,sources,articles,.*,evidence$/);
    expect(text.slice(1).every((l) => l.split(',')[7] === '04')).toBe(true);
  });
});
