/**
 * Scores coded events against a gold file by the rules of ../shared/eval/README.md (the judge's scorer), and keeps
 * what accuracy work needs: which gold events were missed and which coded events matched nothing.
 */
import type { CodedEvent } from '../model/types.js';
import type { GoldEventRaw, GoldFile } from './gold.js';
import { actorMatches, normText, normalizeActor, textMatches } from './match-actors.js';

export interface GoldEvent {
  id: string;
  required: boolean;
  symmetric: boolean;
  source: string | null;
  target: string | null;
  sourceText: string | null;
  targetText: string | null;
  codes: string[];
  plover: string | null;
  date: string | null;
  /** The record id or snippet that scopes it. */
  scope: { doc?: string; snippet?: string };
  sentence?: string;
}

export interface Score {
  strict: Tally;
  lenient: Tally;
  forbidden: CodedEvent[];
  dates: { right: number; checked: number };
  partial: boolean;
  gold: GoldEvent[];
  /** Gold id → the coded event that matched it (strict). */
  found: Map<string, CodedEvent>;
  falsePositives: CodedEvent[];
}

export interface Tally {
  hit: number;
  required: number;
  matched: number;
  total: number;
  recall: number;
  precision: number;
  f1: number;
}

const YIELD = ['YIELD', 'CONCEDE', 'RETREAT'];
const PLOVER_SAME: Record<string, string[]> = { YIELD, DEMAND: ['REQUEST'], DISAPPROVE: ['ACCUSE'], INVESTIGATE: ['ACCUSE'], FIGHT: ['ASSAULT'] };

export function goldEvents(gold: GoldFile): GoldEvent[] {
  const make = (g: GoldEventRaw, id: string, scope: GoldEvent['scope'], sentence?: string): GoldEvent => ({
    id,
    required: g.required ?? true,
    symmetric: g.symmetric ?? false,
    source: normalizeActor(g.source),
    target: normalizeActor(g.target),
    sourceText: g.source_text ?? null,
    targetText: g.target_text ?? null,
    codes: g.codes ?? [],
    plover: g.plover ?? null,
    date: g.date ?? null,
    scope,
    sentence,
  });
  if (gold.records) return gold.records.flatMap((r) => r.events.map((g, i) => make(g, `${r.id}#${i}`, { doc: r.id }, r.text)));
  return (gold.events ?? []).map((g, i) => make(g, g.id ?? `event-${i}`, { snippet: normText(g.snippet ?? '') }, g.snippet));
}

export function inScope(g: { scope: GoldEvent['scope'] }, e: CodedEvent): boolean {
  if (g.scope.doc !== undefined) return String(e.doc_id) === g.scope.doc;
  return normText(e.sentence).includes(g.scope.snippet ?? '');
}

export function codeMatches(codes: string[], code: string, rootOnly: boolean): boolean {
  return codes.some((c) => code.startsWith(rootOnly ? c.slice(0, 2) : c));
}

function typeMatches(g: GoldEvent, e: CodedEvent, rootOnly: boolean): boolean {
  if (g.plover) return (PLOVER_SAME[g.plover] ?? [g.plover]).includes(e.plover ?? '');
  return codeMatches(g.codes, e.code, rootOnly);
}

export function eventMatches(g: GoldEvent, e: CodedEvent, strict: boolean, rootOnly: boolean): boolean {
  if (!typeMatches(g, e, rootOnly)) return false;
  const side = (code: string | null, text: string | null, c: string | null, t: string | null) => textMatches(text, t) && actorMatches(code, normalizeActor(c), strict);
  const direct = side(g.source, g.sourceText, e.source, e.source_text) && side(g.target, g.targetText, e.target, e.target_text);
  const swapped = g.symmetric && side(g.source, g.sourceText, e.target, e.target_text) && side(g.target, g.targetText, e.source, e.source_text);
  return direct || swapped;
}

function tally(gold: GoldEvent[], events: CodedEvent[], strict: boolean, rootOnly: boolean, partial: boolean) {
  const used = new Set<number>();
  const found = new Map<string, CodedEvent>();
  // required first, so an optional gold event never takes the coded event a required one needs
  for (const g of [...gold].sort((a, b) => Number(b.required) - Number(a.required))) {
    const i = events.findIndex((e, k) => !used.has(k) && inScope(g, e) && eventMatches(g, e, strict, rootOnly));
    if (i >= 0) {
      used.add(i);
      found.set(g.id, events[i]!);
    }
  }
  // a second telling of a matched event is not a false positive
  events.forEach((e, k) => {
    if (!used.has(k) && gold.some((g) => found.has(g.id) && inScope(g, e) && eventMatches(g, e, strict, rootOnly))) used.add(k);
  });
  const required = gold.filter((g) => g.required);
  const hit = required.filter((g) => found.has(g.id)).length;
  const recall = required.length ? hit / required.length : 1;
  const precision = partial ? NaN : events.length ? used.size / events.length : 1;
  const f1 = partial ? recall : recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  const t: Tally = { hit, required: required.length, matched: used.size, total: events.length, recall, precision, f1 };
  return { t, found, falsePositives: events.filter((_, k) => !used.has(k)) };
}

export function scoreEvents(gold: GoldFile, events: CodedEvent[], opts: { rootOnly?: boolean } = {}): Score {
  const rootOnly = opts.rootOnly ?? false;
  const partial = Boolean(gold.partial);
  const g = goldEvents(gold);
  const strict = tally(g, events, true, rootOnly, partial);
  const lenient = tally(g, events, false, rootOnly, partial);
  const forbidden = (gold.forbidden ?? []).flatMap((f) => events.filter((e) => normText(e.sentence).includes(normText(f.snippet)) && codeMatches(f.codes, e.code, rootOnly)));
  const dated = g.filter((x) => x.date && strict.found.has(x.id));
  const right = dated.filter((x) => String(strict.found.get(x.id)!.date ?? '').startsWith(x.date!)).length;
  return { strict: strict.t, lenient: lenient.t, forbidden, dates: { right, checked: dated.length }, partial, gold: g, found: strict.found, falsePositives: strict.falsePositives };
}
