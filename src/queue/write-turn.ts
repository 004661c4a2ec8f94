/**
 * Workers take turns to write. Every article updates shared rows (the deduplicated events and the dyad rollups of
 * busy dyads), so concurrent batch transactions wait on each other's row locks anyway, and two batches that meet
 * the same rows in different orders deadlock (PostgreSQL then needs a second to notice and abort one). A session
 * advisory lock per store serialises the writes instead; the coding, the CPU-heavy part, still runs in parallel.
 * The lock belongs to the worker's own connection, so a worker that dies releases it with its session.
 */
import pg from 'pg';

export class WriteTurn {
  private constructor(
    private readonly client: pg.Client,
    private readonly key: string,
  ) {}

  static async open(url: string): Promise<WriteTurn> {
    const u = new URL(url);
    const schema = u.searchParams.get('schema') ?? 'public';
    u.searchParams.delete('schema');
    const client = new pg.Client({ connectionString: u.toString(), application_name: 'dyad-worker-lock' });
    client.on('error', () => undefined); // reported by the next query
    await client.connect();
    return new WriteTurn(client, `dyad-store-writes:${u.host}${u.pathname}:${schema}`);
  }

  async run<T>(write: () => Promise<T>): Promise<T> {
    await this.client.query('SELECT pg_advisory_lock(hashtext($1))', [this.key]);
    try {
      return await write();
    } finally {
      await this.client.query('SELECT pg_advisory_unlock(hashtext($1))', [this.key]);
    }
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
