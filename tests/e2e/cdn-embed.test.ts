import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startTestServer, type TestServer } from '@thidua/server';
import { readManifest, snippet } from '../../packages/components/scripts/cdn-snippet.mjs';

/*
 * The README's first embed snippet, copied as written into a page on another origin, against
 * the reference server: its /cdn/<version>/ files (with the integrity the snippet pins) and its
 * API. In Chromium, under a strict CSP that allows scripts from the server's origin only.
 */

const README = new URL('../../README.md', import.meta.url);
/** The address the README's snippet names; the test's server has a port of its own. */
const README_BASE = 'http://127.0.0.1:8787';

let api: TestServer;
let portal: Server;
let portalUrl: string;
let browser: Browser;
/** The pages the portal serves, by path, with the CSP each is sent with. */
const pages = new Map<string, { html: string; csp: string }>();

const csp = (scriptSrc: string) =>
  [
    "default-src 'none'",
    `script-src ${scriptSrc}`,
    `connect-src ${api.url}`,
    "style-src 'self'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

const page = (body: string) => `<!doctype html>\n<html lang="vi">\n<head><meta charset="utf-8"><title>Cổng thông tin (thử)</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

/** The README's first ```html block under "Using it on a portal", as written. */
async function readmeSnippetBlock(): Promise<string> {
  const text = await readFile(README, 'utf8');
  const section = text.slice(text.indexOf('## Using it on a portal'));
  const block = section.match(/```html\n([\s\S]*?)```/)?.[1];
  assert.ok(block, 'README.md has an html block under "Using it on a portal"');
  return block;
}

/** The README's snippet for live cards alone: its ```html block that starts with the provider's script. */
async function readmeCardsBlock(): Promise<string> {
  const text = await readFile(README, 'utf8');
  const block = [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => /^<script type="module" src="[^"]*\/thidua-provider\.js"/.test(b));
  assert.ok(block, 'README.md has an html block that starts with thidua-provider.js');
  return block;
}

before(async () => {
  api = await startTestServer();
  assert.ok(api.cdn, 'the server found the CDN build (pnpm build first)');
  portal = createServer((req, res) => {
    const found = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!found) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': found.csp, 'Cache-Control': 'no-store' }).end(found.html);
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  // Another port is another origin: every script and API answer crosses origins.
  portalUrl = `http://127.0.0.1:${(portal.address() as { port: number }).port}`;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => portal?.close(resolve));
  portal?.closeAllConnections();
  await api?.dispose();
});

/** Opens a page of the portal with its cache off, collecting console errors and every request to the server. */
async function open(path: string): Promise<{ tab: Page; problems: string[]; requests: string[] }> {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  const problems: string[] = [];
  const requests: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  tab.on('pageerror', (e) => problems.push(String(e)));
  tab.on('request', (r) => {
    if (r.url().startsWith(api.url)) requests.push(r.url().slice(api.url.length));
  });
  await tab.goto(`${portalUrl}${path}`, { waitUntil: 'networkidle0' });
  return { tab, problems, requests };
}

/** The live card's eyebrow and text, once it has its figures (or undefined after `timeout`). */
async function liveCard(tab: Page, indicator: string, timeout = 15_000) {
  const selector = `kpi-progress[indicator="${indicator}"]`;
  const shown = await tab
    .waitForFunction((s: string) => document.querySelector(s)?.shadowRoot?.querySelector('[part="eyebrow"]'), { timeout }, selector)
    .then(() => true)
    .catch(() => false);
  if (!shown) return undefined;
  return tab.$eval(selector, (card) => (card.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('the README’s CDN snippet, in a page on another origin', () => {
  it('works as written against the reference server: the board and the cards render, scripts pinned by integrity, no error', async () => {
    const block = await readmeSnippetBlock();
    assert.match(block, /<script type="module" src="http:\/\/127\.0\.0\.1:8787\/cdn\/[^/]+\/thidua\.js"\s+integrity="sha384-[\w+/=]+" crossorigin="anonymous"><\/script>/);
    pages.set('/readme.html', { html: page(block.replaceAll(README_BASE, api.url)), csp: csp(api.url) });
    const { tab, problems, requests } = await open('/readme.html');
    assert.match((await liveCard(tab, 'bn2026-09')) ?? 'not rendered', /Chỉ tiêu 9/);
    assert.ok(await liveCard(tab, 'bn2026-19'), 'the detailed live card');
    await tab.waitForFunction(() => document.querySelector('kpi-board')?.shadowRoot?.querySelector('[part="caption"]'), { timeout: 15_000 });
    const statics = await tab.$eval('kpi-progress:not([indicator])', (card) => card.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim());
    assert.equal(statics, '62%');
    assert.deepEqual(problems, []);
    // Every script came from the version the snippet names; the preloaded SDK was fetched once, not again by the import.
    const scripts = requests.filter((r) => r.startsWith('/cdn/'));
    assert.ok(scripts.length > 5, scripts.join(' '));
    assert.ok(scripts.every((r) => r.startsWith(`/cdn/${api.cdn!.version}/`)), scripts.join(' '));
    const sdk = scripts.filter((r) => /\/chunks\/sdk-(?!reader)/.test(r));
    assert.equal(sdk.length, 1, sdk.join(' '));
    await tab.close();
  });

  it('is refused by the browser when the entry’s bytes are not the ones pinned', async () => {
    const block = (await readmeSnippetBlock()).replaceAll(README_BASE, api.url);
    const tampered = block.replace(/(thidua\.js"\s+integrity="sha384-)[\w+/]{8}/, '$1AAAAAAAA');
    assert.notEqual(tampered, block);
    pages.set('/tampered.html', { html: page(tampered), csp: csp(api.url) });
    const { tab, problems } = await open('/tampered.html');
    assert.equal(await tab.evaluate(() => customElements.get('kpi-progress') === undefined), true, 'no element defined');
    assert.ok(problems.some((p) => /integrity/i.test(p)), problems.join('\n'));
    await tab.close();
  });

  it('with the import map of cdn-snippet.mjs, pins every chunk: one altered hash and the live card never loads', async () => {
    const manifest = readManifest() as { integrity: Record<string, string> };
    const body = (tags: string) => `${tags}\n<thidua-provider api-base="${api.url}"><kpi-progress indicator="bn2026-09"></kpi-progress></thidua-provider>`;
    const withHash = (tags: string) => {
      const map = tags.match(/<script type="importmap">([\s\S]*?)<\/script>/)![1]!;
      return csp(`${api.url} 'sha256-${createHash('sha256').update(map).digest('base64')}'`);
    };
    const pinned = snippet(manifest, { base: api.url, importMap: true }) as string;
    pages.set('/import-map.html', { html: page(body(pinned)), csp: withHash(pinned) });
    const good = await open('/import-map.html');
    assert.match((await liveCard(good.tab, 'bn2026-09')) ?? 'not rendered', /Chỉ tiêu 9/);
    assert.deepEqual(good.problems, []);
    await good.tab.close();

    // The live card's own chunk, loaded by import() long after the page: the map's hash still applies.
    // (Without the optional modulepreload links: a link that preloads the chunk pins it by its own
    // `integrity`, which the browser then uses instead of the map's.)
    const apiChunk = Object.keys(manifest.integrity).find((f) => /^chunks\/kpi-progress-api-/.test(f))!;
    const mapOnly = pinned.replace(/\n<link rel="modulepreload"[^\n]*/g, '');
    assert.ok(!mapOnly.includes('modulepreload') && mapOnly.includes(apiChunk));
    const wrong = mapOnly.replace(`${apiChunk}":"sha384-`, `${apiChunk}":"sha384-AAAA`);
    assert.notEqual(wrong, mapOnly);
    pages.set('/import-map-wrong.html', { html: page(body(wrong)), csp: withHash(wrong) });
    const bad = await open('/import-map-wrong.html');
    assert.equal(await liveCard(bad.tab, 'bn2026-09', 3_000), undefined);
    assert.ok(bad.problems.some((p) => /integrity/i.test(p)), bad.problems.join('\n'));
    await bad.tab.close();
  });
  it('for live cards alone, works as written: the provider’s script first, one read of the API for the card, no error', async () => {
    const block = (await readmeCardsBlock()).replaceAll(README_BASE, api.url);
    pages.set('/cards.html', { html: page(block), csp: csp(api.url) });
    const { tab, problems, requests } = await open('/cards.html');
    assert.match((await liveCard(tab, 'bn2026-09')) ?? 'not rendered', /Chỉ tiêu 9 · Tỉnh Bắc Ninh/);
    assert.deepEqual(problems, []);
    // The provider's early script read for the card, and the card took that answer: one request.
    assert.deepEqual(requests.filter((r) => r.startsWith('/v1/')), ['/v1/indicators/bn2026-09']);
    // No SDK client on a page of cards alone; every script pinned by the snippet's links or integrity.
    assert.ok(!requests.some((r) => /\/chunks\/sdk-(?!reader)/.test(r)), requests.join(' '));
    await tab.close();
  });
});
