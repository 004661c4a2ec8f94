/**
 * The CAMEO code table (dictionaries/cameo/codes.txt): label, Goldstein weight and PLOVER type of every code. A
 * dictionaries folder may add codes of its own that CAMEO lacks (cameo/extra-codes.txt, see extra-codes.ts).
 */
import { readFileSync } from 'node:fs';
import { fail, parseRows } from './parse-lines.js';

export interface CameoCode {
  code: string;
  label: string;
  /** null for a code that is not CAMEO's (an imported dictionary's own code has no Goldstein weight). */
  goldstein: number | null;
  plover: string | null;
  root: string;
  /** GDELT's quad class: 1 verbal cooperation (01–05), 2 material cooperation (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20). */
  quad: number;
  /** False for a dictionary's own code from cameo/extra-codes.txt. */
  cameo: boolean;
}

export function quadClass(root: string): number {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

export function loadCameoCodes(file: string): Map<string, CameoCode> {
  const codes = new Map<string, CameoCode>();
  for (const row of parseRows(readFileSync(file, 'utf8'), file, 4, 4)) {
    const [code, label, goldstein, plover] = row.fields;
    if (!/^\d{2,4}$/.test(code!)) fail(row, `"${code}" is not a CAMEO event code`);
    const g = Number(goldstein);
    if (!Number.isFinite(g) || g < -10 || g > 10) fail(row, `Goldstein weight "${goldstein}" must be a number from -10 to 10`);
    const root = code!.slice(0, 2);
    codes.set(code!, { code: code!, label: label!, goldstein: g, plover: plover === '-' ? null : plover!, root, quad: quadClass(root), cameo: true });
  }
  return codes;
}
