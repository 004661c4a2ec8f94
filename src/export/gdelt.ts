/**
 * Deduplicated events as GDELT 2.0 event-table rows: 61 tab-separated columns in GDELT's documented order, no
 * header (as GDELT ships its files). Columns Dyad does not produce (ethnic and religion codes, tone, geography) are
 * left blank; DATEADDED is when the event was first stored and SOURCEURL its first article's address.
 */
import type { DedupEvent, EvidenceRef } from '../store/store.js';
import { splitActor } from './actor-code.js';

export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code',
  'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code',
  'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** Tabs and newlines would break the row; GDELT fields never carry them. */
export const tsvField = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function fractionDate(day: string): string {
  const y = Number(day.slice(0, 4));
  const doy = (Date.parse(`${day}T00:00:00Z`) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + doy / 365).toFixed(4);
}

function actorColumns(code: string | null, name: string | null): string[] {
  const p = splitActor(code);
  return [code && !code.startsWith('~') ? code : '', name ? name.toUpperCase() : '', p.country, p.knownGroup, '', '', '', p.types[0] ?? '', p.types[1] ?? '', p.types[2] ?? ''];
}

/** The 61 fields of one event; `refs` are its evidence links (for SOURCEURL). */
export function gdeltRow(e: DedupEvent, refs: EvidenceRef[] = []): string[] {
  const day = e.day ?? '';
  const ymd = day.replace(/-/g, '');
  const added = e.first_added.replace(/\D/g, '').slice(0, 14);
  const ref = refs.find((r) => r.url) ?? refs[0];
  const row = [
    String(e.id), ymd, ymd.slice(0, 6), ymd.slice(0, 4), day ? fractionDate(day) : '',
    ...actorColumns(e.source, e.source_text),
    ...actorColumns(e.target, e.target_text),
    String(e.is_root), e.code, e.code.slice(0, 3), e.root, String(e.quad_class), String(e.goldstein),
    String(e.mentions), String(e.sources), String(e.articles), '',
    ...Array<string>(24).fill(''),
    added, ref?.url ?? ref?.doc_id ?? '',
  ];
  return row.map(tsvField);
}
