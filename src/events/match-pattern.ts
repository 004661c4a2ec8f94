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
  /** Token index where the `$` slot sits, or -1. */
  sourceAt: number;
  end: number;
}

/**
 * `limit` is the exclusive end of the window the pattern may use. `skippable[i]` marks words a pattern steps over
 * without saying so (dates and adverbs: "agreed Sunday to", "met separately with").
 */
export function matchPattern(p: EventPattern, tokens: Token[], trigger: number, limit: number, skippable?: boolean[], mentionEnd?: Int32Array): PatternMatch | null {
  const words = [trigger];
  let targetAt = -1;
  let sourceAt = -1;
  const step = (e: number, at: number): number => {
    if (e === p.elements.length) return at;
    const el = p.elements[e]!;
    if (el.type === 'target' || el.type === 'source') {
      if (el.type === 'target') targetAt = at;
      else sourceAt = at;
      // the slot holds the actor's words when one starts there ("urged + to" steps over "North Korea")
      const det = tokens[at]?.pos === 'DET' ? at + 1 : at;
      const over = mentionEnd?.[det] ?? 0;
      if (over > 0 && e + 1 < p.elements.length) {
        const r = step(e + 1, over);
        if (r >= 0) return r;
      }
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
    if (skippable?.[at] && at > trigger) return step(e, at + 1);
    return -1;
  };
  const end = step(0, trigger + 1);
  return end >= 0 ? { words, targetAt, sourceAt, end } : null;
}
