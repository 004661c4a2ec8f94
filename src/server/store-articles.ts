/**
 * Storing articles the way `dyad ingest` does: skip content already stored (content hash), code the rest, and hand
 * them to `Store.putArticles` in batches (each article atomic). Used by `POST /api/articles` and to load the bundled
 * samples into an empty database on `dyad serve`.
 */
import type { Coder } from '../index.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { Article } from '../model/types.js';
import type { CodedArticle } from '../pipeline/run-pipeline.js';
import { contentHash } from '../store/content-hash.js';
import type { Store } from '../store/store.js';

export interface StoredResult {
  id: string;
  status: 'stored' | 'duplicate';
  article_id: number;
  events: number;
}

const BATCH = 50;

/** Codes and stores articles, in order; one result per article. */
export async function storeArticles(store: Store, coder: Coder, articles: Article[]): Promise<StoredResult[]> {
  const out: StoredResult[] = [];
  const known = await store.knownHashes(articles.map((a) => contentHash(a.text)));
  for (let i = 0; i < articles.length; i += BATCH) {
    const batch = articles.slice(i, i + BATCH);
    // known content is not coded again; putArticles still answers for it (duplicate, with the stored id)
    const coded: CodedArticle[] = batch.map((a) => (known.has(contentHash(a.text)) ? { article: a, sentences: [], events: [] } : coder.codeArticle(a)));
    const results = await store.putArticles(coded);
    results.forEach((r, j) => out.push({ id: batch[j]!.id, status: r.status, article_id: r.articleId, events: r.events }));
  }
  return out;
}

/** Reads a folder with the ingest readers and stores what it holds; returns what was stored and what was unreadable. */
export async function storeFolder(store: Store, coder: Coder, dir: string): Promise<{ stored: number; events: number; errors: string[] }> {
  const articles: Article[] = [];
  const errors: string[] = [];
  for await (const item of readInputs([dir])) {
    if ('error' in item) errors.push(item.error.message);
    else articles.push(item.article);
  }
  const results = await storeArticles(store, coder, articles);
  const stored = results.filter((r) => r.status === 'stored');
  return { stored: stored.length, events: stored.reduce((n, r) => n + r.events, 0), errors };
}
