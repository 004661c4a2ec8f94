/**
 * Gold files of ../shared/eval (and any in the same shapes): a document gold, whose events are found by a snippet of
 * their sentence, or a record gold, whose events belong to a record id. Parsed and validated with zod.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Actor = z.string().nullable().optional();
const GoldEvent = z.object({
  id: z.string().optional(),
  required: z.boolean().optional(),
  symmetric: z.boolean().optional(),
  snippet: z.string().optional(),
  source: Actor,
  target: Actor,
  source_text: z.string().nullable().optional(),
  target_text: z.string().nullable().optional(),
  codes: z.array(z.string()).optional(),
  plover: z.string().optional(),
  date: z.string().optional(),
});
const Gold = z.object({
  document: z.string().optional(),
  partial: z.boolean().optional(),
  events: z.array(GoldEvent).optional(),
  forbidden: z.array(z.object({ snippet: z.string(), codes: z.array(z.string()) })).optional(),
  records: z.array(z.object({ id: z.union([z.string(), z.number()]).transform(String), text: z.string().optional(), events: z.array(GoldEvent) })).optional(),
});

export type GoldFile = z.infer<typeof Gold>;
export type GoldEventRaw = z.infer<typeof GoldEvent>;

export function readGold(path: string): GoldFile {
  const parsed = Gold.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new Error(`${path}: field "${i.path.join('.')}": ${i.message}`);
  }
  if (!parsed.data.events && !parsed.data.records) throw new Error(`${path}: neither "events" nor "records": not a gold file`);
  return parsed.data;
}

/** The input a gold file scores: its `document`, or NAME.input.jsonl beside NAME.gold.json. */
export function inputFor(goldPath: string, gold: GoldFile): string {
  const dir = goldPath.slice(0, goldPath.lastIndexOf('/') + 1);
  if (gold.document) return dir + gold.document;
  return goldPath.replace(/\.gold\.json$/, '.input.jsonl');
}
