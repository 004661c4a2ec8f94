/**
 * `npm run screenshots`: the README's pictures of the dashboard (docs/dashboard-*.png), taken the way the browser
 * tests run it: a fresh build, a server over the sample corpus, Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../test/helpers.js';
import { HAS_CHROMIUM, launchBrowser, startDashboard } from '../test/web/harness.js';

if (!HAS_CHROMIUM) {
  process.stderr.write('screenshots: /usr/bin/chromium is missing (bash .ci/chromium.sh installs it)\n');
  process.exit(1);
}

const out = join(ROOT, 'docs');
mkdirSync(out, { recursive: true });
const d = await startDashboard();
const browser = await launchBrowser({ width: 1440, height: 900 });
try {
  const page = await browser.newPage();
  const shot = async (name: string, fullPage = false) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `dashboard-${name}.png`), fullPage });
    process.stderr.write(`docs/dashboard-${name}.png\n`);
  };

  await page.goto(`${d.url}/#/overview?from=2002-10-01&to=2003-12-31&by=week`);
  await page.waitForSelector('#overview-chart[data-ready="true"]');
  await page.waitForSelector('table.dyads');
  await shot('overview');

  await page.goto(`${d.url}/#/dyads?a=USA*&b=PRK*&dir=both&by=month`);
  await page.waitForSelector('#dyad-chart[data-ready="true"]');
  await page.locator('.period-table tr[data-period="2002-12"]').click();
  await page.waitForSelector('#dyad-events table.events');
  await shot('dyad', true);

  await page.goto(`${d.url}/#/network`);
  await page.waitForSelector('#network-graph[data-ready="true"]');
  await shot('network');

  await page.goto(`${d.url}/#/events?text=inspectors`);
  await page.waitForSelector('table.events');
  await page.locator('table.events .evidence-btn').nth(1).click();
  await page.waitForSelector('#drawer .mention .sentence');
  await shot('evidence');

  const list = (await (await fetch(`${d.url}/api/articles?limit=200`)).json()) as { articles: { id: number; doc_id: string }[] };
  const article = list.articles.find((a) => a.doc_id.startsWith('07-inspectors')) ?? list.articles[0]!;
  await page.goto(`${d.url}/#/article/${article.id}`);
  await page.waitForSelector('.reader .article-title');
  await shot('article');

  await page.setViewportSize({ width: 1440, height: 1250 });
  await page.goto(`${d.url}/#/playground`);
  await page.click('form.playground button[type=submit]');
  await page.waitForSelector('#playground-explain');
  await shot('playground');
} finally {
  await browser.close();
  await d.close();
}
