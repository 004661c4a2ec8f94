/**
 * Matches a compiled pattern against the words after its trigger (and, for the few patterns that name some, the
 * words before it). Returns where each element matched, so the event can show its trigger spans and find its target
 * at the `+`.
 */
import type { EventPattern } from '../dictionary/event-patterns.js';
import type { Span, Token } from '../model/types.js';

export const GAP = 6;
/** How far back a pattern's words before its trigger may reach (a comma or a hard stop ends it sooner). */
export const BEFORE_WINDOW = 12;

/**
 * A few words: at most this many are compared one by one rather than looked up. The patterns' sets and maps are
 * seldom in the CPU cache (the NLP pass between two articles evicts them), and a hash lookup then costs far more
 * than a few string comparisons.
 */
export const FEW = 4;

/** Whether a token (its word or its lemma) is one of `alts`, which `words` holds as a set. */
export function isWordOf(alts: string[], words: Set<string>, t: Token): boolean {
  if (alts.length > FEW) return words.has(t.lower) || (t.lemma !== t.lower && words.has(t.lemma));
  for (const w of alts) if (t.lower === w || t.lemma === w) return true;
  return false;
}

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
 * without saying so (dates and adverbs: "agreed Sunday to", "met separately with"). `mentionAt[i]`, the mention
 * covering token i, lets a `+` or `$` slot step over the actor phrase that starts there.
 */
export function matchPattern(p: EventPattern, tokens: Token[], trigger: number, limit: number, skippable?: boolean[], mentionAt?: (Span | undefined)[], floor = 0): PatternMatch | null {
  const state: State = { p, tokens, trigger, limit, skippable, mentionAt, words: [trigger], targetAt: -1, sourceAt: -1 };
  const end = step(state, 0, trigger + 1);
  if (end < 0) return null;
  // words before the trigger: matched backwards from it, no further back than `floor` (the caller's clause window)
  if (p.before.length && !stepBack(p, tokens, state.words, p.before.length - 1, trigger - 1, floor)) return null;
  return { words: state.words, targetAt: state.targetAt, sourceAt: state.sourceAt, end };
}

/**
 * Matches before-elements `e`, `e-1`, … ending at token `at` (the word just before the trigger first). Words joined
 * without a `*` are adjacent: nothing is stepped over before a trigger, so "will [attend]" is not "will not attend".
 */
function stepBack(p: EventPattern, tokens: Token[], words: number[], e: number, at: number, floor: number): boolean {
  if (e < 0) return true;
  const el = p.before[e]!;
  if (el.type === 'gap') {
    for (let skip = 0; skip <= GAP && at - skip >= floor; skip++) if (stepBack(p, tokens, words, e - 1, at - skip, floor)) return true;
    return false;
  }
  if (at < floor || el.type !== 'word') return false;
  const t = tokens[at]!;
  if (!el.words.has(t.lower) && !el.words.has(t.lemma)) return false;
  words.push(at);
  if (stepBack(p, tokens, words, e - 1, at - 1, floor)) return true;
  words.pop();
  return false;
}

interface State {
  p: EventPattern;
  tokens: Token[];
  trigger: number;
  limit: number;
  skippable: boolean[] | undefined;
  mentionAt: (Span | undefined)[] | undefined;
  words: number[];
  targetAt: number;
  sourceAt: number;
}

/** Matches elements from `e` on at token `at`; returns the end of the match or -1. (Module-level: no closures per call.) */
function step(s: State, e: number, at: number): number {
  const { p, tokens } = s;
  if (e === p.elements.length) return at;
  const el = p.elements[e]!;
  if (el.type === 'target' || el.type === 'source') {
    if (el.type === 'target') s.targetAt = at;
    else s.sourceAt = at;
    // the slot holds the actor's words when one starts there ("urged + to" steps over "North Korea")
    const det = tokens[at]?.pos === 'DET' ? at + 1 : at;
    const m = s.mentionAt?.[det];
    const over = m !== undefined && m.start === det ? m.end : 0;
    if (over > 0 && e + 1 < p.elements.length) {
      const r = step(s, e + 1, over);
      if (r >= 0) return r;
    }
    return step(s, e + 1, at);
  }
  if (el.type === 'gap') {
    for (let skip = 0; skip <= GAP; skip++) {
      const r = step(s, e + 1, at + skip);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (at >= s.limit) return -1;
  const t = tokens[at]!;
  if (isWordOf(el.alts, el.words, t)) {
    s.words.push(at);
    const r = step(s, e + 1, at + 1);
    if (r >= 0) return r;
    s.words.pop();
  }
  if (s.skippable?.[at] && at > s.trigger) return step(s, e, at + 1);
  return -1;
}
