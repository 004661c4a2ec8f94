/**
 * Longest-match lookup of dictionary phrases over a sentence's tokens. Each position tries the surface form and the
 * lemma (so "officials" finds "official"); hyphen tokens are skipped because dictionary keys have none.
 */
import { isHyphen } from '../text/token-shapes.js';
import { type ActorEntry, NAME_KINDS, type TrieNode } from '../dictionary/actor-entries.js';
import type { Token } from '../model/types.js';

export interface DictionaryHit {
  start: number;
  end: number;
  entries: ActorEntry[];
}

const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const SIBILANT_PLURAL = /(ch|sh|x|ss)es$/;

/** Whether a word has two capital letters ("US", "McCain"); ASCII words are counted without the Unicode regex. */
function twoCapitals(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || c === 10 || c === 13) return TWO_CAPITALS.test(text);
    if (c >= 65 && c <= 90 && ++capitals === 2) return true;
  }
  return false;
}


/** The entries a phrase starting with `first` may stand for (all of them, unfiltered, in the common case). */
function admissible(entries: ActorEntry[], first: Token, verb: boolean, participle: boolean): ActorEntry[] {
  // names are proper nouns ("china" is not China); a verb is not a role word ("rioted" is not the modifier "riot")
  if (first.cap && !verb) return entries;
  let kept = 0;
  for (const e of entries) if (admits(e, first, verb, participle)) kept++;
  return kept === entries.length ? entries : entries.filter((e) => admits(e, first, verb, participle));
}

// (but "Ousted President X": a participle written as the modifier itself, before a noun, is that modifier)
function admits(e: ActorEntry, first: Token, verb: boolean, participle: boolean): boolean {
  // a capitalised nationality the tagger read as a verb ("opposed to French mediation") is still the nationality
  if (e.kind === 'adjective' && first.cap) return true;
  return NAME_KINDS.has(e.kind) ? first.cap : !verb || (participle && e.kind === 'modifier');
}

/**
 * The longest phrase that starts at `start` and continues from `node` with token i (hyphens are stepped over); of
 * equally long ones, the last found. Depth first, so a walk allocates nothing but the hits it finds.
 *
 * A token may match by several keys, tried in this order: its normal form; its exact form when it has two capitals,
 * for all-capital entries ("US" is not "us"); its lemma (so "officials" finds "official"), or when the tagger left a
 * plural unlemmatised ("Teachers" opening a sentence, "jihadists") its singular, with and without "-es". (The keys
 * differ from each other, so no trie node is reached twice.)
 */
function longestFrom(node: TrieNode, tokens: Token[], start: number, i: number): DictionaryHit | null {
  if (node.next.size === 0) return null;
  while (i > start && i < tokens.length && isHyphen(tokens[i]!.text)) i++;
  if (i >= tokens.length) return null;
  const t = tokens[i]!;
  const lower = t.lower;
  let best = follow(node, lower, tokens, start, i, null);
  if (t.cap && twoCapitals(t.text)) best = follow(node, `=${t.text}`, tokens, start, i, best);
  if (t.lemma && t.lemma !== lower) best = follow(node, t.lemma, tokens, start, i, best);
  // (no singular for a name inside a sentence: "Hamas" is not a plural of "Hama")
  else if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && (!t.cap || i === 0)) {
    best = follow(node, lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1), tokens, start, i, best);
    if (SIBILANT_PLURAL.test(lower)) best = follow(node, lower.slice(0, -2), tokens, start, i, best);
  }
  // the tokenizer keeps some hyphenated words whole ("Vice-President"): its parts walk the phrase's words
  if (lower.length > 2 && lower.includes('-')) best = followParts(node, lower, tokens, start, i, best);
  return best;
}

function followParts(node: TrieNode, lower: string, tokens: Token[], start: number, i: number, best: DictionaryHit | null): DictionaryHit | null {
  let at: TrieNode | undefined = node;
  for (const part of lower.split('-')) {
    if (part) at = at.next.get(part);
    if (!at) return best;
  }
  if (at === node) return best;
  const found = longestFrom(at, tokens, start, i + 1) ?? endingAt(at, tokens, start, i, true);
  return longer(found, best);
}

/** Steps from `node` by `key` (a key of token i) and on: the longer of what it finds and `best` (the new one if as long). */
function follow(node: TrieNode, key: string, tokens: Token[], start: number, i: number, best: DictionaryHit | null): DictionaryHit | null {
  const child = node.next.get(key);
  if (!child) return best;
  const found = longestFrom(child, tokens, start, i + 1) ?? endingAt(child, tokens, start, i, key === tokens[i]!.lower);
  return longer(found, best);
}

/** The longer of two hits; the newer (`found`) when they are as long. */
function longer(found: DictionaryHit | null, best: DictionaryHit | null): DictionaryHit | null {
  return found && (!best || found.end >= best.end) ? found : best;
}

/** The phrase from `start` to token i, if `node` (reached by its words) holds entries its first word admits. */
function endingAt(node: TrieNode, tokens: Token[], start: number, i: number, surface: boolean): DictionaryHit | null {
  if (!node.entries.length) return null;
  const first = tokens[start]!;
  const verb = i === start && (first.pos === 'VERB' || first.pos === 'AUX');
  const participle = verb && surface && /^(NOUN|PROPN|ADJ)$/.test(tokens[start + 1]?.pos ?? '');
  const entries = admissible(node.entries, first, verb, participle);
  return entries.length ? { start, end: i + 1, entries } : null;
}

/**
 * `lowerTrie` holds the phrases a word that is not capitalised may start (no names): the same hits as `trie` alone,
 * since admissible() drops names after such a word anyway, from a far smaller map.
 */
export function matchDictionary(trie: TrieNode, tokens: Token[], lowerTrie: TrieNode = trie): DictionaryHit[] {
  const hits: DictionaryHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = longestFrom(tokens[i]!.cap ? trie : lowerTrie, tokens, i, i);
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i++;
  }
  return hits;
}
