/**
 * Readable names for actor codes (USAGOV → "United States government", IGOUNO → "United Nations"), read from the
 * first name of each entry in the dictionaries' country, organisation and group files, plus CAMEO's role blocks.
 * Also the "country" grouping the network and actor lists offer: USAGOV, USAMIL and USA are all USA.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** CAMEO role blocks (the codebook's three-letter actor types). */
const ROLES: Record<string, string> = {
  GOV: 'government', MIL: 'military', LEG: 'legislature', JUD: 'judiciary', COP: 'police', SPY: 'intelligence',
  OPP: 'opposition', REB: 'rebels', INS: 'insurgents', SEP: 'separatists', UAF: 'armed group', PTY: 'party',
  CVL: 'civilians', ELI: 'elites', BUS: 'business', MED: 'media', LAB: 'labour', AGR: 'agriculture',
  EDU: 'education', HLH: 'health', HRI: 'human rights', ENV: 'environment', DEV: 'development', REF: 'refugees',
  CRM: 'criminals', RAD: 'radicals', MOD: 'moderates', SET: 'settlers', PKO: 'peacekeepers', REL: 'religious',
  IGO: 'international organisation', NGO: 'NGO', MNC: 'multinational', IMG: 'militant group',
};

export interface ActorLabels {
  label(code: string): string;
  /** The country an actor belongs to (USAGOV → USA), or the code itself when it names no country. */
  group(code: string): string;
}

function firstNames(file: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [code, names] = line.split('|').map((f) => f.trim());
    const name = names?.split(';')[0]?.trim();
    if (code && name && /^[A-Z]{3,}$/.test(code) && !out.has(code)) out.set(code, name);
  }
  return out;
}

export function loadActorLabels(dictionaryDir: string): ActorLabels {
  const actors = join(dictionaryDir, 'actors');
  const countries = firstNames(join(actors, 'countries.txt'));
  // a country's own institution ("Pentagon" USAMIL, "Knesset" ISRLEG) shares its code with every actor of that
  // country and role: such codes are labelled by country and role, not by the first institution listed
  const institution = (code: string) => code.length === 6 && countries.has(code.slice(0, 3)) && ROLES[code.slice(3)] !== undefined;
  const organizations = [...firstNames(join(actors, 'organizations.txt'))].filter(([code]) => !institution(code));
  const names = new Map([...firstNames(join(actors, 'groups.txt')), ...organizations, ...countries]);
  const cache = new Map<string, string>();

  const label = (code: string): string => {
    const hit = cache.get(code);
    if (hit) return hit;
    // the longest named prefix in three-letter blocks, then the role words of what is left
    let out = code;
    for (let n = code.length - (code.length % 3); n >= 3; n -= 3) {
      const name = names.get(code.slice(0, n));
      if (!name) continue;
      const rest = code.slice(n).match(/.{3}/g) ?? [];
      out = [name, ...rest.map((r) => ROLES[r] ?? r)].join(' ');
      break;
    }
    if (out === code && ROLES[code.slice(0, 3)]) out = `${code} (${ROLES[code.slice(0, 3)]})`;
    cache.set(code, out);
    return out;
  };
  const group = (code: string): string => (countries.has(code.slice(0, 3)) ? code.slice(0, 3) : code.slice(0, 6) || code);
  return { label, group };
}
