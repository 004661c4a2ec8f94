/**
 * The text stage: article text → sentences of tagged tokens with character offsets, and resolved dates.
 * Reads wink-nlp's output in bulk (one array per attribute) because per-token accessors dominate the cost otherwise.
 */
import type { Sentence, Token } from '../model/types.js';
import { normalizeWord } from '../dictionary/normalize.js';
import { nlp } from './nlp.js';
import { dateMentions } from './resolve-dates.js';

const CAPITAL = /^\p{Lu}/u;

export function analyzeText(text: string, published?: string): Sentence[] {
  const w = nlp();
  const its = w.its;
  // no word is hundreds of characters long: such runs are junk (encoded data, a stuck key) and make the tokenizer
  // crawl. Blanking them keeps every offset, so evidence spans still point into the original text.
  const doc = w.readDoc(text.length > 200 ? text.replace(/\S{200,}/g, (m) => ' '.repeat(m.length)) : text);
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
    while (a < b && !values[a]!.trim()) a++;
    const offset = starts[a] ?? 0;
    const endChar = (starts[b] ?? 0) + (values[b]?.length ?? 0);
    const toks: Token[] = [];
    // wink token index → index in this sentence's (whitespace-free) token list
    const index: number[] = [];
    for (let i = a; i <= b; i++) {
      const v = values[i]!;
      index[i] = toks.length;
      if (!v.trim()) continue;
      toks.push({
        text: v,
        lower: normalizeWord(v),
        lemma: lemmas[i]!.toLowerCase(),
        pos: pos[i]!,
        start: starts[i]! - offset,
        end: starts[i]! - offset + v.length,
        cap: CAPITAL.test(v),
      });
    }
    const dateSpans: [number, number][] = [];
    while (e < entitySpans.length && entitySpans[e]![0] <= b) {
      const [s, t] = entitySpans[e]!;
      if (s >= a && entityTypes[e] === 'DATE') dateSpans.push([index[s]!, index[t]!]);
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
