import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { IndicatorDetail } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import type { KpiProgress } from '../kpi-progress/kpi-progress.js';
import '../kpi-progress/kpi-progress.js';
import './thidua-provider.js';
import type { ThiduaProvider } from './thidua-provider.js';

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<thidua-provider>', () => {
  let detail: IndicatorDetail;

  before(async () => {
    const { url } = await (await fetch('/__thidua_api.json')).json();
    detail = await (await fetch(`${url}/v1/indicators/bn2026-09`)).json();
  });

  it('takes no room of its own', async () => {
    const provider = await fixture<ThiduaProvider>(html`<thidua-provider></thidua-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('gives the page-made client to the elements inside, in preference to api-base', async () => {
    const asked: string[] = [];
    const client: ThiduaClient = {
      baseUrl: 'https://example.invalid',
      indicators: {
        get: async (id) => (asked.push(id), detail),
        list: () => Promise.reject(new Error('not used')),
      },
    };
    const provider = await fixture<ThiduaProvider>(html`<thidua-provider api-base="http://127.0.0.1:9" .client=${client}>
      <kpi-progress indicator="bn2026-09"></kpi-progress>
    </thidua-provider>`);
    const el = provider.querySelector('kpi-progress')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="value"]'), 'the element did not render the value');
    expect(asked).to.deep.equal(['bn2026-09']);
    expect(text(el, '[part="label"]')).to.equal('Hồ sơ thủ tục hành chính xử lý trực tuyến');
  });

  it('passes a change of language down to the elements inside', async () => {
    const client: ThiduaClient = {
      baseUrl: 'https://example.invalid',
      indicators: { get: async () => detail, list: () => Promise.reject(new Error('not used')) },
    };
    const provider = await fixture<ThiduaProvider>(html`<thidua-provider .client=${client}>
      <kpi-progress indicator="bn2026-09"></kpi-progress>
    </thidua-provider>`);
    const el = provider.querySelector<KpiProgress>('kpi-progress')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="label"]'), 'the element did not render');
    expect(text(el, '[part="label"]')).to.equal('Hồ sơ thủ tục hành chính xử lý trực tuyến');
    provider.setAttribute('lang', 'en');
    await waitUntil(() => text(el, '[part="label"]') === 'Procedure dossiers processed online', 'the title stayed in Vietnamese');
    expect(text(el, '[part~="status"]')).to.equal('Target not yet met');
  });
});
