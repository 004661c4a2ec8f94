/**
 * Proof of the dictionary importer (not a test): import the PETRARCH validation dictionaries, code every record of
 * PETR.UnitTest.records.xml from its <Text> only (the <Parse> is ignored) with the record's date, and compare with
 * the record's expected events. Then the same for TABARI's Validate.text with its Demo dictionaries.
 *
 *   npx tsx scripts/petrarch-proof.ts (or npm run proof:import) [--list]
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CodedEvent, createCoder, importDictionaries } from '../src/index.js';
import { loadCameoCodes } from '../src/dictionary/cameo-codes.js';
import { defaultDictionaryDir } from '../src/dictionary/knowledge.js';
import type { ImportReport } from '../src/dictionary/import/import-report.js';
import { topReasons } from '../src/dictionary/import/import-report.js';
import { convertDictionaries } from '../src/dictionary/import/import-dictionaries.js';
import { DYAD_ACTOR_CODE } from '../src/dictionary/import/source-words.js';
import { sourceDate } from '../src/dictionary/import/dated-codes.js';

const SHARED = join(import.meta.dirname, '..', '..', 'shared', 'eval');
const LIST = process.argv.includes('--list');
const codes = loadCameoCodes(join(defaultDictionaryDir(), 'cameo', 'codes.txt'));

interface Expected {
  source: string;
  target: string;
  code: string;
}
interface Record {
  id: string;
  category: string;
  date: string;
  text: string;
  expected: Expected[];
  /** Events that must not be coded (TABARI `-{…}`). */
  forbidden: Expected[];
  /** Expects no event at all (noevents, an error/discard, `{---}`). */
  silent: boolean;
}

// ------------------------------------------------------------------ PETRARCH records

function petrarchRecords(file: string): Record[] {
  const xml = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const out: Record[] = [];
  for (const m of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const attrs = attributes(m[1]!);
    const body = m[2]!;
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
    const expected: Expected[] = [];
    let silent = false;
    for (const e of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const a = attributes(e[1]!);
      if (a.noevents || a.error) silent = true;
      else expected.push({ source: a.sourcecode ?? '', target: a.targetcode ?? '', code: a.eventcode ?? '' });
    }
    const d = attrs.date ?? '';
    out.push({ id: attrs.id ?? '?', category: attrs.category ?? '?', date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`, text, expected, forbidden: [], silent });
  }
  return out;
}

function attributes(s: string): { [k: string]: string } {
  const out: { [k: string]: string } = {};
  for (const m of s.matchAll(/(\w+)\s*=\s*"("[^"]*"|[^"]*)"/g)) out[m[1]!] = m[2]!.replace(/^"|"$/g, '').trim();
  return out;
}

// ------------------------------------------------------------------ TABARI records

function tabariRecords(file: string): Record[] {
  const text = readFileSync(file, 'latin1');
  const end = text.indexOf('990101  FINAL-01');
  const lines = text.slice(0, end < 0 ? undefined : end).split(/\r?\n/);
  const out: Record[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^(\d{6})\s+(.*)$/.exec(lines[i]!);
    if (!head) continue;
    const id = head[2]!.split(/\s+/).find((t) => /[A-Za-z]/.test(t)) ?? head[2]!.trim();
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\d{6}\s/.test(lines[j]!) && !/^#{10}/.test(lines[j]!); j++) body.push(lines[j]!);
    i = j - 1;
    const all = body.join('\n');
    const cut = all.indexOf('/*');
    const sentence = (cut < 0 ? all : all.slice(0, cut)).replace(/\s+/g, ' ').trim();
    const comment = cut < 0 ? '' : all.slice(cut);
    if (/\{\s*OPTION:/.test(comment) || /\{\s*\+\+\+\s*\}/.test(comment)) continue; // control records
    const expected: Expected[] = [];
    const forbidden: Expected[] = [];
    let silent = false;
    for (const m of comment.matchAll(/\\n(-?)\{([^}]*)\}/g)) {
      const inner = m[2]!.trim();
      if (/^-+$/.test(inner.replace(/\s/g, ''))) {
        silent = true;
        continue;
      }
      const parts = inner.split('/').map((s) => s.trim());
      if (parts.length !== 3) continue;
      const e = { source: parts[0]!, target: parts[1]!, code: parts[2]! };
      (m[1] ? forbidden : expected).push(e);
    }
    if (!expected.length && !silent && !forbidden.length) continue;
    const iso = sourceDate(head[1]!) ?? undefined;
    out.push({ id, category: id.split('-')[0]!, date: iso ?? '', text: sentence, expected, forbidden, silent: silent && !expected.length });
  }
  return out;
}

// ------------------------------------------------------------------ scoring

const key = (e: Expected) => `${e.source}|${e.target}|${e.code}`;
const fromDyad = (e: CodedEvent): Expected => ({ source: e.source ?? '---', target: e.target ?? '---', code: e.code });

/** What the coder did with the triggers of patterns that carry the expected code (from the trace). */
type TraceInfo = { codes: string[]; outcome: string; matched: boolean }[];
type Outcome = { code: string; written: number; reason?: string; triggers: string[] };

function missReason(e: Expected, got: Expected[], writtenCodes: Set<string>, skippedByCode: Map<string, string[]>, trace: TraceInfo, words: Set<string>, outcomes: Outcome[]): string {
  const actorOk = (c: string) => DYAD_ACTOR_CODE.test(c) && !c.includes('/');
  if (!actorOk(e.source) || !actorOk(e.target)) return 'expected actor code has no Dyad form (5-letter, compound, unknown ---, text)';
  const sameCode = got.filter((g) => g.code === e.code);
  const unknownCountry = (want: string, have: string) => want.startsWith('---') && want.length > 3 && have === '---';
  if (sameCode.some((g) => (unknownCountry(e.source, g.source) && g.target === e.target) || (unknownCountry(e.target, g.target) && g.source === e.source))) {
    return 'role with no country (---GOV): Dyad leaves such an actor uncoded';
  }
  if (sameCode.length) {
    if (sameCode.some((g) => g.source === e.source)) return 'right code and source, other or no target';
    if (sameCode.some((g) => g.target === e.target)) return 'right code and target, other source';
    return 'right code, other actors';
  }
  if (!writtenCodes.has(e.code)) {
    const why = [...new Set(skippedByCode.get(e.code) ?? [])];
    return `no imported pattern has this code${why.length ? ` (not transferred: ${why.slice(0, 2).join('; ')})` : ''}`;
  }
  const mine = trace.filter((t) => t.codes.includes(e.code) && t.matched);
  const fired = mine.find((t) => t.outcome.includes('fired'));
  if (fired?.outcome.includes('intention')) return "pattern fired, but as a stated intention (will, plan to…): Dyad recodes it (03x, or a 13x threat)";
  if (fired) return 'pattern fired, actors differ';
  const notCoded = mine.find((t) => t.outcome.includes('not coded'));
  if (notCoded) return `pattern matched, Dyad's modality rules did not code it (${notCoded.outcome.replace(/^.*not coded: /, '').replace(/\(.*$/, '').replace(/"[^"]*"/g, '…').trim()})`;
  const noSource = mine.find((t) => /no source actor|passive with no/.test(t.outcome));
  if (noSource) return 'pattern matched, no source actor found';
  if (got.some((g) => g.source === e.source && g.target === e.target)) return 'right actors, other code (another pattern of the trigger won)';
  // a verb of the sentence whose source pattern with this code did not transfer
  const lost = outcomes.find((o) => !o.written && o.reason && o.code.split(':').some((c) => c.trim() === e.code) && o.triggers.some((w) => words.has(w)));
  if (lost) return `the sentence's verb has a pattern with this code that did not transfer: ${lost.reason}`;
  if (trace.some((t) => t.codes.includes(e.code))) return "a trigger with this code was tried, but its pattern's words did not match the text";
  return 'no trigger carrying this code in the sentence (lemma, or words before the verb)';
}

interface Stats {
  expected: number;
  hit: number;
  records: number;
  recordsAll: number;
  silent: number;
  silentOk: number;
  extra: number;
  forbiddenHit: number;
  cameoExpected: number;
  cameoHit: number;
}
const zero = (): Stats => ({ expected: 0, hit: 0, records: 0, recordsAll: 0, silent: 0, silentOk: 0, extra: 0, forbiddenHit: 0, cameoExpected: 0, cameoHit: 0 });

function run(title: string, report: ImportReport, records: Record[], outcomes: Outcome[]): void {
  const coder = createCoder({ dictionaries: report.out, statements: true });
  // a paired code A:B writes both events: either code counts as written
  const codesOf = (p: { code: string; reverseCode: string | null }) => (p.reverseCode ? [p.code, p.reverseCode] : [p.code]);
  const writtenCodes = new Set(coder.knowledge.patterns.all.flatMap(codesOf));
  const codeOf = new Map(coder.knowledge.patterns.all.map((p) => [p.id, codesOf(p)]));
  const skippedByCode = new Map<string, string[]>();
  for (const o of outcomes) {
    if (o.written || !o.reason) continue;
    for (const c of o.code.split(':').map((x) => x.trim())) {
      const list = skippedByCode.get(c) ?? [];
      list.push(o.reason);
      skippedByCode.set(c, list);
    }
  }
  const byCat = new Map<string, Stats>();
  const all = zero();
  const reasons = new Map<string, number>();
  const cmp: string[] = [];
  for (const r of records) {
    const article = coder.codeArticle({ id: r.id, text: r.text, date: r.date || undefined }, { trace: true });
    const events = article.events.map(fromDyad);
    const words = new Set(article.sentences.flatMap((s) => s.sentence.tokens.flatMap((t) => [t.lower, t.lemma])));
    const trace: TraceInfo = article.sentences.flatMap((s) =>
      s.trace.flatMap((t) => t.tried.map((x) => ({ codes: codeOf.get(x.pattern) ?? [], outcome: t.tried.find((y) => y.matched)?.pattern === x.pattern ? t.outcome : '', matched: x.matched }))),
    );
    const got = new Set(events.map(key));
    const s = byCat.get(r.category) ?? zero();
    byCat.set(r.category, s);
    for (const t of [s, all]) {
      t.records++;
      t.expected += r.expected.length;
      if (r.silent) {
        t.silent++;
        if (!events.length) t.silentOk++;
      }
    }
    let allHit = true;
    const whys: string[] = [];
    for (const e of r.expected) {
      const cameo = codes.has(e.code);
      if (cameo) for (const t of [s, all]) t.cameoExpected++;
      if (got.has(key(e))) {
        s.hit++;
        all.hit++;
        if (cameo) for (const t of [s, all]) t.cameoHit++;
      } else {
        allHit = false;
        const why = missReason(e, events, writtenCodes, skippedByCode, trace, words, outcomes);
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
        whys.push(`${key(e)}: ${why}`);
      }
    }
    const expectedKeys = new Set(r.expected.map(key));
    const extra = events.filter((e) => !expectedKeys.has(key(e))).length;
    s.extra += extra;
    all.extra += extra;
    const forb = r.forbidden.filter((f) => got.has(key(f))).length;
    s.forbiddenHit += forb;
    all.forbiddenHit += forb;
    const ok = r.silent ? !events.length : allHit && r.expected.length > 0;
    if (ok) {
      s.recordsAll++;
      all.recordsAll++;
    }
    if (LIST) cmp.push(`${ok ? 'OK  ' : 'MISS'} ${r.id.padEnd(14)} want ${r.silent ? '(none)' : r.expected.map(key).join(', ')}  got ${events.map(key).join(', ') || '(none)'}${whys.length ? `\n       ${whys.join('\n       ')}` : ''}\n       ${r.text.slice(0, 150)}`);
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
  console.log(`\n=== ${title}`);
  console.log(`import: ${report.written.actors} actors (${report.written.actorNames} names), ${report.written.agents} agent nouns, ${report.written.patterns} patterns`);
  console.log('top reasons entries did not transfer:');
  for (const [reason, r] of topReasons(report.skipped).slice(0, 10)) console.log(`  ${String(r.count).padStart(4)}  ${reason}`);
  console.log('approximated:');
  for (const [reason, r] of topReasons(report.approximated).slice(0, 6)) console.log(`  ${String(r.count).padStart(4)}  ${reason}`);
  console.log(`\nexpected events reproduced (source, target, code): ${all.hit}/${all.expected} = ${pct(all.hit, all.expected)}`);
  console.log(`  restricted to expected events whose code is in Dyad's CAMEO table: ${all.cameoHit}/${all.cameoExpected} = ${pct(all.cameoHit, all.cameoExpected)}`);
  console.log(`  with the test and WEIS codes the import keeps as the dictionary's own (cameo/extra-codes.txt): ${all.hit - all.cameoHit}/${all.expected - all.cameoExpected} = ${pct(all.hit - all.cameoHit, all.expected - all.cameoExpected)}`);
  console.log(`records fully right (all expected events, or silent when none expected): ${all.recordsAll}/${all.records} = ${pct(all.recordsAll, all.records)}`);
  console.log(`records expecting no event that stayed silent: ${all.silentOk}/${all.silent}`);
  console.log(`events coded that the record does not expect: ${all.extra}${all.forbiddenHit ? `; forbidden events coded: ${all.forbiddenHit}` : ''}`);
  console.log('\nby category          events reproduced     CAMEO-coded only      records right');
  for (const [cat, s] of [...byCat.entries()].sort((a, b) => b[1].records - a[1].records)) {
    console.log(`  ${cat.padEnd(12)} ${`${s.hit}/${s.expected}`.padStart(9)} ${pct(s.hit, s.expected).padStart(7)}   ${`${s.cameoHit}/${s.cameoExpected}`.padStart(9)} ${pct(s.cameoHit, s.cameoExpected).padStart(7)}   ${`${s.recordsAll}/${s.records}`.padStart(9)} ${pct(s.recordsAll, s.records).padStart(7)}`);
  }
  console.log('\nwhy expected events were missed:');
  for (const [why, n] of [...reasons.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${why}`);
  if (LIST) console.log('\n' + cmp.join('\n'));
}


// ------------------------------------------------------------------ main

{
  const d = join(SHARED, 'petrarch2');
  const files = ['actors', 'agents', 'verbs', 'discards'].map((k) => join(d, `PETR.Validate.${k}.txt`));
  const out = mkdtempSync(join(tmpdir(), 'dyad-petr-'));
  const report = importDictionaries({ from: 'petrarch', files, out });
  const outcomes = convertDictionaries('petrarch', files).outcomes;
  run('PETRARCH: PETR.UnitTest.records.xml with PETR.Validate.{actors,agents,verbs,discards}.txt', report, petrarchRecords(join(d, 'PETR.UnitTest.records.xml')), outcomes);
}
{
  const d = join(SHARED, 'tabari');
  const files = ['TABARI.Demo.actors', 'Validate.agents', 'TABARI.Demo.verbs'].map((f) => join(d, f));
  const out = mkdtempSync(join(tmpdir(), 'dyad-tab-'));
  const report = importDictionaries({ from: 'tabari', files, out });
  const outcomes = convertDictionaries('tabari', files).outcomes;
  run('TABARI: Validate.text (standard records, up to FINAL-01) with TABARI.Demo.actors, Validate.agents, TABARI.Demo.verbs', report, tabariRecords(join(d, 'Validate.text')), outcomes);
}
