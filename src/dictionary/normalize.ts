/** The one normal form dictionary phrases and text tokens are compared in. */
const MARKS = /[\u0300-\u036f]/g;
const QUOTES = /[\u2018\u2019`]/g;
const BACKTICK = /`/g;

/**
 * `word.toLowerCase()`, but a word that is already plain lower-case ASCII (most words of a text) comes back as it is:
 * toLowerCase always allocates a copy, and this runs for every token.
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}

/**
 * Letters NFD leaves whole, and their plain forms, one character for one ("Wałęsa" and "Walesa" are one name; the text
 * stage reads them so too).
 */
export const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŋ: 'n', Ŋ: 'N', ə: 'e', Ə: 'E', œ: 'o', Œ: 'O', ĸ: 'k', ſ: 's', ƒ: 'f', ø: 'o',
};
const UNDECOMPOSED = /[łđıħŧŋəœĸſƒø]/g;

export function normalizeWord(word: string): string {
  // most words are ASCII: one scan tells, and skips the Unicode decomposition (the costly part) and, for words
  // already in lower case without a backtick, every copy
  let upper = false;
  let backtick = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return word.normalize('NFD').replace(MARKS, '').replace(QUOTES, "'").toLowerCase().replace(UNDECOMPOSED, (x) => PLAIN_LETTERS[x]!);
    if (c >= 65 && c <= 90) upper = true;
    else if (c === 96) backtick = true;
  }
  const quoted = backtick ? word.replace(BACKTICK, "'") : word;
  return upper ? quoted.toLowerCase() : quoted;
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
