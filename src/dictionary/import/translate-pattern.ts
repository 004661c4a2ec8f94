/**
 * One PETRARCH/TABARI pattern (`- BEFORE * AFTER`) → Dyad patterns around the trigger (what comes before it, what
 * follows it), or the reason it cannot be expressed.
 *
 * Source syntax: `*` the verb; `+` target; `$` source; `%` compound actor; `^` skip a noun phrase; `&NAME` a synset;
 * `{ A | B }` (TABARI) a disjunction; words joined by `_` are consecutive, by a blank may have words between them.
 * Dyad's patterns: `word`, `a|b`, `*` (gap) on both sides of the trigger (written `[trigger]` when words come
 * before it); after it `+` (target) or `$` (source, the clause subject becoming the target); `%` first before it (a
 * compound subject whose members act on each other).
 *
 * What maps: literal words on both sides; a blank → `*`; `_` → adjacent words; `+`/`$` after the verb; a leading `$`
 * before the verb (the subject, Dyad's default source), or one just before the verb ("SAID $ *": that verb's
 * subject); a leading `+` when a `$` follows (Dyad's `$` makes the subject the target); a leading `%` → Dyad's `%`;
 * `%` after the verb → `+` (Dyad fans a compound target out); synsets and disjunctions of single words → `a|b`, of
 * phrases → one pattern per phrase.
 * What does not: other + or $ slots among the words before the verb, a leading + with no $ after the verb, both `+`
 * and `$` after the verb, PETRARCH-2's nested `( … )` phrase groups (its `{NOUN PHRASE}` groups are read as
 * consecutive words).
 */
import { DYAD_PATTERN_WORD } from './source-words.js';
import { type Synset, synsetName } from './verb-records.js';

export const MAX_VARIANTS = 24;

/** A Dyad pattern around its trigger: what comes before it (often nothing) and after it. */
export interface Variant {
  /** Words and gaps before the trigger, `%` first for a compound subject; '' for none. */
  before: string;
  after: string;
}

export type Translation =
  | { ok: true; variants: Variant[]; approximations: string[] }
  | { ok: false; reason: string };

type Piece = { kind: 'word'; word: string } | { kind: 'slot'; slot: '+' | '$' | '%' | '^' } | { kind: 'choice'; phrases: string[][] } | { kind: 'verb' };

interface Item {
  piece: Piece;
  /** How it is joined to what comes before it: ' ' (words may intervene) or '_' (adjacent). */
  join: ' ' | '_';
}

const fail = (reason: string): Translation => ({ ok: false, reason });

export function translatePattern(text: string, synsets: Map<string, Synset>): Translation {
  const approximations: string[] = [];
  // TABARI disjunctions { A | B } become placeholders before the text is split into words
  if (/[()]/.test(text)) return fail('nested phrase structure (PETRARCH-2 ( … ) phrase groups)');
  const disjunctions: string[][] = [];
  let src = text.replace(/\{([^}]*)\}/g, (_, inner: string) => {
    // TABARI { A | B } is a disjunction; PETRARCH-2 {AIR RAIDS} (no bar) is one noun phrase
    if (!inner.includes('|')) approximations.push('PETRARCH-2 {NOUN PHRASE} group read as consecutive words');
    disjunctions.push(inner.split('|').map((s) => s.trim()).filter(Boolean));
    return ` \u0000${disjunctions.length - 1} `.replace(/ /g, '_');
  });
  if (/[{}]/.test(src)) return fail('unbalanced { } in pattern');
  // PETRARCH reads "WORD_ " as an open connection
  src = src.replace(/_ /g, ' ').replace(/_+$/, '').trim();

  const items: Item[] = [];
  const re = /([^\s_]+)|([\s_]+)/g;
  let m: RegExpExecArray | null;
  let join: ' ' | '_' = ' ';
  while ((m = re.exec(src))) {
    if (m[2]) {
      join = /\s/.test(m[2]) ? ' ' : '_';
      continue;
    }
    const tok = m[1]!;
    let piece: Piece;
    if (tok === '*') piece = { kind: 'verb' };
    else if (tok === '+' || tok === '$' || tok === '%' || tok === '^') piece = { kind: 'slot', slot: tok };
    else if (tok.startsWith('\u0000')) {
      const alts = disjunctions[Number(tok.slice(1))] ?? [];
      const phrases: string[][] = [];
      let lastError = 'empty { | } disjunction';
      for (const a of alts) {
        const r = phraseWords(a, synsets, new Set(), approximations);
        if (typeof r === 'string') {
          if (r.startsWith('undefined') || r.includes('expansion')) return fail(r);
          lastError = r;
          approximations.push('a synset or { | } member Dyad cannot match was left out');
          continue;
        }
        phrases.push(...r);
      }
      if (!phrases.length) return fail(lastError);
      piece = { kind: 'choice', phrases };
    } else if (tok.startsWith('&')) {
      const r = synsetPhrases(tok, synsets, new Set(), approximations);
      if (typeof r === 'string') return fail(r);
      piece = { kind: 'choice', phrases: r };
    } else {
      const w = cleanWord(tok, approximations);
      if (w === null) return fail('a word Dyad cannot match (holds a sign such as $ or ~)');
      piece = { kind: 'word', word: w };
    }
    items.push({ piece, join: items.length ? join : ' ' });
    join = ' ';
  }

  const verbs = items.filter((i) => i.piece.kind === 'verb').length;
  if (verbs === 0) return fail('no * (verb position) in the pattern');
  if (verbs > 1) return fail('several * in one pattern');
  const at = items.findIndex((i) => i.piece.kind === 'verb');
  const head = items.slice(0, at);
  const after = items.slice(at + 1);

  // after the verb, % is a compound actor there: read as +, since Dyad fans a compound target out into its members
  for (const it of after) {
    if (it.piece.kind === 'slot' && it.piece.slot === '%') {
      it.piece = { kind: 'slot', slot: '+' };
      approximations.push('% after the verb read as + (Dyad fans a compound target out into its members)');
    }
  }
  const slotsAfter = after.flatMap((i) => (i.piece.kind === 'slot' ? [i.piece.slot] : []));
  const targets = slotsAfter.filter((s) => s === '+').length;
  const sources = slotsAfter.filter((s) => s === '$').length;
  if (targets && sources) return fail('both + and $ after the verb (Dyad has one actor slot a pattern)');
  if (targets > 1 || sources > 1) return fail('several + or $ slots');

  // before the verb: a leading slot says where the subject stands, which Dyad finds itself
  let compound = false;
  const lead = head[0]?.piece.kind === 'slot' ? head[0].piece.slot : null;
  if (lead === '%') {
    // "% HAVE *": the subject is a compound whose members act on each other — Dyad's %
    compound = true;
    head.shift();
  } else if (lead === '$') head.shift(); // the source is the subject: Dyad's default
  else if (lead === '+') {
    if (!sources) return fail('target slot + before the verb (with no $ after it)');
    head.shift(); // "+ * FROM $": Dyad's $ makes the clause subject the target
  }
  // "SAID $ *": a $ just before the verb is that verb's subject, Dyad's default source
  const last = head[head.length - 1]?.piece;
  if (last?.kind === 'slot' && last.slot === '$' && items[at]!.join === ' ' && head.length > 1) {
    head.pop();
    approximations.push("$ just before the verb read as the verb's subject (Dyad's default source)");
  }
  for (const it of head) {
    if (it.piece.kind !== 'slot' || it.piece.slot === '^') continue;
    return fail(it.piece.slot === '+' ? 'target slot + among the words before the verb' : it.piece.slot === '$' ? 'source slot $ among the words before the verb' : '% among the words before the verb');
  }

  const heads = expand(head, false, approximations);
  const tails = expand(after, true, approximations);
  if (typeof heads === 'string') return fail(heads);
  if (typeof tails === 'string') return fail(tails);
  // how the verb joins the last word before it: a blank lets words come between
  const verbGap = head.length > 0 && items[at]!.join === ' ' ? ['*'] : [];
  const out = new Map<string, Variant>();
  for (const h of heads) {
    const before = [...(compound ? ['%'] : []), ...tidyHead([...h, ...verbGap])].join(' ');
    for (const t of tails) {
      const after = tidy(t);
      out.set(`${before}[]${after}`, { before, after });
    }
  }
  if (out.size > MAX_VARIANTS) return fail(`synset or disjunction expansion above ${MAX_VARIANTS} patterns`);
  return { ok: true, variants: [...out.values()], approximations: [...new Set(approximations)] };
}

/**
 * Pattern items → word sequences (single-word choices become one a|b element, each multi-word phrase its own
 * sequence). A blank before an item becomes a `*` gap, except before + or $ after the verb (Dyad's slots already
 * look a few words ahead for the actor) and before the first word of the part before the verb.
 */
function expand(items: Item[], afterVerb: boolean, approximations: string[]): string[][] | string {
  let variants: string[][] = [[]];
  for (const [k, it] of items.entries()) {
    const slot = it.piece.kind === 'slot' && (it.piece.slot === '+' || it.piece.slot === '$');
    const lead = it.join === ' ' && !slot && (afterVerb || k > 0) ? ['*'] : [];
    let options: string[][];
    const p = it.piece;
    if (p.kind === 'word') options = [[p.word]];
    else if (p.kind === 'slot') {
      if (p.slot === '^') {
        approximations.push('^ (skip a noun phrase) read as a * gap');
        options = [['*']];
      } else options = [[p.slot]];
    } else if (p.kind === 'choice') {
      const singles = [...new Set(p.phrases.filter((ph) => ph.length === 1).map((ph) => ph[0]!))];
      options = [];
      if (singles.length) options.push([singles.join('|')]);
      for (const ph of p.phrases) if (ph.length > 1) options.push(ph);
    } else options = [[]];
    const next: string[][] = [];
    for (const v of variants) for (const o of options) next.push([...v, ...lead, ...o]);
    if (next.length > MAX_VARIANTS) return `synset or disjunction expansion above ${MAX_VARIANTS} patterns`;
    variants = next;
  }
  return variants;
}

/** The part before the trigger: repeated and leading gaps collapse; a final gap stays (words may come between). */
function tidyHead(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t !== '*' || (out.length && out[out.length - 1] !== '*')) out.push(t);
  return out;
}

/** Collapses repeated gaps and drops a final one (a Dyad pattern cannot end with *). */
function tidy(tokens: string[]): string {
  const out: string[] = [];
  for (const t of tokens) {
    if (t === '*' && (out[out.length - 1] === '*' || out.length === 0)) {
      if (out.length === 0) out.push(t);
      continue;
    }
    out.push(t);
  }
  while (out[out.length - 1] === '*') out.pop();
  return out.join(' ');
}

/** A source word → a Dyad pattern word, or null. TABARI's `WORD~` (the word with regular endings) → the word. */
function cleanWord(tok: string, notes?: string[]): string | null {
  let w = tok.replace(/[_=]+$/, '').toLowerCase();
  if (w.endsWith('~') && w.length > 1) {
    w = w.slice(0, -1);
    notes?.push('TABARI WORD~ (word plus regular endings) read as the word (Dyad matches lemmas)');
  }
  return w && DYAD_PATTERN_WORD.test(w) ? w : null;
}

/** A phrase of a synset member or disjunction alternative → its word sequences (synsets inside expand). */
function phraseWords(phrase: string, synsets: Map<string, Synset>, seen: Set<string>, notes: string[]): string[][] | string {
  let seqs: string[][] = [[]];
  for (const tok of phrase.split(/[\s_]+/).filter(Boolean)) {
    let options: string[][];
    if (tok.startsWith('&')) {
      const r = synsetPhrases(tok, synsets, seen, notes);
      if (typeof r === 'string') return r;
      options = r;
    } else {
      const w = cleanWord(tok, notes);
      if (w === null) return 'a word Dyad cannot match (holds a sign such as $ or ~)';
      options = [[w]];
    }
    const next: string[][] = [];
    for (const s of seqs) for (const o of options) next.push([...s, ...o]);
    if (next.length > MAX_VARIANTS) return `synset or disjunction expansion above ${MAX_VARIANTS} patterns`;
    seqs = next;
  }
  return seqs.filter((s) => s.length);
}

/** A synset's members as word sequences; members Dyad cannot match are left out (and noted) unless none is left. */
function synsetPhrases(ref: string, synsets: Map<string, Synset>, seen: Set<string>, notes: string[]): string[][] | string {
  const name = synsetName(ref);
  const set = synsets.get(name);
  if (!set) return `undefined synset ${name}`;
  if (seen.has(name)) return `synset ${name} contains itself`;
  const inner = new Set(seen).add(name);
  const out: string[][] = [];
  let lastError = '';
  for (const member of set.members) {
    const r = phraseWords(member, synsets, inner, notes);
    if (typeof r === 'string') {
      if (r.startsWith('undefined') || r.includes('expansion') || r.includes('contains itself')) return r;
      lastError = r;
      notes.push('a synset or { | } member Dyad cannot match was left out');
      continue;
    }
    out.push(...r);
  }
  return out.length ? out : lastError || `synset ${name} is empty`;
}
