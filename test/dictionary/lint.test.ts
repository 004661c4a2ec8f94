import { cpSync, mkdtempSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDictionaryDir } from '../../src/dictionary/knowledge.js';
import { lintDictionaries } from '../../src/dictionary/lint.js';
import { FIXTURE_DICT } from '../helpers.js';

describe('dyad dict lint', () => {
  it('finds no errors in the bundled dictionaries', () => {
    const errors = lintDictionaries(defaultDictionaryDir()).filter((i) => i.level === 'error');
    expect(errors).toEqual([]);
  });

  it('flags names meaning two things, overlapping offices, duplicate nouns and unreachable patterns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-lint-'));
    cpSync(FIXTURE_DICT, dir, { recursive: true });
    appendFileSync(join(dir, 'actors', 'organizations.txt'), 'IGOXYZ | Kremlin | |\n');
    appendFileSync(join(dir, 'actors', 'people.txt'), 'test-envoy | Arthur Pell | USAMIL | 2003-01-01..2003-06-01 | overlaps\n');
    appendFileSync(join(dir, 'actors', 'agents.txt'), 'MIL | envoy\n');
    appendFileSync(join(dir, 'events', '19-fight.txt'), 'fight.attack-again | 193 | v | attack |\n');
    const issues = lintDictionaries(dir).map((i) => `${i.level} ${i.where.split('/').pop()} ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^warning organizations.txt:\d+ "Kremlin" also names RUSGOV/),
        expect.stringMatching(/^warning people.txt:\d+ test-envoy: USAMIL 2003-01-01..2003-06-01 overlaps USAGOV/),
        expect.stringMatching(/^warning agents.txt:\d+ agent "envoy" is listed twice/),
        expect.stringMatching(/^error 19-fight.txt:\d+ pattern "attack" \(193\) is unreachable: the same pattern at .* gives 190/),
      ]),
    );
  });

  it('reports a loader error with its file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-lint-'));
    cpSync(FIXTURE_DICT, dir, { recursive: true });
    appendFileSync(join(dir, 'events', '19-fight.txt'), 'fight.bad | 999 | v | attack |\n');
    expect(lintDictionaries(dir)).toEqual([{ level: 'error', where: expect.stringMatching(/19-fight.txt:\d+$/), message: 'unknown CAMEO code "999"' }]);
  });
});
