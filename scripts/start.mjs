#!/usr/bin/env node
/**
 * `npm start`: build what is missing or older than its sources (dist/ with tsc, dist/web with Vite), then run
 * `dyad serve` (default http://localhost:8080; an empty ./dyad.db first gets the bundled samples). Arguments after
 * `npm start --` go to `dyad serve`: `npm start -- --port 9000 --db other.db`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Newest modification time under the paths (files and folders, recursively). */
function newest(paths) {
  let t = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const n of readdirSync(p)) walk(join(p, n));
    else t = Math.max(t, s.mtimeMs);
  };
  paths.forEach((p) => walk(join(root, p)));
  return t;
}

const stale = (output, sources) => !existsSync(join(root, output)) || statSync(join(root, output)).mtimeMs < newest(sources);

function run(what, args) {
  process.stderr.write(`npm start: ${what}…\n`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`npm start: ${what} failed\n`);
    process.exit(r.status ?? 1);
  }
}

if (stale('dist/cli/index.js', ['src', 'tsconfig.json'])) run('compiling (tsc)', [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json']);
if (stale('dist/web/index.html', ['web', 'package-lock.json'])) {
  run('building the dashboard (vite)', [join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
}

// hand over to the CLI in this process: `dyad serve …`
process.argv = [process.argv[0], join(root, 'dist', 'cli', 'index.js'), 'serve', ...process.argv.slice(2)];
await import(pathToFileURL(join(root, 'dist', 'cli', 'index.js')).href);
