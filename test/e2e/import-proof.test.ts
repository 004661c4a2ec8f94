/**
 * The PETRARCH and TABARI proof (`npm run proof:import`): their validation dictionaries imported with
 * `dyad dict import`, their test records coded from the text. Floors just under today's figures (README,
 * "Accuracy"). Skipped (with a message) when ../shared is absent.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, ROOT } from '../helpers.js';

if (!HAS_SHARED) console.warn('skipping the PETRARCH/TABARI import proof: ../shared/eval is not present');

describe.skipIf(!HAS_SHARED)('dictionaries imported from PETRARCH and TABARI', () => {
  it('reproduces ≥ 70 % of PETRARCH unit-test events and ≥ 47 % of TABARI validation events (measured 71.9 % and 48.4 %)', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'petrarch-proof.ts')], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const shares = [...out.matchAll(/expected events reproduced \(source, target, code\): (\d+)\/(\d+)/g)].map((m) => Number(m[1]) / Number(m[2]));
    expect(shares).toHaveLength(2);
    expect(shares[0]).toBeGreaterThanOrEqual(0.7);
    expect(shares[1]).toBeGreaterThanOrEqual(0.47);
  }, 120_000);
});
