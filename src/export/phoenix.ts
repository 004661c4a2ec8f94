/**
 * Deduplicated events as Phoenix rows: the 26 tab-separated columns of the Phoenix (Open Event Data Alliance) daily
 * files, no header. Issues and geography are blank; QuadClass is Phoenix's five-way class (0 neutral statements
 * and appeals, 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict).
 */
import type { DedupEvent, EvidenceRef } from '../store/store.js';
import { splitActor } from './actor-code.js';
import { tsvField } from './gdelt.js';

export const PHOENIX_COLUMNS = [
  'EventID', 'Date', 'Year', 'Month', 'Day',
  'SourceActorFull', 'SourceActorEntity', 'SourceActorRole', 'SourceActorAttribute',
  'TargetActorFull', 'TargetActorEntity', 'TargetActorRole', 'TargetActorAttribute',
  'EventCode', 'EventRootCode', 'QuadClass', 'GoldsteinScore', 'Issues', 'Lat', 'Lon',
  'LocationName', 'StateName', 'CountryCode', 'SentenceID', 'URLs', 'NewsSources',
] as const;

export function pentaClass(root: string): number {
  const r = Number(root);
  return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

function actor(code: string | null): string[] {
  if (!code || code.startsWith('~')) return ['', '', '', ''];
  const p = splitActor(code);
  return [code, p.entity, p.role, p.attribute];
}

const unique = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];

export function phoenixRow(e: DedupEvent, refs: EvidenceRef[] = []): string[] {
  const day = e.day ?? '';
  const row = [
    String(e.id), day.replace(/-/g, ''), day.slice(0, 4), day ? String(Number(day.slice(5, 7))) : '', day ? String(Number(day.slice(8, 10))) : '',
    ...actor(e.source),
    ...actor(e.target),
    e.code, e.root, String(pentaClass(e.root)), String(e.goldstein), '', '', '',
    '', '', '',
    unique(refs.map((r) => `${r.doc_id}_${r.sentence_index}`)).join(';'),
    unique(refs.map((r) => r.url)).join(';'),
    unique(refs.map((r) => r.source)).join(';'),
  ];
  return row.map(tsvField);
}
