/**
 * A dictionaries folder's own event codes, beside the CAMEO table: `cameo/extra-codes.txt`, one `code | label | note`
 * a line. An imported PETRARCH or TABARI dictionary writes there the codes its patterns use that CAMEO does not have
 * (WEIS-era and test codes such as 223, 1717, 174K, 903), so its patterns load and fire with the code as written.
 * A folder without the file knows CAMEO only: a pattern with any other code is still a load (and lint) error.
 *
 * Such a code has no Goldstein weight and no PLOVER type (null). Its root is its first two digits, CAMEO's own rule,
 * so root filters group it with its neighbours (174K → 17); its quad class is that root's when the root is a CAMEO
 * root (01–20), else 0, meaning none (223 → root 22, quad 0).
 */
import { existsSync, readFileSync } from 'node:fs';
import { type CameoCode, quadClass } from './cameo-codes.js';
import { fail, parseRows } from './parse-lines.js';

export const EXTRA_CODES_FILE = 'extra-codes.txt';

/** What a dictionary's own code may look like: 2–4 digits and at most one letter after them (174K, 075A). */
export const EXTRA_CODE = /^\d{2,4}[A-Za-z]?$/;

/** The code's entry with root and quad class derived as described above (`codes` is the CAMEO table). */
export function extraCode(code: string, label: string, codes: Map<string, CameoCode>): CameoCode {
  const root = code.slice(0, 2);
  const cameoRoot = codes.get(root)?.cameo === true;
  return { code, label, goldstein: null, plover: null, root, quad: cameoRoot ? quadClass(root) : 0, cameo: false };
}

/** Adds the codes of `file` (when it exists) to `codes`, refusing one CAMEO already has. */
export function loadExtraCodes(file: string, codes: Map<string, CameoCode>): void {
  if (!existsSync(file)) return;
  for (const row of parseRows(readFileSync(file, 'utf8'), file, 2, 3)) {
    const [code, label] = row.fields;
    if (!EXTRA_CODE.test(code!)) fail(row, `"${code}" is not an event code (2 to 4 digits, optionally one letter: 174K)`);
    const known = codes.get(code!);
    if (known?.cameo) fail(row, `${code} is a CAMEO code (cameo/codes.txt): list only codes CAMEO lacks`);
    if (known) fail(row, `${code} is listed twice`);
    codes.set(code!, extraCode(code!, label!, codes));
  }
}
