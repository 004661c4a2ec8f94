/** The dashboard's pure parts: cutting a sentence at span edges, period ranges; and its source hygiene. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { periodRange } from '../../web/src/format.js';
import { segments } from '../../web/src/highlight.js';
import { ROOT } from '../helpers.js';

describe('segments', () => {
  it.each([
    ['no spans', 'Japan met China.', [], [['Japan met China.', '']]],
    [
      'source, trigger, target',
      'Japan met China.',
      [
        { kind: 'source', start: 0, end: 5 },
        { kind: 'trigger', start: 6, end: 9 },
        { kind: 'target', start: 10, end: 15 },
      ],
      [['Japan', 'source'], [' ', ''], ['met', 'trigger'], [' ', ''], ['China', 'target'], ['.', '']],
    ],
    [
      'a trigger inside a target',
      'expel UN inspectors',
      [
        { kind: 'target', start: 6, end: 19 },
        { kind: 'trigger', start: 9, end: 19 },
      ],
      [['expel ', ''], ['UN ', 'target'], ['inspectors', 'target+trigger']],
    ],
    ['spans out of range are ignored', 'abc', [{ kind: 'source', start: 2, end: 9 }], [['abc', '']]],
  ] as const)('%s', (_name, text, spans, want) => {
    const got = segments(text, [...spans]).map((s) => [s.text, s.kinds.join('+')]);
    expect(got).toEqual(want);
    expect(got.map(([t]) => t).join('')).toBe(text);
  });
});

describe('periodRange', () => {
  it.each([
    ['2003-02', 'month', '2003-02-01', '2003-02-28'],
    ['2004-02', 'month', '2004-02-01', '2004-02-29'],
    ['2002-12-30', 'week', '2002-12-30', '2003-01-05'],
    ['2003-01-18', 'day', '2003-01-18', '2003-01-18'],
  ] as const)('%s by %s', (period, interval, from, to) => {
    expect(periodRange(period, interval)).toEqual({ from, to });
  });
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe('dashboard sources', () => {
  const sources = files(join(ROOT, 'web', 'src')).filter((f) => f.endsWith('.ts'));

  it('never turn text into HTML', () => {
    for (const f of sources) {
      const text = readFileSync(f, 'utf8');
      expect(text, relative(ROOT, f)).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|createContextualFragment/);
    }
  });

  it('import nothing from the server side', () => {
    for (const f of sources) {
      for (const m of readFileSync(f, 'utf8').matchAll(/from\s+'([^']+)'/g)) {
        const spec = m[1]!;
        expect(spec.startsWith('./') || spec.startsWith('../') ? relative(join(ROOT, 'web'), join(f, '..', spec)).startsWith('..') : !['chart.js', 'cytoscape'].includes(spec), `${relative(ROOT, f)}: ${spec}`).toBe(false);
      }
    }
  });
});
