import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { KpiProgress } from '../kpi-progress/kpi-progress.js';
import '../kpi-progress/kpi-progress.js';
import { countingClient, text } from '../test-helpers.js';
import './thidua-provider.js';
import type { ThiduaProvider } from './thidua-provider.js';

describe('<thidua-provider>', () => {
  it('takes no room of its own', async () => {
    const provider = await fixture<ThiduaProvider>(html`<thidua-provider></thidua-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('gives the page-made client to the elements inside, in preference to api-base', async () => {
    const { client, requests } = await countingClient();
    const provider = await fixture<ThiduaProvider>(html`<thidua-provider api-base="http://127.0.0.1:9" .client=${client}>
      <kpi-progress indicator="bn2026-09"></kpi-progress>
    </thidua-provider>`);
    const el = provider.querySelector('kpi-progress')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="value"]'), 'the element did not render the value', { timeout: 8000 });
    expect(requests).to.have.length(1);
    expect(requests[0]).to.contain('/v1/indicators/bn2026-09');
    expect(text(el, '[part="label"]')).to.equal('Hồ sơ thủ tục hành chính xử lý trực tuyến');
  });

  it('passes a change of language down to the elements inside', async () => {
    const { client } = await countingClient();
    const provider = await fixture<ThiduaProvider>(html`<thidua-provider .client=${client}>
      <kpi-progress indicator="bn2026-09"></kpi-progress>
    </thidua-provider>`);
    const el = provider.querySelector<KpiProgress>('kpi-progress')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="label"]'), 'the element did not render', { timeout: 8000 });
    expect(text(el, '[part="label"]')).to.equal('Hồ sơ thủ tục hành chính xử lý trực tuyến');
    provider.setAttribute('lang', 'en');
    await waitUntil(() => text(el, '[part="label"]') === 'Procedure dossiers processed online', 'the title stayed in Vietnamese');
    expect(text(el, '[part="eyebrow"]')).to.equal('Indicator 9 · Bắc Ninh Province');
  });
});
