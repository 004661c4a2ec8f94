/** A one-line progress counter on stderr, only when stderr is a terminal (never in pipes or CI logs). */
import type { WriteStream } from 'node:tty';

export class Progress {
  private articles = 0;
  private sentences = 0;
  private readonly started = performance.now();
  private last = 0;
  private readonly on: boolean;

  constructor(private readonly stream: NodeJS.WriteStream | WriteStream) {
    this.on = Boolean((stream as WriteStream).isTTY);
  }

  tick(sentences: number): void {
    this.articles++;
    this.sentences += sentences;
    if (!this.on) return;
    const now = performance.now();
    if (now - this.last < 200) return;
    this.last = now;
    const rate = (this.sentences / ((now - this.started) / 1000)).toFixed(0);
    this.stream.write(`\r\x1b[K${this.articles} articles, ${this.sentences} sentences (${rate} sentences/s)`);
  }

  clear(): void {
    if (this.on && this.last) this.stream.write('\r\x1b[K');
  }

  done(): void {
    this.clear();
  }
}
