/**
 * Source agents → Dyad agents.txt role lines (`GOV | minister; foreign minister | …`).
 * `[~ROLE]` adds a role after the actor's code, which is exactly a Dyad agent; a role of several blocks (`~GOVFRM`)
 * keeps its first (Dyad roles are one block); `[CODE~]` (a code put before the actor's, `NGO~` → NGOARN) has no Dyad
 * counterpart. A noun means one role only (the first is kept).
 */
import { basename } from 'node:path';
import { Tally } from './import-report.js';
import type { SourceAgent } from './read-agents.js';
import { nounFromSource } from './source-words.js';

export interface AgentLine {
  role: string;
  nouns: string[];
  note: string;
}

export interface DyadAgents {
  lines: AgentLine[];
  nouns: number;
}

export function convertAgents(agents: SourceAgent[], tally: Tally): DyadAgents {
  const byRole = new Map<string, AgentLine>();
  const roleOf = new Map<string, string>();
  let nouns = 0;
  for (const a of agents) {
    if (a.undefinedMarker) tally.skip('agent: undefined !MARKER! substitution', a.ref);
    if (!a.phrases.length) continue;
    const code = a.code.toUpperCase();
    if (!code) {
      tally.skip('agent: no [code]', a.ref);
      continue;
    }
    if (code.endsWith('~') && !code.startsWith('~')) {
      tally.skip("agent: prefix code [CODE~] (goes before the actor's code; Dyad only appends roles)", a.ref);
      continue;
    }
    if (!code.startsWith('~')) {
      tally.skip('agent: code without ~', a.ref);
      continue;
    }
    const blocks = code.slice(1);
    if (!/^([A-Z]{3})+$/.test(blocks)) {
      tally.skip('agent: code not in 3-letter blocks', a.ref);
      continue;
    }
    const role = blocks.slice(0, 3);
    if (blocks.length > 3) tally.approximate('agent: code of several blocks cut to its first role (~GOVFRM → GOV)', a.ref);
    const words = [...a.phrases, ...a.plurals].map(nounFromSource).filter((n) => n && !/[;|]/.test(n));
    let line = byRole.get(role);
    for (const n of new Set(words)) {
      const had = roleOf.get(n);
      if (had && had !== role) {
        tally.skip('agent: noun already has another role (the first is kept)', a.ref);
        continue;
      }
      if (had) continue;
      roleOf.set(n, role);
      if (!line) {
        line = { role, nouns: [], note: `from ${basename(a.ref.file)}` };
        byRole.set(role, line);
      }
      line.nouns.push(n);
      nouns++;
    }
  }
  return { lines: [...byRole.values()], nouns };
}
