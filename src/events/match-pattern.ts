/**
 * Matches a compiled pattern against the words after its trigger. Returns where each element matched, so the event
 * can show its trigger spans and find its target at the `+`.
 */
import type { EventPattern } from '../dictionary/event-patterns.js';
import type { Token } from '../model/types.js';

export const GAP = 6;

export interface PatternMatch {
  /** Token indexes of the literal words matched (the trigger first). */
  words: number[];
  /** Token index where the `+` slot sits, or -1. */
  targetAt: number;
  end: number;
}

/** `limit` is the exclusive end of the window the pattern may use. */
export function matchPattern(p: EventPattern, tokens: Token[], trigger: number, limit: number): PatternMatch | null {
  const words = [trigger];
  let targetAt = -1;
  const step = (e: number, at: number): number => {
    if (e === p.elements.length) return at;
    const el = p.elements[e]!;
    if (el.type === 'target') {
      targetAt = at;
      return step(e + 1, at);
    }
    if (el.type === 'gap') {
      for (let skip = 0; skip <= GAP; skip++) {
        const r = step(e + 1, at + skip);
        if (r >= 0) return r;
      }
      return -1;
    }
    if (at >= limit) return -1;
    const t = tokens[at]!;
    if (el.words.has(t.lower) || el.words.has(t.lemma)) {
      words.push(at);
      const r = step(e + 1, at + 1);
      if (r >= 0) return r;
      words.pop();
    }
    return -1;
  };
  const end = step(0, trigger + 1);
  return end >= 0 ? { words, targetAt, end } : null;
}
