/**
 * PETRARCH and TABARI agent dictionaries: one agent a line,
 *   PHRASE {PLURAL PLURAL…} [~ROLE]    the role is added after the actor's code (`~GOV`)
 *   PHRASE [ROLE~]                     …or before it (`NGO~`: an organisation of that country)
 *   !NAME! = A, B, C                   (PETRARCH) a substitution set: PHRASE may contain !NAME!
 * `{…}` lists irregular plurals; `{}` means "no plural".
 */
import type { ImportFormat, SourceRef } from './import-report.js';
import { codeBlocks } from './read-actor-records.js';
import { type SourceLine, sourceLines, unreadable } from './source-lines.js';

export interface SourceAgent {
  /** Phrases as written, substitution markers already expanded. */
  phrases: string[];
  plurals: string[];
  /** The code as written inside `[…]`, blanks removed (`~GOV`, `NGO~`), '' when there is none. */
  code: string;
  ref: SourceRef;
  /** A `!MARKER!` with no definition, if any. */
  undefinedMarker?: string;
}

export function readAgents(file: string, format: ImportFormat, text?: string): SourceAgent[] {
  const subs = new Map<string, string[]>();
  const out: SourceAgent[] = [];
  for (const l of sourceLines(file, format, text)) {
    const body = l.body.trim();
    const def = /^(![A-Z0-9_]+!)\s*=\s*(.*)$/i.exec(body);
    if (def) {
      const values = def[2]!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (!values.length) unreadable(l, `substitution set ${def[1]} has no values`);
      subs.set(def[1]!.toUpperCase(), values);
      continue;
    }
    const { before, blocks } = codeBlocks(body);
    let phrase = before;
    let plurals: string[] = [];
    const brace = /\{([^}]*)\}/.exec(before);
    if (brace) {
      phrase = before.slice(0, brace.index);
      plurals = brace[1]!.split(/\s+/).filter(Boolean);
    } else if (before.includes('{')) unreadable(l, 'a "{" plural list that is never closed with "}"');
    phrase = phrase.trim();
    if (!phrase) unreadable(l, 'expected an agent phrase');
    const code = (blocks[0] ?? '').replace(/\s+/g, '');
    const agent: SourceAgent = { phrases: [phrase], plurals, code, ref: l };
    expandMarkers(agent, subs, l);
    out.push(agent);
  }
  return out;
}

/** `CONGRESS!PERSON!` → CONGRESSMAN, CONGRESSMEN, …; the values are used as written, with no plural formed. */
function expandMarkers(agent: SourceAgent, subs: Map<string, string[]>, l: SourceLine): void {
  const expand = (list: string[]): string[] => {
    const out: string[] = [];
    for (const p of list) {
      const m = /![A-Z0-9_]+!/i.exec(p);
      if (!m) {
        out.push(p);
        continue;
      }
      const values = subs.get(m[0].toUpperCase());
      if (!values) {
        agent.undefinedMarker = m[0];
        continue;
      }
      out.push(...expand(values.map((v) => p.slice(0, m.index) + v + p.slice(m.index + m[0].length))));
    }
    return out;
  };
  if (!agent.phrases.some((p) => p.includes('!')) && !agent.plurals.some((p) => p.includes('!'))) return;
  const hadMarker = agent.phrases.some((p) => /![A-Z0-9_]+!/i.test(p));
  agent.phrases = expand(agent.phrases);
  agent.plurals = expand(agent.plurals);
  if (hadMarker && !agent.phrases.length && !agent.undefinedMarker) unreadable(l, 'a substitution marker expanded to nothing');
}
