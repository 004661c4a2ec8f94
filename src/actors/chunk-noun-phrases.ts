/**
 * Noun-phrase chunks from POS tags: the stretches of a sentence that can name an actor. A dictionary hit is never
 * cut by a chunk edge ("Secretary of State" holds an "of").
 */
import { isHyphen } from '../text/token-shapes.js';
import type { Token } from '../model/types.js';
import type { DictionaryHit } from './match-dictionary.js';
import { NAME_KINDS } from '../dictionary/actor-entries.js';

export interface Chunk {
  start: number;
  end: number;
  /** Index of the possessive "'s" inside the chunk, or -1. */
  possessive: number;
}

const POSSESSIVE = new Set(['its', 'his', 'her', 'their']);
const PARTICIPLE = /(ing|ed)$/;
/** Words that stand before a person's name as a title. */
const TITLES = new Set(['president', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'general', 'gen.', 'gen', 'colonel', 'col.',
  'captain', 'capt.', 'major', 'maj.', 'minister', 'premier', 'chancellor', 'governor', 'senator', 'sen.', 'judge', 'bishop',
  'archbishop', 'cardinal', 'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr']);

/** A word a noun phrase is made of: a noun, name, adjective or number (or a capitalised unknown). Runs per token. */
function nominal(t: Token): boolean {
  const pos = t.pos;
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'NUM' || (pos === 'X' && t.cap);
}

/** `stop[i]` marks tokens no chunk may hold (dates: "the Security Council today" names the Council only). */
export function chunkNounPhrases(tokens: Token[], hits: DictionaryHit[], stop: boolean[] = [], isVerbLemma?: (w: string) => boolean): Chunk[] {
  const hitEnd: number[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) hitEnd[i] = -1;
  for (const h of hits) hitEnd[h.start] = h.end;
  // whether some dictionary phrase covers token x (asked only of a capitalised verb inside a name: rare)
  const known = (x: number): boolean => hits.some((h) => h.start <= x && x < h.end);
  // where a known actor's name starts ("for Hezbollah" joins no name to it)
  const namedAt: boolean[] = [];
  for (const h of hits) if (h.entries.some((e) => NAME_KINDS.has(e.kind))) namedAt[h.start] = true;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "its troops": a possessive pronoun opens the phrase it owns
    if (stop[i] || !(nominal(t) || hitEnd[i]! > 0 || t.pos === 'DET' || (POSSESSIVE.has(t.lower) && tokens[i + 1] !== undefined && nominal(tokens[i + 1]!)))) {
      i++;
      continue;
    }
    const start = i;
    let possessive = -1;
    // where the last dictionary phrase inside the chunk ended
    let afterHit = -1;
    while (i < tokens.length) {
      const h = hitEnd[i]!;
      if (stop[i] && h <= 0) break;
      if (h > 0) {
        i = afterHit = h;
        continue;
      }
      const c = tokens[i]!;
      // "Jordan's visiting King Abdullah": a participle between a possessive or determiner and a noun is an adjective
      const before = tokens[i - 1];
      const describing = c.pos === 'VERB' && PARTICIPLE.test(c.lower) && i > start && (before?.lower === "'s" || before?.pos === 'DET') && tokens[i + 1] !== undefined && nominal(tokens[i + 1]!);
      // "President Prosper Avril": a capitalised word between a title and a name is a first name, not a verb
      const firstName = c.pos === 'VERB' && c.cap && i > start && TITLES.has(before!.lower) && before!.cap && tokens[i + 1]?.pos === 'PROPN';
      // "Gerald Ford pardoned": a capitalised word after a name no dictionary knows, and no verb Dyad codes, is its
      // surname (a known name before it is more likely a title-case headline: "Kenya Expects Talks")
      const surname = isVerbLemma !== undefined && c.pos === 'VERB' && c.cap && i > start && before!.pos === 'PROPN' && before!.cap && !isVerbLemma(c.lemma) && !isVerbLemma(c.lower) && !known(i - 1);
      if (nominal(c) || describing || firstName || surname || ((c.pos === 'DET' || POSSESSIVE.has(c.lower)) && i === start)) {
        i++;
        continue;
      }
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const inside = i > start && next !== undefined && (nominal(next) || hitEnd[i + 1]! > 0);
      // ("Algeria's leading activist": the owner's phrase goes on over a participle used as an adjective)
      // (not "youth's violated South Sudan's ceasefire": a past form before a name is more likely the verb)
      const after = tokens[i + 2];
      const overParticiple = next !== undefined && next.pos === 'VERB' && after !== undefined && nominal(after) && (next.lower.endsWith('ing') || (next.lower.endsWith('ed') && !after.cap));
      if ((inside || (i > start && overParticiple)) && (c.lower === "'s" || c.lower === "'") && c.pos === 'PART' && possessive < 0) {
        possessive = i;
        i++;
        // a determiner cannot follow a possessive, but adjectives and nouns can
        continue;
      }
      // a dash with spaces round it separates ("BAMAKO - Armed men attacked"): only a hyphen inside a word joins
      if (inside && isHyphen(c.text) && !(tokens[i - 1]!.end < c.start && c.end < next.start)) {
        i++;
        continue;
      }
      // "Secretary of State", "Republic of Korea": "of" between two capitalised words; "for" too, inside a name no
      // dictionary names on either side ("Forces for Defence of Democracy"; not "Weapons for Hezbollah")
      if (inside && (c.lower === 'of' || (c.lower === 'for' && afterHit !== i && !namedAt[i + 1])) && prev?.cap && next.cap) {
        i++;
        continue;
      }
      break;
    }
    // a lone determiner is not a phrase
    if (i - start === 1 && tokens[start]!.pos === 'DET') continue;
    chunks.push({ start, end: i, possessive });
  }
  return chunks;
}
