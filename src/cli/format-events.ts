/** Output formats for coded events: JSONL (the scorer's contract), TSV, and an aligned table for people. */
import type { CodedEvent } from '../model/types.js';

export type Format = 'jsonl' | 'tsv' | 'table';

const TSV_COLUMNS = ['doc_id', 'sentence_index', 'date', 'source', 'target', 'code', 'root', 'quad_class', 'goldstein', 'plover', 'source_text', 'target_text', 'pattern', 'sentence'] as const;

function cell(e: CodedEvent, c: (typeof TSV_COLUMNS)[number]): string {
  const v = c === 'pattern' ? e.evidence.pattern : e[c];
  return v === null || v === undefined ? '' : String(v).replace(/[\t\n\r]+/g, ' ');
}

export function tsvHeader(): string {
  return TSV_COLUMNS.join('\t');
}

export function formatEvent(e: CodedEvent, format: Format): string {
  if (format === 'jsonl') return JSON.stringify(e);
  return TSV_COLUMNS.map((c) => cell(e, c)).join('\t');
}

/** A readable table: one event a line, the sentence it came from under each new sentence. */
export function formatTable(events: CodedEvent[]): string {
  const lines: string[] = [];
  let last = '';
  const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n));
  for (const e of events) {
    const key = `${e.doc_id}#${e.sentence_index}`;
    if (key !== last) {
      lines.push(`\n[${e.doc_id} #${e.sentence_index}] ${e.sentence}`);
      last = key;
    }
    const who = `${e.source ?? '—'} → ${e.target ?? '—'}`;
    const words = `${e.source_text ?? ''} → ${e.target_text ?? ''}`;
    lines.push(`  ${pad(e.date ?? '', 11)}${pad(who, 22)}${pad(e.code, 6)}${pad(e.plover ?? '—', 11)}${pad(words, 60)}${e.evidence.pattern}`);
  }
  return lines.join('\n').trimStart() + '\n';
}
