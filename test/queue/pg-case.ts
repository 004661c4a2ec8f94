/**
 * PostgreSQL for the queue tests, whatever DYAD_TEST_DB says (the queue exists only there): the server at
 * DYAD_PG_URL, fresh schemas for each store (and the `_queue` schema pg-boss makes beside it), dropped afterwards.
 * Unreachable: the tests are skipped with a message, except under CI, where that is a failure.
 */
import pg from 'pg';

export const PG_URL = process.env.DYAD_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function pgUnreachable(): Promise<string | null> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    const why = (e as Error).message;
    if (process.env.CI) throw new Error(`the queue tests need PostgreSQL at ${PG_URL}, unreachable under CI: ${why}`);
    process.stderr.write(`\n[queue tests] SKIPPED: PostgreSQL at ${PG_URL} is unreachable (${why}). Start it (bash .ci/postgres.sh) or set DYAD_PG_URL.\n`);
    return why;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const made: string[] = [];
let n = 0;

/** A store URL in a new schema of its own. */
export function freshPgUrl(tag: string): string {
  const schema = `dyad_${tag}_${process.pid}_${++n}`;
  made.push(schema, `${schema}_queue`);
  const u = new URL(PG_URL);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** Rows of a query inside a store URL's schema. */
export async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const u = new URL(url);
  const schema = u.searchParams.get('schema')!;
  u.searchParams.delete('schema');
  const c = new pg.Client({ connectionString: u.toString(), options: `-c search_path=${pg.escapeIdentifier(schema)}` });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

export async function dropSchemas(): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    for (const s of made.splice(0)) await c.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(s)} CASCADE`);
  } finally {
    await c.end();
  }
}
