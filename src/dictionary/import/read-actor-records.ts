/**
 * The actor-record syntax PETRARCH inherited from TABARI:
 *   PRIMARY_PHRASE [CODE] [CODE restriction]…   a new actor; codes may follow on the same line
 *   +SYNONYM_PHRASE                              another name for it
 *   <tab>[CODE restriction]                      a (dated) code on its own line
 * A record's codes are kept in order: the first restriction that holds wins, an unrestricted code is the default.
 */
import type { SourceRef } from './import-report.js';
import { type SourceLine, unreadable } from './source-lines.js';

export interface SourceCode {
  code: string;
  /** The restriction as written (`< 950601`, `19950601 - 19990815`), '' for none. */
  restriction: string;
  ref: SourceRef;
}

export interface SourceActor {
  ref: SourceRef;
  /** Phrases as written (`UNITED_STATES`), primary first. */
  names: { phrase: string; ref: SourceRef }[];
  codes: SourceCode[];
  /** Code blocks that could not be read (`[` cut off by a comment): reason per ref. */
  broken: SourceRef[];
}

/** `HOBGOV 19950601 - 19990815` → code and restriction. */
export function splitCodeBlock(block: string): { code: string; restriction: string } {
  const m = /^(\S+?)(?=\s|[<>]|$)\s*(.*)$/.exec(block.trim());
  if (!m) return { code: '', restriction: '' };
  return { code: m[1]!, restriction: m[2]!.trim() };
}

/** The `[…]` blocks of a line and the text before the first one. */
export function codeBlocks(body: string): { before: string; blocks: string[]; unclosed: boolean } {
  const first = body.indexOf('[');
  if (first < 0) return { before: body, blocks: [], unclosed: false };
  const blocks: string[] = [];
  const re = /\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  let last = first;
  while ((m = re.exec(body))) {
    blocks.push(m[1]!);
    last = re.lastIndex;
  }
  const unclosed = body.indexOf('[', last) >= 0;
  return { before: body.slice(0, first), blocks, unclosed };
}

export function parseActorLines(lines: SourceLine[]): SourceActor[] {
  const actors: SourceActor[] = [];
  let current: SourceActor | null = null;
  for (const l of lines) {
    const trimmed = l.body.trim();
    const indented = /^\s/.test(l.body);
    if (indented && trimmed.startsWith('[')) {
      if (!current) unreadable(l, 'a code line (tab + [CODE]) before any actor phrase');
      addCodes(current, l, codeBlocks(trimmed));
      continue;
    }
    if (trimmed.startsWith('+')) {
      if (!current) unreadable(l, 'a synonym (+PHRASE) before any actor phrase');
      const { before, blocks, unclosed } = codeBlocks(trimmed.slice(1));
      const phrase = before.trim();
      if (!phrase) unreadable(l, 'a synonym line with no phrase after "+"');
      current.names.push({ phrase, ref: l });
      // TABARI allows codes after a synonym; they belong to the record
      addCodes(current, l, { blocks, unclosed });
      continue;
    }
    const parts = codeBlocks(trimmed);
    const phrase = parts.before.trim();
    if (!phrase) unreadable(l, 'expected an actor phrase before "["');
    current = { ref: l, names: [{ phrase, ref: l }], codes: [], broken: [] };
    actors.push(current);
    addCodes(current, l, parts);
  }
  return actors;
}

function addCodes(actor: SourceActor, l: SourceLine, parts: { blocks: string[]; unclosed: boolean }): void {
  for (const b of parts.blocks) {
    const { code, restriction } = splitCodeBlock(b);
    if (!code) actor.broken.push(l);
    else actor.codes.push({ code, restriction, ref: l });
  }
  if (parts.unclosed) actor.broken.push(l);
}
