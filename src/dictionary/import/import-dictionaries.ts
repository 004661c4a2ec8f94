/**
 * `importDictionaries`: PETRARCH or TABARI actor, agent and verb dictionaries → a Dyad dictionaries folder that
 * `loadKnowledge(out)` accepts, with a report of what was written and what did not transfer (by reason).
 *
 * Which file is which is read from its name (`…actors…`, `…agents…`, `…verbs…`, `…discards…`, as both coders name
 * them), else from its content. `out` must be empty, missing, or an earlier import (it holds import-report.json):
 * the importer never writes over a folder it did not make.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { type CameoCode, loadCameoCodes } from '../cameo-codes.js';
import { DictionaryError } from '../errors.js';
import { defaultDictionaryDir } from '../knowledge.js';
import { type DyadActors, convertActors } from './convert-actors.js';
import { type DyadAgents, convertAgents } from './convert-agents.js';
import { type DyadPattern, type VerbOutcome, convertVerbs, placeTriggerForms } from './convert-verbs.js';
import { type DictionaryKind, type ImportFormat, type ImportReport, Tally } from './import-report.js';
import type { SourceActor } from './read-actor-records.js';
import { type SourceAgent, readAgents } from './read-agents.js';
import { readPetrarchActors } from './read-petrarch-actors.js';
import { readPetrarchVerbs } from './read-petrarch-verbs.js';
import { readTabariActors } from './read-tabari-actors.js';
import { readTabariVerbs } from './read-tabari-verbs.js';
import { readSourceText, sourceLines } from './source-lines.js';
import type { SourceVerbs } from './verb-records.js';
import { type LemmaOf, taggerLemmas } from './verb-lemmas.js';
import { writeDyadFolder } from './write-dyad.js';

export type { ImportReport } from './import-report.js';

export interface ImportOptions {
  from: ImportFormat;
  /** Actor, agent, verb (and discard) dictionaries, in the order their entries should win. */
  files: string[];
  /** The Dyad dictionaries folder to write. */
  out: string;
}

export const REPORT_FILE = 'import-report.json';

/** What a dictionary file holds, from its name, else from its content. */
export function dictionaryKind(file: string, text: string): DictionaryKind {
  const name = basename(file).toLowerCase();
  if (name.includes('discard')) return 'discards';
  if (name.includes('agent')) return 'agents';
  if (name.includes('verb')) return 'verbs';
  if (name.includes('actor')) return 'actors';
  const lines = text.split(/\r?\n/);
  if (lines.some((l) => /^---.*\[.*\]/.test(l) || /^-\s.*\*.*\[[^\]]+\]/.test(l))) return 'verbs';
  if (lines.some((l) => /\[\s*~[A-Z]+\s*\]|\[\s*[A-Z]+~\s*\]/.test(l))) return 'agents';
  if (lines.some((l) => /^[A-Z][A-Z0-9_ .'&-]*\s*\[[A-Z-]{3}[A-Z]*\]/.test(l))) return 'actors';
  throw new DictionaryError(file, 0, '', 'cannot tell whether this is an actors, agents, verbs or discards dictionary: put "actors", "agents", "verbs" or "discards" in its name');
}

function prepareOut(out: string): void {
  if (!existsSync(out)) return;
  const entries = readdirSync(out);
  if (!entries.length) return;
  if (!entries.includes(REPORT_FILE)) {
    throw new Error(`${out} is not empty and is not an earlier import (no ${REPORT_FILE}): choose an empty or new folder`);
  }
  // an earlier import: replace it wholesale
  for (const sub of ['actors', 'events', 'cameo', REPORT_FILE]) rmSync(join(out, sub), { recursive: true, force: true });
}

/** Everything read and converted, before it is written (the proof script looks at the outcomes). */
export interface Converted {
  inputs: ImportReport['inputs'];
  actors: DyadActors;
  agents: DyadAgents;
  patterns: DyadPattern[];
  outcomes: VerbOutcome[];
  tally: Tally;
  codes: Map<string, CameoCode>;
}

export function convertDictionaries(from: ImportFormat, files: string[], lemmaOf: LemmaOf = taggerLemmas): Converted {
  if (from !== 'petrarch' && from !== 'tabari') throw new Error(`unknown dictionary format "${String(from)}" (petrarch or tabari)`);
  if (!files.length) throw new Error('no dictionary files to import');
  const tally = new Tally();
  const inputs: ImportReport['inputs'] = [];
  const actors: SourceActor[] = [];
  const agents: SourceAgent[] = [];
  const verbs: SourceVerbs[] = [];

  // read everything first: an unreadable file fails the import before anything is written
  for (const file of files) {
    const text = readSourceText(file);
    const kind = dictionaryKind(file, text);
    inputs.push({ file, kind });
    if (kind === 'actors') {
      if (from === 'petrarch') actors.push(...readPetrarchActors(file, text));
      else {
        const t = readTabariActors(file, text);
        actors.push(...t.actors);
        for (const ref of t.wordLists) tally.skip("TABARI <NOUN>/<ADJECTIVE> word list (Dyad's tagger tells nouns from verbs)", ref);
      }
    } else if (kind === 'agents') agents.push(...readAgents(file, from, text));
    else if (kind === 'verbs') verbs.push(from === 'petrarch' ? readPetrarchVerbs(file, text) : readTabariVerbs(file, text));
    else for (const l of sourceLines(file, from, text)) tally.skip('discard phrase (Dyad has no sentence or story discards)', l);
  }

  const codes = loadCameoCodes(join(defaultDictionaryDir(), 'cameo', 'codes.txt'));
  const ids = new Set<string>();
  const outcomes: VerbOutcome[] = [];
  let patterns: DyadPattern[] = [];
  for (const v of verbs) {
    const c = convertVerbs(v, from, codes, tally, ids);
    patterns.push(...c.patterns);
    outcomes.push(...c.outcomes);
  }
  if (patterns.length) patterns = placeTriggerForms(patterns, lemmaOf, tally);
  return { inputs, actors: convertActors(actors, tally), agents: convertAgents(agents, tally), patterns, outcomes, tally, codes };
}

export function importDictionaries(opts: ImportOptions): ImportReport {
  const { from } = opts;
  const out = resolve(opts.out);
  const c = convertDictionaries(from, opts.files);
  prepareOut(out);
  const files = writeDyadFolder(out, from, opts.files.map((f) => basename(f)), { actors: c.actors, agents: c.agents, patterns: c.patterns }, c.codes, defaultDictionaryDir());

  const warnings: string[] = [];
  const actorLines = c.actors.countries.length + c.actors.organizations.length + c.actors.groups.length + c.actors.people.length + c.agents.lines.length;
  if (!actorLines) warnings.push('no actor or agent entries were imported: loadKnowledge() refuses a folder without actors until some are added');
  if (!c.patterns.length) warnings.push('no event patterns were imported: the folder codes no events');

  const report: ImportReport = {
    from,
    out,
    inputs: c.inputs,
    written: { actors: c.actors.actors, actorNames: c.actors.names, agents: c.agents.nouns, modifiers: 0, patterns: c.patterns.length },
    files,
    skipped: c.tally.skipped,
    approximated: c.tally.approximated,
    warnings,
  };
  writeFileSync(join(out, REPORT_FILE), JSON.stringify(report, null, 2) + '\n');
  return report;
}
