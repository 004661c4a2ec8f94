/** Token shapes several stages test for, written once. */

/** A hyphen or dash token ("Iran - backed", "Jong - il": the tokenizer splits on them): - or U+2010 to U+2014. */
export function isHyphen(text: string | undefined): boolean {
  if (text === undefined || text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 45 || (c >= 0x2010 && c <= 0x2014);
}
