import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { apiUrl, text } from '../test-helpers.js';
// The card alone: its provider's script comes later (below), and its API part (kpi-progress-api)
// is loaded by the card itself. Each test file runs in a page of its own, so neither is here yet.
import './kpi-progress.js';
import type { KpiProgress } from './kpi-progress.js';

const apiPart = /\/kpi-progress\/kpi-progress-api\.ts/;
const loaded = (pattern: RegExp) => performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));

describe('<kpi-progress> live: the first read starts with the card, not after its API part', () => {
  it('asks the API while its API part is still on its way, inside a provider not yet defined or with api-base, and its first load takes those answers', async () => {
    const api = await apiUrl();
    const reads = () => performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(`${api}/v1/indicators`));
    await executeServerCommand('hold-module', { path: '/kpi-progress/kpi-progress-api.ts' });
    let inProvider: KpiProgress;
    let ownBase: KpiProgress;
    try {
      const page = fixtureSync<HTMLElement>(html`<div>
        <thidua-provider api-base=${api}><kpi-progress indicator="bn2026-09"></kpi-progress></thidua-provider>
        <kpi-progress indicator="bn2026-09" org-unit="phuong-kinh-bac" api-base=${api}></kpi-progress>
      </div>`);
      [inProvider, ownBase] = [...page.querySelectorAll<KpiProgress>('kpi-progress')] as [KpiProgress, KpiProgress];
      // Both answers are here (Resource Timing lists a fetch once it has ended) while the part that shows them is held back.
      await waitUntil(() => reads().length === 2, 'the two reads were answered while the API part was held', { timeout: 8000 });
      expect(loaded(apiPart)).to.equal(false);
      expect(customElements.get('thidua-provider')).to.equal(undefined);
      // The provider's script, then the API part: the cards show the answers already read.
      await import('../provider/thidua-provider.js');
    } finally {
      await executeServerCommand('release-modules');
    }
    await inProvider.updateComplete;
    await ownBase.updateComplete;
    expect(text(inProvider, '[part="eyebrow"]')).to.match(/Chỉ tiêu 9 · Tỉnh Bắc Ninh/);
    expect(text(ownBase, '[part="eyebrow"]')).to.match(/Chỉ tiêu 9 · Phường Kinh Bắc/);
    expect(reads().map((entry) => new URL(entry.name).search)).to.have.members(['', '?unit=phuong-kinh-bac']);
  });

  it('reads again on reload and for a changed unit: the early read serves the first load only', async () => {
    const api = await apiUrl();
    const reads = () => performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(`${api}/v1/indicators/bn2026-19`)).length;
    const card = fixtureSync<KpiProgress>(html`<kpi-progress indicator="bn2026-19" api-base=${api}></kpi-progress>`);
    await card.updateComplete;
    await waitUntil(() => reads() === 1);
    expect(text(card, '[part="eyebrow"]')).to.match(/Tỉnh Bắc Ninh/);
    await card.reload();
    await waitUntil(() => reads() === 2, 'reload asked the API again');
    card.orgUnit = 'phuong-kinh-bac';
    await card.updateComplete;
    await waitUntil(() => reads() === 3, 'a new unit asked the API again');
    await waitUntil(() => /Phường Kinh Bắc/.test(text(card, '[part="eyebrow"]') ?? ''));
  });
});
