/**
 * What the browser tests and `npm run screenshots` share: the dashboard built by Vite into a temporary folder, a
 * server over the sample corpus listening on a free loopback port, and Debian's Chromium driven by playwright-core
 * (it never downloads a browser of its own).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { ROOT } from '../helpers.js';
import { type Fixture, sampleServer } from '../server/fixture.js';

export const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** The flags this machine needs: no sandbox as root, no GPU, and no background calls to Google's hosts. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let built: Promise<string> | null = null;

/** Builds web/ once per process into a fresh folder (never the developer's dist/web). */
export function buildDashboard(): Promise<string> {
  built ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'dyad-web-build-'));
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    return outDir;
  })();
  return built;
}

export interface Dashboard extends Fixture {
  url: string;
}

export async function startDashboard(): Promise<Dashboard> {
  const webDir = await buildDashboard();
  const f = await sampleServer({ webDir, allowedHosts: ['localhost', '127.0.0.1'] });
  await f.app.listen({ host: '127.0.0.1', port: 0 });
  const address = f.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { ...f, url: `http://127.0.0.1:${address.port}` };
}

/** Chromium with a new, empty profile. */
export async function launchBrowser(viewport = { width: 1440, height: 900 }): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'dyad-chromium-'));
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport });
}
