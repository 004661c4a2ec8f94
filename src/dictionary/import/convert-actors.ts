/**
 * Source actor records → Dyad actor lines. The file is chosen by the code's shape:
 *   3-letter code (ARN, ---)                 countries.txt, as a name of that code
 *   IGO…, NGO…, NGM…, IMG…, MNC…             organizations.txt
 *   CCCGOV                                   countries.txt, as a capital/seat of government of CCC (Dyad's metonym)
 *   any other code                           groups.txt
 * Dated codes become `from..to` ranges: countries and organisations keep their file (one line per range), anything
 * else becomes a career in people.txt (one line per period, same id). Dyad's loader rejects bad codes and ranges, and
 * a name may mean one actor only (first one kept), so those are counted and left out here.
 */
import { basename } from 'node:path';
import { phraseKey } from '../normalize.js';
import { type DatedCode, parseRestriction, rangeField, resolveTenures } from './dated-codes.js';
import { type SourceRef, Tally } from './import-report.js';
import type { SourceActor } from './read-actor-records.js';
import { actorCodeProblem, isCountryCode, isOrganizationCode, nameFromSource, slug } from './source-words.js';

export interface CountryLine {
  code: string;
  names: string[];
  capitals: string[];
  range: string;
  note: string;
}
export interface CodeLine {
  code: string;
  names: string[];
  range: string;
  note: string;
}
export interface PersonLine {
  id: string;
  names: string[];
  code: string;
  range: string;
  note: string;
}

export interface DyadActors {
  countries: CountryLine[];
  organizations: CodeLine[];
  groups: CodeLine[];
  people: PersonLine[];
  /** Source actors that produced at least one line, and the names written for them. */
  actors: number;
  names: number;
}

const where = (ref: SourceRef) => `${basename(ref.file)}:${ref.line}`;

export function convertActors(records: SourceActor[], tally: Tally): DyadActors {
  const out: DyadActors = { countries: [], organizations: [], groups: [], people: [], actors: 0, names: 0 };
  const owner = new Map<string, SourceActor>();
  const personIds = new Set<string>();

  for (const a of records) {
    // codes first: an actor with none is not worth its names
    const dated: DatedCode[] = [];
    const defaults: string[] = [];
    for (const ref of a.broken) tally.skip('actor code: cut short by a "#" comment inside [ ]', ref);
    for (const c of a.codes) {
      let code = c.code;
      if (code !== code.toUpperCase()) {
        tally.approximate('actor code: lower case, upper-cased', c.ref);
        code = code.toUpperCase();
      }
      const problem = actorCodeProblem(code);
      if (problem) {
        tally.skip(`actor code: ${problem}`, c.ref);
        continue;
      }
      const r = parseRestriction(c.restriction);
      if (typeof r === 'string') {
        tally.skip(`actor code: bad date restriction (${r.replace(/"[^"]*"/, '…')})`, c.ref);
        continue;
      }
      if (r === null) defaults.push(code);
      else dated.push({ code, ...r });
    }
    if (defaults.length > 1) tally.approximate('actor: several undated codes, the first is the default', a.ref);
    const segments = resolveTenures(dated, defaults[0] ?? null);
    if (!segments.length) {
      tally.skip(a.codes.length || a.broken.length ? 'actor: none of its codes is usable (see actor code: …)' : 'actor: no code at all', a.ref);
      continue;
    }

    // names: each may stand for one actor only
    const names: string[] = [];
    for (const n of a.names) {
      const name = nameFromSource(n.phrase);
      const key = phraseKey(name).join(' ');
      if (!key || /[;|]/.test(name)) {
        tally.skip('actor name: empty, or holds ; or |', n.ref);
        continue;
      }
      const prev = owner.get(key);
      if (prev && prev !== a) {
        tally.skip('actor name: already names an earlier actor (the first is kept)', n.ref);
        continue;
      }
      if (prev === a) continue;
      owner.set(key, a);
      names.push(name);
    }
    if (!names.length) {
      tally.skip('actor: all its names belong to earlier actors', a.ref);
      continue;
    }
    out.actors++;
    out.names += names.length;
    const note = where(a.ref);

    if (!dated.length) {
      const code = segments[0]!.code;
      const capital = /^([A-Z-]{3})GOV$/.exec(code);
      if (isCountryCode(code)) countryLine(out, code, '', note).names.push(...names);
      else if (isOrganizationCode(code)) codeLine(out.organizations, code, '', note).names.push(...names);
      else if (capital) countryLine(out, capital[1]!, '', note).capitals.push(...names);
      else codeLine(out.groups, code, '', note).names.push(...names);
      continue;
    }
    if (segments.every((s) => isCountryCode(s.code))) {
      for (const s of segments) countryLine(out, s.code, rangeField(s), note).names.push(...names);
      continue;
    }
    if (segments.every((s) => isOrganizationCode(s.code))) {
      for (const s of segments) codeLine(out.organizations, s.code, rangeField(s), note).names.push(...names);
      continue;
    }
    let id = slug(nameFromSource(a.names[0]!.phrase));
    for (let k = 2; personIds.has(id); k++) id = `${slug(nameFromSource(a.names[0]!.phrase))}-${k}`;
    personIds.add(id);
    for (const s of segments) out.people.push({ id, names, code: s.code, range: rangeField(s) || '..', note });
  }
  return out;
}

function countryLine(out: DyadActors, code: string, range: string, note: string): CountryLine {
  let line = out.countries.find((c) => c.code === code && c.range === range);
  if (!line) {
    line = { code, names: [], capitals: [], range, note };
    out.countries.push(line);
  } else if (!line.note.includes(note)) line.note += `, ${note}`;
  return line;
}

function codeLine(lines: CodeLine[], code: string, range: string, note: string): CodeLine {
  let line = lines.find((c) => c.code === code && c.range === range);
  if (!line) {
    line = { code, names: [], range, note };
    lines.push(line);
  } else if (!line.note.includes(note)) line.note += `, ${note}`;
  return line;
}
