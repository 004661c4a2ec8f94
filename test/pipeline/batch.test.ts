import { describe, expect, it } from 'vitest';
import { inBatches } from '../../src/cli/in-batches.js';
import { matchDictionary } from '../../src/actors/match-dictionary.js';
import { readArticle } from '../../src/pipeline/run-pipeline.js';
import { fixtureCoder } from '../helpers.js';

describe('coding articles in batches', () => {
  const articles = [
    { id: 'a', text: 'Japan met with China on Saturday. The talks ended.', date: '2003-01-19' },
    { id: 'b', text: 'North Korea expelled U.N. inspectors.', date: '2003-01-19' },
    { id: 'bad', text: 'Japan met with China.', date: '2003-02-30' },
    { id: 'c', text: 'Russian troops attacked rebels in Chechnya.', date: '2001-05-02' },
  ];

  it('gives what coding them one by one gives, in order, a failure in its place', () => {
    const coder = fixtureCoder();
    const batch = coder.codeArticles(articles);
    expect(batch).toHaveLength(4);
    articles.forEach((a, i) => {
      const got = batch[i]!;
      if (a.id === 'bad') {
        expect('error' in got && got.error.message).toContain('field "date": "2003-02-30" is not a real day');
        expect('error' in got && got.article.id).toBe('bad');
        return;
      }
      expect('error' in got).toBe(false);
      expect(JSON.stringify(got)).toBe(JSON.stringify(coder.codeArticle(a)));
    });
  });
});

describe('inBatches', () => {
  async function* items(n: number, pauseAfter = -1) {
    for (let i = 0; i < n; i++) {
      if (i === pauseAfter) await new Promise((r) => setTimeout(r, 120));
      yield i;
    }
  }
  const collect = async <T>(it: AsyncIterable<T[]>) => {
    const out: T[][] = [];
    for await (const b of it) out.push(b);
    return out;
  };

  it('closes a batch when it is full and keeps every item in order', async () => {
    expect(await collect(inBatches(items(7), (b) => b.length >= 3))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });

  it('codes what is in hand when the input goes quiet (a trickle on stdin)', async () => {
    expect(await collect(inBatches(items(5, 2), (b) => b.length >= 100, 30))).toEqual([[0, 1], [2, 3, 4]]);
  });

  it('still yields what was read when the source fails, then the failure', async () => {
    async function* failing() {
      yield 0;
      yield 1;
      throw new Error('disk gone');
    }
    const got: number[][] = [];
    await expect(
      (async () => {
        for await (const b of inBatches(failing(), (b) => b.length >= 100)) got.push(b);
      })(),
    ).rejects.toThrow('disk gone');
    expect(got).toEqual([[0, 1]]);
  });

  it('lets the source close when the consumer stops early', async () => {
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; i < 10; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const b of inBatches(source(), (b) => b.length >= 2)) {
      expect(b).toEqual([0, 1]);
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
    expect(closed).toBe(true);
  });

  it('does not hold a steady trickle back longer than the longest wait', async () => {
    async function* trickle() {
      for (let i = 0; i < 8; i++) {
        await new Promise((r) => setTimeout(r, 30));
        yield i;
      }
    }
    const batches: number[][] = [];
    for await (const b of inBatches(trickle(), (b) => b.length >= 100, 50, 100)) batches.push(b);
    expect(batches.flat()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(batches.length).toBeGreaterThan(1);
  });

  it('yields nothing for no input', async () => {
    expect(await collect(inBatches(items(0), () => true))).toEqual([]);
  });
});

describe('the lower-case trie', () => {
  it('finds what the whole trie finds, names only after a capital', () => {
    const dict = fixtureCoder().knowledge.actors;
    let hits = 0;
    for (const text of ['china and japan met officials in turkey.', 'China and Japan met officials in Turkey.', 'The police and north korean troops left.']) {
      for (const s of readArticle({ id: 't', text })) {
        const whole = matchDictionary(dict.trie, s.tokens);
        const split = matchDictionary(dict.trie, s.tokens, dict.lowerTrie);
        expect(split).toEqual(whole);
        hits += whole.length;
      }
    }
    expect(hits).toBeGreaterThanOrEqual(5);
    expect(dict.lowerTrie.next.size).toBeLessThan(dict.trie.next.size);
  });
});
