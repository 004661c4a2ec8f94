/**
 * A PETRARCH (version 1 pattern format) verbs dictionary:
 *   &SYNSET / +MEMBER…                  a word set patterns refer to as &SYNSET
 *   --- NAME [CODE] ---                  a block of synonymous verbs; CODE is their default (none = ---)
 *   VERB {FORM FORM} [CODE]              a verb of the block, its irregular forms, its own code
 *   +VERB_PARTICLE / WORD_+VERB          multi-word verbs, + marking the verb
 *   - WORDS * WORDS [CODE]               a pattern shared by the block's verbs; * is the verb
 */
import { codeBlocks } from './read-actor-records.js';
import { sourceLines, unreadable } from './source-lines.js';
import { type SourceVerbGroup, type SourceVerbs, parseVerbPhrase, synsetName } from './verb-records.js';

export function readPetrarchVerbs(file: string, text?: string): SourceVerbs {
  const result: SourceVerbs = { synsets: new Map(), groups: [], ignored: [] };
  const lines = sourceLines(file, 'petrarch', text);
  let group: SourceVerbGroup | null = null;
  let newBlock: { code: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const body = l.body.trim();
    if (body.startsWith('---')) {
      const { blocks } = codeBlocks(body.replace(/-+\s*$/, ''));
      const code = (blocks[0] ?? '').trim();
      newBlock = { code: code || '---' };
      group = null;
      continue;
    }
    if (body.startsWith('&')) {
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
    if (body.startsWith('-')) {
      if (!group) unreadable(l, 'a pattern (- … [CODE]) before any verb of its block');
      const { before, blocks, unclosed } = codeBlocks(body.slice(1));
      group.patterns.push({ text: before.trim(), code: (blocks[0] ?? '').trim(), ...(unclosed && !blocks.length ? { broken: true } : {}), ref: l });
      continue;
    }
    // a verb line
    if (!newBlock && !group) unreadable(l, 'a verb before any "--- NAME [CODE] ---" block line');
    const { before, blocks } = codeBlocks(body);
    let phrase = before;
    let forms: string[] = [];
    const brace = /\{([^}]*)\}/.exec(before);
    if (brace) {
      phrase = before.slice(0, brace.index);
      forms = brace[1]!.split(/\s+/).filter(Boolean);
    } else if (before.includes('{')) unreadable(l, 'a "{" list of verb forms that is never closed with "}"');
    if (!phrase.trim()) unreadable(l, 'expected a verb');
    const verb = {
      ...parseVerbPhrase(phrase),
      forms: forms.map(parseVerbPhrase),
      code: blocks[0]?.trim() || null,
      ref: l,
    };
    if (!group) {
      group = { verbs: [], code: newBlock!.code, patterns: [], ref: l };
      result.groups.push(group);
      newBlock = null;
    }
    group.verbs.push(verb);
  }
  return result;
}
