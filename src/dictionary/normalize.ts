/** The one normal form dictionary phrases and text tokens are compared in. */
const MARKS = /[\u0300-\u036f]/g;

const PLAIN = /^[\x00-\x7f]*$/;

export function normalizeWord(word: string): string {
  // most words are ASCII: skip the Unicode decomposition for them (it is the costly part)
  if (PLAIN.test(word)) return word.replace(/`/g, "'").toLowerCase();
  return word.normalize('NFD').replace(MARKS, '').replace(/[\u2018\u2019`]/g, "'").toLowerCase();
}

/**
 * A dictionary phrase → the words the tokenizer will produce for it. Hyphens are dropped on both sides (the
 * tokenizer splits "Jong-il" but keeps "non-aggression"), and a leading "the" is optional in text, so it is not
 * part of the key.
 */
export function phraseKey(phrase: string): string[] {
  const words = phrase
    .replace(/'s\b/g, " 's")
    // "Kurdistan Workers' Party": the tokenizer splits a plural possessive's apostrophe off
    .replace(/(\w)'(?=\s|$)/g, "$1 '")
    .split(/[\s\-\u2010-\u2014]+/)
    .filter((w) => w !== '')
    // all-capital abbreviations match only in capitals: "US" is not "us", "UN" is not "un"
    .map((w) => (w.length >= 2 && /^[\p{Lu}.&]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w) ? `=${w}` : normalizeWord(w)));
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words;
}
