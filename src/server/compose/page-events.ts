/**
 * Pages of deduplicated events with a cursor, composed from `Store.events` (which streams in (day, id) order but
 * takes no cursor): the cursor is the (day, id) of the last event sent; the next page narrows the filter to that day
 * onwards and skips what came before. An optional predicate filters further (a dyad in both directions).
 */
import type { DedupEvent, EventFilter, Store } from '../../store/store.js';

export interface EventPage {
  events: DedupEvent[];
  next: string | null;
}

export function encodeCursor(e: DedupEvent): string {
  return `${e.day ?? ''}~${e.id}`;
}

function decodeCursor(cursor: string): { day: string; id: number } {
  const i = cursor.lastIndexOf('~');
  return { day: cursor.slice(0, i), id: Number(cursor.slice(i + 1)) };
}

/** True when `e` comes after the cursor in the store's (day, id) order; undated events ('') come first. */
function isAfter(e: DedupEvent, c: { day: string; id: number }): boolean {
  const day = e.day ?? '';
  return day > c.day || (day === c.day && e.id > c.id);
}

export async function pageEvents(
  store: Store,
  filter: EventFilter,
  opts: { limit: number; cursor?: string; predicate?: (e: DedupEvent) => boolean },
): Promise<EventPage> {
  const c = opts.cursor ? decodeCursor(opts.cursor) : null;
  const f: EventFilter = { ...filter };
  if (c?.day && (!f.from || f.from < c.day)) f.from = c.day;
  const events: DedupEvent[] = [];
  let more = false;
  for await (const e of store.events(f)) {
    if (c && !isAfter(e, c)) continue;
    if (opts.predicate && !opts.predicate(e)) continue;
    if (events.length === opts.limit) {
      more = true;
      break;
    }
    events.push(e);
  }
  const last = events[events.length - 1];
  return { events, next: more && last ? encodeCursor(last) : null };
}

/** Does an actor code match a code or a `PREFIX*`? */
export function matchesActor(code: string | null, want: string): boolean {
  if (code === null) return false;
  return want.endsWith('*') ? code.startsWith(want.slice(0, -1)) : code === want;
}

/** The filter and predicate of a dyad in both directions: the store narrows to one actor, the predicate does the rest. */
export function eitherDirection(filter: EventFilter, a: string, b: string): { filter: EventFilter; predicate: (e: DedupEvent) => boolean } {
  const { source: _s, target: _t, ...rest } = filter;
  return {
    filter: { ...rest, actor: a },
    predicate: (e) => (matchesActor(e.source, a) && matchesActor(e.target, b)) || (matchesActor(e.source, b) && matchesActor(e.target, a)),
  };
}
