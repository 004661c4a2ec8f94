/** A queue that cannot be reached, set up or used: names the database and what went wrong. */
export class QueueError extends Error {
  constructor(
    readonly location: string,
    problem: string,
  ) {
    super(`${location.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@')}: ${problem}`);
    this.name = 'QueueError';
  }
}
