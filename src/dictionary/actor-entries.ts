/** What the actor dictionaries compile to: entries keyed by the words that name them. */

export type ActorEntryKind =
  | 'country' // a country's name → bare code
  | 'adjective' // "Japanese" → bare code, and the country of an agent noun after it
  | 'capital' // "Pyongyang", "the White House" → code + GOV
  | 'city' // a non-capital place → bare code
  | 'organization'
  | 'group'
  | 'person'
  | 'agent' // a role noun → role code
  | 'modifier' // a word that changes an agent noun's role
  | 'descriptor'; // "the communist nation" → a candidate already talked about

export interface ActorEntry {
  id: string;
  kind: ActorEntryKind;
  /** Country/organisation code (with roles for capitals), or the role for agents and modifiers ('' = keep). */
  code: string;
  from: string;
  to: string;
  /** Descriptors: codes they may stand for, most likely first. */
  candidates?: string[];
  /** People: their offices. */
  tenures?: { code: string; from: string; to: string }[];
  /** For messages: the file and line it came from. */
  where: string;
}

/**
 * Every entry is made here, with its fields in one order (absent ones undefined): entries of every kind then share
 * one object layout, which keeps the coder's reads of them — in its hottest loops — fast.
 */
export function actorEntry(e: ActorEntry): ActorEntry {
  return { id: e.id, kind: e.kind, code: e.code, from: e.from, to: e.to, candidates: e.candidates, tenures: e.tenures, where: e.where };
}

/** Kinds that are proper names: a phrase stands for them only when its first word is capitalised ("china" is not China). */
export const NAME_KINDS: ReadonlySet<ActorEntryKind> = new Set(['person', 'country', 'capital', 'city', 'organization', 'group']);

/** A word trie over normalised tokens; a node's entries are the phrases ending there. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: ActorEntry[];
}

// Most nodes are leaves with one entry: they share one empty map and one empty list until they need their own,
// which keeps the trie small enough to stay in the CPU caches between the NLP passes that evict it
const NO_CHILDREN: Map<string, TrieNode> = new Map();
const NO_ENTRIES: ActorEntry[] = [];

export function newNode(): TrieNode {
  return { next: NO_CHILDREN, entries: NO_ENTRIES };
}

export function insert(root: TrieNode, words: string[], entry: ActorEntry): void {
  let node = root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = newNode();
      if (node.next === NO_CHILDREN) node.next = new Map();
      node.next.set(w, child);
    }
    node = child;
  }
  if (node.entries.some((e) => e.id === entry.id && e.kind === entry.kind)) return;
  if (node.entries === NO_ENTRIES) node.entries = [entry];
  else node.entries.push(entry);
}
