/**
 * Dictionary import: PETRARCH and TABARI dictionaries → a Dyad dictionaries folder. The fixtures are small made-up
 * dictionaries in each coder's syntax (a fictional world: Valdoria, the Kestrel Islands, Brannock); the real
 * PETRARCH validation files are imported too when ../shared is present.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveTenures, sourceDate } from '../../src/dictionary/import/dated-codes.js';
import { translatePattern } from '../../src/dictionary/import/translate-pattern.js';
import { DictionaryError } from '../../src/dictionary/errors.js';
import { loadKnowledge } from '../../src/dictionary/knowledge.js';
import { createCoder, importDictionaries } from '../../src/index.js';
import { SHARED } from '../helpers.js';

function workdir(files: Record<string, string>): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-import-'));
  const paths: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    paths.push(join(dir, name));
  }
  return { dir, paths };
}

const brief = (events: { source: string | null; target: string | null; code: string }[]) => events.map((e) => `${e.source ?? '-'}>${e.target ?? '-'}:${e.code}`);

// ------------------------------------------------------------------ PETRARCH fixtures (made up)

const PETR_ACTORS = `<!-- Dyad importer test actors: a made-up world -->
<!-- a comment that runs
     over two lines -->
VALDORIA [VLD]
+VALDORIAN
KESTREL_ISLANDS [KST] # an island state
+KESTREL
OSTMARK_HALL [VLDGOV]
MERIDIAN_LEAGUE [IGOMRD]
RED_LANTERN_FRONT [VLDREBRLF]

ODO_PELLAM # a Valdorian politician
+PELLAM
	[VLDOPP <001231]
	[VLDGOV 20010101-20051231]
	[VLDELI >20060101]

BRANNOCK
+KESTREL
	[BRK <891231]
	[BRN]
SILVERTON [+++]
TWIN_CITIES [ABC/DEF]
NEWPORT_RADIO [NPRTV]
`;

const PETR_AGENTS = `<!-- Dyad importer test agents -->
!OFFICE! = MINISTER, MINISTERS
HARBOUR_MASTER [~GOV]
TRADE_!OFFICE! [~GOV]
RIVER_GUARD {} [~MIL]
CHAIR_OF_THE_SENATE [~LEGSEN]
PEACE_SOCIETY [NGO~]
`;

const PETR_VERBS = `<!-- Dyad importer test verbs -->
&TIEKIND
+TRADE
+CULTURAL
+FISHING_RIGHTS

--- PRAISE  [051] ---
PRAISE
LAUD
- * &TIEKIND ACCORD [057]
- * EFFORTS_OF + [051]
- SAID * [111]
- % * [036]

--- SCOLD  [111] ---
SCOLD {SCOLDS SCOLDED SCOLDING}
+TELL_OFF
- * + OVER [112]
- * THE_PRESS [903]

--- WIN  [---] ---
WIN
- + * AID_FROM $ [070]
- * OF $ FROM + [071]

--- VISIT  [042:043] ---
VISIT
- * FOR_TALKS + [042:ABC]

--- DEPART  [---] ---
LEFT [042]
- * FOR + [042:043]

--- LEAVE  [161] ---
LEAVE
- NOTED + * [115]
- SAID WOULD_* [138]

--- POSTPONE  [---] ---
POSTPONE
- % HAVE * [125]

--- CROSS  [---] ---
DOUBLE_+CROSS [1711]
`;

describe('importDictionaries from PETRARCH', () => {
  const { dir, paths } = workdir({ 'test.actors.txt': PETR_ACTORS, 'test.agents.txt': PETR_AGENTS, 'test.verbs.txt': PETR_VERBS });
  const out = join(dir, 'dyad');
  const report = importDictionaries({ from: 'petrarch', files: paths, out });

  it('writes a folder loadKnowledge accepts', () => {
    const k = loadKnowledge(out);
    expect(k.codes.size).toBeGreaterThan(100);
    expect(k.actors.people.get('odo-pellam')!.tenures!.map((t) => t.code)).toEqual(['VLDOPP', 'VLDGOV', 'VLDELI']);
    expect(existsSync(join(out, 'events', 'modality.txt'))).toBe(true);
  });

  it('counts what it wrote', () => {
    expect(report.written.actors).toBe(7); // Valdoria, Kestrel, Ostmark Hall, Meridian League, Red Lantern Front, Odo Pellam, Brannock
    expect(report.written.agents).toBe(5); // harbour master, trade minister, trade ministers, river guard, chair of the senate
    expect(report.written.patterns).toBeGreaterThanOrEqual(8);
    expect(report.warnings).toEqual([]);
  });

  it('files actors by the shape of their code', () => {
    const countries = readFileSync(join(out, 'actors', 'countries.txt'), 'utf8');
    expect(countries).toMatch(/^VLD \| Valdoria; Valdorian \| - \| Ostmark Hall \|/m);
    expect(countries).toMatch(/^BRK \| Brannock \| - \| - \| \.\.1989-12-31 \|/m);
    expect(countries).toMatch(/^BRN \| Brannock \| - \| - \| 1990-01-01\.\. \|/m);
    expect(readFileSync(join(out, 'actors', 'organizations.txt'), 'utf8')).toMatch(/^IGOMRD \| Meridian League \|/m);
    expect(readFileSync(join(out, 'actors', 'groups.txt'), 'utf8')).toMatch(/^VLDREBRLF \| Red Lantern Front \|/m);
    const people = readFileSync(join(out, 'actors', 'people.txt'), 'utf8');
    expect(people).toMatch(/^odo-pellam \| Odo Pellam; Pellam \| VLDGOV \| 2001-01-01\.\.2005-12-31 \|/m);
  });

  it('counts what does not transfer, by reason, with file:line examples', () => {
    expect(report.skipped['actor code: discard/complex code +++ or ### (no Dyad equivalent)']!.count).toBe(1);
    expect(report.skipped['actor code: compound code A/B (several actors at once; no Dyad equivalent)']!.examples[0]).toMatch(/^test\.actors\.txt:\d+: TWIN_CITIES/);
    expect(report.skipped['actor code: not in 3-letter blocks (Dyad rejects it)']!.count).toBe(1);
    expect(report.skipped['actor name: already names an earlier actor (the first is kept)']!.count).toBe(1);
    expect(report.skipped["agent: prefix code [CODE~] (goes before the actor's code; Dyad only appends roles)"]!.count).toBe(1);
    expect(report.approximated['agent: code of several blocks cut to its first role (~GOVFRM → GOV)']!.count).toBe(1);
    expect(report.skipped['pattern: target slot + among the words before the verb']!.count).toBe(1);
    expect(report.skipped['pattern: both + and $ after the verb (Dyad has one actor slot a pattern)']!.count).toBe(1);
    expect(report.skipped['verb: null code --- (the verb alone codes nothing; its patterns are still written)']!.count).toBe(2);
    expect(report.approximated["event code not in CAMEO: kept as the dictionary's own (cameo/extra-codes.txt; no Goldstein weight, no PLOVER type)"]!.count).toBe(1);
    expect(report.approximated['paired code A:B whose reverse code B Dyad cannot use — only the first (source→target) event is written']!.count).toBe(1);
  });

  it('translates patterns: synsets, + and $ slots, multi-word verbs', () => {
    const lines = readFileSync(join(out, 'events', '05-engage-in-diplomatic-cooperation.txt'), 'utf8');
    expect(lines).toContain('| 057 | v | praise|laud * trade|cultural * accord |');
    expect(lines).toContain('| 057 | v | praise|laud * fishing rights * accord |');
    expect(lines).toContain('| 051 | v | praise|laud * efforts of + |');
    const aid = readFileSync(join(out, 'events', '07-provide-aid.txt'), 'utf8');
    expect(aid).toContain('| 070 | v | win * aid from $ |');
    const disapprove = readFileSync(join(out, 'events', '11-disapprove.txt'), 'utf8');
    expect(disapprove).toContain('| 111 | v | tell off |');
    // scolds/scolded/scolding are left out: their lemma, scold, is already a trigger
    expect(disapprove).toContain('| 112 | v | scold + * over |');
    expect(disapprove).toContain('| 112 | v | tell off + * over |');
  });

  it('writes words before the verb, % and multi-word verbs with a word before them around a [trigger]', () => {
    const lines = (file: string) => readFileSync(join(out, 'events', file), 'utf8');
    expect(lines('11-disapprove.txt')).toContain('| 111 | v | said * [praise|laud] |');
    expect(lines('13-threaten.txt')).toContain('| 138 | v | said * would [leave] |');
    expect(lines('12-reject.txt')).toContain('| 125 | v | % have * [postpone] |');
    expect(lines('03-express-intent-to-cooperate.txt')).toContain('| 036 | v | % [praise|laud] |');
    expect(lines('17-coerce.txt')).toContain('| 1711 | v | double [cross] |');
  });

  it('keeps paired codes, and an inflected trigger beside its lemma as =form', () => {
    const consult = readFileSync(join(out, 'events', '04-consult.txt'), 'utf8');
    expect(consult).toContain('| 042:043 | v | visit |');
    // LEFT has patterns of its own, apart from LEAVE's
    expect(consult).toContain('| 042 | v | =left |');
    expect(consult).toContain('| 042:043 | v | =left * for + |');
    // a reverse code Dyad cannot use is dropped, the first event kept
    expect(consult).toContain('| 042 | v | visit * for talks + |');
  });

  it("lists the codes it keeps that CAMEO lacks in the folder's own code table", () => {
    expect(readFileSync(join(out, 'cameo', 'extra-codes.txt'), 'utf8')).toMatch(/^903 \| PETRARCH code 903 \(not CAMEO\) \| first used at test\.verbs\.txt:\d+$/m);
    expect(readFileSync(join(out, 'events', '90-codes-outside-cameo.txt'), 'utf8')).toContain('| 903 | v | scold * the press |');
    expect(loadKnowledge(out).codes.get('903')).toMatchObject({ cameo: false, goldstein: null });
  });

  it('codes fixture sentences with the imported folder', () => {
    const coder = createCoder({ dictionaries: out });
    expect(brief(coder.codeText('Valdoria praised the fishing rights accord with the Kestrel Islands.', { date: '2003-05-01' }))).toEqual(['VLD>KST:057']);
    expect(brief(coder.codeText('Kestrel scolded Valdoria over the river tolls.', { date: '2003-05-01' }))).toEqual(['KST>VLD:112']);
    expect(brief(coder.codeText('The Kestrel harbour master scolded Valdoria over the tolls.', { date: '2003-05-01' }))).toEqual(['KSTGOV>VLD:112']);
    expect(brief(coder.codeText('Kestrel won aid from Valdoria on Monday.', { date: '2003-05-01' }))).toEqual(['VLD>KST:070']);
    expect(brief(coder.codeText('Ostmark Hall praised Kestrel.', { date: '2003-05-01' }))).toEqual(['VLDGOV>KST:051']);
  });

  it.each([
    ['Valdoria visited the Kestrel Islands.', ['VLD>KST:042', 'KST>VLD:043']],
    ['Valdoria left for the Kestrel Islands.', ['VLD>KST:042', 'KST>VLD:043']],
    ['Valdoria left the Kestrel Islands.', ['VLD>KST:042']],
    ['Valdoria leaves the Kestrel Islands.', ['VLD>KST:161']],
    ['Valdoria said it would leave the Kestrel Islands.', ['VLD>KST:138']],
    ['Valdoria and Kestrel have postponed the summit.', ['VLD>KST:125', 'KST>VLD:125']],
    ['Valdoria double crossed the Kestrel Islands.', ['VLD>KST:1711']],
    ['Kestrel scolded the press.', ['KST>-:903']],
  ])('codes with the imported features: %s', (text, want) => {
    const coder = createCoder({ dictionaries: out });
    expect(brief(coder.codeText(text, { date: '2003-05-01' }))).toEqual(want);
  });

  it('gives a dated actor the code of the article date', () => {
    const coder = createCoder({ dictionaries: out });
    const text = 'Odo Pellam praised the efforts of the Kestrel Islands.';
    expect(brief(coder.codeText(text, { date: '1999-03-01' }))).toEqual(['VLDOPP>KST:051']);
    expect(brief(coder.codeText(text, { date: '2003-03-01' }))).toEqual(['VLDGOV>KST:051']);
    expect(brief(coder.codeText(text, { date: '2008-03-01' }))).toEqual(['VLDELI>KST:051']);
  });

  it('re-imports into its own earlier output, and refuses a folder it did not make', () => {
    expect(() => importDictionaries({ from: 'petrarch', files: paths, out })).not.toThrow();
    const foreign = join(dir, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'mine\n');
    expect(() => importDictionaries({ from: 'petrarch', files: paths, out: foreign })).toThrow(/not empty/);
  });
});

// ------------------------------------------------------------------ TABARI fixtures (made up)

const TAB_ACTORS = `<NOUN>
LANTERNS
</NOUN>
VALDORIA_  [VLD]
KESTREL_ISLANDS_ [KST] ;made up for the tests
BRANNOCK_ [BRK <891231] [BRN]
SILVERTON_ [###]
~~FINISH 12:00 made-up
IGNORED_AFTER_FINISH [XXX]
`;
const TAB_AGENTS = `DOCKWORKERS_ [ ~LAB] ;made up
PEACE_SOCIETY_ [  NGO~]
`;
const TAB_VERBS = `<SYNSETS>
&GOODS
+GRAIN
+MACHINE_PARTS
</SYNSETS>
<TIME>
LAST_WEEK [-7]
</TIME>
SHIP_ [070]
- * { GRAIN | MACHINE_PARTS } TO + [071]
COMMEND_ [051]
- SAID * [111]
BLOCKAD [191]
`;

describe('importDictionaries from TABARI', () => {
  const { dir, paths } = workdir({ 'test.actors': TAB_ACTORS, 'test.agents': TAB_AGENTS, 'test.verbs': TAB_VERBS });
  const out = join(dir, 'dyad');
  const report = importDictionaries({ from: 'tabari', files: paths, out });

  it('writes a loadable folder and counts the TABARI-only sections', () => {
    expect(() => loadKnowledge(out)).not.toThrow();
    expect(report.written.actors).toBe(3);
    expect(report.skipped["TABARI <NOUN>/<ADJECTIVE> word list (Dyad's tagger tells nouns from verbs)"]!.count).toBe(1);
    expect(report.skipped['TABARI <TIME> entry (no Dyad equivalent)']!.count).toBe(1);
    expect(report.approximated['TABARI stem verb read as its likely lemmas (restor → restor|restore)']!.count).toBe(1);
  });

  it('codes fixture sentences, with dated codes and stems', () => {
    const coder = createCoder({ dictionaries: out });
    expect(brief(coder.codeText('Valdoria shipped grain to the Kestrel Islands.', { date: '1995-02-01' }))).toEqual(['VLD>KST:071']);
    expect(brief(coder.codeText('Valdoria shipped machine parts to the Kestrel Islands.', { date: '1995-02-01' }))).toEqual(['VLD>KST:071']);
    expect(brief(coder.codeText('Valdoria blockaded the Kestrel Islands.', { date: '1995-02-01' }))).toEqual(['VLD>KST:191']);
    expect(brief(coder.codeText('Brannock commended Valdoria.', { date: '1985-02-01' }))).toEqual(['BRK>VLD:051']);
    expect(brief(coder.codeText('Brannock commended Valdoria.', { date: '1995-02-01' }))).toEqual(['BRN>VLD:051']);
    expect(brief(coder.codeText('Kestrel Islands dockworkers commended Valdoria.', { date: '1995-02-01' }))).toEqual(['KSTLAB>VLD:051']);
  });
});

// ------------------------------------------------------------------ pieces

describe('translatePattern', () => {
  const synsets = new Map([
    ['&TIE', { members: ['TRADE', 'CULTURAL', 'FISHING_RIGHTS'], ref: { file: 'x', line: 1, text: '&TIE' } }],
    ['&ALL', { members: ['&TIE', 'SPORTING'], ref: { file: 'x', line: 1, text: '&ALL' } }],
  ]);
  // a variant as one line: the words before the verb, [V] for it, what follows
  const show = (v: { before: string; after: string }) => [v.before, v.before ? '[V]' : '', v.after].filter(Boolean).join(' ');
  it.each([
    ['* DIPLOMATIC_TIES', ['* diplomatic ties']],
    ['*_DOWN', ['down']],
    ['+ * FROM $', ['* from $']],
    ['$ * + HELD', ['+ * held']],
    ['* AT ^ +', ['* at * +']],
    ['* EFFORTS_OF +', ['* efforts of +']],
    ['* &ALL_TIES', ['* trade|cultural|sporting ties', '* fishing rights ties']],
    ['* FOR { SANCTIONS | TOTAL_BOYCOTT }', ['* for * sanctions', '* for * total boycott']],
    ['* {AIR RAIDS}', ['* air raids']],
    ['SAID * HOSTAGES', ['said * [V] * hostages']],
    ['FAILED_TO_*', ['failed to [V]']],
    ['SAID WOULD_*_TALKS', ['said * would [V] talks']],
    ['&TIE * ACCORD', ['trade|cultural * [V] * accord', 'fishing rights * [V] * accord']],
    ['$ NOT * ^ TO_ +', ['not * [V] * to +']],
    ['$ ^ FOR *', ['for * [V]']],
    // PETRARCH reads "WORD_ " as an open connection
    ['+ WAS_ * TO_ ^ FROM $', ['was * [V] * to * from $']],
    ['SAID $ *', ['said * [V]']],
    ['% HAVE *', ['% have * [V]']],
    ['% *', ['% [V]']],
    ['* WITH %', ['* with +']],
  ])('%s → %j', (src, variants) => {
    const t = translatePattern(src, synsets);
    expect(t.ok && t.variants.map(show)).toEqual(variants);
  });
  it.each([
    ['+ *', 'target slot + before the verb (with no $ after it)'],
    ['NOTED + *', 'target slot + among the words before the verb'],
    ['DESPITE $ BY *', 'source slot $ among the words before the verb'],
    ['* OF $ FROM +', 'both + and $ after the verb (Dyad has one actor slot a pattern)'],
    ['* &NOSUCH', 'undefined synset &NOSUCH'],
    ['DIPLOMATIC TIES', 'no * (verb position) in the pattern'],
    ['* MEETING (WITH NEGOTIATORS)', 'nested phrase structure (PETRARCH-2 ( … ) phrase groups)'],
  ])('%s is not transferred: %s', (src, reason) => {
    expect(translatePattern(src, synsets)).toEqual({ ok: false, reason });
  });
});

describe('date restrictions', () => {
  it('reads YYMMDD with the 00–30 → 20YY rule, and YYYYMMDD', () => {
    expect(sourceDate('950601')).toBe('1995-06-01');
    expect(sourceDate('300101')).toBe('2030-01-01');
    expect(sourceDate('20121109')).toBe('2012-11-09');
    expect(sourceDate('950231')).toBeNull();
  });
  it('turns first-match restrictions and a default into non-overlapping ranges', () => {
    const dated = [
      { code: 'AAACIV', from: '0000-01-01', to: '2008-01-20' },
      { code: 'AAAXYZ', from: '2010-01-09', to: '2010-01-12' },
      { code: 'AAAMIL', from: '2008-01-20', to: '2012-11-09' },
    ];
    expect(resolveTenures(dated, 'AAA')).toEqual([
      { code: 'AAACIV', from: '0000-01-01', to: '2008-01-20' },
      { code: 'AAAMIL', from: '2008-01-21', to: '2010-01-08' },
      { code: 'AAAXYZ', from: '2010-01-09', to: '2010-01-12' },
      { code: 'AAAMIL', from: '2010-01-13', to: '2012-11-09' },
      { code: 'AAA', from: '2012-11-10', to: '9999-12-31' },
    ]);
  });
});

describe('unreadable input', () => {
  it('accepts a synonym after a blank line (blank lines end nothing)', () => {
    const { dir, paths } = workdir({ 'ok.actors.txt': 'VALDORIA [VLD]\n\n+KESTREL\n' });
    expect(() => importDictionaries({ from: 'petrarch', files: paths, out: join(dir, 'out') })).not.toThrow();
  });

  it.each([
    ['bad.actors.txt', '# made up\n+KESTREL\nVALDORIA [VLD]\n', 'bad.actors.txt:2', 'a synonym (+PHRASE) before any actor phrase'],
    ['bad.verbs.txt', '--- PRAISE [051] ---\n- * EFFORTS [051]\n', 'bad.verbs.txt:2', 'a pattern (- … [CODE]) before any verb of its block'],
    ['open.actors.txt', 'VALDORIA [VLD]\n<!-- never closed\nKESTREL [KST]\n', 'open.actors.txt:2', 'a <!-- comment is never closed'],
    ['bad.agents.txt', 'HARBOUR_MASTER {HARBOUR_MASTERS [~GOV]\n', 'bad.agents.txt:1', 'never closed with "}"'],
  ])('%s fails with file and line', (name, text, where, problem) => {
    const { dir, paths } = workdir({ [name]: text });
    const run = () => importDictionaries({ from: 'petrarch', files: paths, out: join(dir, 'out') });
    expect(run).toThrow(DictionaryError);
    expect(run).toThrow(where);
    expect(run).toThrow(problem);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('names a missing file', () => {
    expect(() => importDictionaries({ from: 'tabari', files: ['/nonexistent/x.verbs'], out: join(tmpdir(), 'never-written') })).toThrow('/nonexistent/x.verbs');
  });
});

// ------------------------------------------------------------------ the real PETRARCH validation dictionaries

const PETR = join(SHARED, 'eval', 'petrarch2');
const HAS_PETR = existsSync(join(PETR, 'PETR.Validate.verbs.txt'));
if (!HAS_PETR) console.warn(`skipping the PETRARCH validation import: ${PETR} not found`);

describe.skipIf(!HAS_PETR)('importing PETR.Validate.*.txt from ../shared', () => {
  it('imports the validation dictionaries into a folder that loads', () => {
    const out = mkdtempSync(join(tmpdir(), 'dyad-petr-'));
    const files = ['actors', 'agents', 'verbs', 'discards'].map((k) => join(PETR, `PETR.Validate.${k}.txt`));
    const report = importDictionaries({ from: 'petrarch', files, out });
    const k = loadKnowledge(out);
    expect(report.written.actors).toBeGreaterThan(100);
    expect(report.written.patterns).toBeGreaterThan(300);
    expect(k.patterns.all.length).toBe(report.written.patterns);
    expect(k.actors.people.get('sam-gamgee')!.tenures!.length).toBeGreaterThanOrEqual(5);
    // words before the verb, % and test codes transfer now; what is left is small
    expect(report.skipped['pattern: needs words before the verb']).toBeUndefined();
    expect(report.skipped['pattern: target slot + among the words before the verb']!.count).toBeLessThan(20);
    expect(readFileSync(join(out, 'cameo', 'extra-codes.txt'), 'utf8')).toMatch(/^174K \| PETRARCH code 174K/m);
  });
});
