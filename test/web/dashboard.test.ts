/**
 * The dashboard in a real browser: Debian's Chromium driven by playwright-core against the built bundle and a server
 * over the sample corpus. Skipped with a message when /usr/bin/chromium is absent; under CI (which installs it with
 * .ci/chromium.sh) its absence is a failure. Every test also checks that nothing broke the Content-Security-Policy
 * and that no script error was thrown.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM, type Dashboard, HAS_CHROMIUM, launchBrowser, startDashboard } from './harness.js';

if (!HAS_CHROMIUM && process.env.CI) throw new Error(`browser tests: ${CHROMIUM} is missing under CI (bash .ci/chromium.sh installs it)`);
if (!HAS_CHROMIUM) process.stderr.write(`\n[browser tests] SKIPPED: ${CHROMIUM} is absent. Install it with: bash .ci/chromium.sh\n`);

/** An article whose title, text and source are HTML meant to run; it must show as text and run nothing. */
const HOSTILE = {
  id: 'hostile-1',
  title: `<img src=x onerror="window.__xss='title'">Bold <b>claims</b>`,
  source: `<script>window.__xss='source'</script>`,
  url: 'javascript:window.__xss="url"',
  date: '2003-01-21',
  text: `Japan met with China on Monday <script>window.__xss='script'</script> in Tokyo.\n\nThe envoys said <img src=x onerror="window.__xss='img'"> was only a picture. Russia criticized <b>Georgia</b> on Tuesday.`,
};

describe.skipIf(!HAS_CHROMIUM)('dashboard in Chromium', () => {
  let d: Dashboard;
  let browser: BrowserContext;
  let page: Page;
  let problems: string[];
  /** Set by a test that provokes 4xx answers on purpose (the browser logs each as an error). */
  let httpErrorsExpected = false;

  beforeAll(async () => {
    d = await startDashboard();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await d?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage();
    problems = [];
    httpErrorsExpected = false;
    page.on('console', (m) => {
      if (httpErrorsExpected && /Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) return;
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (dl) => {
      problems.push(`dialog: ${dl.message()}`);
      void dl.dismiss();
    });
  });
  afterEach(async () => {
    await page.close();
    expect(problems).toEqual([]);
  });

  /** Pixels of a canvas that are not blank: the chart was drawn, not just created. */
  const inkedPixels = (selector: string) =>
    page.$eval(selector, (c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });

  it('opens on the crisis overview with the quad chart drawn from data', async () => {
    await page.goto(`${d.url}/`);
    await page.waitForSelector('#overview-chart[data-ready="true"] canvas');
    expect(Number(await page.getAttribute('#overview-chart', 'data-points'))).toBeGreaterThan(3);
    expect(await inkedPixels('#overview-chart canvas')).toBeGreaterThan(2000);
    expect(await page.locator('table.dyads tbody tr').count()).toBeGreaterThan(3);
    expect(Number((await page.locator('.card strong').first().textContent())!.replace(/,/g, ''))).toBeGreaterThan(30);
  });

  it('explores a dyad: picks two actors, draws the series, lists the events of a period and opens their evidence', async () => {
    await page.goto(`${d.url}/#/dyads`);
    await page.fill('input[name=a]', 'USA*');
    await page.fill('input[name=b]', 'PRK*');
    await page.selectOption('select[name=dir]', 'both');
    await page.click('form.filters button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('a=USA*') && document.querySelector('#dyad-chart')?.getAttribute('data-ready') === 'true');
    expect(await page.textContent('.dyad-head h2')).toContain('USA* ↔ PRK*');
    expect(Number(await page.getAttribute('#dyad-chart', 'data-points'))).toBeGreaterThan(2);
    expect(await inkedPixels('#dyad-chart canvas')).toBeGreaterThan(2000);

    const row = page.locator('.period-table tbody tr').nth(1);
    const period = await row.getAttribute('data-period');
    await row.click();
    await page.waitForSelector(`#dyad-events h2:has-text("Events behind ${period}")`);
    await page.waitForSelector('#dyad-events table.events tbody tr');
    const days = await page.locator('#dyad-events table.events tbody tr td:first-child').allTextContents();
    expect(days.every((day) => day.startsWith(period!.slice(0, 7)))).toBe(true);

    await page.locator('#dyad-events .evidence-btn').first().click();
    await page.waitForSelector('#drawer .mention .sentence mark.hl-trigger');
    expect(await page.locator('#drawer .mention .rule').first().textContent()).toMatch(/\S/);
    await page.locator('#drawer .mention-source a').first().click();
    await page.waitForSelector('.reader .sent.focus');
    expect(await page.isHidden('#drawer')).toBe(true);
  });

  it('draws the actor network', async () => {
    await page.goto(`${d.url}/#/network`);
    await page.waitForSelector('#network-graph[data-ready="true"] canvas');
    expect(Number(await page.getAttribute('#network-graph', 'data-nodes'))).toBeGreaterThan(5);
    expect(Number(await page.getAttribute('#network-graph', 'data-edges'))).toBeGreaterThan(5);
  });

  it('filters the event table and shows a row’s evidence with source, target and trigger highlighted', async () => {
    await page.goto(`${d.url}/#/events`);
    await page.fill('input[name=text]', 'inspectors');
    await page.click('form.filters button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('text=inspectors'));
    await page.waitForSelector('table.events tbody tr');
    await page.locator('table.events .evidence-btn').first().click();
    const sentence = page.locator('#drawer .mention .sentence').first();
    await sentence.waitFor();
    expect(await sentence.textContent()).toMatch(/inspectors/i);
    expect(await sentence.locator('mark.hl-trigger').count()).toBeGreaterThan(0);
    expect(await sentence.locator('mark.hl-source, mark.hl-target').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#drawer')).toBe(true);
  });

  it('codes pasted text in the playground and shows its events and the analysis', async () => {
    await page.goto(`${d.url}/#/playground`);
    await page.fill('textarea[name=text]', 'Russian troops attacked Georgian positions near Tskhinvali on Friday. Sarkozy met Medvedev in Moscow on Tuesday.');
    await page.fill('input[name=date]', '2008-08-12');
    await page.click('form.playground button[type=submit]');
    await page.waitForSelector('#playground-events .coded-event');
    const lines = await page.locator('#playground-events .dyad-line').allTextContents();
    expect(lines.some((l) => /RUS.*→.*GEO/.test(l))).toBe(true);
    expect(await page.locator('#playground-explain .explain-sentence').count()).toBe(2);
    expect(await page.locator('#playground-explain .trace li.matched').count()).toBeGreaterThan(0);
  });

  it('shows empty and error states', async () => {
    httpErrorsExpected = true;
    await page.goto(`${d.url}/#/events?text=zzqxnothing`);
    await page.waitForSelector('.state.empty');
    await page.goto(`${d.url}/#/article/999999`);
    expect(await (await page.waitForSelector('.state.error')).textContent()).toContain('no article 999999');
    await page.goto(`${d.url}/#/events?from=2003-02-30`);
    expect(await (await page.waitForSelector('.state.error')).textContent()).toContain('query.from');
  });

  it('never runs HTML from an article: script and onerror show as text', async () => {
    const r = await fetch(`${d.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [HOSTILE] }) });
    expect(r.status).toBe(200);
    const [stored] = ((await r.json()) as { results: { article_id: number; events: number }[] }).results;
    expect(stored!.events).toBeGreaterThan(0);

    await page.goto(`${d.url}/#/article/${stored!.article_id}`);
    await page.waitForSelector('.reader .article-title');
    expect(await page.textContent('.reader .article-title')).toBe(HOSTILE.title);
    const text = (await page.textContent('.reader'))!;
    expect(text).toContain(`<script>window.`);
    expect(text).toContain(`<img src=x onerror="window.`);
    expect(text).toContain(HOSTILE.source);
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    expect(await page.locator('.reader a[href^="javascript"]').count()).toBe(0);

    await page.locator('.reader .evidence-btn').first().click();
    await page.waitForSelector('#drawer .mention .sentence');
    expect(await page.textContent('#drawer .mention .sentence')).toContain('<script>');
    expect(await page.locator('#drawer img, #drawer script').count()).toBe(0);

    await page.goto(`${d.url}/#/playground`);
    await page.fill('textarea[name=text]', HOSTILE.text);
    await page.click('form.playground button[type=submit]');
    await page.waitForSelector('#playground-events .coded-event');
    expect(await page.textContent('#playground-events')).toContain('<b>Georgia</b>');
    expect(await page.locator('main img, main script, main b').count()).toBe(0);

    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  });
});
