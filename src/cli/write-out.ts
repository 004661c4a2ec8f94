/** Writing many lines to stdout or a file without buffering them all: waits for the stream to drain. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface Out {
  write(text: string): Promise<void>;
  end(): Promise<void>;
}

export function openOut(path?: string): Out {
  const stream: Writable = path ? createWriteStream(path) : process.stdout;
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async end() {
      if (!path) return;
      stream.end();
      await once(stream, 'finish');
    },
  };
}
