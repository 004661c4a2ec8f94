/** A store that cannot be opened, migrated or written: says which database and what went wrong. */
export class StoreError extends Error {
  constructor(
    readonly location: string,
    problem: string,
  ) {
    super(`${location}: ${problem}`);
    this.name = 'StoreError';
  }
}
