/**
 * Longest-match lookup of dictionary phrases over a sentence's tokens. Each position tries the surface form and the
 * lemma (so "officials" finds "official"); hyphen tokens are skipped because dictionary keys have none.
 */
import { isHyphen } from '../text/token-shapes.js';
import type { ActorEntry, TrieNode } from '../dictionary/actor-entries.js';
import type { Token } from '../model/types.js';

export interface DictionaryHit {
  start: number;
  end: number;
  entries: ActorEntry[];
}


/** The keys a token may match: normal form, lemma, and the exact form for all-capital entries ("US" ≠ "us"). */
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

function tokenKeys(t: Token, index: number): string[] {
  const lower = t.lower;
  const out = [lower];
  if (t.cap && TWO_CAPITALS.test(t.text)) out.push(`=${t.text}`);
  if (t.lemma && t.lemma !== lower) out.push(t.lemma);
  // the tagger leaves some plurals unlemmatised ("Teachers" opening a sentence, "jihadists"): try the singular
  // (not for names inside a sentence: "Hamas" is not a plural of "Hama")
  else if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && (!t.cap || index === 0)) {
    out.push(lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1));
    if (/(ch|sh|x|ss)es$/.test(lower)) out.push(lower.slice(0, -2));
  }
  return out;
}

/** Names are proper nouns: "turkey" or "china" in lower case are not countries. */
const NAMES = new Set(['person', 'country', 'capital', 'city', 'organization', 'group']);

/** Walks the trie from `start`; returns the longest phrase ending with entries. */
function longestAt(trie: TrieNode, tokens: Token[], keys: string[][], start: number): DictionaryHit | null {
  // most tokens start no phrase: answer those without allocating
  if (!keys[start]!.some((k) => trie.next.has(k))) return null;
  let frontier: TrieNode[] = [trie];
  let best: DictionaryHit | null = null;
  for (let i = start; i < tokens.length && frontier.length; i++) {
    const t = tokens[i]!;
    if (i > start && isHyphen(t.text)) continue;
    const next: TrieNode[] = [];
    for (const node of frontier) {
      for (const k of keys[i]!) {
        const child = node.next.get(k);
        if (child && !next.includes(child)) next.push(child);
      }
    }
    frontier = next;
    for (const node of frontier) {
      if (!node.entries.length) continue;
      const first = tokens[start]!;
      const verb = i === start && (first.pos === 'VERB' || first.pos === 'AUX');
      let entries = node.entries;
      // names are proper nouns ("china" is not China); a verb is not a role word ("rioted" is not the modifier "riot")
      // (but "Ousted President X": a participle written as the modifier itself, before a noun, is that modifier)
      const participle = verb && i === start && trie.next.has(first.lower) && /^(NOUN|PROPN|ADJ)$/.test(tokens[start + 1]?.pos ?? '');
      if (!first.cap || verb) entries = entries.filter((e) => (NAMES.has(e.kind) ? first.cap : !verb || (participle && e.kind === 'modifier')));
      if (entries.length) best = { start, end: i + 1, entries };
    }
  }
  return best;
}

export function matchDictionary(trie: TrieNode, tokens: Token[]): DictionaryHit[] {
  const hits: DictionaryHit[] = [];
  const keys = tokens.map((t, i) => tokenKeys(t, i));
  for (let i = 0; i < tokens.length; ) {
    const hit = longestAt(trie, tokens, keys, i);
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i++;
  }
  return hits;
}
