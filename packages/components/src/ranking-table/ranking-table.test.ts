import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { Band, Ranking, SubIndex } from '@thidua/schemas';
import { createClient, type RankingOptions, type ThiduaClient } from '@thidua/sdk';
import '../provider/thidua-provider.js';
import './ranking-table.js';
import type { RankingRow, RankingTable } from './ranking-table.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The text a sighted reader sees in a cell: without the words only screen readers get. */
const visible = (node: Element | null | undefined) => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return text(copy);
};
const dataRows = (el: Element) => $$(el, 'tbody tr.row');
const names = (el: Element) => dataRows(el).map((r) => visible(r.querySelector('th .name-text')));
const ranks = (el: Element) => dataRows(el).map((r) => visible(r.querySelector('td.rank')));
const header = (el: Element, label: string) => $$(el, 'thead th').find((th) => visible(th) === label)!;
const status = (el: Element) => text($(el, '[role="status"]'));

async function ready(el: RankingTable) {
  await el.updateComplete;
  await waitUntil(() => !$(el, '.skeleton'), 'the table stayed in its loading state', { timeout: 8000 });
  await el.updateComplete;
}

const bands: Band[] = [
  { id: 'excellent', label: { vi: 'Xuất sắc', en: 'Excellent' }, min: 0.8 },
  { id: 'good', label: { vi: 'Tốt', en: 'Good' }, min: 0.65 },
  { id: 'fair', label: { vi: 'Khá', en: 'Fair' }, min: 0.5 },
  { id: 'average', label: { vi: 'Trung bình', en: 'Average' }, min: 0.35 },
  { id: 'poor', label: { vi: 'Kém', en: 'Poor' }, min: 0 },
];
const subIndices: SubIndex[] = [
  { id: 'awareness', title: { vi: 'Chuyển đổi nhận thức', en: 'Digital awareness' }, maxPoints: 100 },
  { id: 'digital-government', title: { vi: 'Chính quyền số', en: 'Digital government' }, maxPoints: 200 },
];

/** Five wards and communes and a department, with a tie for second place and names that only sort right in Vietnamese order. */
const rows: RankingRow[] = [
  { id: 'phuong-tu-son', name: 'Phường Từ Sơn', kind: 'ward', value: 0.8123, previousValue: 0.7, subScores: { awareness: 0.9, 'digital-government': 0.8 } },
  { id: 'phuong-dong-nguyen', name: 'Phường Đồng Nguyên', kind: 'ward', value: '0,7012', previousValue: 0.75, subScores: { awareness: 0.6 } },
  { id: 'xa-dai-dong', name: 'Xã Đại Đồng', kind: 'commune', value: '0.7012', previousValue: 0.5 },
  { id: 'phuong-dap-cau', name: 'Phường Đáp Cầu', kind: 'ward', value: 0.6, previousValue: 0.81 },
  { id: 'xa-dung-tien', name: 'Xã Dũng Tiến', kind: 'commune', value: 0.45 },
  { id: 'so-noi-vu', name: 'Sở Nội vụ', kind: 'department', value: 0.3, previousValue: 0.2 },
];

const table = (extra = html``) => html`<ranking-table label="Xếp hạng DTI xã, phường năm 2025" period="2025" .rows=${rows} .bands=${bands} .subIndices=${subIndices}>${extra}</ranking-table>`;

describe('<ranking-table> given data as a property', () => {
  it('is a real table: caption, column and row headers, aria-sort, row count and index, ties sharing a rank', async () => {
    const el = await fixture<RankingTable>(table());
    await ready(el);
    const t = $(el, 'table')!;
    expect(text(t.querySelector('caption'))).to.equal('Xếp hạng DTI xã, phường năm 2025');
    expect($$(el, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect($$(el, 'thead th').map((th) => visible(th))).to.deep.equal(['Hạng', 'Đơn vị', 'Điểm', 'Xếp loại', 'Thay đổi']);
    expect(header(el, 'Hạng').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(el, 'Điểm').getAttribute('aria-sort')).to.equal('none');
    expect(dataRows(el).every((r) => r.querySelector('th[scope="row"]'))).to.equal(true);
    expect(t.getAttribute('aria-rowcount')).to.equal('7');
    expect(dataRows(el).map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4', '5', '6', '7']);
    // "0,7012" and "0.7012" are the same score: the two units share second place and nobody is third.
    expect(ranks(el)).to.deep.equal(['1', '2=', '2=', '4', '5', '6']);
    expect(names(el).slice(1, 3)).to.deep.equal(['Phường Đồng Nguyên', 'Xã Đại Đồng']);
    expect(text(dataRows(el)[1]!.querySelector('td.rank'))).to.contain('đồng hạng');
    // Four decimals with a decimal comma, as the DTI is published in Vietnamese.
    expect(visible(dataRows(el)[0]!.querySelector('td.num'))).to.equal('0,8123');
    expect(status(el)).to.equal('6 đơn vị');
    await expect(el).to.be.accessible();
  });

  it('shows the change as an arrow with words, and a band as a labelled badge from the thresholds given', async () => {
    const el = await fixture<RankingTable>(table());
    await ready(el);
    const row = (name: string) => dataRows(el).find((r) => visible(r.querySelector('th .name-text')) === name)!;
    const change = (name: string) => row(name).querySelector('[part="change"]')!;
    // Last year: Đáp Cầu 1st, Đồng Nguyên 2nd, Từ Sơn 3rd, Đại Đồng 4th, Sở Nội vụ 5th.
    expect(change('Phường Từ Sơn').querySelector('svg')).to.exist;
    expect(visible(change('Phường Từ Sơn'))).to.equal('+2');
    expect(text(change('Phường Từ Sơn').querySelector('.visually-hidden'))).to.equal('Tăng 2 bậc');
    expect(text(change('Phường Đáp Cầu').querySelector('.visually-hidden'))).to.equal('Giảm 3 bậc');
    expect(text(change('Phường Đồng Nguyên').querySelector('.visually-hidden'))).to.equal('Giữ nguyên hạng');
    expect(visible(change('Xã Dũng Tiến'))).to.equal('Mới');
    expect(text(change('Xã Dũng Tiến').querySelector('.visually-hidden'))).to.equal('Mới vào bảng xếp hạng');
    expect(text(row('Phường Từ Sơn').querySelector('.delta'))).to.equal('+0,1123 điểm');
    expect(text(row('Phường Từ Sơn').querySelector('[part="band"]'))).to.equal('Xuất sắc');
    expect(text(row('Phường Đáp Cầu').querySelector('[part="band"]'))).to.equal('Khá');
    expect(text(row('Sở Nội vụ').querySelector('[part="band"]'))).to.equal('Kém');
    const legend = $(el, '[part="legend"]')!;
    expect([...legend.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
      'Xuất sắc từ 0,8',
      'Tốt từ 0,65',
      'Khá từ 0,5',
      'Trung bình từ 0,35',
      'Kém từ 0',
    ]);
    expect(text($(el, '[part="meta"]'))).to.equal('Thay đổi so với năm 2024');
  });

  it('sorts by any column; names in Vietnamese order (Đ after D, not after Z); again to reverse', async () => {
    const el = await fixture<RankingTable>(table());
    await ready(el);
    header(el, 'Đơn vị').querySelector('button')!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Phường Đáp Cầu', 'Phường Đồng Nguyên', 'Phường Từ Sơn', 'Sở Nội vụ', 'Xã Dũng Tiến', 'Xã Đại Đồng']);
    expect(header(el, 'Đơn vị').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(el, 'Hạng').getAttribute('aria-sort')).to.equal('none');
    expect(status(el)).to.equal('6 đơn vị. Sắp xếp theo Đơn vị, tăng dần');
    header(el, 'Đơn vị').querySelector('button')!.click();
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Xã Đại Đồng');
    expect(header(el, 'Đơn vị').getAttribute('aria-sort')).to.equal('descending');

    header(el, 'Thay đổi').querySelector('button')!.click();
    await el.updateComplete;
    // Most improved first (two up by two places: the better-ranked first); the unit new to the ranking last.
    expect(names(el).slice(0, 2)).to.deep.equal(['Phường Từ Sơn', 'Xã Đại Đồng']);
    expect(names(el).at(-1)).to.equal('Xã Dũng Tiến');

    header(el, 'Điểm').querySelector('button')!.click();
    await el.updateComplete;
    // Best first; the tie keeps rank order.
    expect(ranks(el)).to.deep.equal(['1', '2=', '2=', '4', '5', '6']);
    header(el, 'Điểm').querySelector('button')!.click();
    await el.updateComplete;
    expect(ranks(el)).to.deep.equal(['6', '5', '4', '2=', '2=', '1']);
    await expect(el).to.be.accessible();
  });

  it('finds "Từ Sơn" from "Tu Son" and from an NFD-encoded "Từ Sơn", and says when nothing matches', async () => {
    const el = await fixture<RankingTable>(table());
    await ready(el);
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    expect(text(el.shadowRoot!.querySelector(`label[for="${input.id}"]`))).to.equal('Tìm đơn vị');
    input.focus();
    await sendKeys({ type: 'Tu Son' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Phường Từ Sơn']);
    expect(status(el)).to.equal('Hiển thị 1 trong 6 đơn vị');
    // The rank is the unit's place in the ranking, not in the filtered list.
    expect(ranks(el)).to.deep.equal(['1']);

    const nfd = 'Từ Sơn'.normalize('NFD');
    expect(nfd).to.not.equal('Từ Sơn');
    input.value = nfd;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Phường Từ Sơn']);

    input.value = 'dai dong';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Xã Đại Đồng']);

    input.value = 'Hà Nội';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, 'table')).to.equal(null);
    expect(text($(el, '[part="empty"]'))).to.equal('Không có đơn vị nào khớp với “Hà Nội”.');
    await expect(el).to.be.accessible();
  });

  it('is usable from the keyboard alone: search, filter, columns, export, then sorting from the headers', async () => {
    const el = await fixture<RankingTable>(table());
    await ready(el);
    ($(el, 'input[type="search"]') as HTMLInputElement).focus();
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      const f = focused();
      order.push(f?.id || f?.getAttribute('part') || visible(f));
      await sendKeys({ press: 'Tab' });
    }
    expect(order).to.deep.equal(['search', 'group', 'Chỉ số thành phần (0/2)', 'Tải về CSV', 'Tải về Excel', 'In bảng', 'scroller', 'Hạng']);
    // Past the rank header's button, on the name header's: sort with Enter, then with Space.
    expect(visible(focused())).to.equal('Đơn vị');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header(el, 'Đơn vị').getAttribute('aria-sort')).to.equal('ascending');
    expect(visible(focused())).to.equal('Đơn vị');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(header(el, 'Đơn vị').getAttribute('aria-sort')).to.equal('descending');

    // The group filter by keyboard.
    const select = $(el, 'select') as HTMLSelectElement;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).to.equal('departments');
  });

  it('filters by group, ranking the units within it', async () => {
    const el = await fixture<RankingTable>(table());
    await ready(el);
    const select = $(el, 'select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).to.deep.equal(['Tất cả đơn vị', 'Sở, ban, ngành', 'Xã, phường']);
    select.value = 'communes';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Phường Từ Sơn', 'Phường Đồng Nguyên', 'Xã Đại Đồng', 'Phường Đáp Cầu', 'Xã Dũng Tiến']);
    expect(status(el)).to.equal('5 đơn vị');
    select.value = 'departments';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // Sixth of all, first among the departments; last year's rank too is counted within the group.
    expect(names(el)).to.deep.equal(['Sở Nội vụ']);
    expect(ranks(el)).to.deep.equal(['1']);
    expect(text($(el, '[part="change"] .visually-hidden'))).to.equal('Giữ nguyên hạng');
    // Rows all of one group: no filter to offer.
    el.rows = rows.filter((r) => r.kind !== 'department');
    await el.updateComplete;
    expect($(el, 'select')).to.equal(null);
  });

  it('highlights the host site’s own unit in words, not only colour', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table .rows=${rows} highlight="phuong-dap-cau"></ranking-table>`);
    await ready(el);
    const own = $(el, 'tr[aria-current="true"]')!;
    expect(own.getAttribute('part')).to.equal('row highlight');
    expect(visible(own.querySelector('th'))).to.equal('Phường Đáp Cầu Đơn vị của chúng tôi');
    expect($$(el, 'tr[aria-current]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows the top N places with a tie at the cut kept whole, and the host’s unit below them', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table top="2" highlight="xa-dung-tien" .rows=${rows}></ranking-table>`);
    await ready(el);
    expect($(el, '[part="toolbar"]')).to.equal(null);
    expect(ranks(el)).to.deep.equal(['1', '2=', '2=', '5']);
    expect(names(el).at(-1)).to.equal('Xã Dũng Tiến');
    expect($(el, 'tr.gap')?.getAttribute('aria-hidden')).to.equal('true');
    expect($(el, 'table')!.getAttribute('aria-rowcount')).to.equal('5');
    await expect(el).to.be.accessible();
  });

  it('shows and hides sub-index columns from checkboxes, or all at first with sub-scores', async () => {
    const el = await fixture<RankingTable>(table());
    await ready(el);
    const boxes = $$(el, 'fieldset input[type="checkbox"]') as HTMLInputElement[];
    expect(boxes.map((b) => visible(b.parentElement))).to.deep.equal(['Chuyển đổi nhận thức', 'Chính quyền số']);
    expect($$(el, 'th.sub')).to.have.length(0);
    boxes[1]!.click();
    await el.updateComplete;
    expect($$(el, 'thead th.sub').map((th) => visible(th))).to.deep.equal(['Chính quyền số']);
    expect(visible(dataRows(el)[0]!.querySelector('td.sub'))).to.equal('0,8000');
    expect(visible(dataRows(el)[1]!.querySelector('td.sub'))).to.equal('—');
    header(el, 'Chính quyền số').querySelector('button')!.click();
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Phường Từ Sơn');
    boxes[1]!.click();
    await el.updateComplete;
    expect($$(el, 'th.sub')).to.have.length(0);

    const all = await fixture<RankingTable>(html`<ranking-table sub-scores .rows=${rows} .subIndices=${subIndices}></ranking-table>`);
    await ready(all);
    expect($$(all, 'thead th.sub')).to.have.length(2);
    await expect(all).to.be.accessible();
  });

  it('exports what it shows as CSV in UTF-8 with a byte order mark, for Excel', async () => {
    const el = await fixture<RankingTable>(table());
    await ready(el);
    setTimeout(() => $$(el, '.actions button')[0]!.click());
    const event = (await oneEvent(el, 'thidua-export')) as CustomEvent<{ csv: string; filename: string }>;
    event.preventDefault(); // no download in the test
    const { csv, filename } = event.detail;
    expect(filename).to.equal('xep-hang-dti-all-2025.csv');
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal('Hạng,Đơn vị,Mã đơn vị,Điểm,Xếp loại,Hạng năm 2024,Điểm năm 2024,Thay đổi hạng,Chuyển đổi nhận thức,Chính quyền số');
    // Scores and sub-scores with the four decimals they are published with.
    expect(lines[1]).to.equal('1,Phường Từ Sơn,phuong-tu-son,0.8123,Xuất sắc,3,0.7000,2,0.9000,0.8000');
    expect(lines[5]).to.equal('5,Xã Dũng Tiến,xa-dung-tien,0.4500,Trung bình,,,,,');
    expect(new TextEncoder().encode(csv).slice(0, 3)).to.deep.equal(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('speaks English under lang="en", with a decimal point', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table lang="en" period="2025" .rows=${rows} .bands=${bands}></ranking-table>`);
    await ready(el);
    expect($$(el, 'thead th').map((th) => visible(th))).to.deep.equal(['Rank', 'Unit', 'Score', 'Band', 'Change']);
    expect(text($(el, 'caption'))).to.equal('Ranking');
    expect(visible(dataRows(el)[0]!.querySelector('td.num'))).to.equal('0.8123');
    expect(text(dataRows(el)[0]!.querySelector('[part="change"] .visually-hidden'))).to.equal('Up 2 places');
    expect(text(dataRows(el)[0]!.querySelector('[part="band"]'))).to.equal('Excellent');
    expect(text($(el, 'label[for="search"]'))).to.equal('Find a unit');
    await expect(el).to.be.accessible();
  });

  it('renders names as text, never as markup', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table .rows=${[{ id: 'x', name: '<img src=x onerror=alert(1)>', value: 1 }]}></ranking-table>`);
    await ready(el);
    expect($(el, 'tbody img')).to.equal(null);
    expect(names(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
  });

  it('says so when there is nothing to rank', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table label="Xếp hạng" .rows=${[]}></ranking-table>`);
    await ready(el);
    expect($(el, 'table')).to.equal(null);
    expect(text($(el, '[part="empty"]'))).to.equal('Xếp hạng: Chưa có số liệu xếp hạng cho kỳ này.');
    await expect(el).to.be.accessible();
  });

  it('keeps bands and the highlighted row visible in forced-colors mode', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table highlight="phuong-tu-son" .rows=${rows} .bands=${bands}></ranking-table>`);
    await ready(el);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(getComputedStyle($(el, '[part="band"]')!).borderTopStyle).to.equal('solid');
      expect(getComputedStyle($(el, 'tr.highlight th')!).borderTopWidth).to.equal('2px');
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('fits a 320 px wide column: the page does not scroll sideways, the table scrolls in its own region', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="narrow">${table()}</div>`);
    wrapper.style.setProperty('inline-size', '320px');
    const el = wrapper.querySelector('ranking-table')!;
    await ready(el);
    el.subScores = true;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(320);
    const scroller = $(el, '[part="scroller"]')!;
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('tabindex')).to.equal('0');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    await expect(el).to.be.accessible();
  });
});

describe('<ranking-table> with 10,000 rows', () => {
  const many: RankingRow[] = Array.from({ length: 10_000 }, (_, i) => ({
    id: `don-vi-${i}`,
    name: `Đơn vị ${String(i).padStart(5, '0')}`,
    kind: i % 2 ? 'ward' : 'department',
    value: Math.round(((i * 7919) % 10_000) / 10) / 1000,
    previousValue: Math.round(((i * 104_729) % 10_000) / 10) / 1000,
  }));

  it('renders only the rows in view, inside the table, with aria-rowcount and aria-rowindex', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table .rows=${many} highlight="don-vi-4242"></ranking-table>`);
    await ready(el);
    const t = $(el, 'table')!;
    expect(t.getAttribute('aria-rowcount')).to.equal('10001');
    const rendered = dataRows(el);
    expect(rendered.length).to.be.within(5, 80);
    expect(rendered[0]!.getAttribute('aria-rowindex')).to.equal('2');
    // Ties: 10,000 scores in steps of 0.001 — five units share the top score of 1, ten the next.
    expect(ranks(el).slice(0, 6)).to.deep.equal([...Array(5).fill('1='), '6=']);

    const scroller = $(el, '[part="scroller"]')!;
    scroller.scrollTop = 200_000;
    scroller.dispatchEvent(new Event('scroll'));
    await waitUntil(() => Number(dataRows(el)[0]!.getAttribute('aria-rowindex')) > 1000, 'rows further down were not rendered');
    const first = Number(dataRows(el)[0]!.getAttribute('aria-rowindex'));
    const indices = dataRows(el).map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(indices).to.deep.equal(indices.map((_, i) => first + i));
    // The space of the rows not rendered is held by spacer rows sized through the CSSOM.
    const before = $(el, '.spacer.before td')!;
    expect(parseFloat(before.style.blockSize)).to.be.greaterThan(100_000);
    expect($(el, '.spacer.before')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('re-sorts all rows, not only those in view, and jumps to the host’s own unit', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table .rows=${many} highlight="don-vi-4242"></ranking-table>`);
    await ready(el);
    header(el, 'Đơn vị').querySelector('button')!.click();
    await el.updateComplete;
    expect(names(el).slice(0, 2)).to.deep.equal(['Đơn vị 00000', 'Đơn vị 00001']);
    header(el, 'Đơn vị').querySelector('button')!.click();
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Đơn vị 09999');

    const jump = $$(el, '.toolbar button').find((b) => visible(b).startsWith('Đến vị trí của'))!;
    expect(visible(jump)).to.match(/^Đến vị trí của Đơn vị 04242 \(hạng \d+\)$/);
    jump.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('tr.highlight'), 'the highlighted row did not get focus');
    expect(visible(el.shadowRoot!.activeElement!.querySelector('.name-text'))).to.equal('Đơn vị 04242');
  });

  it('renders every row for printing, and only those in view again afterwards', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table .rows=${many.slice(0, 300)}></ranking-table>`);
    await ready(el);
    expect(dataRows(el).length).to.be.lessThan(300);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(dataRows(el)).to.have.length(300);
    expect($(el, '.spacer')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(dataRows(el).length).to.be.lessThan(300);
  });
});

describe('<ranking-table> after another on the page', () => {
  it('renders its rows in its first update, with no loading state, once a table has loaded its parts', async () => {
    const rows: RankingRow[] = [
      { id: 'a', name: 'Phường Từ Sơn', value: 0.7 },
      { id: 'b', name: 'Xã Tiên Du', value: 0.8 },
    ];
    await ready(await fixture<RankingTable>(html`<ranking-table .rows=${rows}></ranking-table>`));
    const el = document.createElement('ranking-table');
    el.rows = rows;
    const skeletons: boolean[] = [];
    document.body.append(el);
    new MutationObserver(() => skeletons.push(!!$(el, '.skeleton'))).observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Xã Tiên Du', 'Phường Từ Sơn']);
    expect(skeletons, 'a loading state was rendered').to.not.include(true);
    el.remove();
  });

  it('asks the API in its first update, once a table has loaded its parts', async () => {
    const ranking = { campaignId: 'x', metric: { id: 'dti', kind: 'index', title: { vi: 'DTI' }, unit: 'index', direction: 'higher', subIndices: [], bands: [] }, group: 'all', period: '2025', previousPeriod: '2024', periods: ['2025'], entries: [], next: null };
    const answering = { baseUrl: '', rankings: { get: async () => ranking, all: async () => ranking } } as unknown as ThiduaClient;
    const first = await fixture<RankingTable>(html`<ranking-table campaign="x" .client=${answering}></ranking-table>`);
    await first.updateComplete;
    const el = document.createElement('ranking-table');
    el.campaign = 'x';
    let asked = false;
    el.client = { baseUrl: '', rankings: { get: () => new Promise(() => {}), all: () => ((asked = true), new Promise(() => {})) } } as unknown as ThiduaClient;
    const askedAtFirstRender: boolean[] = [];
    document.body.append(el);
    new MutationObserver(() => askedAtFirstRender.push(asked)).observe(el.shadowRoot!, { childList: true, subtree: true });
    await waitUntil(() => askedAtFirstRender.length > 0, 'the table did not render');
    expect(askedAtFirstRender[0], 'the request waited for a second update').to.equal(true);
    el.remove();
  });
});

describe('<ranking-table> from the API', () => {
  let api: string;
  before(async () => {
    ({ url: api } = await (await fetch('/__thidua_api.json')).json());
  });

  it('loads the departments’ DTI ranking through a provider, highlighting the host’s department', async () => {
    const wrapper = await fixture(html`<thidua-provider api-base=${api}>
      <ranking-table campaign="bn2026" group="departments" highlight="so-khoa-hoc-cong-nghe"></ranking-table>
    </thidua-provider>`);
    const el = wrapper.querySelector('ranking-table')!;
    await ready(el);
    expect(text($(el, 'caption'))).to.equal('Xếp hạng Chỉ số chuyển đổi số (DTI) — Sở, ban, ngành — năm 2025');
    expect(dataRows(el)).to.have.length(13);
    expect(ranks(el)).to.deep.equal(['1', '2', '3', '4', '5', '6=', '6=', '8', '9', '10', '11', '12', '13']);
    const own = $(el, 'tr.highlight')!;
    expect(visible(own.querySelector('td.rank'))).to.equal('2');
    expect(text(own.querySelector('[part="change"] .visually-hidden'))).to.equal('Tăng 4 bậc');
    // group is fixed by the attribute: no group filter.
    expect($(el, 'select')).to.equal(null);
    expect($$(el, 'fieldset input')).to.have.length(8);
    expect(text($(el, '[part="meta"]'))).to.equal('Thay đổi so với năm 2024 · Số liệu minh họa, không phải kết quả đánh giá chính thức');
    await expect(el).to.be.accessible();
  });

  it('asks the API again for the group a reader picks', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table campaign="bn2026" api-base=${api}></ranking-table>`);
    await ready(el);
    expect(dataRows(el)).to.have.length(31);
    const select = $(el, 'select') as HTMLSelectElement;
    select.focus();
    select.value = 'communes';
    select.dispatchEvent(new Event('change'));
    const loaded = (await oneEvent(el, 'thidua-load')) as CustomEvent<Ranking>;
    expect(loaded.detail.group).to.equal('communes');
    await el.updateComplete;
    expect(dataRows(el)).to.have.length(18);
    expect(ranks(el).filter((r) => r.endsWith('='))).to.deep.equal(['15=', '15=']);
    // The table stayed in place while it reloaded, so focus did not fall off the page.
    expect(el.shadowRoot!.activeElement).to.equal(select);
  });

  it('shows every row of a group the API answers in several pages', async () => {
    // The SDK's own client, asking for pages of 5 instead of 1,000: 31 units take 7 requests.
    const real = createClient({ baseUrl: api });
    let pages = 0;
    const client = {
      ...real,
      rankings: {
        ...real.rankings,
        all: (campaign: string, options: RankingOptions) => {
          const walk = real.rankings.get(campaign, { ...options, limit: 5 });
          return (async () => {
            const first = await walk;
            const entries = [];
            for await (const page of walk.pages()) {
              pages += 1;
              entries.push(...page.entries);
            }
            return { ...first, entries, next: null };
          })();
        },
      },
    } as ThiduaClient;
    const el = await fixture<RankingTable>(html`<ranking-table campaign="bn2026" .client=${client}></ranking-table>`);
    await ready(el);
    expect(pages).to.equal(7);
    expect(dataRows(el)).to.have.length(31);
    expect(new Set(names(el)).size).to.equal(31);
  });

  it('shows an empty state for a year without scores', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table campaign="bn2026" period="2019" api-base=${api}></ranking-table>`);
    await ready(el);
    expect(text($(el, '[part="empty"]'))).to.equal('Xếp hạng Chỉ số chuyển đổi số (DTI) — Tất cả đơn vị — năm 2019: Chưa có số liệu xếp hạng cho kỳ này.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry button for an unknown metric', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table campaign="bn2026" metric="khong-co" api-base=${api}></ranking-table>`);
    await ready(el);
    expect(text($(el, '[role="alert"] [part="error"]'))).to.equal('Không tìm thấy phong trào “bn2026” hoặc chỉ số xếp hạng “khong-co”.');
    expect(text($(el, '[part="retry"]'))).to.equal('Thử lại');
    await expect(el).to.be.accessible();
  });

  it('shows a busy skeleton while loading, then retries after a network failure', async () => {
    const pending = await fixture<RankingTable>(html`<ranking-table
      campaign="bn2026"
      .client=${{ baseUrl: 'x', rankings: { all: () => new Promise(() => {}) } } as unknown as ThiduaClient}
    ></ranking-table>`);
    await pending.updateComplete;
    await waitUntil(() => $(pending, '[aria-busy="true"]'), 'no busy state');
    expect(text($(pending, '[role="status"]'))).to.equal('Đang tải bảng xếp hạng…');
    await expect(pending).to.be.accessible();

    let calls = 0;
    const real = await fetch(`${api}/v1/campaigns/bn2026/rankings?metric=dti&group=communes`).then((r) => r.json());
    const flaky = {
      baseUrl: 'x',
      rankings: {
        all: async () => {
          calls += 1;
          if (calls === 1) throw Object.assign(new TypeError('Failed to fetch'), { status: 0, code: 'network_error' });
          return real;
        },
      },
    } as unknown as ThiduaClient;
    const el = await fixture<RankingTable>(html`<ranking-table lang="en" campaign="bn2026" group="communes" .client=${flaky}></ranking-table>`);
    await ready(el);
    expect(text($(el, '[part="error"]'))).to.equal('Could not reach the data server. Please check the connection and try again.');
    await expect(el).to.be.accessible();
    $(el, '[part="retry"]')!.click();
    await waitUntil(() => dataRows(el).length === 18, 'no table after retry');
    expect(calls).to.equal(2);
  });
});
