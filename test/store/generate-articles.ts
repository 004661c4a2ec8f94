/**
 * Writes small made-up news dispatches for ingest tests: a tiny world of the fixture dictionary's actors, varied
 * by a seeded generator so every run writes the same files, and each text unique (it carries its serial number).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ACTORS = ['Japan', 'China', 'Russia', 'North Korea', 'South Korea', 'the United States', 'the United Nations'];
const ACTIONS = [
  (a: string, b: string) => `${a} met with ${b} on Saturday.`,
  (a: string, b: string) => `Officials from ${a} flew to ${b} for talks.`,
  (a: string, b: string) => `${a} will support ${b} in the coming weeks.`,
  (a: string, b: string) => `${a} ruled out new talks with ${b}.`,
  (a: string, b: string) => `${a} attacked ${b} near the border.`,
  (a: string, b: string) => `${a} agreed to provide aid to ${b}.`,
];
const FILLER = ['The weather in the capital was mild.', 'Markets were calm during the day.', 'Reporters waited outside the hall.', 'No further details were given.'];

/** A small deterministic generator (mulberry32), so failures reproduce. Shared by the tests that need one. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function dispatch(n: number, rnd: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const day = 1 + (n % 28);
  const lines: string[] = [`Dispatch ${n} - 2003-02-${String(day).padStart(2, '0')}`, ''];
  const count = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < count; i++) {
    const a = pick(ACTORS);
    let b = pick(ACTORS);
    if (b === a) b = ACTORS[(ACTORS.indexOf(a) + 1) % ACTORS.length]!;
    const s = pick(ACTIONS)(a, b);
    lines.push(s[0]!.toUpperCase() + s.slice(1));
  }
  lines.push(pick(FILLER), `This is report number ${n}.`);
  return lines.join('\n') + '\n';
}

/** Writes `count` dispatches as .txt files in 20 sub-folders of `dir`; returns the files. */
export function generateArticles(dir: string, count: number, seed = 7): string[] {
  const rnd = random(seed);
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const sub = join(dir, `batch-${String(n % 20).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    const f = join(sub, `dispatch-${String(n).padStart(5, '0')}.txt`);
    writeFileSync(f, dispatch(n, rnd));
    files.push(f);
  }
  return files;
}
