import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './nomination-form.js';
import type { NominationForm } from './nomination-form.js';

interface NominationsApi {
  url: string;
  direct: string;
  tokens: { ward: string; youth: string };
}
let api: NominationsApi;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('<nomination-form> smoke', () => {
  before(async () => {
    api = await (await fetch('/__thidua_nominations.json')).json();
  });
  it('starts', async () => {
    const form = await fixture<NominationForm>(html`<nomination-form campaign="bn2026" org-unit="phuong-kinh-bac" api-base=${api.url} token=${api.tokens.ward}></nomination-form>`);
    await waitUntil(() => $(form, '#start-heading') || $(form, '[role="alert"]'), 'no start', { timeout: 8000 });
    console.log(form.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 600));
    ($(form, 'button[type="submit"]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 3000));
    console.log('AFTER', form.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(-600));
    await waitUntil(() => $(form, '#tasks-heading'), 'no tasks', { timeout: 8000 });
    console.log(form.proposal, form.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 600));
    await expect(form).to.be.accessible();
  });
});
