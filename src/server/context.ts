/** What every route handler shares: the store, the coder (compiled once), names for codes, and a small cache. */
import type { Coder } from '../index.js';
import type { Store } from '../store/store.js';
import type { ActorLabels } from './actor-labels.js';

export interface ServerContext {
  store: Store;
  coder: Coder;
  labels: ActorLabels;
  /** The CAMEO code's name ("Make a visit"), or the code. */
  codeLabel(code: string): string;
  cache: Memo;
  version: string;
}

/**
 * Answers of whole-database scans (actor counts, series, the article list), kept until the next write through the
 * API, and at most `ttlMs` (another process, `dyad ingest`, may write to the same database). Bounded: the oldest
 * answer goes first.
 */
export class Memo {
  private readonly map = new Map<string, { at: number; value: Promise<unknown> }>();
  constructor(
    private readonly max = 64,
    private readonly ttlMs = 30_000,
  ) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.map.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.value as Promise<T>;
    const value = compute();
    this.map.delete(key);
    this.map.set(key, { at: Date.now(), value });
    value.catch(() => this.map.delete(key));
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    return value;
  }

  clear(): void {
    this.map.clear();
  }
}
