/** `dyad eval`: score against a gold file and show what to fix. */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { type CodedEvent, createCoder } from '../../index.js';
import { readInputs } from '../../ingest/read-inputs.js';
import { batchFull, inBatches } from '../in-batches.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the coder against a gold file (same rules as ../shared/eval/score.mjs) and show what to fix')
    .argument('<gold>', 'a gold file: NAME.gold.json (codes NAME.input.jsonl or its "document") ')
    .option('--input <file>', 'the input to code instead of the one beside the gold file')
    .option('--events <file>', 'score these coded events (JSONL) instead of coding')
    .option('--root', 'compare CAMEO codes at the root only')
    .option('--top <n>', 'rows in each list', '10')
    .option('--dict <dir>', 'dictionaries folder')
    .action(async (goldPath: string, opts: { input?: string; events?: string; root?: boolean; top: string; dict?: string }) => {
      const { readGold, inputFor } = await import('../../eval/gold.js');
      const { scoreEvents } = await import('../../eval/score-events.js');
      const { formatReport } = await import('../../eval/report.js');
      const gold = readGold(goldPath);
      let events: CodedEvent[] = [];
      if (opts.events) {
        events = readFileSync(opts.events, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
          try {
            return JSON.parse(l) as CodedEvent;
          } catch {
            throw new Error(`${opts.events}:${i + 1}: not valid JSON`);
          }
        });
      } else {
        const coder = createCoder({ dictionaries: opts.dict });
        for await (const batch of inBatches(readInputs([opts.input ?? inputFor(goldPath, gold)]), batchFull)) {
          const articles = batch.map((item) => {
            if ('error' in item) throw item.error;
            return item.article;
          });
          for (const r of coder.codeArticles(articles)) {
            if ('error' in r) throw r.error;
            events.push(...r.events);
          }
        }
      }
      const score = scoreEvents(gold, events, { rootOnly: opts.root });
      process.stdout.write(formatReport(score, events, { top: Number(opts.top) || 10 }));
    });
}
