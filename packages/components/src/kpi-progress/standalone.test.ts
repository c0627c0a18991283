import { expect, fixture, html } from '@open-wc/testing';
import { text } from '../test-helpers.js';
// Only this entry: each test file runs in a page of its own.
import './kpi-progress.js';
import type { KpiProgress } from './kpi-progress.js';

/** The kit's modules the page has requested so far (the test runner serves each source file apart). */
const loaded = (pattern: RegExp) => performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));
const lazyChunks = /kpi-progress-(api|detail)|strings\/en\//;

describe('@thidua/components/kpi-progress on its own', () => {
  it('defines <kpi-progress> and no other element', () => {
    expect(customElements.get('kpi-progress')).to.be.a('function');
    expect(customElements.get('thidua-provider')).to.equal(undefined);
    expect(customElements.get('kpi-board')).to.equal(undefined);
  });

  it('paints a static Vietnamese compact card with no lazy chunk, and loads one only when asked', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Hồ sơ" value="100" target="100" unit="percent"></kpi-progress>`);
    expect(text(el, '[part~="status"]')).to.equal('Đã đạt');
    expect(el.shadowRoot!.querySelector('[role="progressbar"]')).to.exist;
    expect(loaded(lazyChunks)).to.equal(false);

    el.variant = 'detailed';
    await el.updateComplete;
    expect(loaded(/kpi-progress-detail/)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="detail"]')).to.exist;

    el.lang = 'en';
    await el.updateComplete;
    expect(loaded(/strings\/en\//)).to.equal(true);
    expect(text(el, '[part~="status"]')).to.equal('Achieved');
    expect(loaded(/kpi-progress-api/)).to.equal(false);
  });
});
