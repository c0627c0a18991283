// Its own file, so its own page: <thidua-provider> is defined only after the
// static card inside it has rendered (see late-definition.test.ts for the client).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../kpi-progress/kpi-progress.js';
import { text } from '../test-helpers.js';

describe('<thidua-provider> defined after a static card inside it', () => {
  it('tells the card of a later change of its language', async () => {
    const provider = await fixture(html`<thidua-provider><kpi-progress value="5" target="10" unit="count"></kpi-progress></thidua-provider>`);
    const el = provider.querySelector('kpi-progress')!;
    await el.updateComplete;
    expect(customElements.get('thidua-provider')).to.equal(undefined);
    expect(text(el, '[part="target"]')).to.equal('Mục tiêu: ≥ 10 (tối thiểu 10)');

    await import('./thidua-provider.js');
    await customElements.whenDefined('thidua-provider');
    // The card asked the provider for its language once the provider could answer: a change now reaches it.
    provider.setAttribute('lang', 'en');
    await waitUntil(() => text(el, '[part="target"]') === 'Target: ≥ 10 (at least 10)', 'the card stayed in Vietnamese');
  });
});
