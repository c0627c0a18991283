import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startTestServer, type TestServer } from '@thidua/server';
import { build } from 'vite';

/*
 * The README's browser example (packages/sdk/examples/browser.ts, which the
 * SDK's examples test keeps equal to the README), bundled by Vite as a
 * portal would bundle it, in Chromium on another origin than the API, under
 * a strict CSP, against the real server.
 */

const example = fileURLToPath(new URL('../../packages/sdk/examples/browser.ts', import.meta.url));
const sdk = fileURLToPath(new URL('../../packages/sdk/dist/index.js', import.meta.url));
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

let api: TestServer;
let dir: string;
let site: Server;
let siteUrl: string;
let browser: Browser;

before(async () => {
  api = await startTestServer();
  dir = await mkdtemp(join(tmpdir(), 'thidua-sdk-example-'));
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Đơn vị</title></head>
<body data-api="${api.url}">
<label>Cấp <select id="level"><option value="commune" selected>Xã, phường</option><option value="province">Sở, ban, ngành</option></select></label>
<output id="status"></output>
<ul id="units"></ul>
<script type="module" src="./${relative(dir, example)}"></script>
</body>
</html>
`,
  );
  // The example is the page's entry (imported from another module, the SDK's `sideEffects: false` would drop it).
  // The SDK as a portal installs it: its build, resolving its own dependencies.
  await build({ root: dir, base: './', configFile: false, logLevel: 'warn', resolve: { alias: { '@thidua/sdk': sdk } }, build: { outDir: 'dist' } });
  const csp = ["default-src 'none'", "script-src 'self'", `connect-src ${api.url}`, "base-uri 'none'", "require-trusted-types-for 'script'"].join('; ');
  site = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      const body = await readFile(join(dir, 'dist', path === '/' ? 'index.html' : path));
      const type = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' }[extname(path) || '.html'] ?? 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': csp }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await api?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the README’s browser example of the SDK, in Chromium', () => {
  it('lists a level’s units page after page with the request id, and a newer choice aborts the older one', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    const apiRequests: { url: string; clientId: string | undefined }[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(api.url) && r.method() === 'GET') apiRequests.push({ url: r.url(), clientId: r.headers()['x-request-id'] });
    });
    await page.goto(`${siteUrl}/`);
    const settled = (count: number) =>
      page.waitForFunction((n: number) => new RegExp(`^${n} đơn vị · mã yêu cầu `).test(document.querySelector('output')!.value), { timeout: 15_000 }, count);
    await settled(18).catch(async (e: unknown) => {
      throw new Error(`${String(e)}: ${await page.$eval('#status', (o) => (o as HTMLOutputElement).value)} ${problems.join(' | ')}`);
    });
    const status = await page.$eval('#status', (o) => (o as HTMLOutputElement).value);
    assert.match(status, new RegExp(`^18 đơn vị · mã yêu cầu ${UUID}$`));
    assert.equal(await page.$$eval('#units li', (items) => items.length), 18);
    // Two pages of 10, each request with the hook's id; each timed by the other hook.
    assert.equal(apiRequests.length, 2);
    assert.ok(apiRequests.every((r) => /^portal-/.test(r.clientId ?? '')));
    assert.equal(await page.evaluate(() => performance.getEntriesByName('thidua /v1/units', 'measure').length), 2);
    // A choice changed at once: the first load is aborted, not shown, and no error is.
    await page.select('#level', 'province');
    await page.select('#level', 'commune');
    await page.select('#level', 'province');
    await settled(15);
    const names = await page.$$eval('#units li', (items) => items.map((i) => i.textContent));
    assert.equal(names.length, 15);
    assert.equal(new Set(names).size, 15);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
