// Its own file, so its own page: here <thidua-provider> is defined only after
// the elements inside it, as when a portal loads kpi-progress.js first and
// thidua-provider.js later.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../kpi-progress/kpi-progress.js';
import { countingClient } from '../test-helpers.js';

describe('<thidua-provider> defined after the elements inside it', () => {
  it('still gives them its client once its script runs', async () => {
    const { client, requests } = await countingClient();
    const provider = await fixture(html`<thidua-provider .client=${client}><kpi-progress indicator="bn2026-09"></kpi-progress></thidua-provider>`);
    const el = provider.querySelector('kpi-progress')!;
    expect(customElements.get('thidua-provider')).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    expect(requests).to.have.length(0);

    await import('./thidua-provider.js');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="value"]'), 'the element never got the client', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Hồ sơ thủ tục hành chính xử lý trực tuyến');
    expect(requests).to.have.length(1);
  });
});
