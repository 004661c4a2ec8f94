/**
 * Words and codes as PETRARCH and TABARI write them, turned into what Dyad's files expect.
 */

/**
 * `UNITED_STATES`, `ARNOR_`, `U.S.` → `United States`, `Arnor`, `U.S.`: underscores and blanks are word breaks
 * (Dyad names are always consecutive words), a final `_` or `=` (TABARI's "whole word" marks) goes, and capitals
 * are folded to title case — Dyad matches an all-capital name only in capitals ("US" ≠ "us"), which a name written
 * in capitals by convention must not be. Words with dots (`U.S.`, `K.U.`) stay as written: they are abbreviations.
 */
export function nameFromSource(phrase: string): string {
  return phrase
    .split(/[\s_]+/)
    .map((w) => w.replace(/[_=]+$/, ''))
    .filter(Boolean)
    .map((w) => (w.includes('.') ? w : titleWord(w)))
    .join(' ');
}

function titleWord(w: string): string {
  // Barad-dur, O'Neill: capitalise after hyphens and apostrophes too
  return w.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A lower-case noun phrase (agents): `FOREIGN_MINISTER` → `foreign minister`. */
export function nounFromSource(phrase: string): string {
  return phrase
    .split(/[\s_]+/)
    .map((w) => w.replace(/[_=]+$/, ''))
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** A stable lower-case id: `SAM_GAMGEE` → `sam-gamgee`. */
export function slug(phrase: string): string {
  const s = phrase
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

/** Dyad's actor-code shape (load-actors.ts): a 3-character block, then 3-letter blocks. */
export const DYAD_ACTOR_CODE = /^[A-Z*-]{3}(?:[A-Z]{3})*$/;

/** Why an actor code cannot be used in Dyad, or null when it can. */
export function actorCodeProblem(code: string): string | null {
  if (/^[+#]{3}$/.test(code)) return 'discard/complex code +++ or ### (no Dyad equivalent)';
  if (code.includes('/')) return 'compound code A/B (several actors at once; no Dyad equivalent)';
  if (!DYAD_ACTOR_CODE.test(code)) return 'not in 3-letter blocks (Dyad rejects it)';
  return null;
}

/** Organisation-shaped codes go to organizations.txt. */
export function isOrganizationCode(code: string): boolean {
  return /^(IGO|NGO|NGM|IMG|MNC)/.test(code);
}

/** A code that names a country (or another 3-letter unit) by itself. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z-]{3}$/.test(code) && !isOrganizationCode(code);
}

/** Dyad's pattern-word shape (event-patterns.ts). */
export const DYAD_PATTERN_WORD = /^[\p{L}\p{N}'.&-]+$/u;
