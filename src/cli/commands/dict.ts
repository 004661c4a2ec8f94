/** `dyad dict`: dictionary tools (lint, import). */
import type { Command } from 'commander';
import { UsageError } from '../common.js';

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
  dict
    .command('import')
    .description('convert PETRARCH 2 or TABARI actor, agent and verb dictionaries into a Dyad dictionaries folder')
    .requiredOption('--from <format>', 'petrarch or tabari')
    .requiredOption('--out <dir>', 'the folder to write (new, empty, or an earlier import)')
    .argument('<files...>', 'dictionary files (actors, agents, verbs, discards)')
    .action(async (files: string[], opts: { from: string; out: string }) => {
      if (opts.from !== 'petrarch' && opts.from !== 'tabari') throw new UsageError(`--from must be petrarch or tabari, not "${opts.from}"`);
      const { importDictionaries } = await import('../../dictionary/import/import-dictionaries.js');
      const { topReasons } = await import('../../dictionary/import/import-report.js');
      const report = importDictionaries({ from: opts.from, files, out: opts.out });
      const w = report.written;
      process.stdout.write(`wrote ${opts.out}: ${w.actors} actors (${w.actorNames} names), ${w.agents} agent nouns, ${w.patterns} event patterns\n`);
      for (const [title, map] of [['skipped', report.skipped], ['approximated', report.approximated]] as const) {
        const rows = topReasons(map).slice(0, 12);
        if (rows.length) process.stdout.write(`${title}:\n${rows.map(([reason, r]) => `  ${String(r.count).padStart(5)}  ${reason}`).join('\n')}\n`);
      }
      process.stdout.write(`code with it: dyad code --dict ${opts.out} FILE…\n`);
    });
}
