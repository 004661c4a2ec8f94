/**
 * Parses the actor dictionaries (countries, cities, organisations, groups, people, agents, modifiers, descriptors)
 * into one trie. Each file's format is in dictionaries/README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ActorEntry, NAME_KINDS, type TrieNode, actorEntry, insert, newNode } from './actor-entries.js';
import { DictionaryError } from './errors.js';
import { normalizeWord, phraseKey } from './normalize.js';
import { type Row, fail, list, parseRange, parseRows } from './parse-lines.js';

export interface ActorDictionary {
  trie: TrieNode;
  /**
   * The same phrases, less those of names (NAME_KINDS): what a phrase whose first word is not capitalised may stand
   * for. Most words are such; a trie about a quarter the size keeps their lookups in the CPU caches.
   */
  lowerTrie: TrieNode;
  /** Person id → entry, for coreference and time-bounded roles. */
  people: Map<string, ActorEntry>;
  /** Every entry by id, for lint and explain. */
  entries: Map<string, ActorEntry>;
  /** Country code → its entry. */
  countries: Map<string, ActorEntry>;
  /** Last word of every person's names → those people, for a bare "Bush" or "the Bush administration". */
  surnames: Map<string, ActorEntry[]>;
  /** Head words that make an unknown name a thing, not an actor ("… Treaty", "… Peninsula"). */
  nonActors: Set<string>;
}

const CODE = /^[A-Z*-]{3}(?:[A-Z]{3})*$/;
const ROLE = /^[A-Z]{3}$/;

function read(dir: string, name: string): { text: string; file: string } | null {
  const file = join(dir, name);
  if (!existsSync(file)) return null;
  return { text: readFileSync(file, 'utf8'), file };
}

function where(row: Row): string {
  return `${row.file.split('/').slice(-2).join('/')}:${row.line}`;
}

function add(dict: ActorDictionary, phrases: string[], entry: ActorEntry): void {
  dict.entries.set(entry.id, entry);
  for (const p of phrases) {
    const key = phraseKey(p);
    if (!key.length) continue;
    insert(dict.trie, key, entry);
    if (!NAME_KINDS.has(entry.kind)) insert(dict.lowerTrie, key, entry);
    // "Nato", "Opec", "Isis": British style writes an acronym of four letters or more as a name; as a name it only
    // matches capitalised, so the lower-case key cannot meet an ordinary word mid-sentence
    if (key.length === 1 && NAME_KINDS.has(entry.kind) && TITLE_ACRONYM.test(p) && !TITLE_CLASHES.has(p.toLowerCase())) insert(dict.trie, [p.toLowerCase()], entry);
  }
}

const TITLE_ACRONYM = /^[A-Z]{4,}$/;
/** Acronyms whose title-case form is also a name or word ("Sadr" is al-Sadr, not SADR; "Alba", "Amis"). */
const TITLE_CLASHES = new Set(['sadr', 'alba', 'amis', 'biff', 'copal', 'mois', 'asis', 'aims', 'care', 'hope', 'plan', 'save', 'pace', 'nice', 'mist', 'sift']);

function checkCode(row: Row, code: string, what = 'code'): string {
  if (!CODE.test(code)) fail(row, `${what} "${code}" is not a CAMEO actor code (3-letter upper-case blocks)`);
  return code;
}

export function loadActorDictionary(dir: string): ActorDictionary {
  const dict: ActorDictionary = { trie: newNode(), lowerTrie: newNode(), people: new Map(), entries: new Map(), countries: new Map(), surnames: new Map(), nonActors: new Set() };

  const countries = read(dir, 'countries.txt');
  if (countries) {
    for (const row of parseRows(countries.text, countries.file, 2, 6)) {
      const [code, names, adjectives, capitals, valid] = row.fields;
      checkCode(row, code!);
      const range = parseRange(row, valid);
      const base = { code: code!, ...range, where: where(row) };
      const country = actorEntry({ id: `country:${code}`, kind: 'country', ...base });
      dict.countries.set(code!, country);
      add(dict, list(names), country);
      add(dict, list(adjectives), actorEntry({ ...base, id: `adjective:${code}`, kind: 'adjective' }));
      add(dict, list(capitals), actorEntry({ ...base, id: `capital:${code}`, kind: 'capital', code: `${code}GOV` }));
    }
  }
  const cities = read(dir, 'cities.txt');
  if (cities) {
    for (const row of parseRows(cities.text, cities.file, 2, 3)) {
      const [name, code] = row.fields;
      checkCode(row, code!);
      add(dict, [name!], actorEntry({ id: `city:${name}`, kind: 'city', code: code!, from: '0000-01-01', to: '9999-12-31', where: where(row) }));
    }
  }
  for (const [file, kind] of [
    ['organizations.txt', 'organization'],
    ['groups.txt', 'group'],
  ] as const) {
    const src = read(dir, file);
    if (!src) continue;
    for (const row of parseRows(src.text, src.file, 2, 4)) {
      const [code, names, valid] = row.fields;
      checkCode(row, code!);
      add(dict, list(names), actorEntry({ id: `${kind}:${code}`, kind, code: code!, ...parseRange(row, valid), where: where(row) }));
    }
  }
  const agents = read(dir, 'agents.txt');
  if (agents) {
    for (const row of parseRows(agents.text, agents.file, 2, 3)) {
      const [role, nouns] = row.fields;
      if (!ROLE.test(role!)) fail(row, `role "${role}" must be a 3-letter CAMEO role code`);
      for (const noun of list(nouns)) {
        add(dict, [noun], actorEntry({ id: `agent:${noun}`, kind: 'agent', code: role!, from: '0000-01-01', to: '9999-12-31', where: where(row) }));
      }
    }
  }
  const modifiers = read(dir, 'agent-modifiers.txt');
  if (modifiers) {
    for (const row of parseRows(modifiers.text, modifiers.file, 2, 3)) {
      const [word, role] = row.fields;
      if (role !== '-' && !ROLE.test(role!)) fail(row, `role "${role}" must be a 3-letter CAMEO role code or -`);
      add(dict, [word!], actorEntry({ id: `modifier:${word}`, kind: 'modifier', code: role === '-' ? '' : role!, from: '0000-01-01', to: '9999-12-31', where: where(row) }));
    }
  }
  const people = read(dir, 'people.txt');
  if (people) {
    for (const row of parseRows(people.text, people.file, 4, 5)) {
      const [id, names, code, range] = row.fields;
      checkCode(row, code!);
      const tenure = { code: code!, ...parseRange(row, range) };
      let entry = dict.people.get(id!);
      if (!entry) {
        // a person is always a person; only their code depends on the date (personCode)
        entry = actorEntry({ id: `person:${id}`, kind: 'person', code: code!, from: '0000-01-01', to: '9999-12-31', tenures: [], where: where(row) });
        dict.people.set(id!, entry);
      }
      entry.tenures!.push(tenure);
      add(dict, list(names), entry);
      for (const name of list(names)) {
        const words = phraseKey(name);
        const last = words[words.length - 1];
        if (words.length < 2 || !last) continue;
        const known = dict.surnames.get(last) ?? [];
        if (!known.includes(entry)) known.push(entry);
        dict.surnames.set(last, known);
      }
    }
  }
  const descriptors = read(dir, 'descriptors.txt');
  if (descriptors) {
    for (const row of parseRows(descriptors.text, descriptors.file, 2, 3)) {
      const [phrase, codes] = row.fields;
      const candidates = list(codes).map((c) => checkCode(row, c, 'candidate'));
      if (!candidates.length) fail(row, 'a descriptor needs at least one candidate code');
      add(dict, [phrase!], actorEntry({ id: `descriptor:${phrase}`, kind: 'descriptor', code: candidates[0]!, candidates, from: '0000-01-01', to: '9999-12-31', where: where(row) }));
    }
  }
  const nonActors = read(dir, 'non-actors.txt');
  if (nonActors) for (const row of parseRows(nonActors.text, nonActors.file, 1, 2)) dict.nonActors.add(normalizeWord(row.fields[0]!));
  if (dict.entries.size === 0) throw new DictionaryError(dir, 0, '', 'no actor dictionary files found');
  return dict;
}

/** The code a person holds on a date: the tenure containing it, else just their country. */
export function personCode(entry: ActorEntry, date: string | undefined): string {
  const tenures = entry.tenures ?? [];
  // with no date, the last office held: most of what is written of a person is written while in office (Maduro is
  // VENGOV, not the VENELI of after his fall)
  if (!date) {
    for (let i = tenures.length - 1; i >= 0; i--) if (!tenures[i]!.code.endsWith('ELI')) return tenures[i]!.code;
    return tenures[tenures.length - 1]?.code ?? entry.code;
  }
  const hit = tenures.find((t) => t.from <= date && date <= t.to);
  if (hit) return hit.code;
  // out of office: still of that country, in no role the date supports; after their last office, the country of
  // that office ("Kohl" in 2020 is German, not West German)
  let latest = tenures[0];
  for (const t of tenures) if (t.to < date && (!latest || latest.to >= date || t.to > latest.to)) latest = t;
  return (latest?.code ?? entry.code).slice(0, 3);
}

/** The one person with this surname who held an office on the date, if exactly one did. */
export function personBySurname(dict: ActorDictionary, surname: string, date: string | undefined): ActorEntry | null {
  if (!date) return null;
  const inOffice = (dict.surnames.get(surname) ?? []).filter((p) => p.tenures?.some((t) => t.from <= date && date <= t.to && t.code.length > 3 && !t.code.endsWith('ELI')));
  return inOffice.length === 1 ? inOffice[0]! : null;
}
