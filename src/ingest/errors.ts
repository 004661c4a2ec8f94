/** Input Dyad cannot read: names the file, the line and what is wrong. */
export class InputError extends Error {
  constructor(
    readonly origin: string,
    problem: string,
  ) {
    super(`${origin}: ${problem}`);
    this.name = 'InputError';
  }
}
