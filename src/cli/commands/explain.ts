/** `dyad explain`: the whole analysis of a text. */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { createCoder } from '../../index.js';
import { UsageError, checkDate } from '../common.js';
import { explain } from '../explain.js';

export function registerExplain(program: Command): void {
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
        throw new UsageError('explain: give a sentence, or --file PATH');
      }
      const coder = createCoder({ dictionaries: opts.dict });
      process.stdout.write(explain(coder, text, date));
    });
}
