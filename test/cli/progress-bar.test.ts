/** The ingest progress bar's text: share read, rates and ETA; counts and rates alone without a known total. */
import { describe, expect, it } from 'vitest';
import { formatDuration, renderBar } from '../../src/cli/progress-bar.js';

describe('renderBar', () => {
  it.each([
    [{ bytes: 250, total: 1000, articles: 50, events: 120, seconds: 10 }, '[######------------------]  25% 50 articles (5.0/s), 120 events (12.0/s) ETA 00:30'],
    [{ bytes: 1000, total: 1000, articles: 200, events: 480, seconds: 40 }, '[########################] 100% 200 articles (5.0/s), 480 events (12.0/s) ETA 00:00'],
    [{ bytes: 0, total: 1000, articles: 0, events: 0, seconds: 0 }, '[------------------------]   0% 0 articles (0.0/s), 0 events (0.0/s) ETA --:--'],
    [{ bytes: 500, total: null, articles: 30, events: 60, seconds: 3 }, '30 articles (10.0/s), 60 events (20.0/s)'],
  ])('%o', (state, text) => {
    expect(renderBar(state)).toBe(text);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '00:00'],
    [59.4, '00:59'],
    [61, '01:01'],
    [3725, '1:02:05'],
    [Number.NaN, '--:--'],
  ])('%d s → %s', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });
});
