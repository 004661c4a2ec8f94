/**
 * The coder must survive anything: 10,000 random and adversarial sentences (token soup from the dictionaries'
 * own words, punctuation storms, markup, odd Unicode, very long words and sentences) code without an exception,
 * and no sentence may take pathologically long (a guard against runaway backtracking in pattern gaps).
 */
import { describe, expect, it } from 'vitest';
import { bundledCoder } from '../helpers.js';
import { random as rng } from '../store/generate-articles.js';

const WORDS = [
  'North', 'Korea', 'the', 'United', 'States', 'Japan', "'s", 'foreign', 'minister', 'met', 'with', 'attacked', 'did', 'not',
  'will', 'would', 'if', 'unless', 'agreed', 'to', 'talks', 'on', 'Saturday', 'he', 'it', 'they', 'and', ',', 'by', 'rebels',
  'police', 'expelled', 'inspectors', 'U.N.', 'aid', 'cut', 'threatened', 'refused', 'that', 'demanded', '(', ')', '"', '-',
  'Mr.', 'Kelly', 'Pyongyang', 'Kremlin', 'White', 'House', 'no', 'intention', 'of', 'invading', 'said', 'Iran-backed',
];
const ODD = ['\u0000', '\uFFFD', '\u202E', '\u200B', '😀', 'ﬁ', 'Ω', '\t', '\n', '<script>alert(1)</script>', '&amp;', '%s', '${x}', '\\', '…', '—', '¿', 'İ', 'ß', '١٢٣'];

function sentence(r: () => number): string {
  const kind = Math.floor(r() * 6);
  const n = 1 + Math.floor(r() * (kind === 5 ? 120 : 40));
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (kind === 0) parts.push(WORDS[Math.floor(x * WORDS.length)]!);
    else if (kind === 1) parts.push(x < 0.7 ? WORDS[Math.floor(r() * WORDS.length)]! : ODD[Math.floor(r() * ODD.length)]!);
    else if (kind === 2) parts.push('.,;:!?()"\''.charAt(Math.floor(x * 10)).repeat(1 + Math.floor(r() * 5)));
    else if (kind === 3) parts.push('a'.repeat(1 + Math.floor(x * 3000)));
    else if (kind === 4) parts.push(String.fromCharCode(32 + Math.floor(x * 0x2fff)));
    else parts.push(WORDS[Math.floor(x * WORDS.length)]!);
  }
  return parts.join(r() < 0.5 ? ' ' : '');
}

describe('fuzzing the coder', () => {
  it('codes 10,000 random and adversarial sentences without an exception or a runaway sentence', async () => {
    const r = rng(20261128);
    const coder = bundledCoder();
    let worst = 0;
    let worstText = '';
    let events = 0;
    for (let i = 0; i < 10_000; i++) {
      // let the test runner breathe: this loop is long and synchronous
      if (i % 500 === 0) await new Promise((done) => setImmediate(done));
      const text = sentence(r);
      const t = performance.now();
      events += coder.codeText(text, { date: '2003-01-19', id: `fuzz-${i}` }).length;
      const ms = performance.now() - t;
      if (ms > worst) {
        worst = ms;
        worstText = text.slice(0, 80);
      }
    }
    // generous on purpose (a shared CI machine): what it catches is exponential blow-up, which takes seconds
    expect(worst, `slowest input: ${JSON.stringify(worstText)}`).toBeLessThan(2000);
    expect(events).toBeGreaterThan(0);
  }, 300_000);

  it('returns well-formed events for adversarial input', () => {
    const events = bundledCoder().codeText('<b>North Korea</b> expelled "U.N." inspectors\u0000 on Saturday…', { date: '2003-01-19' });
    for (const e of events) {
      expect(e.code).toMatch(/^\d{2,4}$/);
      expect(e.sentence.length).toBeGreaterThan(0);
      for (const span of e.evidence.trigger) expect(e.sentence.slice(span.start, span.end)).toBe(span.text);
    }
  });
});
