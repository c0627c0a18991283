// Set-up shared by the end-to-end test files (not a test file itself: the runner globs e2e/*.test.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startDemo } from '../../scripts/demo-server.mjs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
type Demo = { portalUrl: string; api: { url: string }; close(): Promise<void> };

/** Where the tests save their screenshots. */
export const screenshots = process.env.THIDUA_SCREENSHOTS ?? tmpdir();

export interface OpenOptions {
  width?: number;
  /**
   * tsx keeps function names with an `__name` helper that the page does not have: a file
   * whose functions passed to `$$eval` define helpers gives the page a no-op one.
   */
  nameHelper?: boolean;
}

/**
 * The demo (API and portal on free ports, over a fresh data directory named
 * with `prefix`) and a headless Chromium, started before the file's tests and
 * stopped after them. `demo` is set once they are up.
 */
export function useDemo(prefix: string) {
  let demo: Demo | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), prefix));
    demo = await startDemo({ apiPort: 0, portalPort: 0, dataDir });
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  return {
    get demo(): Demo {
      return demo!;
    },
    /** Opens a page and collects every console error and CSP violation it raises. */
    async open(url: string, { width = 1280, nameHelper = false }: OpenOptions = {}): Promise<{ page: Page; problems: string[] }> {
      const page = await browser!.newPage();
      if (nameHelper) await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
      await page.setViewport({ width, height: 900 });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(String(e)));
      await page.goto(url, { waitUntil: 'networkidle0' });
      return { page, problems };
    },
  };
}
