/**
 * Where the queue lives: in the same PostgreSQL database as the store, in a schema of its own (pg-boss's tables never
 * mix with Dyad's). A store URL with `?schema=NAME` puts the queue in `NAME_queue`; without one, in `dyad_queue`.
 *
 * @example
 * queueLocation('postgres://dyad@db:5432/news?schema=wire')
 * // { connectionString: 'postgres://dyad@db:5432/news', schema: 'wire_queue', location: 'postgres://dyad@db:5432/news (queue schema wire_queue)' }
 */
import { isPostgresUrl } from '../store/open-store.js';
import { QueueError } from './queue-error.js';

export const DEFAULT_QUEUE_SCHEMA = 'dyad_queue';

export interface QueueLocation {
  /** The database URL without Dyad's own `schema` parameter. */
  connectionString: string;
  /** pg-boss's schema. */
  schema: string;
  /** For messages: the URL with any password masked, and the schema. */
  location: string;
}

export function queueLocation(url: string): QueueLocation {
  if (!isPostgresUrl(url)) throw new QueueError(url, 'the queue needs a PostgreSQL database: --db postgres://…');
  const u = new URL(url);
  const storeSchema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  // pg-boss writes the schema unquoted in its SQL, so PostgreSQL folds it to lower case: name it so here too
  const schema = (storeSchema ? `${storeSchema}_queue` : DEFAULT_QUEUE_SCHEMA).toLowerCase();
  // pg-boss's own rule for schema names
  if (!/^[a-z_][a-z0-9_]{0,49}$/.test(schema)) throw new QueueError(url, `queue schema "${schema}" must be letters, digits and _ (at most 50)`);
  const connectionString = u.toString();
  const masked = connectionString.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
  return { connectionString, schema, location: `${masked} (queue schema ${schema})` };
}
