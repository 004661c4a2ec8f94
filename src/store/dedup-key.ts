/**
 * The deduplication rule, in one place. Two event rows are the same real-world event when they share
 *   (day, source actor, target actor, full CAMEO code):
 * - day: the event's own date (the day the text says it happened), else the article's publication date;
 * - an actor without a CAMEO code is keyed by its words, lower-cased ("~rebels"), so uncoded actors do not merge
 *   with each other by accident;
 * - an event with no date at all only merges with mentions in the same article.
 * Mentions, sources and articles are then counted per key (GDELT's NumMentions / NumSources / NumArticles).
 */
import type { CodedEvent } from '../model/types.js';

export interface KeyParts {
  key: string;
  day: string | null;
}

function actorKey(code: string | null, text: string | null): string {
  if (code) return code;
  return text ? `~${text.toLowerCase().replace(/\s+/g, ' ').trim()}` : '-';
}

/** `articleKey` scopes undated events to their article (its content hash). */
export function dedupKey(event: CodedEvent, articleDate: string | undefined, articleKey: string): KeyParts {
  const day = event.date ?? articleDate ?? null;
  const when = day ?? `undated:${articleKey}`;
  return { key: [when, actorKey(event.source, event.source_text), actorKey(event.target, event.target_text), event.code].join('|'), day };
}
