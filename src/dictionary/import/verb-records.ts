/**
 * The verb dictionaries of PETRARCH and TABARI, read into one neutral shape: groups of synonymous verbs, each with
 * a default code and the patterns they share, plus the synsets patterns refer to. Nothing here knows Dyad.
 */
import type { SourceRef } from './import-report.js';

/** A verb as written: words before it (multi-word verbs like WIRE_+TAP), the verb, words after it (+CORDON_OFF). */
export interface VerbPhrase {
  before: string[];
  verb: string;
  after: string[];
}

export interface SourceVerb extends VerbPhrase {
  /** Other forms listed in `{…}` (irregular past tenses, or TABARI's alternative spellings). */
  forms: VerbPhrase[];
  /** Its own code, or null to use the group's. */
  code: string | null;
  ref: SourceRef;
}

export interface SourcePattern {
  /** The pattern between the leading `-` and the `[code]`. */
  text: string;
  /** As written inside `[…]`; '' when missing. */
  code: string;
  /** The `[` has no `]`: PETRARCH's `#` comments cut `[###]` short. */
  broken?: boolean;
  ref: SourceRef;
}

export interface SourceVerbGroup {
  verbs: SourceVerb[];
  /** The group's code (PETRARCH block code, TABARI verb code); `---` = no event by itself. */
  code: string;
  patterns: SourcePattern[];
  ref: SourceRef;
}

export interface Synset {
  /** Members as written (`AUSTRIAN FLORIN`, `&TIETYPES`). */
  members: string[];
  ref: SourceRef;
}

export interface SourceVerbs {
  /** By name, upper case, without a final `_` (`&CURRENCY`). */
  synsets: Map<string, Synset>;
  groups: SourceVerbGroup[];
  /** Entries read but with no Dyad counterpart at all (TABARI <TIME> shifts…), by reason. */
  ignored: { reason: string; ref: SourceRef }[];
}

/**
 * `KLM_NOP_+RST` → before [KLM, NOP], verb RST; `+BREAK_DOWN` → verb BREAK, after [DOWN]; `BRUSH ASIDE REPORTS`
 * → BRUSH + [*, ASIDE, *, REPORTS]: a blank lets words come between (a `*` gap in Dyad), `_` joins them.
 */
export function parseVerbPhrase(s: string): VerbPhrase {
  const tokens: { word: string; join: ' ' | '_' }[] = [];
  let join: ' ' | '_' = ' ';
  for (const m of s.trim().matchAll(/([^\s_]+)|([\s_]+)/g)) {
    if (m[2]) join = /\s/.test(m[2]) ? ' ' : '_';
    else {
      tokens.push({ word: m[1]!, join });
      join = ' ';
    }
  }
  let at = tokens.findIndex((t) => t.word.startsWith('+'));
  if (at < 0) at = 0;
  const clean = (w: string) => w.replace(/^\+/, '').replace(/[_=]+$/, '');
  const after: string[] = [];
  for (const t of tokens.slice(at + 1)) {
    if (t.join === ' ') after.push('*');
    after.push(clean(t.word));
  }
  return { before: tokens.slice(0, at).map((t) => clean(t.word)), verb: clean(tokens[at]?.word ?? ''), after };
}

export function synsetName(s: string): string {
  return s.trim().toUpperCase().replace(/_+$/, '');
}
