// Its own file, so its own page: here <thidua-provider> is defined only after
// the elements inside it, as when a portal loads kpi-progress.js first and
// thidua-provider.js later.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { IndicatorDetail } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import '../kpi-progress/kpi-progress.js';

describe('<thidua-provider> defined after the elements inside it', () => {
  it('still gives them its client once its script runs', async () => {
    const { url } = await (await fetch('/__thidua_api.json')).json();
    const detail: IndicatorDetail = await (await fetch(`${url}/v1/indicators/bn2026-09`)).json();
    const client: ThiduaClient = {
      baseUrl: url,
      indicators: { get: async () => detail, list: () => Promise.reject(new Error('not used')) },
    };
    const provider = await fixture(html`<thidua-provider .client=${client}><kpi-progress indicator="bn2026-09"></kpi-progress></thidua-provider>`);
    const el = provider.querySelector('kpi-progress')!;
    expect(customElements.get('thidua-provider')).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;

    await import('./thidua-provider.js');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="value"]'), 'the element never got the client');
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Hồ sơ thủ tục hành chính xử lý trực tuyến');
  });
});
