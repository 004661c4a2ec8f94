/**
 * The pattern syntax beyond "trigger, then what follows": words before a [trigger], `%`, `=form`, paired codes, and
 * a folder's own codes (cameo/extra-codes.txt) — what the loader accepts, what it refuses, and what lint flags.
 */
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DictionaryError } from '../../src/dictionary/errors.js';
import { loadKnowledge } from '../../src/dictionary/knowledge.js';
import { lintDictionaries } from '../../src/dictionary/lint.js';
import { parsePatternText } from '../../src/dictionary/pattern-text.js';
import { FIXTURE_DICT } from '../helpers.js';

const row = (raw: string) => ({ file: '/x/events/04-test.txt', line: 7, raw, fields: [] });
const parse = (text: string) => parsePatternText(row(text), text);
const words = (els: ReturnType<typeof parse>['before']) => els.map((e) => (e.type === 'word' ? e.text : e.type));

describe('parsePatternText', () => {
  it('reads a pattern starting with its trigger as before', () => {
    const p = parse('meet|see with +');
    expect(p).toMatchObject({ triggers: ['meet', 'see'], forms: [], before: [], compound: false, specificity: 1, hasTarget: true });
  });

  it('reads words before a [trigger], which count towards specificity', () => {
    const p = parse('fail to [attend] * summit');
    expect(p.triggers).toEqual(['attend']);
    expect(words(p.before)).toEqual(['fail', 'to']);
    expect(words(p.elements)).toEqual(['gap', 'summit']);
    expect(p.specificity).toBe(3);
    expect(words(parse('say * would|will [attack]').before)).toEqual(['say', 'gap', 'would|will']);
  });

  it('reads % (a compound subject) and =form triggers', () => {
    expect(parse('% have [postpone]')).toMatchObject({ compound: true, triggers: ['postpone'] });
    expect(parse('% [quarrel]')).toMatchObject({ compound: true, before: [] });
    expect(parse('=left|depart for +')).toMatchObject({ triggers: ['depart'], forms: ['left'] });
    expect(parse('soon [=left]')).toMatchObject({ triggers: [], forms: ['left'] });
  });

  it.each([
    ['[attend] summit', '[ ] marks a trigger after words'],
    ['* said [attend]', 'cannot start with *'],
    ['said + [attend]', '+ cannot stand before the trigger'],
    ['said $ [attend]', '$ cannot stand before the trigger'],
    ['said % [attend]', '% stands first'],
    ['said [attend] [meet]', 'one [trigger]'],
    ['said [attend', 'written in [ ]'],
    ['meet with %', '% stands before the trigger'],
    ['said [at*tend]', 'starts with its trigger word'],
  ])('refuses "%s"', (text, message) => {
    expect(() => parse(text)).toThrow(DictionaryError);
    expect(() => parse(text)).toThrow(message);
  });
});

function copy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-syntax-'));
  cpSync(FIXTURE_DICT, dir, { recursive: true });
  edit(dir);
  return dir;
}
const addPattern = (line: string) => (dir: string) => appendFileSync(join(dir, 'events', '19-fight.txt'), `${line}\n`);
const extraCodes = (text: string) => (dir: string) => writeFileSync(join(dir, 'cameo', 'extra-codes.txt'), text);

describe('paired codes and a folder’s own codes', () => {
  it('loads a paired code and a declared code of the folder’s own', () => {
    const dir = copy((d) => {
      addPattern('fight.visit | 042:043 | v | visit + |')(d);
      addPattern('fight.raid | 223 | v | raid + |')(d);
      extraCodes('223 | Air raid (test code) |\n')(d);
    });
    const k = loadKnowledge(dir);
    expect(k.patterns.verbs.get('visit')![0]).toMatchObject({ code: '042', reverseCode: '043' });
    expect(k.codes.get('223')).toMatchObject({ cameo: false, goldstein: null, plover: null, root: '22', quad: 0 });
    expect(lintDictionaries(dir).filter((i) => i.level === 'error')).toEqual([]);
  });

  it.each([
    [addPattern('fight.visit | 042:999 | v | visit + |'), 'unknown CAMEO code "999" (the reverse event of 042:999)'],
    [addPattern('fight.visit | 042:043:044 | v | visit + |'), 'a paired code is A:B'],
    [extraCodes('190 | Attack again |\n'), '190 is a CAMEO code'],
    [extraCodes('22X3 | Odd |\n'), 'is not an event code'],
    [extraCodes('223 | Raid |\n223 | Raid again |\n'), '223 is listed twice'],
  ])('refuses a bad entry (%#)', (edit, message) => {
    const dir = copy(edit);
    expect(() => loadKnowledge(dir)).toThrow(DictionaryError);
    expect(() => loadKnowledge(dir)).toThrow(message);
  });

  it('lint still flags a code the folder does not declare', () => {
    const dir = copy(addPattern('fight.raid | 223 | v | raid + |'));
    expect(lintDictionaries(dir)).toEqual([{ level: 'error', where: expect.stringMatching(/19-fight.txt:\d+$/), message: 'unknown CAMEO code "223"' }]);
  });

  it('lint warns of a declared code no pattern uses, and of words before a trigger that cannot fit its window', () => {
    const dir = copy((d) => {
      extraCodes('223 | Air raid (test code) |\n')(d);
      addPattern('fight.long | 190 | v | a b c d e f g h i j k l m [attack] |')(d);
    });
    const issues = lintDictionaries(dir).map((i) => `${i.level} ${i.where.split('/').pop()} ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^warning extra-codes.txt:1 code 223 is declared in cameo\/extra-codes.txt but no pattern uses it/),
        expect.stringMatching(/^warning 19-fight.txt:\d+ pattern ".*" needs 13 words before its trigger; the coder looks back 12: it never fires/),
      ]),
    );
  });
});
