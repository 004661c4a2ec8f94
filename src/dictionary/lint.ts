/**
 * `dyad dict lint`: what the loader accepts but a curator should fix — the same phrase meaning two things,
 * overlapping or conflicting date ranges, a noun under two roles, patterns that can never fire, declared codes no
 * pattern uses.
 * Hard errors (unknown codes, malformed lines) are the loader's: lint runs it first.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DictionaryError } from './errors.js';
import { BEFORE_WINDOW } from '../events/match-pattern.js';
import { EXTRA_CODES_FILE } from './extra-codes.js';
import { type Knowledge, loadKnowledge } from './knowledge.js';
import { list, parseRange, parseRows, type Row } from './parse-lines.js';
import { phraseKey } from './normalize.js';

export interface LintIssue {
  level: 'error' | 'warning';
  where: string;
  message: string;
}

const short = (row: Row) => `${row.file.split('/').slice(-2).join('/')}:${row.line}`;

function rowsOf(dir: string, name: string, min: number, max: number): Row[] {
  const file = join(dir, name);
  return existsSync(file) ? parseRows(readFileSync(file, 'utf8'), file, min, max) : [];
}

export function lintDictionaries(dir: string): LintIssue[] {
  const issues: LintIssue[] = [];
  let k: Knowledge;
  try {
    k = loadKnowledge(dir);
  } catch (e) {
    if (e instanceof DictionaryError) return [{ level: 'error', where: `${e.file}:${e.line}`, message: e.message.split('\n')[0]!.replace(/^[^:]*:\d+: /, '') }];
    throw e;
  }
  const actors = join(dir, 'actors');

  // one phrase, two different actors with overlapping dates: the dictionary cannot decide
  const names = new Map<string, { code: string; from: string; to: string; where: string; id: string }[]>();
  const addName = (phrase: string, code: string, range: { from: string; to: string }, row: Row, id: string) => {
    const key = phraseKey(phrase).join(' ');
    const seen = names.get(key) ?? [];
    for (const s of seen) {
      if (s.id === id) continue;
      if (s.code !== code && s.from <= range.to && range.from <= s.to) {
        issues.push({ level: 'warning', where: short(row), message: `"${phrase}" also names ${s.code} at ${s.where} for overlapping dates` });
      }
    }
    seen.push({ code, ...range, where: short(row), id });
    names.set(key, seen);
  };
  for (const row of rowsOf(actors, 'countries.txt', 2, 6)) {
    const [code, n, adj, caps, valid] = row.fields;
    const range = parseRange(row, valid);
    for (const p of list(n)) addName(p, code!, range, row, `country:${code}`);
    for (const p of list(adj)) addName(p, code!, range, row, `adjective:${code}`);
    for (const p of list(caps)) addName(p, `${code}GOV`, range, row, `capital:${code}`);
  }
  for (const file of ['organizations.txt', 'groups.txt']) {
    for (const row of rowsOf(actors, file, 2, 4)) {
      const [code, n, valid] = row.fields;
      for (const p of list(n)) addName(p, code!, parseRange(row, valid), row, `${file}:${code}`);
    }
  }
  for (const row of rowsOf(actors, 'cities.txt', 2, 3)) addName(row.fields[0]!, row.fields[1]!, { from: '0000-01-01', to: '9999-12-31' }, row, `city:${row.fields[0]}`);

  // people: one id's offices must not overlap with different codes; one name must not be two people
  const tenures = new Map<string, { code: string; from: string; to: string; where: string }[]>();
  const personNames = new Map<string, string>();
  for (const row of rowsOf(actors, 'people.txt', 4, 5)) {
    const [id, n, code, range] = row.fields;
    const r = parseRange(row, range);
    const mine = tenures.get(id!) ?? [];
    for (const t of mine) {
      if (t.code !== code && t.from <= r.to && r.from <= t.to) issues.push({ level: 'warning', where: short(row), message: `${id}: ${code} ${r.from}..${r.to} overlaps ${t.code} at ${t.where}` });
    }
    mine.push({ code: code!, ...r, where: short(row) });
    tenures.set(id!, mine);
    for (const p of list(n)) {
      const key = phraseKey(p).join(' ');
      const other = personNames.get(key);
      if (other && other !== id) issues.push({ level: 'warning', where: short(row), message: `"${p}" names both ${id} and ${other}` });
      personNames.set(key, id!);
    }
  }

  // agents: one noun, one role
  const nouns = new Map<string, string>();
  for (const row of rowsOf(actors, 'agents.txt', 2, 3)) {
    for (const noun of list(row.fields[1])) {
      const key = phraseKey(noun).join(' ');
      const before = nouns.get(key);
      if (before) issues.push({ level: 'warning', where: short(row), message: `agent "${noun}" is listed twice (also ${before})` });
      else nouns.set(key, `${row.fields[0]} at ${short(row)}`);
    }
  }

  // patterns: an identical pattern earlier wins, so the later one never fires
  const patterns = new Map<string, { code: string; where: string }>();
  const events = join(dir, 'events');
  for (const f of existsSync(events) ? readdirSync(events).filter((x) => /^\d\d-.*\.txt$/.test(x)).sort() : []) {
    for (const row of rowsOf(events, f, 4, 5)) {
      const [, code, kind, pattern] = row.fields;
      const key = `${kind} ${pattern!.trim().toLowerCase().split(/\s+/).join(' ')}`;
      const before = patterns.get(key);
      if (before) {
        issues.push({ level: before.code === code ? 'warning' : 'error', where: short(row), message: `pattern "${pattern}" (${code}) is unreachable: the same pattern at ${before.where} gives ${before.code}` });
      } else patterns.set(key, { code: code!, where: short(row) });
    }
  }
  issues.push(...lintPatternFeatures(k, dir));
  return issues;
}

/**
 * What the loader accepts in the newer pattern features but cannot work: words before a trigger that cannot fit in
 * the look-back window, and a folder's own codes (cameo/extra-codes.txt) that no pattern uses.
 */
function lintPatternFeatures(k: Knowledge, dir: string): LintIssue[] {
  const issues: LintIssue[] = [];
  const used = new Set<string>();
  for (const p of k.patterns.all) {
    used.add(p.code);
    if (p.reverseCode) used.add(p.reverseCode);
    const words = p.before.filter((el) => el.type === 'word').length;
    if (words > BEFORE_WINDOW) issues.push({ level: 'warning', where: p.where, message: `pattern "${p.source}" needs ${words} words before its trigger; the coder looks back ${BEFORE_WINDOW}: it never fires` });
  }
  const extra = join(dir, 'cameo', EXTRA_CODES_FILE);
  for (const row of rowsOf(join(dir, 'cameo'), EXTRA_CODES_FILE, 2, 3)) {
    if (!used.has(row.fields[0]!)) issues.push({ level: 'warning', where: short(row), message: `code ${row.fields[0]} is declared in ${extra.split('/').slice(-2).join('/')} but no pattern uses it` });
  }
  return issues;
}
