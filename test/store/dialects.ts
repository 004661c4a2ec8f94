/**
 * The dialects the store tests run against: `DYAD_TEST_DB` (default `sqlite`; CI sets `sqlite,postgres`), with the
 * server at `DYAD_PG_URL`. Each store gets a fresh SQLite file or a fresh PostgreSQL schema. When PostgreSQL is
 * unreachable its cases are skipped with a message, except under CI, where that is a failure.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const PG_URL = process.env.DYAD_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const WANTED = (process.env.DYAD_TEST_DB ?? 'sqlite')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

async function pgReachable(): Promise<string | null> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as Error).message;
  } finally {
    await c.end().catch(() => undefined);
  }
}

export interface DialectCase {
  name: 'sqlite' | 'postgres';
  /** Why its cases are skipped, or null when they run. */
  skip: string | null;
  /** A location for a new, empty store. */
  freshUrl(): Promise<string>;
  /** Drops what freshUrl created (PostgreSQL schemas). */
  cleanup(): Promise<void>;
}

let n = 0;
const schemas: string[] = [];

export async function dialects(): Promise<DialectCase[]> {
  const out: DialectCase[] = [];
  if (WANTED.includes('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
    out.push({ name: 'sqlite', skip: null, freshUrl: async () => join(dir, `t${++n}.db`), cleanup: async () => undefined });
  }
  if (WANTED.includes('postgres')) {
    const why = await pgReachable();
    if (why && process.env.CI) throw new Error(`DYAD_TEST_DB includes postgres but ${PG_URL} is unreachable under CI: ${why}`);
    if (why) process.stderr.write(`\n[store tests] PostgreSQL cases SKIPPED: ${PG_URL} is unreachable (${why}). Start it (bash .ci/postgres.sh) or set DYAD_PG_URL.\n`);
    out.push({
      name: 'postgres',
      skip: why,
      freshUrl: async () => {
        const schema = `dyad_test_${process.pid}_${++n}`;
        schemas.push(schema);
        const u = new URL(PG_URL);
        u.searchParams.set('schema', schema);
        return u.toString();
      },
      cleanup: async () => {
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        try {
          for (const s of schemas.splice(0)) await c.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(s)} CASCADE`);
        } finally {
          await c.end();
        }
      },
    });
  }
  return out;
}
