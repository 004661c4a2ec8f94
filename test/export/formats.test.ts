/** GDELT 2.0 and Phoenix rows, actor code splitting, CSV quoting and series bucketing. */
import { describe, expect, it } from 'vitest';
import { splitActor } from '../../src/export/actor-code.js';
import { csvField } from '../../src/export/event-table.js';
import { GDELT_COLUMNS, gdeltRow } from '../../src/export/gdelt.js';
import { PHOENIX_COLUMNS, pentaClass, phoenixRow } from '../../src/export/phoenix.js';
import { buildSeries, periodOf } from '../../src/store/series.js';
import type { DedupEvent, EvidenceRef } from '../../src/store/store.js';

const event: DedupEvent = {
  id: 42,
  day: '2003-01-18',
  source: 'USAGOV',
  target: 'IGOUNOIAE',
  source_text: 'the U.S.\tenvoy',
  target_text: 'the agency',
  code: '0421',
  root: '04',
  quad_class: 1,
  goldstein: 1.9,
  plover: 'CONSULT',
  mentions: 3,
  sources: 2,
  articles: 2,
  first_seen: '2003-01-19',
  last_seen: '2003-01-20',
  first_added: '2026-05-04T10:11:12.345Z',
  is_root: 1,
};
const refs: EvidenceRef[] = [
  { dedup_id: 42, article_id: 1, doc_id: 'a.txt', sentence_index: 0, url: null, source: 'Wire' },
  { dedup_id: 42, article_id: 2, doc_id: 'b', sentence_index: 3, url: 'https://b.example/x', source: 'Paper' },
  { dedup_id: 42, article_id: 2, doc_id: 'b', sentence_index: 5, url: 'https://b.example/x', source: 'Paper' },
];

describe('GDELT 2.0 rows', () => {
  const row = gdeltRow(event, refs);
  const col = (name: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(name)];

  it('have the 61 columns of the event table', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(row).toHaveLength(61);
    expect([GDELT_COLUMNS[0], GDELT_COLUMNS[25], GDELT_COLUMNS[34], GDELT_COLUMNS[59], GDELT_COLUMNS[60]]).toEqual(['GlobalEventID', 'IsRootEvent', 'AvgTone', 'DATEADDED', 'SOURCEURL']);
  });

  it.each<[(typeof GDELT_COLUMNS)[number], string]>([
    ['GlobalEventID', '42'],
    ['Day', '20030118'],
    ['MonthYear', '200301'],
    ['Year', '2003'],
    ['FractionDate', '2003.0493'],
    ['Actor1Code', 'USAGOV'],
    ['Actor1Name', 'THE U.S. ENVOY'],
    ['Actor1CountryCode', 'USA'],
    ['Actor1Type1Code', 'GOV'],
    ['Actor2CountryCode', ''],
    ['Actor2KnownGroupCode', 'UNO'],
    ['Actor2Type1Code', 'IGO'],
    ['IsRootEvent', '1'],
    ['EventCode', '0421'],
    ['EventBaseCode', '042'],
    ['EventRootCode', '04'],
    ['QuadClass', '1'],
    ['GoldsteinScale', '1.9'],
    ['NumMentions', '3'],
    ['NumSources', '2'],
    ['NumArticles', '2'],
    ['AvgTone', ''],
    ['ActionGeo_Type', ''],
    ['DATEADDED', '20260504101112'],
    ['SOURCEURL', 'https://b.example/x'],
  ])('%s = %s', (name, value) => {
    expect(col(name)).toBe(value);
  });

  it('never contain a tab or newline inside a field', () => {
    expect(row.join('\t').split('\t')).toHaveLength(61);
  });
});

describe('Phoenix rows', () => {
  const row = phoenixRow(event, refs);
  it('have 26 columns with the actors split into entity, role and attribute', () => {
    expect(PHOENIX_COLUMNS).toHaveLength(26);
    expect(row).toHaveLength(26);
    expect(row.slice(0, 17)).toEqual(['42', '20030118', '2003', '1', '18', 'USAGOV', 'USA', 'GOV', '', 'IGOUNOIAE', 'IGOUNO', 'IAE', '', '0421', '04', '1', '1.9']);
    expect(row.slice(23)).toEqual(['a.txt_0;b_3;b_5', 'https://b.example/x', 'Wire;Paper']);
  });

  it.each([
    ['01', 0],
    ['02', 0],
    ['03', 1],
    ['05', 1],
    ['06', 2],
    ['08', 2],
    ['09', 3],
    ['13', 3],
    ['14', 4],
    ['20', 4],
  ])('root %s is Phoenix class %i', (root, cls) => {
    expect(pentaClass(root)).toBe(cls);
  });
});

describe('splitActor', () => {
  it.each([
    ['USAGOV', { country: 'USA', knownGroup: '', types: ['GOV'], entity: 'USA', role: 'GOV', attribute: '' }],
    ['PRK', { country: 'PRK', knownGroup: '', types: [], entity: 'PRK', role: '', attribute: '' }],
    ['IGOUNO', { country: '', knownGroup: 'UNO', types: ['IGO'], entity: 'IGOUNO', role: '', attribute: '' }],
    ['PRKMILREB', { country: 'PRK', knownGroup: '', types: ['MIL', 'REB'], entity: 'PRK', role: 'MIL', attribute: 'REB' }],
    ['GOV', { country: '', knownGroup: '', types: ['GOV'], entity: 'GOV', role: '', attribute: '' }],
    ['~rebels', { country: '', knownGroup: '', types: [], entity: '', role: '', attribute: '' }],
  ])('%s', (code, parts) => {
    expect(splitActor(code)).toEqual(parts);
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [3.5, '3.5'],
  ])('%s', (v, out) => {
    expect(csvField(v)).toBe(out);
  });
});

describe('series periods', () => {
  it.each([
    ['2003-01-18', 'day', '2003-01-18'],
    ['2003-01-18', 'week', '2003-01-13'], // a Saturday → its Monday
    ['2003-01-13', 'week', '2003-01-13'],
    ['2003-01-01', 'week', '2002-12-30'], // weeks cross years
    ['2003-01-18', 'month', '2003-01'],
  ] as const)('%s by %s → %s', (day, interval, period) => {
    expect(periodOf(day, interval)).toBe(period);
  });

  it('fills empty months and the requested range with zeros', () => {
    const rows = buildSeries([{ day: '2003-03-05', quad: 3, events: 2, mentions: 5, goldstein_sum: -8 }], 'month', { from: '2003-01-10', to: '2003-04-01' });
    expect(rows.map((r) => `${r.period}:${r.events}:${r.goldstein_mean}:${r.q3}`)).toEqual(['2003-01:0:null:0', '2003-02:0:null:0', '2003-03:2:-4:2', '2003-04:0:null:0']);
    expect(buildSeries([], 'day')).toEqual([]);
  });
});
