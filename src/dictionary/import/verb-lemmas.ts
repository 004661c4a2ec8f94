/**
 * The lemma Dyad's tagger gives each trigger word when it is used as a verb, read the way the coder reads text.
 * The coder looks a verb up by its lemma, so a trigger written as an inflected form (PETRARCH's LEFT, beside LEAVE)
 * is written `=left` when its lemma has patterns of its own (see placeTriggerForms).
 */
import { analyzeText } from '../../text/analyze.js';

export type LemmaOf = (words: string[]) => Map<string, string>;

export const taggerLemmas: LemmaOf = (words) => {
  const out = new Map<string, string>();
  const list = [...new Set(words)].filter((w) => /^[a-z][a-z'-]*$/.test(w));
  // one carrier sentence per word, all in one document: "They left it."
  const BATCH = 400;
  for (let i = 0; i < list.length; i += BATCH) {
    const part = list.slice(i, i + BATCH);
    const sentences = analyzeText(part.map((w) => `They ${w} it.`).join('\n'));
    if (sentences.length !== part.length) {
      // the sentence splitter disagreed: fall back to one document a word
      for (const w of part) {
        const t = analyzeText(`They ${w} it.`)[0]?.tokens[1];
        if (t && t.lower === w) out.set(w, t.lemma);
      }
      continue;
    }
    part.forEach((w, k) => {
      const t = sentences[k]!.tokens[1];
      if (t && t.lower === w) out.set(w, t.lemma);
    });
  }
  return out;
};
