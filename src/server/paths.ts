/** Where the package's own folders are, from src/ under tsx and from dist/ after the build. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The folder holding Dyad's package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'dyad') return (root = dir);
    dir = dirname(dir);
  }
  throw new Error('cannot find the folder of Dyad’s package.json');
}

export const packageVersion = (): string => (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
export const defaultWebDir = (): string => join(packageRoot(), 'dist', 'web');
export const samplesDir = (): string => join(packageRoot(), 'samples');
