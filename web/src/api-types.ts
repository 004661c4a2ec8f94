/** The API's answers as the dashboard reads them (the server's zod schemas are the reference: /api/openapi.json). */
export interface EvidenceRef {
  article_id: number;
  doc_id: string;
  sentence_index: number;
  url: string | null;
  source: string | null;
}

export interface DedupEvent {
  id: number;
  day: string | null;
  source: string | null;
  target: string | null;
  source_text: string | null;
  target_text: string | null;
  code: string;
  label: string;
  root: string;
  quad_class: number;
  goldstein: number;
  plover: string | null;
  mentions: number;
  sources: number;
  articles: number;
  evidence: EvidenceRef[];
}

export interface Span {
  kind: 'source' | 'target' | 'trigger';
  start: number;
  end: number;
}

export interface Evidence {
  pattern: string;
  pattern_code: string;
  trigger: { text: string; start: number; end: number }[];
  source_entries: string[];
  target_entries: string[];
  modality: 'asserted' | 'intent' | 'refusal';
  rule: string;
}

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
  label: string;
  evidence: Evidence;
  spans: Span[];
  article_title: string | null;
  article_date: string | null;
  article_source: string | null;
  article_url: string | null;
}

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

export interface Series {
  interval: 'day' | 'week' | 'month';
  totals: { events: number; mentions: number; goldstein_sum: number; goldstein_mean: number | null };
  series: SeriesRow[];
}

export interface Dyad {
  source: string;
  target: string;
  source_label: string;
  target_label: string;
  events: number;
  goldstein_mean: number;
}

export interface Actor {
  code: string;
  label: string;
  events: number;
  as_source: number;
  as_target: number;
  goldstein_mean: number | null;
}

export interface Network {
  nodes: { id: string; label: string; events: number }[];
  edges: { source: string; target: string; events: number; mentions: number; goldstein_mean: number }[];
}

export interface Article {
  id: number;
  doc_id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  sentences: { index: number; offset: number; text: string; events: Mention[] }[];
}

export interface ArticleList {
  articles: { id: number; doc_id: string; title: string | null; date: string | null; source: string | null; events: number }[];
  total: number;
}

export interface CodedEvent {
  sentence_index: number;
  sentence: string;
  source: string | null;
  target: string | null;
  source_text: string | null;
  target_text: string | null;
  code: string;
  label: string;
  quad_class: number;
  /** null for a code outside CAMEO (a dictionary's own code). */
  goldstein: number | null;
  plover: string | null;
  date: string | null;
  evidence: Evidence;
  spans: Span[];
}

export interface CodeResult {
  events: CodedEvent[];
  sentences: {
    index: number;
    text: string;
    tokens: { text: string; pos: string; lemma: string }[];
    dates: { text: string; date: string }[];
    actors: { text: string; code: string | null; kind: string; via: string; entries: string[]; start: number; end: number }[];
    trace: { trigger: string; at: number; outcome: string; tried: { pattern: string; source: string; matched: boolean }[] }[];
  }[];
}

export interface Health {
  counts: { articles: number; sentences: number; events: number; dedupEvents: number };
}
