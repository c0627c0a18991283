import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { screenshots, useDemo } from './support.js';

const e2e = useDemo('thidua-e2e-');

/** The visible text of every static card (outside the boards), read through its shadow root. */
function cardTexts(page: Page) {
  return page.$$eval('kpi-progress', (cards) =>
    cards.map((c) => ({
      indicator: c.getAttribute('indicator'),
      text: (c.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      valueText: c.shadowRoot?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext') ?? null,
    })),
  );
}

/** Every board's caption, status filters, domain headings and cards, read through the shadow roots. */
function boardTexts(page: Page) {
  // No helper functions inside: the page gets this function's source, without tsx's name helpers.
  return page.$$eval('kpi-board', (boards) =>
    boards.map((board) => {
      const root = board.shadowRoot!;
      return {
        orgUnit: board.getAttribute('org-unit'),
        caption: (root.querySelector('[part="caption"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ended: (root.querySelector('[part="ended"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        filters: [...root.querySelectorAll('[part="filter"]')].map((f) => (f.textContent ?? '').replace(/\s+/g, ' ').trim()),
        headings: [...root.querySelectorAll('[part="heading"]')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
        cards: [...root.querySelectorAll('kpi-progress')].map((card) => ({
          eyebrow: (card.shadowRoot?.querySelector('[part="eyebrow"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          text: (card.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          sparkline: Boolean(card.shadowRoot?.querySelector('[part="sparkline"]')),
        })),
      };
    }),
  );
}

/** Until every board shows its cards and every card its figures. */
const boardsRendered = (page: Page) =>
  page.waitForFunction(
    () =>
      [...document.querySelectorAll('kpi-board')].every((board) => {
        const cards = [...(board.shadowRoot?.querySelectorAll('kpi-progress') ?? [])];
        return cards.length > 0 && cards.every((card) => card.shadowRoot?.querySelector('[part="eyebrow"]'));
      }),
    { timeout: 20_000 },
  );

describe('the demo department portal', () => {
  it("sends each page's masthead in its HTML, there in the first paint before any script runs", async () => {
    const pages: [path: string, site: string, current: string][] = [
      ['/', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Chuyển đổi số'],
      ['/khen-thuong.html', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Khen thưởng'],
      ['/tham-dinh.html', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Thẩm định hồ sơ (nội bộ)'],
      ['/de-nghi-khen-thuong.html', 'UBND PHƯỜNG KINH BẮC', 'Đề nghị khen thưởng'],
    ];
    const { page } = await e2e.open('about:blank');
    // No script at all: what a reader sees before portal-shell.js (or anything) has run.
    await page.setJavaScriptEnabled(false);
    for (const [path, site, current] of pages) {
      await page.goto(`${e2e.demo.portalUrl}${path}`, { waitUntil: 'load' });
      const masthead = await page.$eval('header.masthead', (header) => ({
        issuer: header.querySelector('.issuer')?.textContent,
        site: header.querySelector('.site')?.textContent,
        nav: header.querySelector('nav')?.getAttribute('aria-label'),
        current: [...header.querySelectorAll('a[aria-current="page"]')].map((a) => a.textContent),
        height: header.getBoundingClientRect().height,
      }));
      assert.deepEqual({ ...masthead, height: masthead.height > 80 }, { issuer: 'UBND TỈNH BẮC NINH', site, nav: 'Điều hướng chính', current: [current], height: true }, path);
      if (path === '/') await page.screenshot({ path: join(screenshots, 'thidua-demo-masthead-no-script.png'), clip: { x: 0, y: 0, width: 1280, height: 220 } });
    }
    await page.close();
  });

  it('shows the campaign board of the province and of a ward, under a strict CSP with Trusted Types, without errors', async () => {
    const { page, problems } = await e2e.open(`${e2e.demo.portalUrl}/`);
    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/v1\/(campaigns\/[^/]+\/indicators|indicators)/.test(request.url())) listRequests.push(request.url());
    });
    const csp = (await page.goto(`${e2e.demo.portalUrl}/`, { waitUntil: 'networkidle0' }))?.headers()['content-security-policy'] ?? '';
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    await boardsRendered(page);
    const [province, ward] = await boardTexts(page);

    assert.equal(province!.cards.length, 19);
    // Today is past the 2026 plan's end (10/10/2026): the board is its final result.
    assert.equal(province!.caption, 'Kết quả cuối cùng của Tỉnh Bắc Ninh, theo số liệu đến hạn của từng chỉ tiêu');
    assert.equal(province!.ended, 'Phong trào đã kết thúc ngày 10/10/2026. Tổng kết ngày 10/10/2026.');
    assert.equal(province!.filters[0], 'Tất cả 19');
    assert.deepEqual(province!.filters.slice(1).map((f) => f.replace(/^\d+ /, '')), ['đạt', 'không đạt', 'không có số liệu']);
    // Every province indicator has a target for the province: each has exactly one result.
    assert.equal(province!.filters.slice(1).reduce((sum, f) => sum + Number(f.split(' ')[0]), 0), 19);
    assert.ok(province!.cards.every((c) => /(Không đạt|Đạt)/.test(c.text) && !/Chậm tiến độ/.test(c.text)));
    assert.ok(province!.headings.length >= 5, province!.headings.join(' | '));
    const dossiers = province!.cards.find((c) => c.eyebrow === 'Chỉ tiêu 9 · Tỉnh Bắc Ninh')!;
    assert.match(dossiers.text, /Hồ sơ thủ tục hành chính xử lý trực tuyến/);
    assert.match(dossiers.text, /62/);
    assert.match(dossiers.text, /90/);
    assert.match(dossiers.text, /Không đạt/);
    const dti = province!.cards.find((c) => c.eyebrow === 'Chỉ tiêu 19 · Tỉnh Bắc Ninh')!;
    assert.match(dti.text, /0,7012/);
    assert.match(dti.text, /0,7500/);
    // Indicator 14 keeps the plan's own target after the end, not the 2030 scheme's.
    const workDossiers = province!.cards.find((c) => c.eyebrow === 'Chỉ tiêu 14 · Tỉnh Bắc Ninh')!;
    assert.match(workDossiers.text, /hạn 10\/10\/2026/);

    assert.equal(ward!.orgUnit, 'phuong-kinh-bac');
    // The 14 indicators a ward reports: none of the province's own (its staff, the provincial DTI…).
    assert.equal(ward!.cards.length, 14);
    assert.ok(!ward!.cards.some((c) => /^Chỉ tiêu (2|8|16|18|19) ·/.test(c.eyebrow)));
    assert.match(ward!.caption, /^Kết quả cuối cùng của Phường Kinh Bắc/);
    assert.ok(ward!.cards.every((c) => c.eyebrow.endsWith('· Phường Kinh Bắc')));
    assert.ok(ward!.cards.some((c) => c.sparkline), 'the detailed cards draw their trend');
    // One request per board: the 33 cards were given their data.
    assert.equal(listRequests.length, 2, listRequests.join(' '));

    const staticCard = (await cardTexts(page)).find((c) => c.indicator === null && /96,5/.test(c.text));
    assert.ok(staticCard, 'the static card shows its own figure');
    assert.match(staticCard.valueText ?? '', /^96,5\s?% — mục tiêu tối thiểu 100\s?% trước 31\/12\/2026$/);

    // The filter works under the page's CSP: pressing a status shows only its cards.
    const filtered = await page.evaluate(async () => {
      const board = document.querySelector('kpi-board')!;
      const button = [...board.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="filter"]')].find(
        (b) => b !== board.shadowRoot!.querySelector('[part="filter"]') && Number(b.textContent!.trim().split(/\s/)[0]) > 0,
      )!;
      button.click();
      await (board as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      return {
        expected: Number(button.textContent!.trim().split(/\s/)[0]),
        shown: board.shadowRoot!.querySelectorAll('kpi-progress').length,
        pressed: button.getAttribute('aria-pressed'),
      };
    });
    assert.equal(filtered.pressed, 'true');
    assert.equal(filtered.shown, filtered.expected);
    const [provinceBoard, wardBoard] = await page.$$('kpi-board');
    await wardBoard!.screenshot({ path: join(screenshots, 'thidua-demo-board-ward.png') });
    await page.evaluate(async () => {
      const board = document.querySelector('kpi-board')!;
      board.shadowRoot!.querySelector<HTMLButtonElement>('[aria-pressed="true"]')!.click();
      await (board as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    });
    await provinceBoard!.screenshot({ path: join(screenshots, 'thidua-demo-board-province.png') });
    await page.screenshot({ path: join(screenshots, 'thidua-demo-portal.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
