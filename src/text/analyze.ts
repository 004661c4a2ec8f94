/**
 * The text stage: article text → sentences of tagged tokens with character offsets, and resolved dates.
 * Reads wink-nlp's output in bulk (one array per attribute) because per-token accessors dominate the cost otherwise.
 */
import type { Sentence, Token } from '../model/types.js';
import { PLAIN_LETTERS, lowerCase, normalizeWord } from '../dictionary/normalize.js';
import { nlp } from './nlp.js';
import { dateMentions } from './resolve-dates.js';

const CAPITAL = /^\p{Lu}/u;

const JUNK = /\S{200,}/g;

/** JavaScript's \s: white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether a text has a JUNK run: one scan, far cheaper than the regex, which then only runs on texts that have one. */
function hasJunkRun(text: string): boolean {
  if (text.length <= 200) return false;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) run = 0;
    else if (++run >= 200) return true;
  }
  return false;
}

/** Whether a token is only whitespace (wink keeps line breaks as tokens); a printable ASCII start says no at once. */
function blank(v: string): boolean {
  const c = v.charCodeAt(0);
  return !(c > 32 && c < 127) && !v.trim();
}

/** Whether a word starts with a capital letter; ASCII answers without the Unicode regex. */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(word);
}

/** One token of a sentence (every token is made here, so all share one object layout). */
function word(text: string, lemma: string, pos: string, start: number, lower = normalizeWord(text)): Token {
  return { text, lower, lemma, pos, start, end: start + text.length, cap: capitalised(text) };
}

const POSSESSIVE_END = /^[\p{L}][\p{L}.-]*['\u2019]s$/u;

/** Where a noun or name with its possessive "'s" glued on splits ("Russia's" → 5), or 0. */
function possessiveCut(v: string, tag: string): number {
  return (tag === 'PROPN' || tag === 'NOUN') && v.length > 3 && POSSESSIVE_END.test(v) ? v.length - 2 : 0;
}

const MONTH_WORDS = new Set(['jan', 'january', 'march', 'april', 'may', 'june', 'july', 'august']);

/** A lone month word that is someone's name: "Jan Kavan met …", "Theresa May said" (no date in either). */
function monthAsName(toks: Token[], from: number, to: number): boolean {
  if (from !== to || !MONTH_WORDS.has(toks[from]?.lower ?? '')) return false;
  const next = toks[from + 1];
  const prev = toks[from - 1];
  if (prev !== undefined && prev.cap && prev.pos === 'PROPN') return true;
  // ("in May Kenya attacked …", "since January Russia has …": after a preposition it is the month)
  return next !== undefined && next.cap && next.pos === 'PROPN' && (prev === undefined || !(prev.pos === 'ADP' || prev.pos === 'DET' || MONTH_LEADS.has(prev.lower)));
}

const MONTH_LEADS = new Set(['last', 'next', 'early', 'late', 'mid', 'this', 'since', 'until', 'by', 'in', 'on', 'of']);

/** What one wink-nlp pass gives, read in bulk: token values, tags and lemmas, sentence and entity spans. */
interface WinkPass {
  /** The text wink read (junk runs blanked: same length, same offsets). */
  text: string;
  /** The text was a title-case headline, read in sentence case. */
  titleCase: boolean;
  values: string[];
  pos: string[];
  lemmas: string[];
  /** Character offset of each token in `text`. */
  starts: number[];
  sentenceSpans: [number, number][];
  entitySpans: [number, number][];
  entityTypes: string[];
}

/** No word is hundreds of characters long: such runs are junk (encoded data, a stuck key) that make the tokenizer
 * crawl. Blanking them keeps every offset, so evidence spans still point into the original text. */
function withoutJunk(text: string): string {
  return hasJunkRun(text) ? text.replace(JUNK, (m) => ' '.repeat(m.length)) : text;
}

/** A Latin letter beyond Latin-1 ("ş", "ğ", "ă", "ễ", "ł") → its plain letter, keeping one character for one. */
function plainLetter(c: string): string {
  const base = c.normalize('NFD').charAt(0);
  return base.charCodeAt(0) < 128 && base !== c ? base : (PLAIN_LETTERS[c] ?? c);
}

/**
 * wink-nlp's tokenizer breaks words at Latin letters beyond Latin-1 ("Erdoğan" → "Erdo ğ an", "Vučić", "Nguyễn"), so
 * it reads such letters as their plain forms. One character for one: every offset still points into the original
 * text, and tokens keep their written form.
 */
function withPlainLetters(text: string): string {
  let i = 0;
  while (i < text.length && !extendedLatin(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += extendedLatin(c) ? plainLetter(text[i]!) : text[i]!;
  }
  return out;
}

function extendedLatin(c: number): boolean {
  return (c >= 0x100 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** What wink reads of a text: the text with junk blanked, letters made plain and a title-case headline in sentence
 * case (the original's length and offsets), and whether it was such a headline. */
interface TaggerText {
  text: string;
  titleCase: boolean;
}

function forTagger(text: string): TaggerText {
  const plain = withPlainLetters(withoutJunk(text));
  const cased = titleCaseHeadline(plain) ? sentenceCase(plain) : plain;
  return { text: cased, titleCase: cased !== plain };
}

/** A one-line text of four words or more whose words (short function words aside) nearly all start with a capital. */
function titleCaseHeadline(text: string): boolean {
  if (text.length > 300) return false;
  // one scan, no allocation but for short lower-case words: it runs on every short record
  let words = 0;
  let counted = 0;
  let big = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 10) return false;
    if (!asciiLetter(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && (asciiLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 39 || text.charCodeAt(j) === 46 || text.charCodeAt(j) === 45)) j++;
    words++;
    if (c <= 90) {
      counted++;
      big++;
    } else if (j - i > 5 || !SMALL_WORDS.has(text.slice(i, j))) {
      counted++;
      // (three ordinary lower-case words: no headline in title case)
      if (counted - big >= 3) return false;
    }
    i = j;
  }
  return words >= 4 && counted >= 3 && big >= counted * 0.8;
}

function asciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'over', 'into', 'after', 'amid', 'vs']);
const WORD = /[A-Za-z][A-Za-z'.-]*/g;

/**
 * "U.S. Lifts Travel Ban to Lebanon": wink-nlp reads every capitalised word of a title-case headline as a name, so
 * such a one-line text is tagged in sentence case (its first word and all-capital abbreviations kept). Tokens keep
 * their written form, and a name still matches by its capital.
 */
function sentenceCase(text: string): string {
  let first = true;
  return text.replace(WORD, (w) => {
    const keep = first || /[A-Z].*[A-Z]/.test(w) || w.charCodeAt(0) > 90;
    first = false;
    return keep ? w : w.toLowerCase();
  });
}

/** Where each token starts in `text`: walk the original text so odd spacing never shifts a span. */
function tokenStarts(text: string, values: string[]): number[] {
  const starts: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // usually the token starts right after one space; indexOf covers the rest
    const at = text.startsWith(v, cursor + 1) ? cursor + 1 : text.startsWith(v, cursor) ? cursor : text.indexOf(v, cursor);
    starts[i] = at >= 0 ? at : cursor;
    cursor = starts[i]! + v.length;
  }
  return starts;
}

/** One wink-nlp pass over `text`, read in bulk (per-token accessors would dominate the cost). */
function readWink({ text, titleCase }: TaggerText, placed = true): WinkPass {
  const w = nlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  // wink's typings do not admit every `its` helper on collections; the runtime does
  const read = (f: unknown): string[] => tokens.out(f as never) as unknown as string[];
  const entities = doc.entities();
  const values = tokens.out() as string[];
  return {
    text,
    titleCase,
    values,
    pos: read(its.pos),
    lemmas: read(its.lemma),
    // (a joined pass places each text's tokens in that text instead)
    starts: placed ? tokenStarts(text, values) : [],
    sentenceSpans: doc.sentences().out(its.span) as unknown as [number, number][],
    entitySpans: entities.out(its.span) as unknown as [number, number][],
    entityTypes: entities.out(its.type) as string[],
  };
}

export function analyzeText(text: string, published?: string): Sentence[] {
  const pass = readWink(forTagger(text));
  return buildSentences(text, pass, pass.sentenceSpans, published);
}

/** Texts joined into one wink pass: a blank line between two texts always ends a sentence (checked all the same). */
const JOIN = '\n\n';
/** How much text one joined pass reads at most: short records gain, a long article is read on its own anyway. */
const JOINED_CHARS = 16_000;

/**
 * Several texts, each with its publication date → each one's sentences, exactly as analyzeText gives them. Short
 * texts are read several at a time in one wink-nlp pass, which spares wink's fixed cost per document (about a sixth
 * of its time on one-sentence records). Should a sentence or a date span cross from one text into the next, that
 * group is read again text by text, so the joining never changes a result.
 */
export function analyzeTexts(items: { text: string; published?: string }[]): Sentence[][] {
  const out: Sentence[][] = new Array(items.length);
  let i = 0;
  for (const end of joinedGroups(items.map((item) => item.text))) {
    const group = items.slice(i, end);
    const read = group.length > 1 ? readJoined(group) : null;
    for (let k = 0; k < group.length; k++) out[i + k] = read ? read[k]! : analyzeText(group[k]!.text, group[k]!.published);
    i = end;
  }
  return out;
}

/**
 * How texts are grouped for joined passes: the end (exclusive) of each group, in order. A group is a run of joinable
 * texts of at most JOINED_CHARS in all, or one text alone. (The bench reads its joined bare pass by the same groups.)
 */
export function joinedGroups(texts: string[]): number[] {
  const ends: number[] = [];
  let i = 0;
  while (i < texts.length) {
    let j = i + 1;
    if (joinable(texts[i]!)) {
      let chars = texts[i]!.length + JOIN.length;
      while (j < texts.length && chars + texts[j]!.length <= JOINED_CHARS && joinable(texts[j]!)) chars += texts[j++]!.length + JOIN.length;
    }
    ends.push(j);
    i = j;
  }
  return ends;
}

/**
 * Whether a text may share a pass: one line with no white space but plain spaces, and none at either end. The blank
 * lines that join such texts are then the pass's only line-break tokens, and tell where each text's tokens begin.
 */
function joinable(text: string): boolean {
  if (!text.length || text.charCodeAt(0) === 0x20 || text.charCodeAt(text.length - 1) === 0x20) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && isSpace(c)) return false;
  }
  return true;
}

/** One wink pass over texts joined by blank lines, split back per text; null when a span crosses two texts. (Exported
 * for its test.) */
export function readJoined(group: { text: string; published?: string }[]): Sentence[][] | null {
  const reads = group.map((item) => forTagger(item.text));
  const pass = readWink({ text: reads.map((r) => r.text).join(JOIN), titleCase: false }, false);
  const { values } = pass;
  // each text's first token: the blank tokens of the joins are the only ones, and mark where the next text begins
  const from: number[] = [0];
  for (let i = 0; i < values.length; i++) {
    if (!blank(values[i]!)) continue;
    while (i + 1 < values.length && blank(values[i + 1]!)) i++;
    from.push(i + 1);
  }
  if (from.length !== group.length) return null;
  from.push(values.length + 1);
  // the text a token belongs to: the last whose first token is at or before it
  const textOf = (token: number): number => {
    let lo = 0;
    let hi = group.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (from[mid]! <= token) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const spans: [number, number][][] = group.map(() => []);
  for (const [first, last] of pass.sentenceSpans) {
    let a = first;
    let b = last;
    while (a < b && blank(values[a]!)) a++;
    while (b > a && blank(values[b]!)) b--;
    // (a sentence of line breaks alone belongs to no text; one that runs from one text into the next, to both)
    if (blank(values[a]!)) return null;
    const k = textOf(a);
    if (textOf(b) !== k) return null;
    spans[k]!.push([a - from[k]!, b - from[k]!]);
  }
  const entities: { spans: [number, number][]; types: string[] }[] = group.map(() => ({ spans: [], types: [] }));
  for (const [n, [a, b]] of pass.entitySpans.entries()) {
    const k = textOf(a);
    if (textOf(b) !== k) return null;
    entities[k]!.spans.push([a - from[k]!, b - from[k]!]);
    entities[k]!.types.push(pass.entityTypes[n]!);
  }
  return group.map((item, k) => {
    // the text's own tokens, placed in its own text as if it had been read alone
    const end = k + 1 < group.length ? from[k + 1]! - 1 : values.length;
    let last = end;
    while (last > from[k]! && blank(values[last - 1]!)) last--;
    const own = values.slice(from[k]!, last);
    const local: WinkPass = {
      text: reads[k]!.text,
      titleCase: reads[k]!.titleCase,
      values: own,
      pos: pass.pos.slice(from[k]!, last),
      lemmas: pass.lemmas.slice(from[k]!, last),
      starts: tokenStarts(reads[k]!.text, own),
      sentenceSpans: spans[k]!,
      entitySpans: entities[k]!.spans,
      entityTypes: entities[k]!.types,
    };
    return buildSentences(item.text, local, local.sentenceSpans, item.published);
  });
}

/** The sentences of one text from its wink pass; `spans` are its sentences (wink token spans). */
function buildSentences(text: string, pass: WinkPass, spans: [number, number][], published: string | undefined): Sentence[] {
  const { values, pos, lemmas, starts, entitySpans, entityTypes } = pass;
  // (a token keeps its written form where the tagger read plain letters)
  const plain = pass.text !== text;
  const sentences: Sentence[] = [];
  let e = 0;
  for (const [first, b] of spans) {
    // wink keeps line breaks as tokens; a sentence starts at its first real word
    let a = first;
    while (a < b && blank(values[a]!)) a++;
    const offset = starts[a] ?? 0;
    const endChar = (starts[b] ?? 0) + (values[b]?.length ?? 0);
    const toks: Token[] = [];
    // wink token → the index of its (first) word in toks; a blank token maps to the next word
    const at: number[] = new Array(b - a + 1);
    for (let i = a; i <= b; i++) {
      at[i - a] = toks.length;
      const read = values[i]!;
      if (blank(read)) continue;
      const v = plain ? text.slice(starts[i]!, starts[i]! + read.length) : read;
      const start = starts[i]! - offset;
      const cut = possessiveCut(v, pos[i]!);
      if (cut > 0) {
        // "Russia's" as one token (wink's cache splits it only until it has seen "Russia's," once): two words, as
        // wink gives them in a fresh process, so the coding never depends on which articles came before
        const name = v.slice(0, cut);
        toks.push(word(name, lowerCase(name), pos[i]!, start));
        toks.push(word(v.slice(cut), lowerCase(v.slice(cut)), 'PART', start + cut));
        continue;
      }
      const lemma = lemmas[i]!;
      const lower = normalizeWord(v);
      // a word that is its own lemma and already in normal form needs no second look
      toks.push(word(v, lemma === v && lower === v ? v : lowerCase(lemma), pos[i]!, start, lower));
    }
    const dateSpans: [number, number][] = [];
    while (e < entitySpans.length && entitySpans[e]![0] < first) e++;
    while (e < entitySpans.length && entitySpans[e]![0] <= b) {
      const [s0, t0] = entitySpans[e]!;
      if (s0 >= a && t0 <= b && entityTypes[e] === 'DATE' && !monthAsName(toks, at[s0 - a]!, at[t0 - a]!)) dateSpans.push([at[s0 - a]!, at[t0 - a]!]);
      e++;
    }
    const sentence: Sentence = {
      index: sentences.length,
      text: text.slice(offset, endChar),
      offset,
      tokens: toks,
      dates: dateMentions(toks, dateSpans, published),
      timeSpans: dateSpans.map(([from, to]) => ({ start: from, end: to + 1 })),
    };
    if (pass.titleCase) sentence.titleCase = true;
    sentences.push(sentence);
  }
  return sentences;
}
