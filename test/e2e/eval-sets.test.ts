/**
 * End-to-end accuracy against the hand-coded seed article and the development sets in ../shared, scored by the
 * judge's own scorer. The floors sit just under what Dyad measures today (README, "Accuracy"), so any change that
 * loses accuracy fails here; raise them as accuracy rises. Skipped (with a message) when ../shared is absent.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, SHARED } from '../helpers.js';
import { codeAndScore } from './score.js';

if (!HAS_SHARED) console.warn('skipping the seed and eval-set accuracy tests: ../shared/eval is not present');

describe.skipIf(!HAS_SHARED)('accuracy on ../shared', () => {
  it('codes the seed article as a trained coder would', () => {
    const s = codeAndScore(join(SHARED, 'seed', 'voa-2003-01-19.txt'), join(SHARED, 'seed', 'voa-2003-01-19.gold.json'));
    expect(s.strict.hit).toBe(9);
    expect(s.strict.precision).toBeGreaterThanOrEqual(0.92);
    expect(s.forbidden).toBe(0);
    expect(s.dates.right).toBe(s.dates.checked);
  });

  it('plover-gsr: strict F1 ≥ 53.5 % (measured 54.0 % on 2026-11-28)', () => {
    const s = codeAndScore(join(SHARED, 'eval', 'plover-gsr.input.jsonl'), join(SHARED, 'eval', 'plover-gsr.gold.json'));
    expect(s.strict.f1).toBeGreaterThanOrEqual(0.535);
  });

  it('plv-train: recall ≥ 68 % (measured 68.4 % on 2026-11-28)', () => {
    const s = codeAndScore(join(SHARED, 'eval', 'plv-train.input.jsonl'), join(SHARED, 'eval', 'plv-train.gold.json'));
    expect(s.strict.recall).toBeGreaterThanOrEqual(0.68);
  });
});
