import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../src/eval/gold.js';
import { actorMatches, normalizeActor } from '../../src/eval/match-actors.js';
import { scoreEvents } from '../../src/eval/score-events.js';
import { articlesOf } from '../e2e/score.js';
import { HAS_SHARED, SHARED, bundledCoder } from '../helpers.js';

describe('actor matching (the evaluation README rules)', () => {
  it.each([
    ['USAGOV', 'USAGOV', true, true],
    ['USAGOV', 'USA', false, true],
    ['USA', 'USAGOV', true, true],
    ['IGOUNO', 'IGOUNOIAE', false, true],
    ['ISR***', 'ISRMIL', true, true],
    ['BIHCIVsrp', 'BIHCVL', true, true],
    ['JAP', 'JPN', true, true],
    ['PRK', 'KOR', false, false],
  ])('gold %s vs coded %s: strict %s, lenient %s', (gold, coded, strict, lenient) => {
    expect(actorMatches(normalizeActor(gold), normalizeActor(coded), true)).toBe(strict);
    expect(actorMatches(normalizeActor(gold), normalizeActor(coded), false)).toBe(lenient);
  });
});

describe.skipIf(!HAS_SHARED)('dyad eval agrees with ../shared/eval/score.mjs', () => {
  it.each(['seed/voa-2003-01-19', 'eval/plover-gsr'])('%s', (name) => {
    const goldPath = join(SHARED, `${name}.gold.json`);
    const input = name.startsWith('seed') ? join(SHARED, `${name}.txt`) : join(SHARED, `${name}.input.jsonl`);
    const events = articlesOf(input).flatMap((a) => bundledCoder().codeArticle(a).events);
    const file = join(mkdtempSync(join(tmpdir(), 'dyad-eval-')), 'e.jsonl');
    writeFileSync(file, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const theirs = JSON.parse(execFileSync(process.execPath, [join(SHARED, 'eval', 'score.mjs'), goldPath, file, '--json'], { encoding: 'utf8' }));
    const ours = scoreEvents(readGold(goldPath), events);
    expect([ours.strict.hit, ours.strict.matched, ours.strict.total, ours.forbidden.length]).toEqual([theirs.strict.hit, Math.round(theirs.strict.precision * theirs.strict.events), theirs.strict.events, theirs.forbidden]);
    expect(ours.lenient.recall).toBeCloseTo(theirs.lenient.recall, 10);
  });
});
