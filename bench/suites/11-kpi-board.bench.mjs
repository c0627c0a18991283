import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer } from '@thidua/server';
import { firstVisit, launchBrowser, median, ms, printTable, ratio, root, serveStatic } from '../lib.mjs';

// At least 15 runs per side: the verdict is on the median, printed with min–max.
const RUNS = 15;
const WARM_UP = 2;

/**
 * In the page: waits until the board shows its 19 cards with their figures,
 * then reports the time since navigation began. With inline data the page
 * gives the board its `IndicatorList` itself; otherwise the board asks the API.
 */
const measure = `
const board = document.querySelector('kpi-board');
await customElements.whenDefined('kpi-board');
const inline = document.getElementById('data');
if (inline) board.data = JSON.parse(inline.textContent);
await board.updateComplete;
while (!board.shadowRoot.querySelector('[part="caption"]')) {
  await new Promise((resolve) => board.addEventListener('thidua-load', resolve, { once: true }));
}
await board.updateComplete;
const cards = [...board.shadowRoot.querySelectorAll('kpi-progress')];
await Promise.all(cards.map((card) => card.updateComplete));
await new Promise(requestAnimationFrame);
const rendered = cards.filter((card) => card.shadowRoot.querySelector('[part="eyebrow"]')).length;
window.__result = { time: performance.now(), cards: cards.length, rendered };
`;

const page = (body) => `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>kpi-board bench</title>
<script type="module" src="/cdn/kpi-board.js"></script></head>
<body>${body}<script type="module" src="/measure.js"></script></body>
</html>`;

/**
 * The 19-card board loaded through the SDK from a real local server, against the
 * same board rendered from inline data, in one Chromium with its HTTP cache
 * off: requests to the API and time from navigation to the 19 cards on screen
 * (median of 15 alternating runs, with min–max).
 */
export default async function () {
  const server = await startTestServer();
  const dir = await mkdtemp(join(tmpdir(), 'thidua-bench-board-'));
  const list = await (await fetch(`${server.url}/v1/campaigns/bn2026/indicators`)).json();
  await writeFile(join(dir, 'measure.js'), measure);
  await writeFile(join(dir, 'sdk.html'), page(`<kpi-board campaign="bn2026" api-base="${server.url}"></kpi-board>`));
  // `<` escaped so that no text in the data can close the script element.
  const json = JSON.stringify(list).replaceAll('<', '\\u003c');
  await writeFile(join(dir, 'inline.html'), page(`<script type="application/json" id="data">${json}</script><kpi-board></kpi-board>`));
  const web = await serveStatic({ '/cdn/': join(root, 'packages/components/dist/cdn'), '/': dir });
  const browser = await launchBrowser();
  try {
    const run = async (name) => {
      // A first visit (`firstVisit`): every run fetches the API (and the CDN files, on both sides)
      // instead of answering from the HTTP cache the earlier runs filled (max-age=60).
      const { tab, close } = await firstVisit(browser);
      const requests = [];
      let cached = 0;
      tab.on('request', (request) => {
        if (request.url().startsWith(server.url)) requests.push(request.url());
      });
      tab.on('requestfinished', (request) => {
        if (request.response()?.fromCache()) cached++;
      });
      await tab.goto(`${web.url}/${name}.html`);
      await tab.waitForFunction(() => window.__result, { timeout: 30_000 });
      const result = await tab.evaluate(() => window.__result);
      await close();
      if (result.cards !== 19 || result.rendered !== 19) throw new Error(`${name}: ${result.rendered}/${result.cards} cards rendered`);
      if (cached > 0) throw new Error(`${name}: ${cached} responses came from the HTTP cache`);
      return { ...result, requests: requests.length };
    };
    for (let i = 0; i < WARM_UP; i++) {
      await run('inline');
      await run('sdk');
    }
    const inline = [];
    const sdk = [];
    for (let i = 0; i < RUNS; i++) {
      inline.push(await run('inline'));
      sdk.push(await run('sdk'));
    }
    const inlineTime = median(inline.map((r) => r.time));
    const sdkTime = median(sdk.map((r) => r.time));
    const range = (runs) => `${ms(Math.min(...runs.map((r) => r.time)))} – ${ms(Math.max(...runs.map((r) => r.time)))}`;
    const sdkRequests = Math.max(...sdk.map((r) => r.requests));
    printTable(`<kpi-board> with 19 cards, navigation to all cards rendered, every run a first visit (median of ${RUNS} alternating runs, Chromium)`, [
      ['what', 'requests to the API', 'goal', 'median', 'min – max', 'vs inline data', 'goal'],
      ['rendered from inline data (baseline, this run)', Math.max(...inline.map((r) => r.requests)), '0', ms(inlineTime), range(inline), '1.00×', '—'],
      ['loaded through the SDK from the local server', sdkRequests, '≤ 2', ms(sdkTime), range(sdk), ratio(sdkTime, inlineTime), '≤ 1.50×'],
    ]);
    const met = sdkRequests <= 2 && sdkTime / inlineTime <= 1.5;
    console.log(met ? 'both goals met' : `GOAL MISSED: ${sdkRequests} requests, ${ratio(sdkTime, inlineTime)}`);
  } finally {
    await browser.close();
    await web.close();
    await server.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}
