/**
 * Picks the store for a location: `postgres://…` / `postgresql://…` → PostgreSQL, anything else (a path, or
 * `sqlite:PATH`) → SQLite. Without one, `$DYAD_DB`, else `./dyad.db`.
 *
 * @example
 * const store = await openStore();                                   // ./dyad.db
 * const pg = await openStore('postgres://dyad@127.0.0.1:5432/news'); // PostgreSQL
 */
import { StoreError } from './errors.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './dyad.db';

export function resolveLocation(url?: string): string {
  const v = url?.trim() || process.env.DYAD_DB?.trim() || DEFAULT_DB;
  return v;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(url?: string): Promise<Store> {
  const location = resolveLocation(url);
  if (isPostgresUrl(location)) {
    const { PostgresStore } = await import('./postgres/postgres-store.js');
    return PostgresStore.open(location);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) throw new StoreError(location, 'unknown database URL: use a file path or postgres://…');
  const { SqliteStore } = await import('./sqlite/sqlite-store.js');
  return SqliteStore.open(location.replace(/^sqlite:/i, ''));
}
