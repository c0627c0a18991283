import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { screenshots, useDemo } from './support.js';

const e2e = useDemo('thidua-e2e-proposal-');

/**
 * Helpers defined in the page (as source text, so that tsx's function-name helper never reaches
 * it): they reach into <nomination-form>'s shadow root the way the component's own tests do,
 * typing as a script would (input, then leaving the field).
 */
const helpers = `
  window.t = (() => {
    const form = () => document.querySelector('nomination-form');
    const $ = (s) => form()?.shadowRoot?.querySelector(s) ?? null;
    const byId = (id) => form()?.shadowRoot?.getElementById(id) ?? null;
    const words = (el) => (el?.textContent ?? '').replace(/\\s+/g, ' ').trim();
    const until = async (test, what, ms = 20000) => {
      const end = Date.now() + ms;
      while (!test()) {
        if (Date.now() > end) throw new Error('timed out: ' + what);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const settle = () => form().updateComplete;
    const fill = async (id, value) => {
      const input = byId(id);
      if (!input) throw new Error('no field #' + id);
      input.focus();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new FocusEvent('blur'));
      await settle();
    };
    const click = async (id) => {
      const el = byId(id);
      if (!el) throw new Error('no control #' + id);
      el.click();
      await settle();
    };
    const pdf = (name) => new File(['%PDF-1.7\\n' + 'x'.repeat(200)], name, { type: 'application/pdf' });
    const attach = async (id, name) => {
      await until(() => byId(id) && !byId(id).disabled, id + ' enabled');
      const transfer = new DataTransfer();
      transfer.items.add(pdf(name));
      byId(id).files = transfer.files;
      byId(id).dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => [...(byId(id).closest('.file-field')?.querySelectorAll('.file-name') ?? [])].some((el) => words(el).startsWith(name)), name + ' uploaded');
    };
    const saved = () => until(() => /^Đã lưu lúc \\d{2}:\\d{2}$/.test(words($('.save-said'))) && !$('.save-note'), 'saved');
    const key = () => $('h2.heading').id.replace(/-heading$/, '');
    const saveSection = async () => {
      $('#section-save').click();
      await until(() => $('#tasks-heading') || $('#error-summary'), 'the section closed');
      if ($('#error-summary')) throw new Error('section refused: ' + words($('#error-summary')));
    };
    return {
      until, words, $, byId,
      text: (s) => words($(s)),
      async start() {
        await until(() => $('#start-heading'), 'the start page');
        (byId('start-award-bang-khen-chu-tich-ubnd-tinh') ?? byId('start-award')).click();
        await settle();
        $('#start-begin').click();
        await until(() => $('#tasks-heading'), 'the task list');
        return form().proposal;
      },
      async proposalSection() {
        await click('task-proposal');
        await fill('p-contact-name', 'Lê Thị Hoa (minh họa)');
        await fill('p-contact-position', 'Công chức Văn phòng - Thống kê');
        await fill('p-contact-phone', '0222 3822 456');
        await fill('p-contact-email', 'hoa.demo@example.invalid');
        await attach('p-file-submissionLetter', 'to-trinh-de-nghi.pdf');
        await attach('p-file-councilMinutes', 'bien-ban-hoi-dong-tdkt.pdf');
        await saved();
        await saveSection();
      },
      async individual(middle) {
        $('#add-nominee').click();
        await settle();
        const k = key();
        await click(k + '-type');
        await fill(k + '-familyName', 'Phạm');
        await fill(k + '-middleName', middle);
        await fill(k + '-givenName', 'Đức (minh họa)');
        await click(k + '-gender');
        await fill(k + '-dateOfBirth', '12/03/1988');
        await fill(k + '-position', 'Phó Chủ tịch UBND phường');
        await fill(k + '-workplace', 'UBND phường Kinh Bắc');
        await click(k + '-categories');
        await fill(k + '-summary', 'Chỉ đạo số hoá hồ sơ thủ tục hành chính của phường.');
        await fill(k + '-achievements-0-period', '2026');
        await fill(k + '-achievements-0-description', 'Phường đạt 98% hồ sơ trực tuyến toàn trình.');
        for (const c of ['ca-nhan-chap-hanh', 'ca-nhan-khong-vi-pham', 'ca-nhan-thanh-tich']) await click(k + '-criterion-' + c);
        await attach(k + '-file-achievementReport', 'bao-cao-thanh-tich-ca-nhan.pdf');
        await saveSection();
      },
      /** The team, halfway: its type, name and kind, then the officer leaves. */
      async teamStart(place) {
        $('#add-nominee').click();
        await settle();
        const k = key();
        await click(k + '-type-collective');
        await fill(k + '-name', 'Tổ Công nghệ số cộng đồng khu phố ' + place + ' (minh họa)');
        await click(k + '-kind-communityTeam');
        await fill(k + '-headcount', '7');
        await saved();
        return k;
      },
      async teamFinish() {
        const k = key();
        await fill(k + '-women', '3');
        await click(k + '-categories-community-teams');
        await fill(k + '-summary', 'Hướng dẫn 1.200 hộ dân cài đặt VNeID mức 2.');
        await fill(k + '-achievements-0-period', 'Quý III/2026');
        await fill(k + '-achievements-0-description', 'Tổ chức 24 buổi hướng dẫn dịch vụ công tại nhà văn hoá.');
        for (const c of ['tap-the-chap-hanh', 'tap-the-khong-vi-pham', 'to-cnscd-thanh-tich']) await click(k + '-criterion-' + c);
        await attach(k + '-file-achievementReport', 'bao-cao-thanh-tich-to.pdf');
        await saveSection();
        await saved();
      },
      async review() {
        await click('task-review');
        await until(() => $('#submit-proposal'), 'check your answers');
      },
      async submit() {
        $('#submit-proposal').click();
        await until(() => $('#receipt-heading'), 'the receipt');
      },
      openTaskNamed: async (name) => {
        const link = [...form().shadowRoot.querySelectorAll('a[id^="task-"], button[id^="task-"]')].find((a) => words(a).includes(name));
        if (!link) throw new Error('no task ' + name);
        link.click();
        await settle();
      },
    };
  })();
`;

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
