/** The `dyad` command as a user runs it (through tsx on the sources). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DICT, ROOT } from './helpers.js';

function dyad(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts'), ...args], { cwd: ROOT, encoding: 'utf8', input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('dyad code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
  const jsonl = join(dir, 'in.jsonl');
  writeFileSync(jsonl, ['{"id":"a","text":"Japan met with China.","date":"2003-01-19"}', '{"id":"b","text":', '{"id":"c","text":"Russia met with Japan."}'].join('\n'));

  it('reports a broken line by file and line, codes the other records, and exits non-zero', () => {
    const r = dyad(['code', jsonl, '--dict', FIXTURE_DICT]);
    expect(r.stderr).toContain(`${jsonl}:2: not valid JSON`);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => `${e.doc_id}:${e.source}>${e.target}:${e.code}`)).toEqual(['a:JPN>CHN:040', 'c:RUS>JPN:040']);
    expect(r.code).toBe(1);
  });

  it('names a file it cannot read', () => {
    const r = dyad(['code', join(dir, 'missing.txt'), '--dict', FIXTURE_DICT]);
    expect(r.stderr).toContain('missing.txt: cannot read (ENOENT)');
    expect(r.code).toBe(1);
  });

  it('reads a plain-text article from stdin and prints a table', () => {
    const r = dyad(['code', '-', '--format', 'table', '--date', '2003-01-19', '--dict', FIXTURE_DICT], 'Japan met with China on Saturday.');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2003-01-18\s+JPN → CHN\s+040\s+CONSULT/);
  });

  it('writes TSV with a header', () => {
    const r = dyad(['code', jsonl, '--format', 'tsv', '--dict', FIXTURE_DICT]);
    const [header, first] = r.stdout.split('\n');
    expect(header!.split('\t').slice(0, 6)).toEqual(['doc_id', 'sentence_index', 'date', 'source', 'target', 'code']);
    expect(first!.split('\t').slice(3, 6)).toEqual(['JPN', 'CHN', '040']);
  });

  it('rejects a malformed --date', () => {
    const r = dyad(['code', jsonl, '--date', '19/01/2003', '--dict', FIXTURE_DICT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date must be YYYY-MM-DD');
  });
});

describe('dyad explain', () => {
  it('shows actors, the patterns tried and why a negated action is not coded', () => {
    const r = dyad(['explain', 'Japan did not attack China.', '--date', '2003-01-19', '--dict', FIXTURE_DICT]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"Japan" → JPN');
    expect(r.stdout).toContain('"fight.attack" matched, not coded: negated by "not"');
    expect(r.stdout).toContain('(none)');
  });
});
