/** Token shapes several stages test for, written once. */

const HYPHEN = /^[-\u2010-\u2014]$/;

/** A hyphen or dash token ("Iran - backed", "Jong - il": the tokenizer splits on them). */
export function isHyphen(text: string | undefined): boolean {
  return text !== undefined && HYPHEN.test(text);
}
