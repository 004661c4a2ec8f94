/** A dictionary entry Dyad cannot use: names the file, the line and the entry. */
export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly entry: string,
    problem: string,
  ) {
    super(`${file}:${line}: ${problem}\n  > ${entry}`);
    this.name = 'DictionaryError';
  }
}
