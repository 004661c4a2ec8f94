/**
 * What an import did: how much it wrote, and — by reason — what it left out or could only approximate, with a few
 * examples each (`file:line: entry`) so a curator can find them.
 */

export type ImportFormat = 'petrarch' | 'tabari';

export interface ReasonCount {
  count: number;
  /** Up to three `file:line: entry` examples. */
  examples: string[];
}

export interface ImportReport {
  from: ImportFormat;
  out: string;
  /** The input files and what each was read as. */
  inputs: { file: string; kind: DictionaryKind }[];
  written: {
    /** Source actor entries that produced at least one Dyad line. */
    actors: number;
    /** Names (phrases) written for those actors. */
    actorNames: number;
    /** Agent nouns written to agents.txt. */
    agents: number;
    /** Agent modifiers written (neither PETRARCH nor TABARI has them: always 0 for now). */
    modifiers: number;
    /** Event pattern lines written to events/NN-*.txt. */
    patterns: number;
  };
  /** Lines written per output file (relative to `out`). */
  files: Record<string, number>;
  /** Reason → how many source entries were not transferred. */
  skipped: Record<string, ReasonCount>;
  /** Reason → how many entries were transferred with a loss of meaning. */
  approximated: Record<string, ReasonCount>;
  /** Problems with the folder as a whole (e.g. no actors: `loadKnowledge` will refuse it). */
  warnings: string[];
}

export type DictionaryKind = 'actors' | 'agents' | 'verbs' | 'discards';

/** Where a source entry came from, for examples and notes. */
export interface SourceRef {
  file: string;
  line: number;
  text: string;
}

export function refText(ref: SourceRef): string {
  const base = ref.file.split(/[\\/]/).pop();
  const text = ref.text.length > 90 ? `${ref.text.slice(0, 87)}...` : ref.text;
  return `${base}:${ref.line}: ${text}`;
}

const EXAMPLES = 3;

/** Collects reason counts while converting. */
export class Tally {
  readonly skipped: Record<string, ReasonCount> = {};
  readonly approximated: Record<string, ReasonCount> = {};

  skip(reason: string, ref: SourceRef, count = 1): void {
    add(this.skipped, reason, ref, count);
  }

  approximate(reason: string, ref: SourceRef, count = 1): void {
    add(this.approximated, reason, ref, count);
  }
}

function add(map: Record<string, ReasonCount>, reason: string, ref: SourceRef, count: number): void {
  const r = (map[reason] ??= { count: 0, examples: [] });
  r.count += count;
  const ex = refText(ref);
  if (r.examples.length < EXAMPLES && !r.examples.includes(ex)) r.examples.push(ex);
}

/** Reasons sorted by count, largest first (for printing). */
export function topReasons(map: Record<string, ReasonCount>): [string, ReasonCount][] {
  return Object.entries(map).sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
}
