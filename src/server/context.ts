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
 * Answers of whole-database scans (actor counts, the article list), kept until the next write. Bounded: the oldest
 * answer goes first.
 */
export class Memo {
  private readonly map = new Map<string, Promise<unknown>>();
  constructor(private readonly max = 64) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.map.get(key);
    if (hit) return hit as Promise<T>;
    const p = compute();
    this.map.set(key, p);
    p.catch(() => this.map.delete(key));
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    return p;
  }

  clear(): void {
    this.map.clear();
  }
}
