/**
 * A Dyad pattern's text (dictionaries/README.md) from its three parts and back: words before the trigger (then
 * written in [ ]), the trigger alternatives, what follows. The importer builds lines from parts, then revisits their
 * triggers (convert-verbs.ts, dropShadowedTriggers).
 */

export interface PatternParts {
  /** Words and gaps before the trigger, `%` first for a compound subject; '' for none. */
  before: string;
  triggers: string[];
  after: string;
}

export function joinPattern(p: PatternParts): string {
  const t = p.triggers.join('|');
  return [p.before, p.before ? `[${t}]` : t, p.after].filter(Boolean).join(' ');
}

export function splitPattern(text: string): PatternParts {
  const parts = text.split(' ');
  const at = parts.findIndex((w) => w.startsWith('['));
  if (at < 0) return { before: '', triggers: parts[0]!.split('|'), after: parts.slice(1).join(' ') };
  return { before: parts.slice(0, at).join(' '), triggers: parts[at]!.slice(1, -1).split('|'), after: parts.slice(at + 1).join(' ') };
}
