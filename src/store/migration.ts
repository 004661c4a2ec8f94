/**
 * A schema migration: versions are applied in order, once, each in its own transaction, and recorded in
 * `schema_migrations`. A database whose version is newer than the code's is refused rather than written to.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Checks that a dialect's list is numbered 1, 2, 3… with no gap or repeat (a test and the stores call it). */
export function checkMigrations(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${i + 1} is numbered ${m.version}: versions must run 1, 2, 3… in order`);
  });
}
