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
import { loadCameoCodes } from '../cameo-codes.js';
import { DictionaryError } from '../errors.js';
import { defaultDictionaryDir } from '../knowledge.js';
import { convertActors } from './convert-actors.js';
import { convertAgents } from './convert-agents.js';
import { convertVerbs } from './convert-verbs.js';
import { type DictionaryKind, type ImportFormat, type ImportReport, Tally } from './import-report.js';
import type { SourceActor } from './read-actor-records.js';
import { type SourceAgent, readAgents } from './read-agents.js';
import { readPetrarchActors } from './read-petrarch-actors.js';
import { readPetrarchVerbs } from './read-petrarch-verbs.js';
import { readTabariActors } from './read-tabari-actors.js';
import { readTabariVerbs } from './read-tabari-verbs.js';
import { readSourceText, sourceLines } from './source-lines.js';
import type { SourceVerbs } from './verb-records.js';
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

export function importDictionaries(opts: ImportOptions): ImportReport {
  const { from } = opts;
  if (from !== 'petrarch' && from !== 'tabari') throw new Error(`unknown dictionary format "${String(from)}" (petrarch or tabari)`);
  if (!opts.files.length) throw new Error('no dictionary files to import');
  const out = resolve(opts.out);
  const tally = new Tally();
  const inputs: ImportReport['inputs'] = [];
  const actors: SourceActor[] = [];
  const agents: SourceAgent[] = [];
  const verbs: SourceVerbs[] = [];

  // read everything first: an unreadable file fails the import before anything is written
  for (const file of opts.files) {
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

  const own = defaultDictionaryDir();
  const codes = loadCameoCodes(join(own, 'cameo', 'codes.txt'));
  const dyadActors = convertActors(actors, tally);
  const dyadAgents = convertAgents(agents, tally);
  const ids = new Set<string>();
  const patterns = verbs.flatMap((v) => convertVerbs(v, from, codes, tally, ids).patterns);

  prepareOut(out);
  const files = writeDyadFolder(out, from, opts.files.map((f) => basename(f)), { actors: dyadActors, agents: dyadAgents, patterns }, codes, own);

  const warnings: string[] = [];
  const actorLines = dyadActors.countries.length + dyadActors.organizations.length + dyadActors.groups.length + dyadActors.people.length + dyadAgents.lines.length;
  if (!actorLines) warnings.push('no actor or agent entries were imported: loadKnowledge() refuses a folder without actors until some are added');
  if (!patterns.length) warnings.push('no event patterns were imported: the folder codes no events');

  const report: ImportReport = {
    from,
    out,
    inputs,
    written: { actors: dyadActors.actors, actorNames: dyadActors.names, agents: dyadAgents.nouns, modifiers: 0, patterns: patterns.length },
    files,
    skipped: tally.skipped,
    approximated: tally.approximated,
    warnings,
  };
  writeFileSync(join(out, REPORT_FILE), JSON.stringify(report, null, 2) + '\n');
  return report;
}
