/** `dyad serve`: the API and the dashboard; an empty database first gets the bundled sample corpus. */
import type { Command } from 'commander';
import type { RateLimitOptions } from '../../server/rate-limit.js';
import { UsageError } from '../common.js';
import { addDbOption } from '../store-options.js';

interface ServeOptions {
  port: string;
  host: string;
  db?: string;
  web?: string;
  dict?: string;
  samples: boolean;
}

export function registerServe(program: Command): void {
  const cmd = program
    .command('serve')
    .description('serve the REST API (/api, docs at /api/docs) and the dashboard; an empty database first gets the bundled samples')
    .option('-p, --port <n>', 'port', '8080')
    .option('--host <host>', 'interface to listen on (0.0.0.0 for every one)', '127.0.0.1');
  addDbOption(cmd)
    .option('--web <dir>', 'the built dashboard to serve (default: dist/web)')
    .option('--dict <dir>', 'dictionaries folder to use instead of the bundled one')
    .option('--no-samples', 'do not load the sample corpus into an empty database')
    .addHelpText(
      'after',
      '\nEnvironment: DYAD_TOKEN (POST /api/articles needs "Authorization: Bearer $DYAD_TOKEN"; without it, a server bound beyond loopback refuses writes), ' +
        'DYAD_CORS_ORIGINS (comma-separated origins allowed besides the server\'s own), DYAD_RATE_LIMIT (READS,WRITES per client address a minute, default 600,60; "off" for none).',
    )
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0 to 65535, not "${opts.port}"`);
      const rateLimit = parseRateLimit(process.env.DYAD_RATE_LIMIT);
      const { startServer } = await import('../../server/start-server.js');
      const log = (m: string) => process.stderr.write(`dyad: ${m}\n`);
      const running = await startServer({
        db: opts.db,
        port,
        host: opts.host,
        webDir: opts.web,
        dict: opts.dict,
        samples: opts.samples,
        token: process.env.DYAD_TOKEN || undefined,
        rateLimit,
        corsOrigins: (process.env.DYAD_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
        log,
      });
      log(`dashboard on ${running.url}/ · API docs on ${running.url}/api/docs (Ctrl-C stops)`);
      const stop = () => {
        log('stopping');
        running.close().then(() => process.exit(0), () => process.exit(1));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

/** `DYAD_RATE_LIMIT`: "READS,WRITES" a minute per client address, or "off"; unset = the server's default. */
export function parseRateLimit(v: string | undefined): RateLimitOptions | false | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  if (v.trim().toLowerCase() === 'off') return false;
  const m = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(v);
  if (!m || +m[1]! < 1 || +m[2]! < 1) throw new UsageError(`DYAD_RATE_LIMIT must be READS,WRITES a minute (e.g. 600,60) or off, not "${v}"`);
  return { reads: { max: +m[1]!, windowMs: 60_000 }, writes: { max: +m[2]!, windowMs: 60_000 } };
}
