import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RankingGroupDefinition } from '@thidua/schemas';
import './ranking-table.js';
import type { RankingRow, RankingTable } from './ranking-table.js';

/* Groups as data, search as people type names, and an index's decimals, on a table given `.rows`. */

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr.row .name-text')].map((n) => n.textContent!.trim());
async function ready(el: RankingTable) {
  await el.updateComplete;
  await waitUntil(() => !$(el, '.skeleton'), 'the table stayed in its loading state', { timeout: 8000 });
  await el.updateComplete;
}

/** The national DTI: provinces, as dti.gov.vn names them. */
const provinces: RankingRow[] = [
  { id: 'ha-noi', name: 'Hà Nội', kind: 'province', value: 0.7 },
  { id: 'hue', name: 'Thừa Thiên - Huế', kind: 'province', value: 0.65 },
  { id: 'brvt', name: 'Bà Rịa - Vũng Tàu', kind: 'province', value: 0.6 },
  { id: 'bac-ninh', name: 'Bắc Ninh', kind: 'province', value: 0.62, subScores: { a: 1 } },
];

describe('<ranking-table> groups as data', () => {
  it('shows every row of a table of provinces, with no group filter to offer', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table label="DTI cấp tỉnh 2024" .rows=${provinces}></ranking-table>`);
    await ready(el);
    expect(names(el)).to.deep.equal(['Hà Nội', 'Thừa Thiên - Huế', 'Bắc Ninh', 'Bà Rịa - Vũng Tàu']);
    expect($(el, '[part="empty"]')).to.equal(null);
    expect($(el, 'select#group')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('filters by groups given as data, labelled by them', async () => {
    const groups: RankingGroupDefinition[] = [
      { id: 'north', label: { vi: 'Miền Bắc' }, kinds: ['province'] },
      { id: 'cities', label: { vi: 'Thành phố' }, kinds: ['district'] },
    ];
    const rows: RankingRow[] = [...provinces, { id: 'da-nang', name: 'Đà Nẵng', kind: 'district', value: 0.9 }];
    const el = await fixture<RankingTable>(html`<ranking-table .rows=${rows} .groups=${groups}></ranking-table>`);
    await ready(el);
    const select = $(el, 'select#group') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Tất cả đơn vị', 'Miền Bắc', 'Thành phố']);
    expect(names(el)).to.have.length(5);
    select.value = 'cities';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Đà Nẵng']);
    await expect(el).to.be.accessible();
  });
});

describe('<ranking-table> search ignores punctuation and spacing', () => {
  for (const [typed, found] of [
    ['Thừa Thiên-Huế', 'Thừa Thiên - Huế'],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['thua thien hue', 'Thừa Thiên - Huế'],
  ] as const) {
    it(`typing “${typed}” finds “${found}”`, async () => {
      const el = await fixture<RankingTable>(html`<ranking-table .rows=${provinces}></ranking-table>`);
      await ready(el);
      ($(el, 'input[type="search"]') as HTMLInputElement).focus();
      await sendKeys({ type: typed });
      await el.updateComplete;
      expect(names(el)).to.deep.equal([found]);
    });
  }
});

describe('<ranking-table> one rule for an index’s decimals', () => {
  it('shows an index with its four published decimals, zeros kept, and declared decimals when given', async () => {
    const el = await fixture<RankingTable>(
      html`<ranking-table sub-scores .rows=${provinces} .subIndices=${[{ id: 'a', title: { vi: 'Hạ tầng số' }, maxPoints: 100 }]}></ranking-table>`,
    );
    await ready(el);
    const cell = (row: number, selector: string) => el.shadowRoot!.querySelectorAll('tbody tr.row')[row]!.querySelector(selector)!.textContent!.trim();
    expect(cell(0, 'td.num')).to.equal('0,7000');
    // Bắc Ninh's sub-score 1 as published: 1,0000.
    expect(cell(2, 'td.sub')).to.equal('1,0000');
    el.decimals = 2;
    await el.updateComplete;
    expect(cell(0, 'td.num')).to.equal('0,70');
  });
});
