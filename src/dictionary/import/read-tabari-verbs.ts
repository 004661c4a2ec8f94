/**
 * A TABARI verbs dictionary (`*.verbs`):
 *   <SYNSETS> &NAME / +MEMBER… </SYNSETS>    word sets patterns refer to as &NAME
 *   <TIME> … </TIME>                          time-shift phrases (no event coding: counted and left out)
 *   VERB_WORDS [CODE]                         a verb (first word) with any words that must follow it
 *   { FORM FORM }                             other forms of the verb just read
 *   - WORDS * WORDS [CODE]                    a pattern of the verb just read; `{ A | B }` is a disjunction
 * A word without a final `_` is a stem in TABARI (RESTOR matches restore, restored…).
 */
import { codeBlocks } from './read-actor-records.js';
import { sourceLines, unreadable } from './source-lines.js';
import { type SourceVerbGroup, type SourceVerbs, parseVerbPhrase, synsetName } from './verb-records.js';

export function readTabariVerbs(file: string, text?: string): SourceVerbs {
  const result: SourceVerbs = { synsets: new Map(), groups: [], ignored: [] };
  const lines = sourceLines(file, 'tabari', text);
  let section: string | null = null;
  let group: SourceVerbGroup | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const body = l.body.trim();
    const tag = /^<(\/?)([A-Z]+)>$/.exec(body);
    if (tag) {
      if (tag[1]) {
        if (section !== tag[2]) unreadable(l, `</${tag[2]}> without a matching <${tag[2]}>`);
        section = null;
      } else {
        if (section) unreadable(l, `<${tag[2]}> inside <${section}>`);
        section = tag[2]!;
      }
      continue;
    }
    if (section === 'SYNSETS') {
      if (!body.startsWith('&')) unreadable(l, 'inside <SYNSETS>, expected &NAME followed by +MEMBER lines');
      const members: string[] = [];
      while (i + 1 < lines.length && lines[i + 1]!.body.trim().startsWith('+')) {
        i++;
        const m = lines[i]!.body.trim().slice(1).trim();
        if (m) members.push(m);
      }
      if (!members.length) unreadable(l, `synset ${body} has no +MEMBER lines after it`);
      result.synsets.set(synsetName(body), { members, ref: l });
      continue;
    }
    if (section) {
      if (!body.startsWith('-')) result.ignored.push({ reason: `TABARI <${section}> entry (no Dyad equivalent)`, ref: l });
      continue;
    }
    if (body.startsWith('-')) {
      if (!group) unreadable(l, 'a pattern (- … [CODE]) before any verb');
      const { before, blocks, unclosed } = codeBlocks(body.slice(1));
      group.patterns.push({ text: before.trim(), code: (blocks[0] ?? '').trim(), ...(unclosed && !blocks.length ? { broken: true } : {}), ref: l });
      continue;
    }
    if (body.startsWith('{')) {
      if (!group) unreadable(l, 'a "{ forms }" line before any verb');
      const close = body.indexOf('}');
      if (close < 0) unreadable(l, 'a "{" list of verb forms that is never closed with "}"');
      const verb = group.verbs[group.verbs.length - 1]!;
      verb.forms.push(
        ...body
          .slice(1, close)
          .split(/\s+/)
          .filter(Boolean)
          .map(parseVerbPhrase),
      );
      continue;
    }
    const { before, blocks } = codeBlocks(body);
    if (!before.trim()) unreadable(l, 'expected a verb');
    const code = (blocks[0] ?? '').trim() || '---';
    group = { verbs: [{ ...parseVerbPhrase(before), forms: [], code: null, ref: l }], code, patterns: [], ref: l };
    result.groups.push(group);
  }
  if (section) unreadable(lines[lines.length - 1]!, `<${section}> is never closed`);
  return result;
}
