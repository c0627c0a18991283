import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { apiUrl, text } from '../test-helpers.js';
import { nearestLang } from '../shared/locale.js';
import { configFor } from '../shared/early-read.js';
import type { KpiProgress } from '../kpi-progress/kpi-progress.js';
import { createReader } from '@thidua/sdk/reader';

/*
 * The CDN's `thidua-provider.js` (cdn-entry.ts): the first reads of the page's live cards leave
 * before any card's code has arrived, and each card takes its read rather than asking again.
 * Neither the card nor the provider is defined in this page until the test loads them.
 */

const card = /\/kpi-progress\/kpi-progress\.ts/;
const loaded = (pattern: RegExp) => performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));

describe("the CDN's thidua-provider.js: the cards' reads before their code", () => {
  it('reads for each live card of the page while the card and the provider are not defined, once, and the cards show those answers', async () => {
    const api = await apiUrl();
    const reads = () => performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(`${api}/v1/indicators`));
    const page = fixtureSync<HTMLElement>(html`<div>
      <thidua-provider api-base=${api} lang="en">
        <kpi-progress indicator="bn2026-09"></kpi-progress>
        <kpi-progress indicator="bn2026-19"></kpi-progress>
        <kpi-progress label="Static" value="62" target="90"></kpi-progress>
        <kpi-progress indicator="bn2026-01"></kpi-progress>
      </thidua-provider>
      <kpi-progress indicator="bn2026-09" org-unit="phuong-kinh-bac" api-base=${api}></kpi-progress>
    </div>`);
    const [first, second, , ownClient, ownBase] = [...page.querySelectorAll<KpiProgress>('kpi-progress')];
    // A card the page gives a client of its own before the definition is not read for here.
    Object.assign(ownClient!, { client: createReader({ baseUrl: api }) });
    await executeServerCommand('hold-module', { path: '/kpi-progress/kpi-progress.ts' });
    try {
      await import('./cdn-entry.js');
      // Two requests, answered while the card's module is held back: the provider's two cards in
      // one batch, and the card with its own api-base and unit.
      await waitUntil(() => reads().length === 2, 'the early reads were answered while the card was held', { timeout: 8000 });
      expect(loaded(card)).to.equal(false);
      expect(customElements.get('kpi-progress')).to.equal(undefined);
      const asked = reads().map((entry) => decodeURIComponent(new URL(entry.name).pathname + new URL(entry.name).search)).sort();
      expect(asked).to.deep.equal(['/v1/indicators/bn2026-09?unit=phuong-kinh-bac', '/v1/indicators?ids=bn2026-09,bn2026-19']);
    } finally {
      await executeServerCommand('release-modules');
    }
    await import('../kpi-progress/kpi-progress.js');
    await customElements.whenDefined('thidua-provider');
    for (const c of [first!, second!, ownBase!, ownClient!]) {
      await waitUntil(() => text(c, '[part="eyebrow"]'), 'the card shows its figures', { timeout: 8000 });
    }
    expect(text(first!, '[part="eyebrow"]')).to.match(/^Indicator 9 · /);
    expect(text(second!, '[part="eyebrow"]')).to.match(/^Indicator 19 · /);
    expect(text(ownBase!, '[part="eyebrow"]')).to.match(/^Chỉ tiêu 9 · Phường Kinh Bắc/);
    // The cards took the early answers; only the card with the page's client read for itself.
    expect(reads().map((entry) => new URL(entry.name).pathname)).to.have.members(['/v1/indicators', '/v1/indicators/bn2026-09', '/v1/indicators/bn2026-01']);
  });
});

describe('the early read finds the language as the elements do', () => {
  it('answers what nearestLang answers for an element of the page, before the element is defined', () => {
    const page = fixtureSync<HTMLElement>(html`<div>
      <section lang="vi-VN"><i-card api-base="/a"></i-card></section>
      <section lang="EN-gb"><div><i-card api-base="/a"></i-card></div></section>
      <section lang="fr"><i-card api-base="/a"></i-card></section>
      <section lang="en"><i-card lang="vi" api-base="/a"></i-card></section>
      <section lang=""><i-card api-base="/a"></i-card></section>
      <i-card api-base="/a"></i-card>
    </div>`);
    for (const element of page.querySelectorAll<HTMLElement>('i-card')) {
      expect(configFor(element)?.locale).to.equal(nearestLang(element) ?? 'vi');
    }
  });
});
