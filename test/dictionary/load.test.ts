import { mkdtempSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/dictionary/knowledge.js';
import { personCode } from '../../src/dictionary/load-actors.js';
import { DictionaryError } from '../../src/dictionary/errors.js';
import { phraseKey } from '../../src/dictionary/normalize.js';
import { FIXTURE_DICT } from '../helpers.js';

function brokenCopy(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
  cpSync(FIXTURE_DICT, dir, { recursive: true });
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
  return dir;
}

describe('loadKnowledge', () => {
  it('compiles the fixture dictionaries', () => {
    const k = loadKnowledge(FIXTURE_DICT);
    expect(k.patterns.verbs.get('meet')!.map((p) => p.id)).toEqual(['consult.meet-with', 'consult.meet']);
    expect(k.codes.get('1662')!.plover).toBe('SANCTION');
    expect(k.codes.get('1662')!.quad).toBe(4);
  });

  it.each([
    ['events/04-consult.txt', 'x.meet | 999 | v | meet |\n', '04-consult.txt:1: unknown CAMEO code "999"'],
    ['events/04-consult.txt', 'x.meet | 040 | q | meet |\n', 'kind must be v or n'],
    ['events/04-consult.txt', 'a | 040 | v | meet |\na | 040 | v | see |\n', 'id "a" is already used'],
    ['actors/countries.txt', 'usa | United States\n', 'countries.txt:1: code "usa" is not a CAMEO actor code'],
    ['actors/people.txt', 'p | Someone | USAGOV | 2005-01-01..2001-01-01 |\n', 'ends before it starts'],
    ['actors/agents.txt', 'GOV minister\n', 'expected 2 to 3 fields'],
  ])('rejects a bad entry in %s with file, line and entry', (file, text, message) => {
    const dir = brokenCopy(file, text);
    expect(() => loadKnowledge(dir)).toThrow(DictionaryError);
    expect(() => loadKnowledge(dir)).toThrow(message);
  });
});

describe('personCode', () => {
  const k = loadKnowledge(FIXTURE_DICT);
  const pell = k.actors.people.get('test-envoy')!;
  it.each([
    ['2003-01-19', 'USAGOV'],
    ['2006-05-01', 'USAELI'],
    ['1999-01-01', 'USA'],
  ])('on %s → %s', (date, code) => {
    expect(personCode(pell, date)).toBe(code);
  });

  it('gives a person out of office the country of the office nearest before the date', () => {
    const kohl = { id: 'k', kind: 'person', code: 'GMWGOV', tenures: [
      { code: 'GMWGOV', from: '1982-10-01', to: '1990-10-02' },
      { code: 'DEUGOV', from: '1990-10-03', to: '1998-10-27' },
    ] } as Parameters<typeof personCode>[0];
    expect(personCode(kohl, '1980-01-01')).toBe('GMW');
    expect(personCode(kohl, '2010-01-01')).toBe('DEU');
  });

  it('gives a person the last office held when the text has no date, not the role after it', () => {
    expect(personCode(pell, undefined)).toBe('USAGOV');
  });
});

describe('phraseKey', () => {
  it('splits the apostrophe of a plural possessive off, as the tokenizer does', () => {
    expect(phraseKey("Kurdistan Workers' Party")).toEqual(['kurdistan', 'workers', "'", 'party']);
    expect(phraseKey("Japan's Foreign Ministry")).toEqual(['japan', "'s", 'foreign', 'ministry']);
  });
});
