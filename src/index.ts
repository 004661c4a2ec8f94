/**
 * Dyad's library entry point.
 *
 * @example
 * import { createCoder } from 'dyad';
 * const coder = createCoder();
 * const events = coder.codeText('North Korea expelled U.N. inspectors on Saturday.', { date: '2003-01-19' });
 */
import { type Knowledge, defaultDictionaryDir, loadKnowledge } from './dictionary/knowledge.js';
import type { Article, CodedEvent } from './model/types.js';
import { type ArticleFailure, type CodedArticle, type PipelineOptions, runPipeline, runPipelineBatch } from './pipeline/run-pipeline.js';

export type { Article, CodedEvent, EventCore, ActorMention, Sentence, Token, EventEvidence } from './model/types.js';
export type { ArticleFailure, CodedArticle, CodedSentence } from './pipeline/run-pipeline.js';
export type { Knowledge } from './dictionary/knowledge.js';
export { DictionaryError } from './dictionary/errors.js';
export { InputError } from './ingest/errors.js';
export { readInputs } from './ingest/read-inputs.js';
export { parseTextArticle } from './ingest/parse-text-article.js';
export { openStore } from './store/open-store.js';
export { StoreError } from './store/errors.js';
export { contentHash } from './store/content-hash.js';
export type {
  Store,
  DedupEvent,
  Mention,
  EvidenceRef,
  EventFilter,
  DyadCount,
  SeriesRow,
  Interval,
  PutResult,
  StoredArticle,
} from './store/store.js';

export interface CoderOptions extends PipelineOptions {
  /** A dictionaries folder to use instead of the bundled one. */
  dictionaries?: string;
}

export interface Coder {
  readonly knowledge: Knowledge;
  /** Codes an article, keeping sentences and actors (and, with `trace`, every trigger tried and why). */
  codeArticle(article: Article, opts?: { trace?: boolean }): CodedArticle;
  /**
   * Codes many articles, each stage over all of them in turn (faster in bulk than one by one): the results in the
   * articles' order, an article that cannot be coded as an ArticleFailure in its place.
   */
  codeArticles(articles: Article[]): (CodedArticle | ArticleFailure)[];
  /** Codes a bare text; `date` is its publication date. */
  codeText(text: string, opts?: { date?: string; id?: string }): CodedEvent[];
}

export function createCoder(options: CoderOptions = {}): Coder {
  const knowledge = loadKnowledge(options.dictionaries ?? defaultDictionaryDir());
  return {
    knowledge,
    codeArticle: (article, opts = {}) => runPipeline(article, knowledge, { ...options, ...opts }),
    codeArticles: (articles) => runPipelineBatch(articles, knowledge, options),
    codeText: (text, opts = {}) => runPipeline({ id: opts.id ?? 'text', text, date: opts.date }, knowledge, options).events,
  };
}
export { importDictionaries } from './dictionary/import/import-dictionaries.js';
