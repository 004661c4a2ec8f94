/**
 * The one store interface. SQLite (embedded default) and PostgreSQL (at scale) implement it; one contract suite
 * (test/store/contract.test.ts) holds both to the same behaviour.
 *
 * Stored per article, in one transaction: the article, its sentences and its coded events. Every event also joins a
 * deduplicated event (see dedup-key.ts for the rule) whose counts and the dyad-by-day rollup move in that same
 * transaction, so a crash leaves either all of an article or none of it.
 */
import type { EventCore, EventEvidence } from '../model/types.js';
import type { CodedArticle } from '../pipeline/run-pipeline.js';

export type Dialect = 'sqlite' | 'postgres';

/** What `putArticles` did with one article. */
export interface PutResult {
  /** `duplicate`: an article with the same content hash was already stored; nothing changed. */
  status: 'stored' | 'duplicate';
  /** Row id of the stored article (the earlier one for a duplicate). */
  articleId: number;
  contentHash: string;
  events: number;
}

/** A deduplicated event: every mention of the same (day, source, target, code), with GDELT-style counts. */
export interface DedupEvent extends EventCore {
  id: number;
  /** `YYYY-MM-DD`, or null for an event with no date at all (those only merge within their article). */
  day: string | null;
  /** GDELT NumMentions: event rows (sentences) that report it. */
  mentions: number;
  /** GDELT NumSources: distinct news sources of those articles (articles without a source count as one). */
  sources: number;
  /** GDELT NumArticles: distinct articles. */
  articles: number;
  /** Earliest and latest publication date of the reporting articles (the event day when an article has none). */
  first_seen: string | null;
  last_seen: string | null;
  /** When the first mention was stored, ISO 8601 UTC (GDELT's DATEADDED). */
  first_added: string;
  /** 1 when some mention is in an article's first sentence (GDELT's IsRootEvent). */
  is_root: number;
}

/** One piece of evidence: an event as one sentence of one article reports it. */
export interface Mention {
  event_id: number;
  dedup_id: number;
  article_id: number;
  doc_id: string;
  sentence_index: number;
  sentence: string;
  date: string | null;
  source: string | null;
  target: string | null;
  source_text: string | null;
  target_text: string | null;
  code: string;
  evidence: EventEvidence;
  article_title: string | null;
  article_date: string | null;
  article_source: string | null;
  article_url: string | null;
}

/** A link from a deduplicated event to one piece of its evidence, light enough to fetch for a whole page. */
export interface EvidenceRef {
  dedup_id: number;
  article_id: number;
  doc_id: string;
  sentence_index: number;
  url: string | null;
  /** The article's news source. */
  source: string | null;
}

export interface StoredSentence {
  index: number;
  offset: number;
  text: string;
}

export interface StoredArticle {
  id: number;
  doc_id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  origin: string | null;
  content_hash: string;
  added_at: string;
  sentences: StoredSentence[];
  events: Mention[];
}

/** Filters every query, export and statistic takes. Dates are inclusive `YYYY-MM-DD`. */
export interface EventFilter {
  /** Either side of the dyad; a trailing `*` matches a prefix (`USA*` → USA, USAGOV, …). */
  actor?: string;
  source?: string;
  target?: string;
  code?: string;
  root?: string;
  quad?: number;
  from?: string;
  to?: string;
  /** Words that some reporting sentence must contain (full-text search). */
  text?: string;
  /** Only events with at least this many mentions. */
  minMentions?: number;
}

export interface Counts {
  articles: number;
  sentences: number;
  events: number;
  dedupEvents: number;
}

export interface DyadCount {
  source: string;
  target: string;
  events: number;
  mentions: number;
  goldstein_sum: number;
}

export type Interval = 'day' | 'week' | 'month';

/** One period of a dyad's series (deduplicated events); `period` is the day, the week's Monday, or `YYYY-MM`. */
export interface SeriesRow {
  period: string;
  events: number;
  mentions: number;
  goldstein_sum: number;
  goldstein_mean: number | null;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
}

/** A raw rollup row: one dyad, one day, one quad class. */
export interface DyadDayRow {
  day: string;
  quad: number;
  events: number;
  mentions: number;
  goldstein_sum: number;
}

export interface Store {
  readonly dialect: Dialect;
  /** Where it is: a file path or a URL with any password masked. */
  readonly location: string;
  /**
   * Stores coded articles. Each article is atomic (article, sentences, events, dedup counts), and the whole batch
   * commits together: a crash loses at most the batch, never part of an article. Known content is skipped.
   */
  putArticles(items: CodedArticle[]): Promise<PutResult[]>;
  /** Which of these content hashes are stored already (to skip coding them again). */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  getArticle(id: number): Promise<StoredArticle | null>;
  counts(): Promise<Counts>;
  /** Deduplicated events matching the filter, oldest day first; streamed in pages. */
  events(filter?: EventFilter, opts?: { limit?: number }): AsyncIterable<DedupEvent>;
  /** Every piece of evidence of one deduplicated event. */
  mentions(dedupId: number): Promise<Mention[]>;
  /** Evidence links of many deduplicated events at once, grouped by event, each group in storage order. */
  evidenceRefs(dedupIds: number[]): Promise<Map<number, EvidenceRef[]>>;
  /** Dyads (both actors coded) with the most deduplicated events. */
  topDyads(filter?: EventFilter, limit?: number): Promise<DyadCount[]>;
  /** The rollup rows of one dyad (source → target) in the filter's date range, oldest first. */
  dyadDays(source: string, target: string, filter?: EventFilter): Promise<DyadDayRow[]>;
  /** Cross-checks the derived tables (dedup counts, rollup) against the event rows; returns the problems found. */
  integrity(): Promise<string[]>;
  close(): Promise<void>;
}
