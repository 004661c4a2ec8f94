/**
 * A TABARI actors dictionary (`*.actors`): the same record syntax with `;` comments, plus `<NOUN>` and
 * `<ADJECTIVE>` word lists that TABARI uses to tell nouns from verbs — Dyad's tagger does that, so they are counted
 * and left out.
 */
import type { SourceRef } from './import-report.js';
import { type SourceActor, parseActorLines } from './read-actor-records.js';
import { type SourceLine, sourceLines, unreadable } from './source-lines.js';

export interface TabariActors {
  actors: SourceActor[];
  /** Lines of the <NOUN>/<ADJECTIVE> lists. */
  wordLists: SourceRef[];
}

export function readTabariActors(file: string, text?: string): TabariActors {
  const kept: SourceLine[] = [];
  const wordLists: SourceRef[] = [];
  let section: { name: string; at: SourceLine } | null = null;
  for (const l of sourceLines(file, 'tabari', text)) {
    const tag = /^\s*<(\/?)([A-Z]+)>\s*$/.exec(l.body);
    if (tag) {
      if (!tag[1]) {
        if (section) unreadable(l, `<${tag[2]}> inside <${section.name}>`);
        section = { name: tag[2]!, at: l };
      } else {
        if (!section || section.name !== tag[2]) unreadable(l, `</${tag[2]}> without a matching <${tag[2]}>`);
        section = null;
      }
      continue;
    }
    if (section) wordLists.push(l);
    else kept.push(l);
  }
  if (section) unreadable(section.at, `<${section.name}> is never closed`);
  return { actors: parseActorLines(kept), wordLists };
}
