/**
 * Splits a CAMEO actor code into the parts GDELT and Phoenix put in separate columns: `USAGOV` → country USA,
 * type GOV; `IGOUNO` → type IGO, known group UNO; `PRKMILREB` → country PRK, types MIL and REB.
 */
const TYPES = new Set(
  'AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI INS JUD LAB LEG MED MIL MOD OPP PKO PTY RAD REB REF SEP SET SPY UAF IGO NGO NGM IMG MNC UIS'.split(' '),
);
/** Codes that open an organisation rather than a country. */
const ORG_PREFIX = new Set(['IGO', 'NGO', 'NGM', 'IMG', 'MNC']);

export interface ActorParts {
  country: string;
  knownGroup: string;
  types: string[];
  /** Phoenix: the entity (country, or organisation such as IGOUNO), its role, and the rest. */
  entity: string;
  role: string;
  attribute: string;
}

export function splitActor(code: string | null): ActorParts {
  const none: ActorParts = { country: '', knownGroup: '', types: [], entity: '', role: '', attribute: '' };
  if (!code || code.startsWith('~')) return none;
  const chunks = code.match(/.{1,3}/g) ?? [];
  const first = chunks[0] ?? '';
  const org = ORG_PREFIX.has(first);
  const parts: ActorParts = { ...none, types: [] };
  if (!org && !TYPES.has(first)) parts.country = first;
  for (const c of org || parts.country ? chunks.slice(1) : chunks) {
    if (TYPES.has(c)) parts.types.push(c);
    else if (!parts.knownGroup) parts.knownGroup = c;
  }
  if (org) parts.types.unshift(first);
  const entityLen = org && chunks.length > 1 ? 2 : 1;
  parts.entity = chunks.slice(0, entityLen).join('');
  parts.role = chunks[entityLen] ?? '';
  parts.attribute = chunks.slice(entityLen + 1).join('');
  return parts;
}
