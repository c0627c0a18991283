import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
const tokens = JSON.parse(readFileSync('/tmp/demo4-tokens.json', 'utf8'));
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const base = 'http://127.0.0.1:18788';
async function open(url, width = 1280) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', String(e)));
  await page.goto(url, { waitUntil: 'networkidle0' });
  return page;
}
const which = process.argv[2];
if (which === 'index') {
  const p = await open(base + '/');
  await new Promise((r) => setTimeout(r, 1500));
  await p.screenshot({ path: '/tmp/demo4-shots/index.png' });
}
if (which === 'public') {
  let p = await open(base + '/khen-thuong.html');
  await new Promise((r) => setTimeout(r, 1500));
  await p.screenshot({ path: '/tmp/demo4-shots/public-1280.png', fullPage: true });
  p = await open(base + '/khen-thuong.html', 360);
  await new Promise((r) => setTimeout(r, 1500));
  await p.screenshot({ path: '/tmp/demo4-shots/public-360.png', fullPage: true });
  const link = await p.evaluate(() => document.querySelector('featured-models').shadowRoot.querySelector('a[part="link"]')?.href);
  console.log('link', link);
  p = await open(link, 1280);
  await new Promise((r) => setTimeout(r, 800));
  await p.screenshot({ path: '/tmp/demo4-shots/story-1280.png', fullPage: true });
}
if (which === 'internal') {
  for (const [role, token] of [['a', tokens.a], ['c', tokens.c]]) {
    const p = await open(base + '/tham-dinh.html');
    await p.type('#token', token);
    await p.click('#sign-in-form button[type=submit]');
    await p.waitForSelector('#queue-view:not([hidden])');
    await new Promise((r) => setTimeout(r, 2500));
    await p.screenshot({ path: `/tmp/demo4-shots/internal-${role}.png`, fullPage: true });
    const href = await p.evaluate(() => document.querySelector('nomination-queue').shadowRoot.querySelector('a[part~="open"]')?.getAttribute('href'));
    console.log(role, 'first open', href);
    if (role === 'c') {
      const hrefs = await p.evaluate(() => [...document.querySelector('nomination-queue').shadowRoot.querySelectorAll('a[part~="open"]')].map((a) => a.getAttribute('href')));
      await p.goto(base + hrefs[hrefs.length - 1], { waitUntil: 'networkidle0' });
      await new Promise((r) => setTimeout(r, 2500));
      await p.screenshot({ path: `/tmp/demo4-shots/review-${role}.png`, fullPage: true });
    }
  }
}
await browser.close();
