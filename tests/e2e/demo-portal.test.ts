import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startDemo } from '../../scripts/demo-server.mjs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
type Demo = { portalUrl: string; api: { url: string }; close(): Promise<void> };

let demo: Demo;
let browser: Browser;
let dataDir: string;
const screenshots = process.env.THIDUA_SCREENSHOTS ?? tmpdir();

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'thidua-e2e-'));
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
  await rm(dataDir, { recursive: true, force: true });
});

/** Opens a page and collects every console error and CSP violation it raises. */
async function open(url: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, problems };
}

/** The visible text of every card, read through its shadow root. */
function cardTexts(page: Page) {
  return page.$$eval('kpi-progress', (cards) =>
    cards.map((c) => ({
      indicator: c.getAttribute('indicator'),
      text: (c.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      valueText: c.shadowRoot?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext') ?? null,
    })),
  );
}

describe('the demo department portal', () => {
  it('shows the seeded indicators in cards, under a strict CSP with Trusted Types, without errors', async () => {
    const { page, problems } = await open(`${demo.portalUrl}/`);
    const csp = (await page.goto(`${demo.portalUrl}/`, { waitUntil: 'networkidle0' }))?.headers()['content-security-policy'] ?? '';
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    await page.waitForFunction(
      () => [...document.querySelectorAll('kpi-progress[indicator]')].every((c) => c.shadowRoot?.querySelector('[role="progressbar"]')),
      { timeout: 20_000 },
    );
    const cards = await cardTexts(page);
    assert.equal(cards.length, 12);
    const dossiers = cards.find((c) => c.indicator === 'bn2026-09')!;
    assert.match(dossiers.text, /Hồ sơ thủ tục hành chính xử lý trực tuyến/);
    assert.match(dossiers.text, /62/);
    assert.match(dossiers.text, /90/);
    const dti = cards.find((c) => c.indicator === 'bn2026-19')!;
    assert.match(dti.text, /0,7012/);
    assert.match(dti.text, /0,75/);
    const staticCard = cards.find((c) => c.indicator === null)!;
    assert.match(staticCard.text, /96,5/);
    await page.screenshot({ path: join(screenshots, 'thidua-demo-portal.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
