/**
 * Turns a coded article into the rows both stores write: the article, its sentences, its events, and the events
 * grouped by dedup key (one upsert per key per article). Pure, so the two dialects cannot disagree on it.
 */
import type { EventCore } from '../model/types.js';
import type { CodedArticle } from '../pipeline/run-pipeline.js';
import { contentHash } from './content-hash.js';
import { dedupKey } from './dedup-key.js';

export interface ArticleRow {
  doc_id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  origin: string | null;
  content_hash: string;
  sentence_count: number;
  event_count: number;
}

export interface SentenceRow {
  idx: number;
  offset: number;
  text: string;
}

export interface EventRow extends EventCore {
  key: string;
  sentence_index: number;
  date: string | null;
  evidence: string;
}

/** One dedup key as this article contributes to it. */
export interface KeyGroup extends EventCore {
  key: string;
  /** '' when undated. */
  day: string;
  mentions: number;
  is_root: number;
  /** The article's publication date, else the event day: what first/last seen are made of. */
  seen: string | null;
}

export interface PreparedArticle {
  article: ArticleRow;
  sentences: SentenceRow[];
  events: EventRow[];
  groups: KeyGroup[];
}

/** The event fields both row kinds store. */
function storedCore(e: CodedArticle['events'][number]): EventCore {
  return {
    source: e.source,
    target: e.target,
    source_text: e.source_text,
    target_text: e.target_text,
    code: e.code,
    root: e.root,
    quad_class: e.quad_class,
    // a dictionary's own (non-CAMEO) code has no Goldstein weight: the store's series sum weights, so it counts 0
    goldstein: e.goldstein ?? 0,
    plover: e.plover,
  };
}

export function prepareArticle(coded: CodedArticle): PreparedArticle {
  const a = coded.article;
  const hash = contentHash(a.text);
  const groups = new Map<string, KeyGroup>();
  const events: EventRow[] = coded.events.map((e) => {
    const { key, day } = dedupKey(e, a.date, hash);
    const core = storedCore(e);
    const g = groups.get(key);
    if (g) {
      g.mentions++;
      if (e.sentence_index === 0) g.is_root = 1;
    } else {
      groups.set(key, {
        ...core,
        key,
        day: day ?? '',
        mentions: 1,
        is_root: e.sentence_index === 0 ? 1 : 0,
        seen: a.date ?? day,
      });
    }
    return {
      ...core,
      key,
      sentence_index: e.sentence_index,
      date: e.date,
      evidence: JSON.stringify(e.evidence),
    };
  });
  const sentences = coded.sentences.map((s) => ({ idx: s.sentence.index, offset: s.sentence.offset, text: s.sentence.text }));
  return {
    article: {
      doc_id: a.id,
      title: a.title ?? null,
      date: a.date ?? null,
      source: a.source ?? null,
      url: a.url ?? null,
      origin: a.origin ?? null,
      content_hash: hash,
      sentence_count: sentences.length,
      event_count: events.length,
    },
    sentences,
    events,
    groups: [...groups.values()],
  };
}
