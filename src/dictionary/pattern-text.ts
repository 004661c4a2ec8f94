/**
 * The text of an event pattern (dictionaries/README.md, events/*.txt) → its trigger and elements.
 *
 *   attack|raid * against +          the trigger first, then what must follow it
 *   fail to [attend] * summit        words before the trigger: the trigger is then written in [ ]
 *   % have [postpone]                % (first, before the trigger): the subject is a compound actor whose members
 *                                    act on each other ("A and B have postponed": A→B and B→A)
 *   =left * for +                    =form: a trigger that is that inflected form itself; its patterns are tried
 *                                    before those of the token's lemma (an imported LEFT beside LEAVE)
 *
 * Before the trigger only words, a|b alternatives and * gaps may stand (the source is the clause subject: no + or $
 * there); they are matched backwards from the trigger, inside its clause (see match-pattern.ts).
 */
import { normalizeWord } from './normalize.js';
import { type Row, fail } from './parse-lines.js';

export type PatternElement = { type: 'word'; words: Set<string>; alts: string[]; text: string } | { type: 'gap' } | { type: 'target' } | { type: 'source' };

export interface PatternText {
  /** Trigger lemmas (alternatives written a|b). */
  triggers: string[];
  /** Triggers written `=form`: that form itself, tried before the token's lemma. */
  forms: string[];
  /** What must come before the trigger, in text order (empty for most patterns). */
  before: PatternElement[];
  /** `%`: the subject must be a compound actor, and its members act on each other. */
  compound: boolean;
  /** What must follow the trigger. */
  elements: PatternElement[];
  /** Literal words needed, before and after: more wins. */
  specificity: number;
  hasTarget: boolean;
  hasSource: boolean;
}

const WORD = /^[\p{L}\p{N}'.&-]+(\|[\p{L}\p{N}'.&-]+)*$/u;

export function parsePatternText(row: Row, pattern: string): PatternText {
  const parts = pattern.split(/\s+/).filter(Boolean);
  const bracketed = parts.findIndex((p) => p.startsWith('['));
  let trigger: string | undefined;
  let beforeParts: string[] = [];
  if (bracketed >= 0) {
    const t = parts[bracketed]!;
    if (!/^\[[^\]]+\]$/.test(t)) fail(row, `"${t}": a trigger after words is written in [ ], one word or a|b alternatives`);
    if (parts.slice(bracketed + 1).some((p) => p.startsWith('['))) fail(row, 'a pattern has one [trigger]');
    trigger = t.slice(1, -1);
    beforeParts = parts.slice(0, bracketed);
    if (!beforeParts.length) fail(row, '[ ] marks a trigger after words; a pattern starting with its trigger needs none');
  } else trigger = parts[0];
  const afterParts = parts.slice(bracketed >= 0 ? bracketed + 1 : 1);
  const alts = (trigger ?? '').split('|');
  if (!trigger || alts.some((a) => !WORD.test(a.replace(/^=/, '')))) fail(row, 'a pattern starts with its trigger word (or a|b alternatives), or with words before a [trigger]');

  let specificity = 0;
  const word = (p: string): PatternElement => {
    if (!WORD.test(p)) fail(row, `"${p}" is not a word, a|b alternatives, *, + or $`);
    specificity++;
    const alts = p.split('|').map(normalizeWord);
    return { type: 'word', words: new Set(alts), alts, text: p };
  };

  // before the trigger: an optional leading %, then words and gaps
  const compound = beforeParts[0] === '%';
  // (a compound subject is one more thing the pattern needs: it comes before the same words without it)
  if (compound) {
    beforeParts.shift();
    specificity++;
  }
  const before: PatternElement[] = [];
  for (const p of beforeParts) {
    if (p === '*') before.push({ type: 'gap' });
    else if (p === '%') fail(row, '% stands first, before the words before the trigger');
    else if (p === '+' || p === '$') fail(row, `${p} cannot stand before the trigger (the source there is the clause subject)`);
    else before.push(word(p));
  }
  if (before[0]?.type === 'gap') fail(row, 'a pattern cannot start with * (a gap needs a word before it)');

  const elements: PatternElement[] = [];
  let targets = 0;
  let sources = 0;
  for (const p of afterParts) {
    if (p === '*') elements.push({ type: 'gap' });
    else if (p === '$') {
      elements.push({ type: 'source' });
      sources++;
    } else if (p === '+') {
      elements.push({ type: 'target' });
      targets++;
    } else if (p === '%') fail(row, '% stands before the trigger (the compound subject)');
    else elements.push(word(p));
  }
  if (targets > 1) fail(row, 'a pattern has at most one +');
  if (sources > 1 || (sources && targets)) fail(row, 'a pattern has at most one $, and not with a +');
  if (elements[elements.length - 1]?.type === 'gap') fail(row, 'a pattern cannot end with *');
  return {
    triggers: alts.filter((a) => !a.startsWith('=')).map(normalizeWord),
    forms: alts.filter((a) => a.startsWith('=')).map((a) => normalizeWord(a.slice(1))),
    before,
    compound,
    elements,
    specificity,
    hasTarget: targets === 1,
    hasSource: sources === 1,
  };
}
