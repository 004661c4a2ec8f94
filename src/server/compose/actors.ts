/**
 * Actors with their event counts, and the actor network. The Store has no per-actor aggregate, so actors are
 * counted from the deduplicated events (every event, coded on either side); the network comes from
 * `Store.topDyads` (both actors coded), optionally merged to countries.
 */
import type { EventFilter, Store } from '../../store/store.js';
import type { ActorLabels } from '../actor-labels.js';

export interface ActorCount {
  code: string;
  label: string;
  events: number;
  as_source: number;
  as_target: number;
  mentions: number;
  goldstein_mean: number | null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export async function actorCounts(
  store: Store,
  filter: EventFilter,
  labels: ActorLabels,
  opts: { group: 'code' | 'country'; limit: number },
): Promise<{ actors: ActorCount[]; scanned: number }> {
  const acc = new Map<string, { events: number; as_source: number; as_target: number; mentions: number; goldstein: number }>();
  const key = (code: string) => (opts.group === 'country' ? labels.group(code) : code);
  let scanned = 0;
  for await (const e of store.events(filter)) {
    scanned++;
    const s = e.source ? key(e.source) : null;
    const t = e.target ? key(e.target) : null;
    for (const code of new Set([s, t])) {
      if (!code) continue;
      const a = acc.get(code) ?? { events: 0, as_source: 0, as_target: 0, mentions: 0, goldstein: 0 };
      a.events++;
      if (code === s) a.as_source++;
      if (code === t) a.as_target++;
      a.mentions += e.mentions;
      a.goldstein += e.goldstein;
      acc.set(code, a);
    }
  }
  const actors = [...acc.entries()]
    .map(([code, a]) => ({
      code,
      label: labels.label(code),
      events: a.events,
      as_source: a.as_source,
      as_target: a.as_target,
      mentions: a.mentions,
      goldstein_mean: a.events ? round(a.goldstein / a.events) : null,
    }))
    .sort((a, b) => b.events - a.events || a.code.localeCompare(b.code))
    .slice(0, opts.limit);
  return { actors, scanned };
}

export interface Network {
  nodes: { id: string; label: string; events: number }[];
  edges: { source: string; target: string; events: number; mentions: number; goldstein_mean: number }[];
}

export async function actorNetwork(store: Store, filter: EventFilter, labels: ActorLabels, opts: { group: 'code' | 'country'; limit: number }): Promise<Network> {
  // merging to countries folds many dyads into one edge, so ask for more than the edges wanted
  const dyads = await store.topDyads(filter, opts.group === 'country' ? opts.limit * 10 : opts.limit);
  const key = (code: string) => (opts.group === 'country' ? labels.group(code) : code);
  const edges = new Map<string, { source: string; target: string; events: number; mentions: number; goldstein_sum: number }>();
  for (const d of dyads) {
    const source = key(d.source);
    const target = key(d.target);
    if (source === target) continue; // a country's dealings with itself are not an edge of the network
    const id = `${source}\u0000${target}`;
    const e = edges.get(id) ?? { source, target, events: 0, mentions: 0, goldstein_sum: 0 };
    e.events += d.events;
    e.mentions += d.mentions;
    e.goldstein_sum += d.goldstein_sum;
    edges.set(id, e);
  }
  const kept = [...edges.values()].sort((a, b) => b.events - a.events).slice(0, opts.limit);
  const nodes = new Map<string, number>();
  for (const e of kept) {
    nodes.set(e.source, (nodes.get(e.source) ?? 0) + e.events);
    nodes.set(e.target, (nodes.get(e.target) ?? 0) + e.events);
  }
  return {
    nodes: [...nodes.entries()].map(([id, events]) => ({ id, label: labels.label(id), events })),
    edges: kept.map((e) => ({ source: e.source, target: e.target, events: e.events, mentions: e.mentions, goldstein_mean: round(e.goldstein_sum / e.events) })),
  };
}
