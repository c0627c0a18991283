import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { formHelpers as helpers } from './form-helpers.js';
import { screenshots, useDemo } from './support.js';

const e2e = useDemo('thidua-e2e-proposal-');

async function shot(page: Page, width: number, step: string) {
  await page.screenshot({ path: join(screenshots, `proposal-${width}-${step}.png`), fullPage: true });
}

async function waitForForm(page: Page) {
  await page.waitForFunction(() => customElements.get('nomination-form') !== undefined);
  await page.evaluate(helpers);
}

// Two runs on one demo: each proposes other nominees (the same one twice in a round is refused).
for (const run of [{ width: 1280, middle: 'Minh', place: 'Thanh Sơn' }, { width: 375, middle: 'Văn', place: 'Hòa Đình' }]) {
  const { width } = run;
  describe(`a ward officer's proposal on the demo's "Đề nghị khen thưởng" page, ${width} px wide`, () => {
    it('signs in with the printed token, starts a proposal, leaves halfway, comes back by the list to find it restored, finishes and submits — under the strict CSP', async () => {
      const token = (e2e.demo as unknown as { proposer: { token: string } }).proposer.token;
      const address = `${e2e.demo.portalUrl}/de-nghi-khen-thuong.html`;
      const { page, problems } = await e2e.open(address, { width });
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
      });
      // The token is nowhere in the page as served.
      assert.ok(!(await page.content()).includes(token));
      await shot(page, width, '01-sign-in');

      // A wrong token is refused with a message tied to the field.
      await page.type('#token', 'thd_not-a-token');
      await page.click('#sign-in-form button[type="submit"]');
      await page.waitForSelector('#token-error:not([hidden])');
      assert.match(await page.$eval('#token-error', (el) => el.textContent ?? ''), /không đúng/);
      await page.$eval('#token', (el) => ((el as HTMLInputElement).value = ''));
      await page.type('#token', token);
      await page.click('#sign-in-form button[type="submit"]');
      await page.waitForSelector('#list-view:not([hidden])');
      assert.equal(await page.evaluate(() => sessionStorage.getItem('thidua-demo-proposer-token')), token);
      // The seeded demo dossier is listed.
      await page.waitForFunction(() => (document.querySelector('nomination-list')?.shadowRoot?.textContent ?? '').includes('(minh họa)'));
      await shot(page, width, '02-list');

      await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#new-proposal')]);
      await waitForForm(page);
      await page.evaluate(() => (window as any).t.until(() => (window as any).t.$('#start-heading'), 'start'));
      await shot(page, width, '03-start');
      const id = (await page.evaluate(() => (window as any).t.start())) as string;
      assert.match(id, /^[0-9a-f-]{36}$/);
      // The draft's id is in the address, for a reload or coming back later.
      assert.equal(new URL(page.url()).searchParams.get('ho-so'), id);
      await shot(page, width, '04-task-list');
      await page.evaluate(() => (window as any).t.proposalSection());
      await page.evaluate((m: string) => (window as any).t.individual(m), run.middle);
      await shot(page, width, '05-individual-done');
      await page.evaluate((p: string) => (window as any).t.teamStart(p), run.place);
      await shot(page, width, '06-team-halfway');

      // Leave: back to the list, where the draft is, and come back through it.
      await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#form-view .back a')]);
      await page.waitForFunction((pid: string) => Boolean(document.querySelector('nomination-list')?.shadowRoot?.querySelector(`a[part="open"][href*="${pid}"]`)), {}, id);
      await shot(page, width, '07-list-with-draft');
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'networkidle0' }),
        page.evaluate((pid: string) => (document.querySelector('nomination-list')!.shadowRoot!.querySelector(`a[part="open"][href*="${pid}"]`) as HTMLElement).click(), id),
      ]);
      await waitForForm(page);
      await page.evaluate(() => (window as any).t.until(() => (window as any).t.$('#tasks-heading'), 'the restored task list'));
      const tasks = (await page.evaluate(() => (window as any).t.text('#tasks-heading') + ' | ' + (window as any).t.words((window as any).t.$('.base')))) as string;
      assert.ok(tasks.includes(`Phạm ${run.middle} Đức (minh họa)`), tasks);
      assert.ok(tasks.includes(`Tổ Công nghệ số cộng đồng khu phố ${run.place} (minh họa)`), tasks);
      await shot(page, width, '08-restored');
      await page.evaluate((p: string) => (window as any).t.openTaskNamed(p), run.place);
      const restoredHeadcount = await page.evaluate(() => {
        const t = (window as any).t;
        const k = t.$('h2.heading').id.replace(/-heading$/, '');
        return [t.byId(k + '-name').value, t.byId(k + '-headcount').value];
      });
      assert.deepEqual(restoredHeadcount, [`Tổ Công nghệ số cộng đồng khu phố ${run.place} (minh họa)`, '7']);
      await shot(page, width, '09-team-restored');
      await page.evaluate(() => (window as any).t.teamFinish());
      await shot(page, width, '10-finished');
      await page.evaluate(() => (window as any).t.review());
      await shot(page, width, '11-check-answers');
      await page.evaluate(() => (window as any).t.submit());
      const receipt = (await page.evaluate(() => (window as any).t.text('[part="receipt"]'))) as string;
      assert.match(receipt, /BN2026-BK-\d{4}/);
      await shot(page, width, '12-receipt');

      assert.deepEqual(violations, []);
      assert.deepEqual(problems.filter((p) => !/status of 401/.test(p)), []);
      await page.close();
    });
  });
}
