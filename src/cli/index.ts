#!/usr/bin/env node
/**
 * The `dyad` command: a thin shell over the library. Only this file decides exit codes.
 */
import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { type CodedEvent, createCoder } from '../index.js';
import { readInputs } from '../ingest/read-inputs.js';
import { explain } from './explain.js';
import { type Format, formatEvent, formatTable, tsvHeader } from './format-events.js';
import { Progress } from './progress.js';

const program = new Command();
program.name('dyad').description('Dyad: English news in, CAMEO + PLOVER events with evidence out.').version('0.1.0');

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function checkDate(d: string | undefined): string | undefined {
  if (d !== undefined && !DATE.test(d)) {
    process.stderr.write(`dyad: --date must be YYYY-MM-DD, not "${d}"\n`);
    process.exit(2);
  }
  return d;
}

program
  .command('code')
  .description('code articles: plain-text files, JSONL records {id, text, date?}, folders, or - for stdin')
  .argument('[inputs...]', 'files, folders or - (stdin)', [])
  .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'tsv', 'table']).default('jsonl'))
  .option('-d, --date <YYYY-MM-DD>', 'publication date for inputs that carry none')
  .option('--dict <dir>', 'dictionaries folder to use instead of the bundled one')
  .option('--coded-only', 'drop events whose source or target has no CAMEO code')
  .option('--statements', 'also emit plain statements (CAMEO 01x)')
  .action(async (inputs: string[], opts: { format: Format; date?: string; dict?: string; codedOnly?: boolean; statements?: boolean }) => {
    const date = checkDate(opts.date);
    const coder = createCoder({ dictionaries: opts.dict, codedOnly: opts.codedOnly, statements: opts.statements });
    const progress = new Progress(process.stderr);
    const table = [];
    let failures = 0;
    const out = process.stdout;
    if (opts.format === 'tsv') out.write(tsvHeader() + '\n');
    for await (const item of readInputs(inputs, { date })) {
      if ('error' in item) {
        failures++;
        progress.clear();
        process.stderr.write(`dyad: ${item.error.message}\n`);
        continue;
      }
      const coded = coder.codeArticle(item.article);
      progress.tick(coded.sentences.length);
      if (opts.format === 'table') table.push(...coded.events);
      else if (coded.events.length) out.write(coded.events.map((e) => formatEvent(e, opts.format)).join('\n') + '\n');
    }
    progress.done();
    if (opts.format === 'table') out.write(formatTable(table));
    if (failures) {
      process.stderr.write(`dyad: ${failures} input${failures > 1 ? 's' : ''} could not be read (see above); the rest were coded\n`);
      process.exitCode = 1;
    }
  });

program
  .command('explain')
  .description('show how a text is analysed: tokens, actors, patterns tried, events and why')
  .argument('[text...]', 'the text (or --file)')
  .option('--file <path>', 'read the text from a file')
  .option('-d, --date <YYYY-MM-DD>', 'publication date')
  .option('--dict <dir>', 'dictionaries folder')
  .action((words: string[], opts: { file?: string; date?: string; dict?: string }) => {
    const date = checkDate(opts.date);
    const text = opts.file ? readFileSync(opts.file, 'utf8') : words.join(' ');
    if (!text.trim()) {
      process.stderr.write('dyad explain: give a sentence, or --file PATH\n');
      process.exit(2);
    }
    const coder = createCoder({ dictionaries: opts.dict });
    process.stdout.write(explain(coder, text, date));
  });

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
    const { readGold, inputFor } = await import('../eval/gold.js');
    const { scoreEvents } = await import('../eval/score-events.js');
    const { formatReport } = await import('../eval/report.js');
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
      for await (const item of readInputs([opts.input ?? inputFor(goldPath, gold)])) {
        if ('error' in item) throw item.error;
        events.push(...coder.codeArticle(item.article).events);
      }
    }
    const score = scoreEvents(gold, events, { rootOnly: opts.root });
    process.stdout.write(formatReport(score, events, { top: Number(opts.top) || 10 }));
  });

const dict = program.command('dict').description('dictionary tools');
dict
  .command('lint')
  .description('check a dictionaries folder: bad entries, names that mean two things, overlapping dates, unreachable patterns')
  .option('--dict <dir>', 'dictionaries folder (default: the bundled one)')
  .action(async (opts: { dict?: string }) => {
    const { lintDictionaries } = await import('../dictionary/lint.js');
    const { defaultDictionaryDir } = await import('../dictionary/knowledge.js');
    const issues = lintDictionaries(opts.dict ?? defaultDictionaryDir());
    for (const i of issues) process.stdout.write(`${i.level}: ${i.where}: ${i.message}\n`);
    const errors = issues.filter((i) => i.level === 'error').length;
    process.stdout.write(`${errors} error${errors === 1 ? '' : 's'}, ${issues.length - errors} warning${issues.length - errors === 1 ? '' : 's'}\n`);
    if (errors) process.exitCode = 1;
  });

program.parseAsync().catch((e: Error) => {
  process.stderr.write(`dyad: ${e.message}\n`);
  process.exit(1);
});
