/**
 * Writes converted entries as a Dyad dictionaries folder (format: dictionaries/README.md):
 *   actors/{countries,organizations,groups,people,agents}.txt, events/NN-<root>.txt,
 *   plus Dyad's own cameo/codes.txt and events/modality.txt so the folder loads by itself, and cameo/extra-codes.txt
 *   listing the codes its patterns use that CAMEO lacks.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CameoCode } from '../cameo-codes.js';
import { EXTRA_CODES_FILE } from '../extra-codes.js';
import type { DyadActors } from './convert-actors.js';
import type { DyadAgents } from './convert-agents.js';
import type { DyadPattern } from './convert-verbs.js';
import type { ImportFormat } from './import-report.js';
import { slug } from './source-words.js';

export interface DyadFolder {
  actors: DyadActors;
  agents: DyadAgents;
  patterns: DyadPattern[];
}

const FORMAT_NAME: Record<ImportFormat, string> = { petrarch: 'PETRARCH', tabari: 'TABARI' };

const row = (fields: string[]) => fields.join(' | ').trimEnd();

/** Writes the folder; returns lines written per file (relative path → count). */
export function writeDyadFolder(out: string, from: ImportFormat, inputs: string[], folder: DyadFolder, codes: Map<string, CameoCode>, ownDictionaries: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const header = (what: string, format: string) =>
    [
      `# Dyad ${what}, imported from ${FORMAT_NAME[from]} dictionaries by \`dyad dict import\`.`,
      `# Sources: ${inputs.join(', ')}`,
      `# Format: ${format}   (see Dyad's dictionaries/README.md). The note gives the source file and line.`,
      '',
    ].join('\n');
  const write = (rel: string, what: string, format: string, lines: string[]) => {
    if (!lines.length) return;
    const file = join(out, rel);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, header(what, format) + lines.join('\n') + '\n');
    counts[rel] = lines.length;
  };

  const a = folder.actors;
  write(
    'actors/countries.txt',
    'countries (and other 3-letter units)',
    'code | names | adjectives and demonyms | capitals and seats of government | valid | note',
    a.countries.map((c) => row([c.code, c.names.join('; ') || '-', '-', c.capitals.join('; ') || '-', c.range, c.note])),
  );
  write('actors/organizations.txt', 'organisations', 'code | names | valid | note', a.organizations.map((c) => row([c.code, c.names.join('; '), c.range, c.note])));
  write('actors/groups.txt', 'groups and other actors with a fixed code', 'code | names | valid | note', a.groups.map((c) => row([c.code, c.names.join('; '), c.range, c.note])));
  write('actors/people.txt', 'actors with dated codes (one line per period)', 'id | names | code | from..to | note', a.people.map((p) => row([p.id, p.names.join('; '), p.code, p.range, p.note])));
  write('actors/agents.txt', 'agents', 'role | nouns | note', folder.agents.lines.map((l) => row([l.role, l.nouns.join('; '), l.note])));

  // one events file per CAMEO root, named after the root's label in codes.txt
  const byRoot = new Map<string, DyadPattern[]>();
  for (const p of folder.patterns) {
    const root = p.code.slice(0, 2);
    const list = byRoot.get(root) ?? [];
    list.push(p);
    byRoot.set(root, list);
  }
  for (const root of [...byRoot.keys()].sort()) {
    const label = codes.get(root)?.label ?? 'codes outside CAMEO';
    write(
      `events/${root}-${slug(label)}.txt`,
      `event patterns for CAMEO root ${root} (${label.toLowerCase()})`,
      'id | code | kind | pattern | note',
      byRoot.get(root)!.map((p) => row([p.id, p.code, 'v', p.pattern, p.note])),
    );
  }

  // the codes the patterns use that CAMEO lacks: the folder's own table, so they load (and nothing else does)
  const extra = new Map<string, DyadPattern>();
  for (const p of folder.patterns) for (const c of p.code.split(':')) if (!codes.has(c) && !extra.has(c)) extra.set(c, p);
  write(
    `cameo/${EXTRA_CODES_FILE}`,
    'event codes that are not CAMEO codes (no Goldstein weight, no PLOVER type; root = first two digits)',
    'code | label | note',
    [...extra.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([c, p]) => row([c, `${FORMAT_NAME[from]} code ${c} (not CAMEO)`, `first used at ${p.note.split(' ')[0]}`])),
  );

  mkdirSync(join(out, 'cameo'), { recursive: true });
  mkdirSync(join(out, 'events'), { recursive: true });
  mkdirSync(join(out, 'actors'), { recursive: true });
  copyFileSync(join(ownDictionaries, 'cameo', 'codes.txt'), join(out, 'cameo', 'codes.txt'));
  copyFileSync(join(ownDictionaries, 'events', 'modality.txt'), join(out, 'events', 'modality.txt'));
  return counts;
}
