import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { screenshots, useDemo } from './support.js';

const e2e = useDemo('thidua-e2e-rankings-');

/** Opens the portal at a width, waits for both rankings, and collects console errors and CSP violations. */
async function openRankings(width: number): Promise<{ page: Page; problems: string[] }> {
  // The functions passed to $$eval below define helpers: the page needs tsx's name helper.
  const { page, problems } = await e2e.open(`${e2e.demo.portalUrl}/`, { width, nameHelper: true });
  await page.waitForFunction(
    () => [...document.querySelectorAll('ranking-table')].every((t) => t.shadowRoot?.querySelector('tbody tr.row')),
    { timeout: 20_000 },
  );
  return { page, problems };
}

/** What each ranking shows, read through its shadow root. */
function tables(page: Page) {
  return page.$$eval('ranking-table', (elements) =>
    elements.map((el) => {
      const root = el.shadowRoot!;
      const clean = (node: Element | null | undefined) => {
        if (!node) return '';
        const copy = node.cloneNode(true) as Element;
        copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      };
      const highlight = root.querySelector('tr.highlight');
      return {
        group: el.getAttribute('group'),
        caption: clean(root.querySelector('caption')),
        rowcount: root.querySelector('table')?.getAttribute('aria-rowcount'),
        rows: [...root.querySelectorAll('tbody tr.row')].map((r) => [clean(r.querySelector('td.rank')), clean(r.querySelector('th .name-text'))]),
        highlight: highlight ? { rank: clean(highlight.querySelector('td.rank')), name: clean(highlight.querySelector('th')), current: highlight.getAttribute('aria-current') } : null,
      };
    }),
  );
}

describe('the demo portal’s rankings', () => {
  it('shows the departments’ DTI ranking with the host department highlighted, and the communes’, under the strict CSP', async () => {
    const { page, problems } = await openRankings(1280);
    const [departments, communes] = await tables(page);
    assert.equal(departments!.caption, 'Xếp hạng Chỉ số chuyển đổi số (DTI) — Sở, ban, ngành — năm 2025');
    assert.equal(departments!.rowcount, '14');
    assert.equal(departments!.rows.length, 13);
    assert.deepEqual(departments!.highlight, { rank: '2', name: 'Sở Khoa học và Công nghệ Đơn vị của chúng tôi', current: 'true' });
    assert.deepEqual(
      departments!.rows.filter(([rank]) => rank!.endsWith('=')).map(([, name]) => name),
      ['Sở Tài chính', 'Sở Tư pháp'],
    );
    assert.equal(communes!.caption, 'Xếp hạng Chỉ số chuyển đổi số (DTI) — Xã, phường — năm 2025');
    assert.equal(communes!.rows.length, 18);
    assert.equal(communes!.highlight, null);
    await page.screenshot({ path: join(screenshots, 'thidua-demo-rankings-1280.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const width of [375, 320]) {
    it(`fits a ${width} px phone: no sideways scrolling of the page, the tables scroll in their own region`, async () => {
      const { page, problems } = await openRankings(width);
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width);
      const regions = await page.$$eval('ranking-table', (els) =>
        els.map((el) => {
          const s = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
          return { role: s.getAttribute('role'), label: s.getAttribute('aria-labelledby'), tabindex: s.getAttribute('tabindex'), right: s.getBoundingClientRect().right };
        }),
      );
      for (const r of regions) {
        assert.deepEqual([r.role, r.label, r.tabindex], ['region', 'caption', '0']);
        assert.ok(r.right <= width);
      }
      await page.screenshot({ path: join(screenshots, `thidua-demo-rankings-${width}.png`), fullPage: true });
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
