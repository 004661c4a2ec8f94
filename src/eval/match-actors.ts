/**
 * Actor comparison as the evaluation README defines it. A CAMEO actor code is a chain of 3-letter blocks: a country
 * or sector first, then roles and groups. Strict: same country/organisation and every role the gold names; lenient:
 * the country/organisation alone. Religious and ethnic attributes are ignored; "---"/"***" are any country.
 */
const SECTORS = new Set(['IGO', 'NGO', 'MNC', 'IMG', 'INT', 'NGM']);
const ROLES = new Set(['GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'LEG', 'ELI', 'REF', 'AGR', 'HLH', 'LAB', 'ENV', 'HRI', 'DEV', 'INS', 'SEP', 'UAF', 'MOD', 'RAD', 'PKO', 'UIS', 'SET', 'SOC', 'PPL']);
const ATTRIBUTES = new Set(['MUS', 'MOS', 'CHR', 'JEW', 'BUD', 'HIN', 'SHI', 'SUN', 'CTH', 'PRO', 'ORT', 'REL']);
const SAME: Record<string, string> = { JRN: 'MED', CIV: 'CVL', JAP: 'JPN' };
const ANY = new Set(['---', '***']);

/** Normal form of an actor code: upper case, lower-case (ethnic) blocks dropped; null for none. */
export function normalizeActor(code: unknown): string | null {
  if (code === null || code === undefined) return null;
  const blocks = (String(code).trim().match(/.{1,3}/g) ?? []).filter((b) => !/^[a-z]{3}$/.test(b));
  const v = blocks.join('').toUpperCase();
  return v === '' || v === '---' || v === 'NONE' ? null : v;
}

function blocks(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 3) {
    const b = code.slice(i, i + 3);
    out.push(SAME[b] ?? b);
  }
  return out;
}

/** The country, or for a sector code the organisation's own block (IGOUNO → UNO). */
export function identity(code: string): string {
  const b = blocks(code);
  if (!SECTORS.has(b[0]!)) return b[0]!;
  const own = b.slice(1).filter((x) => !ROLES.has(x) && !ATTRIBUTES.has(x));
  return own.length ? own[own.length - 1]! : b[0]!;
}

export function actorMatches(gold: string | null, coded: string | null, strict: boolean): boolean {
  if (gold === null) return true;
  if (coded === null) return false;
  const g = blocks(gold);
  const c = blocks(coded);
  const gi = identity(gold);
  const ci = identity(coded);
  const same = gi === ci || ANY.has(gi) || ANY.has(ci);
  if (!strict) return same || c.includes(gi) || g.includes(ci);
  if (!same) return false;
  // blocks with no letters ("***") ask for nothing
  const need = SECTORS.has(g[0]!) ? g.filter((x) => ROLES.has(x)) : g.slice(1).filter((x) => !ATTRIBUTES.has(x) && /[A-Z]/.test(x));
  return need.every((x) => c.includes(x));
}

export function wordsOf(s: string): string {
  return ` ${normText(s).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

export function normText(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Gold words for an actor match coded words when either contains the other. */
export function textMatches(gold: string | null | undefined, coded: string | null): boolean {
  if (!gold) return true;
  if (!coded || !coded.trim()) return false;
  const g = wordsOf(gold);
  const c = wordsOf(coded);
  return g.includes(c) || c.includes(g);
}
