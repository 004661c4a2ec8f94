/** `dyad dict`: dictionary tools (lint, import). */
import type { Command } from 'commander';

export function registerDict(program: Command): void {
  const dict = program.command('dict').description('dictionary tools');
  dict
    .command('lint')
    .description('check a dictionaries folder: bad entries, names that mean two things, overlapping dates, unreachable patterns')
    .option('--dict <dir>', 'dictionaries folder (default: the bundled one)')
    .action(async (opts: { dict?: string }) => {
      const { lintDictionaries } = await import('../../dictionary/lint.js');
      const { defaultDictionaryDir } = await import('../../dictionary/knowledge.js');
      const issues = lintDictionaries(opts.dict ?? defaultDictionaryDir());
      for (const i of issues) process.stdout.write(`${i.level}: ${i.where}: ${i.message}\n`);
      const errors = issues.filter((i) => i.level === 'error').length;
      process.stdout.write(`${errors} error${errors === 1 ? '' : 's'}, ${issues.length - errors} warning${issues.length - errors === 1 ? '' : 's'}\n`);
      if (errors) process.exitCode = 1;
    });
}
