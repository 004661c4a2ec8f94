/**
 * The files an input path stands for: a file itself (whatever its extension), or every readable article file under
 * a folder, recursively, in sorted order, skipping dot-files and folders and following each real folder once.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ARTICLE_FILE = /\.(txt|jsonl|ndjson|csv|html?|rss|atom|xml)$/i;

/** Throws (ENOENT, EACCES…) when the path itself cannot be read. */
export function listFiles(path: string, seen = new Set<string>()): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const real = realpathSync(path);
  if (seen.has(real)) return [];
  seen.add(real);
  return readdirSync(path)
    .sort()
    .filter((f) => !f.startsWith('.'))
    .flatMap((f) => {
      const p = join(path, f);
      let dir: boolean;
      try {
        dir = statSync(p).isDirectory();
      } catch {
        return ARTICLE_FILE.test(f) ? [p] : []; // a dangling link: reported when it is read
      }
      return dir ? listFiles(p, seen) : ARTICLE_FILE.test(f) ? [p] : [];
    });
}
