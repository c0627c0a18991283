import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Band, SubIndex } from '@thidua/schemas';
import './ranking-table.js';
import type { RankingRow, RankingTable } from './ranking-table.js';

/*
 * A 375 px phone: the columns after "Điểm" do not fit, so the table scrolls
 * sideways in its own region, and says so: a shade on the cut-off edge and a
 * visible hint that describes the region, which takes keyboard focus. The
 * sort buttons' focus ring is drawn whole, not clipped by the region.
 */

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const bands: Band[] = [
  { id: 'good', label: { vi: 'Tốt' }, min: 0.65 },
  { id: 'fair', label: { vi: 'Khá' }, min: 0 },
];
const subIndices: SubIndex[] = [
  { id: 'awareness', title: { vi: 'Chuyển đổi nhận thức' }, maxPoints: 100 },
  { id: 'digital-government', title: { vi: 'Chính quyền số' }, maxPoints: 200 },
];
const rows: RankingRow[] = Array.from({ length: 8 }, (_, i) => ({
  id: `don-vi-${i}`,
  name: ['Phường Từ Sơn', 'Xã Đại Đồng', 'Phường Đồng Nguyên', 'Xã Tam Sơn', 'Phường Đáp Cầu', 'Xã Phù Chẩn', 'Phường Võ Cường', 'Xã Hương Mạc'][i]!,
  kind: i % 2 ? 'commune' : 'ward',
  value: 0.8 - i * 0.03,
  previousValue: 0.7 - ((i * 5) % 8) * 0.02,
  subScores: { awareness: 0.9 - i * 0.05, 'digital-government': 0.6 + i * 0.02 },
}));

/** Whether the focus ring of `el` (outline outside its border box by width + offset) lies inside the visible part of `box`. */
function ringInside(el: HTMLElement, box: HTMLElement) {
  const style = getComputedStyle(el);
  const extent = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  const r = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const visible = { left: b.left + box.clientLeft, top: b.top + box.clientTop, right: b.left + box.clientLeft + box.clientWidth, bottom: b.top + box.clientTop + box.clientHeight };
  return (
    style.outlineStyle !== 'none' &&
    r.left - extent >= visible.left - 0.5 &&
    r.right + extent <= visible.right + 0.5 &&
    r.top - extent >= visible.top - 0.5 &&
    r.bottom + extent <= visible.bottom + 0.5
  );
}

describe('<ranking-table> on a 375 px phone', () => {
  before(() => setViewport({ width: 375, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows that the table scrolls sideways, in a labelled, focusable region described by a visible hint', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table sub-scores label="DTI xã, phường 2025" period="2025" .rows=${rows} .bands=${bands} .subIndices=${subIndices}></ranking-table>`);
    await el.updateComplete;
    await waitUntil(() => $(el, 'tbody tr.row'), 'the table did not render', { timeout: 8000 });
    const scroller = $(el, '[part="scroller"]')!;
    const edge = scroller.parentElement!;
    const hint = $(el, '[part="scroll-hint"]')!;
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(375);
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    await waitUntil(() => edge.classList.contains('more-end'), 'no cue at the cut-off edge');
    expect(edge.classList.contains('more-start')).to.equal(false);
    await waitUntil(() => getComputedStyle(edge, '::after').opacity === '1', 'the shade at the cut-off edge is not shown');
    expect(getComputedStyle(edge, '::before').opacity).to.equal('0');
    expect(hint.getBoundingClientRect().height, 'the hint is not shown').to.be.greaterThan(0);
    expect(hint.textContent).to.contain('vuốt ngang');
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('aria-labelledby')).to.equal('caption');
    expect(scroller.getAttribute('aria-describedby')).to.equal('scroll-hint');
    expect(scroller.tabIndex).to.equal(0);
    await expect(el).to.be.accessible();

    // By keyboard: the region scrolls with the arrow keys, and the shade moves to the other edge at the end.
    scroller.focus();
    for (let i = 0; i < 40 && edge.classList.contains('more-end'); i++) await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => edge.classList.contains('more-start') && !edge.classList.contains('more-end'), 'the cue did not follow the scroll');
    expect(scroller.scrollLeft).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('draws the sort buttons’ focus ring whole at both edges of the region', async () => {
    const el = await fixture<RankingTable>(html`<ranking-table sub-scores .rows=${rows} .bands=${bands} .subIndices=${subIndices}></ranking-table>`);
    await el.updateComplete;
    await waitUntil(() => $(el, 'tbody tr.row'), 'the table did not render', { timeout: 8000 });
    const scroller = $(el, '[part="scroller"]')!;
    scroller.focus();
    await sendKeys({ press: 'Tab' });
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('thead .sort')];
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
    expect(ringInside(buttons[0]!, scroller), 'the first header’s ring is clipped').to.equal(true);
    for (let i = 1; i < buttons.length; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons.at(-1));
    await waitUntil(() => ringInside(buttons.at(-1)!, scroller), 'the last header’s ring is clipped');
  });
});
