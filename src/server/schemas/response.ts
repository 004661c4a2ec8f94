/**
 * What the API answers, as zod schemas. They document the responses in the OpenAPI file, and the API tests parse
 * real responses with them, so the document cannot drift from what the server sends.
 */
import { z } from 'zod';

const nullableText = z.string().nullable();

export const ErrorBody = z.object({
  error: z.object({
    status: z.number().int(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export const EvidenceRefSchema = z.object({
  article_id: z.number().int(),
  doc_id: z.string(),
  sentence_index: z.number().int(),
  url: nullableText,
  source: nullableText.describe('the article’s news source'),
});

export const DedupEventSchema = z.object({
  id: z.number().int(),
  day: nullableText,
  source: nullableText,
  target: nullableText,
  source_text: nullableText,
  target_text: nullableText,
  code: z.string(),
  label: z.string().describe('the CAMEO code’s name'),
  root: z.string(),
  quad_class: z.number().int(),
  goldstein: z.number(),
  plover: nullableText,
  mentions: z.number().int(),
  sources: z.number().int(),
  articles: z.number().int(),
  first_seen: nullableText,
  last_seen: nullableText,
  first_added: z.string(),
  is_root: z.number().int(),
  evidence: z.array(EvidenceRefSchema).describe('where it is reported'),
});

export const EventsPage = z.object({
  events: z.array(DedupEventSchema),
  next: z.string().nullable().describe('cursor of the next page, or null on the last'),
});

export const SpanSchema = z.object({
  kind: z.enum(['source', 'target', 'trigger']),
  start: z.number().int().describe('character offset in the sentence'),
  end: z.number().int(),
});

export const EventEvidenceSchema = z.object({
  pattern: z.string(),
  pattern_code: z.string(),
  trigger: z.array(z.object({ text: z.string(), start: z.number().int(), end: z.number().int() })),
  source_entries: z.array(z.string()),
  target_entries: z.array(z.string()),
  modality: z.enum(['asserted', 'intent', 'refusal']),
  rule: z.string(),
});

export const MentionSchema = z.object({
  event_id: z.number().int(),
  dedup_id: z.number().int(),
  article_id: z.number().int(),
  doc_id: z.string(),
  sentence_index: z.number().int(),
  sentence: z.string(),
  date: nullableText,
  source: nullableText,
  target: nullableText,
  source_text: nullableText,
  target_text: nullableText,
  code: z.string(),
  label: z.string(),
  evidence: EventEvidenceSchema,
  spans: z.array(SpanSchema).describe('source, target and trigger words in the sentence'),
  article_title: nullableText,
  article_date: nullableText,
  article_source: nullableText,
  article_url: nullableText,
});

export const EventDetail = z.object({ event: DedupEventSchema, mentions: z.array(MentionSchema) });

export const SeriesRowSchema = z.object({
  period: z.string(),
  events: z.number().int(),
  mentions: z.number().int(),
  goldstein_sum: z.number(),
  goldstein_mean: z.number().nullable(),
  q1: z.number().int(),
  q2: z.number().int(),
  q3: z.number().int(),
  q4: z.number().int(),
});

export const SeriesBody = z.object({
  interval: z.enum(['day', 'week', 'month']),
  source: z.string().optional(),
  target: z.string().optional(),
  direction: z.enum(['forward', 'both']).optional(),
  totals: z.object({ events: z.number().int(), mentions: z.number().int(), goldstein_sum: z.number(), goldstein_mean: z.number().nullable() }),
  series: z.array(SeriesRowSchema),
});

export const DyadsBody = z.object({
  dyads: z.array(
    z.object({
      source: z.string(),
      target: z.string(),
      source_label: z.string(),
      target_label: z.string(),
      events: z.number().int(),
      mentions: z.number().int(),
      goldstein_sum: z.number(),
      goldstein_mean: z.number(),
    }),
  ),
});

export const ActorSchema = z.object({
  code: z.string(),
  label: z.string(),
  events: z.number().int().describe('deduplicated events with this actor on either side'),
  as_source: z.number().int(),
  as_target: z.number().int(),
  mentions: z.number().int(),
  goldstein_mean: z.number().nullable(),
});

export const ActorsBody = z.object({ actors: z.array(ActorSchema), scanned: z.number().int().describe('events read to count them') });

export const NetworkBody = z.object({
  nodes: z.array(z.object({ id: z.string(), label: z.string(), events: z.number().int() })),
  edges: z.array(
    z.object({ source: z.string(), target: z.string(), events: z.number().int(), mentions: z.number().int(), goldstein_mean: z.number() }),
  ),
});

export const SentenceSchema = z.object({
  index: z.number().int(),
  offset: z.number().int(),
  text: z.string(),
  events: z.array(MentionSchema),
});

export const ArticleBody = z.object({
  id: z.number().int(),
  doc_id: z.string(),
  title: nullableText,
  date: nullableText,
  source: nullableText,
  url: nullableText,
  origin: nullableText,
  added_at: z.string(),
  sentences: z.array(SentenceSchema),
});

export const ArticleListBody = z.object({
  articles: z.array(
    z.object({ id: z.number().int(), doc_id: z.string(), title: nullableText, date: nullableText, source: nullableText, events: z.number().int() }),
  ),
  total: z.number().int().describe('articles that report at least one event'),
});

export const CodedEventSchema = z.object({
  doc_id: z.string(),
  sentence_index: z.number().int(),
  sentence: z.string(),
  source: nullableText,
  target: nullableText,
  source_text: nullableText,
  target_text: nullableText,
  code: z.string(),
  label: z.string(),
  root: z.string(),
  quad_class: z.number().int(),
  goldstein: z.number().nullable().describe('null for a code outside CAMEO (a dictionary of its own, `--dict`)'),
  plover: nullableText,
  date: nullableText,
  evidence: EventEvidenceSchema,
  spans: z.array(SpanSchema),
});

export const CodeBody = z.object({
  events: z.array(CodedEventSchema),
  sentences: z.array(
    z.object({
      index: z.number().int(),
      text: z.string(),
      tokens: z.array(z.object({ text: z.string(), pos: z.string(), lemma: z.string(), start: z.number().int(), end: z.number().int() })),
      dates: z.array(z.object({ text: z.string(), date: z.string() })),
      actors: z.array(
        z.object({
          text: z.string(),
          code: nullableText,
          kind: z.string(),
          via: z.string(),
          entries: z.array(z.string()),
          start: z.number().int().describe('character offset in the sentence'),
          end: z.number().int(),
        }),
      ),
      trace: z.array(
        z.object({
          trigger: z.string(),
          at: z.number().int(),
          outcome: z.string(),
          tried: z.array(z.object({ pattern: z.string(), source: z.string(), matched: z.boolean() })),
        }),
      ),
    }),
  ),
});

export const IngestBody = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['stored', 'duplicate']),
      article_id: z.number().int(),
      events: z.number().int(),
    }),
  ),
});

export const HealthBody = z.object({
  status: z.literal('ok'),
  version: z.string(),
  store: z.object({ dialect: z.string() }),
  counts: z.object({ articles: z.number().int(), sentences: z.number().int(), events: z.number().int(), dedupEvents: z.number().int() }),
});

export const CodesBody = z.object({
  codes: z.array(z.object({ code: z.string(), label: z.string(), root: z.string(), quad: z.number().int(), goldstein: z.number().nullable(), plover: nullableText })),
});
