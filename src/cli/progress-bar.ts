/**
 * An ingest progress bar on stderr, only when stderr is a terminal: share of input bytes read, articles and events
 * per second, and an ETA from the byte rate. Without a known total (stdin) it shows counts and rates only.
 */
import type { WriteStream } from 'node:tty';

const WIDTH = 24;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

/** The bar's text for a state; pure, so it can be tested without a terminal. */
export function renderBar(s: { bytes: number; total: number | null; articles: number; events: number; seconds: number }): string {
  const rate = (n: number) => (s.seconds > 0 ? n / s.seconds : 0).toFixed(1);
  const counts = `${s.articles} articles (${rate(s.articles)}/s), ${s.events} events (${rate(s.events)}/s)`;
  if (!s.total) return counts;
  const frac = Math.min(1, s.bytes / s.total);
  const filled = Math.round(frac * WIDTH);
  const eta = frac > 0 ? (s.seconds / frac) * (1 - frac) : Number.NaN;
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% ${counts} ETA ${formatDuration(eta)}`;
}

export class ProgressBar {
  private bytes = 0;
  private articles = 0;
  private events = 0;
  private readonly started = performance.now();
  private last = 0;
  private readonly on: boolean;

  constructor(
    private readonly stream: NodeJS.WriteStream | WriteStream,
    private readonly total: number | null,
  ) {
    this.on = Boolean((stream as WriteStream).isTTY);
  }

  /** Input consumed (bytes), and articles and events stored since the last call. */
  advance(bytes: number, articles = 0, events = 0): void {
    this.bytes += bytes;
    this.articles += articles;
    this.events += events;
    if (!this.on) return;
    const now = performance.now();
    if (now - this.last < 100) return;
    this.last = now;
    const line = renderBar({ bytes: this.bytes, total: this.total, articles: this.articles, events: this.events, seconds: (now - this.started) / 1000 });
    this.stream.write(`\r\x1b[K${line}`);
  }

  /** Clears the bar so a message can be printed on a clean line; the next advance redraws it. */
  clear(): void {
    if (this.on && this.last) this.stream.write('\r\x1b[K');
  }

  done(): void {
    this.clear();
  }
}
