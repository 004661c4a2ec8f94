#!/usr/bin/env node
/**
 * The `dyad` command: a thin shell over the library. Each command lives in commands/; only this file decides exit
 * codes (2 for usage errors, 1 for failures).
 */
import { Command } from 'commander';
import { registerCode } from './commands/code.js';
import { registerDict } from './commands/dict.js';
import { registerEval } from './commands/eval.js';
import { registerExplain } from './commands/explain.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerQuery } from './commands/query.js';
import { registerQueue } from './commands/queue.js';
import { registerServe } from './commands/serve.js';
import { registerStats } from './commands/stats.js';
import { registerWorker } from './commands/worker.js';
import { UsageError } from './common.js';

const program = new Command();
program.name('dyad').description('Dyad: English news in, CAMEO + PLOVER events with evidence out.').version('0.1.0');
registerCode(program);
registerExplain(program);
registerEval(program);
registerDict(program);
registerIngest(program);
registerExport(program);
registerQuery(program);
registerStats(program);
registerServe(program);
registerWorker(program);
registerQueue(program);

program.parseAsync().catch((e: Error) => {
  process.stderr.write(`dyad: ${e.message}\n`);
  process.exit(e instanceof UsageError ? 2 : 1);
});
