/** One schema in two dialects: the migration lists agree, run in order, and a newer database is refused. */
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { checkMigrations } from '../../src/store/migration.js';
import { openStore } from '../../src/store/open-store.js';
import { splitRange } from '../../src/store/rollup-plan.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { dialects } from './dialects.js';

/** table → its column names, from the CREATE TABLE statements of a migration list. */
function tables(list: readonly { sql: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of list) {
    for (const [, name, body] of m.sql.matchAll(/CREATE TABLE (\w+) \(([\s\S]*?)\n\s*\)/g)) {
      out[name!] = body!
        .split(',\n')
        .map((l) => l.trim().split(/\s+/)[0]!.replace(/"/g, ''))
        .filter((c) => !['PRIMARY', 'UNIQUE'].includes(c));
    }
  }
  return out;
}

describe('migrations', () => {
  it('are numbered 1, 2, 3… in both dialects, with the same steps', () => {
    checkMigrations(SQLITE_MIGRATIONS);
    checkMigrations(POSTGRES_MIGRATIONS);
    expect(SQLITE_MIGRATIONS.map((m) => m.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
    expect(() => checkMigrations([{ version: 1, name: 'a', sql: '' }, { version: 3, name: 'b', sql: '' }])).toThrow('migration 2 is numbered 3');
  });

  it('build the same tables and columns in both dialects', () => {
    const s = tables(SQLITE_MIGRATIONS);
    expect(Object.keys(s).sort()).toEqual(['articles', 'dedup_events', 'dedup_sources', 'dyad_day', 'dyad_month', 'dyad_total', 'events', 'sentences']);
    expect(tables(POSTGRES_MIGRATIONS)).toEqual(s);
  });
});

const ds = await dialects();
for (const d of ds) {
  describe.skipIf(d.skip !== null)(`schema versions: ${d.name}`, () => {
    it('records each applied version and refuses a database newer than this Dyad', async () => {
      const url = await d.freshUrl();
      await (await openStore(url)).close();
      const bump = 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, \'from the future\', \'2099-01-01\')';
      if (d.name === 'sqlite') {
        const db = new Database(url);
        expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2, 3, 4]);
        db.exec(bump);
        db.close();
      } else {
        const schema = new URL(url).searchParams.get('schema')!;
        const c = new pg.Client({ connectionString: url.replace(/\?.*$/, '') });
        await c.connect();
        await c.query(`SET search_path TO ${pg.escapeIdentifier(schema)}`);
        expect((await c.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version)).toEqual([1, 2, 3, 4]);
        await c.query(bump);
        await c.end();
      }
      await expect(openStore(url)).rejects.toThrow('schema version 99 is newer than this Dyad knows (4)');
      await d.cleanup();
    });
  });
}

describe('splitRange', () => {
  it.each([
    ['2005-01-15', '2005-04-10', { head: ['2005-01-15', '2005-01-31'], months: ['2005-02', '2005-03'], tail: ['2005-04-01', '2005-04-10'] }],
    ['2005-01-01', '2005-12-31', { head: null, months: ['2005-01', '2005-12'], tail: null }],
    ['2005-02-03', '2005-02-20', { head: ['2005-02-03', '2005-02-20'], months: null, tail: null }],
    ['2005-01-20', '2005-02-10', { head: ['2005-01-20', '2005-02-10'], months: null, tail: null }],
    ['2004-02-01', '2004-02-29', { head: null, months: ['2004-02', '2004-02'], tail: null }],
    ['2004-12-05', '2005-01-31', { head: ['2004-12-05', '2004-12-31'], months: ['2005-01', '2005-01'], tail: null }],
    ['0000-01-01', '9999-12-31', { head: null, months: ['0000-01', '9999-12'], tail: null }],
    ['2005-03-01', '2005-02-01', { head: null, months: null, tail: null }],
  ])('%s .. %s', (from, to, parts) => {
    expect(splitRange(from, to)).toEqual(parts);
  });
});

describe('openStore', () => {
  it('refuses a URL scheme it does not know, naming it', async () => {
    await expect(openStore('mysql://localhost/news')).rejects.toThrow('mysql://localhost/news: unknown database URL');
  });

  it('names the database it cannot open', async () => {
    const path = join(tmpdir(), 'dyad-no-such-dir', 'x.db');
    await expect(openStore(path)).rejects.toThrow(`${path}: cannot open SQLite database`);
  });
});
