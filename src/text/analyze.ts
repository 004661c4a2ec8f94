/**
 * The text stage: article text → sentences of tagged tokens with character offsets, and resolved dates.
 * Reads wink-nlp's output in bulk (one array per attribute) because per-token accessors dominate the cost otherwise.
 */
import type { Sentence, Token } from '../model/types.js';
import { lowerCase, normalizeWord } from '../dictionary/normalize.js';
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

/**
 * Wink's token x → its index in the whitespace-free token list of the sentence spanning wink tokens a to b (a blank
 * token gets the index of the next word), or undefined outside the sentence. Asked only for date entities.
 */
function tokenIndex(values: string[], a: number, b: number, x: number): number | undefined {
  if (x < a || x > b) return undefined;
  let n = 0;
  for (let i = a; i < x; i++) if (!blank(values[i]!)) n++;
  return n;
}

export function analyzeText(text: string, published?: string): Sentence[] {
  const w = nlp();
  const its = w.its;
  // no word is hundreds of characters long: such runs are junk (encoded data, a stuck key) and make the tokenizer
  // crawl. Blanking them keeps every offset, so evidence spans still point into the original text.
  const doc = w.readDoc(hasJunkRun(text) ? text.replace(JUNK, (m) => ' '.repeat(m.length)) : text);
  const tokens = doc.tokens();
  // wink's typings do not admit every `its` helper on collections; the runtime does
  const read = (f: unknown): string[] => tokens.out(f as never) as unknown as string[];
  const values = tokens.out() as string[];
  const pos = read(its.pos);
  const lemmas = read(its.lemma);
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const entities = doc.entities();
  const entitySpans = entities.out(its.span) as unknown as [number, number][];
  const entityTypes = entities.out(its.type) as string[];

  // character offsets: walk the original text so odd spacing never shifts a span
  const starts: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // usually the token starts right after one space; indexOf covers the rest
    const at = text.startsWith(v, cursor + 1) ? cursor + 1 : text.startsWith(v, cursor) ? cursor : text.indexOf(v, cursor);
    starts[i] = at >= 0 ? at : cursor;
    cursor = starts[i]! + v.length;
  }

  const sentences: Sentence[] = [];
  let e = 0;
  for (const [first, b] of sentenceSpans) {
    // wink keeps line breaks as tokens; a sentence starts at its first real word
    let a = first;
    while (a < b && blank(values[a]!)) a++;
    const offset = starts[a] ?? 0;
    const endChar = (starts[b] ?? 0) + (values[b]?.length ?? 0);
    const toks: Token[] = [];
    for (let i = a; i <= b; i++) {
      const v = values[i]!;
      if (blank(v)) continue;
      const lower = normalizeWord(v);
      const lemma = lemmas[i]!;
      toks.push({
        text: v,
        lower,
        // a word that is its own lemma and already in normal form needs no second look
        lemma: lemma === v && lower === v ? v : lowerCase(lemma),
        pos: pos[i]!,
        start: starts[i]! - offset,
        end: starts[i]! - offset + v.length,
        cap: capitalised(v),
      });
    }
    const dateSpans: [number, number][] = [];
    while (e < entitySpans.length && entitySpans[e]![0] <= b) {
      const [s, t] = entitySpans[e]!;
      if (s >= a && entityTypes[e] === 'DATE') dateSpans.push([tokenIndex(values, a, b, s)!, tokenIndex(values, a, b, t)!]);
      e++;
    }
    sentences.push({
      index: sentences.length,
      text: text.slice(offset, endChar),
      offset,
      tokens: toks,
      dates: dateMentions(toks, dateSpans, published),
      timeSpans: dateSpans.map(([from, to]) => ({ start: from, end: to + 1 })),
    });
  }
  return sentences;
}
