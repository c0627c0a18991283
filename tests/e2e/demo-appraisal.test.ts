import assert from 'node:assert/strict';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { createClient } from '../../packages/sdk/dist/index.js';
import { illustrationPng, round1PersonalData } from '../../scripts/demo-seed.mjs';
import { formHelpers } from './form-helpers.js';
import { screenshots, useDemo } from './support.js';

const e2e = useDemo('thidua-e2e-appraisal-');

/** Where this file's screenshots go: one per step of the journey, looked at by a person. */
const shots = join(screenshots, 'thidua-demo-appraisal');

type Tokens = { proposer: { token: string }; appraiser: { token: string }; coordinator: { token: string } };
const tokens = () => e2e.demo as unknown as Tokens & { api: { url: string } };

/** The nominee the ward proposes here, and the personal data it gives (never to be published). */
const NOMINEE = 'Phạm Quang Đức (minh họa)';
const WARD_PERSONAL = ['1988-03-12', '12/03/1988', '0222 3822 456', 'hoa.demo@example.invalid', '0222 3800 000', 'demo@example.invalid'];
const RETURN_REASON = 'Biên bản họp Hội đồng Thi đua – Khen thưởng phường chưa có chữ ký của Chủ tịch Hội đồng; đề nghị bổ sung.';

async function shot(page: Page, step: string, fullPage = true) {
  const path = join(shots, `${step}.png`);
  if (!fullPage) return void (await page.screenshot({ path }));
  // The whole page, laid out in a viewport as tall as it is: rows painted only near the viewport
  // (the queue's content-visibility) are then all painted, as a reader scrolling would see them.
  const viewport = page.viewport()!;
  for (let i = 0; i < 2; i++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ ...viewport, height: Math.min(height, 15_000) });
  }
  await page.screenshot({ path });
  await page.setViewport(viewport);
}

/** Text of an element inside a shadow root, whitespace collapsed. */
const words = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Waits until `test` (run in the page, given `arg`) is true. */
const until = (page: Page, test: string, arg?: unknown) => page.waitForFunction(new Function('arg', `return (${test})`) as (arg: unknown) => boolean, { timeout: 20_000 }, arg);

/** Everything a public page shows: its HTML with every shadow root's. */
const everything = (page: Page) =>
  page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return parts.join('\n');
  });

/** Signs in on the "Thẩm định" page with a token, by keyboard (type, Enter). */
async function signInInternal(page: Page, token: string) {
  await page.type('#token', token);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#lam-viec:not([hidden])');
}

/** The review's status badge under its heading. */
const reviewStatus = (page: Page) =>
  page.evaluate(() => (document.querySelector('nomination-review')?.shadowRoot?.querySelector('[part="header"] [part="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim());
const waitReviewStatus = (page: Page, status: string) =>
  until(page, `(document.querySelector('nomination-review')?.shadowRoot?.querySelector('[part="header"] [part="status"]')?.textContent ?? '').replace(/\\s+/g, ' ').trim() === arg && !document.querySelector('nomination-review').shadowRoot.querySelector('[aria-busy="true"], [aria-disabled="true"]')`, status);
/** Clicks a control inside the review's shadow root. */
const reviewClick = (page: Page, selector: string) =>
  page.evaluate((s) => (document.querySelector('nomination-review')!.shadowRoot!.querySelector(s) as HTMLElement).click(), selector);
const dialogOpen = (page: Page) => until(page, `document.querySelector('nomination-review')?.shadowRoot?.querySelector('dialog')?.open === true`);
const submitDialog = (page: Page) => reviewClick(page, 'dialog button[type="submit"]');

describe('the issue-11 journey on the demo: a ward proposes, Sở KH&CN returns it, the ward resubmits, it is appraised, awarded, featured and published', () => {
  it('goes through every step in the browser, under the strict CSP, with a screenshot of each', async (t) => {
    await mkdir(shots, { recursive: true });
    const pages: Page[] = [];
    try {
      await journey(t, pages);
    } catch (error) {
      // What each page showed when a step failed.
      for (const [i, page] of pages.entries()) await shot(page, `failed-page-${i}`).catch(() => undefined);
      throw error;
    }
  });
});

async function journey(t: { diagnostic(message: string): void }, pages: Page[]) {
  {
    t.diagnostic(`screenshots in ${shots}`);
    const { proposer, appraiser, coordinator, api } = tokens();
    // Every console error of every page (Chromium reports a CSP violation there too), by page.
    const problems: { url: string; said: string[] }[] = [];
    // Several tabs are open (the ward, the department, its office, the public): each step brings its
    // own to the front first, as a person switching tabs would (a background tab paints no frame).
    const watch = async (url: string, width = 1280) => {
      const opened = await e2e.open(url, { width, nameHelper: true });
      problems.push({ url, said: opened.problems });
      pages.push(opened.page);
      return opened.page;
    };

    // 1. The ward submits a dossier in the trial round.
    const ward = await watch(`${e2e.demo.portalUrl}/de-nghi-khen-thuong.html`);
    // The ward's own masthead, from the demo's one page shell, with this page marked current.
    assert.equal(await ward.$eval('.masthead .site', (el) => el.textContent), 'UBND PHƯỜNG KINH BẮC');
    assert.equal(await ward.$eval('.masthead [aria-current="page"]', (el) => el.textContent), 'Đề nghị khen thưởng');
    // The page asks whose a token is (GET /v1/session), never by trying a read it may be refused:
    // an appraiser's token is told, in words, which page is its own.
    const asked: string[] = [];
    const record = (request: { url(): string }) => asked.push(new URL(request.url()).pathname + new URL(request.url()).search);
    ward.on('request', record);
    await ward.type('#token', appraiser.token);
    await ward.keyboard.press('Enter');
    await until(ward, `document.getElementById('token-error').textContent.includes('của cán bộ thẩm định, không dùng để lập hồ sơ đề nghị')`);
    assert.equal(await ward.$eval('#ho-so', (el) => (el as HTMLElement).hidden), true, 'an appraiser does not get the ward’s workspace');
    await shot(ward, '00-ward-sign-in-other-role');
    await ward.$eval('#token', (el) => ((el as HTMLInputElement).value = ''));
    await ward.type('#token', proposer.token);
    await ward.keyboard.press('Enter');
    await ward.waitForSelector('#list-view:not([hidden])');
    ward.off('request', record);
    const signInCalls = asked.filter((path) => path.startsWith('/v1/session') || path.startsWith('/v1/proposals?limit=1'));
    assert.deepEqual(signInCalls.slice(0, 2), ['/v1/session', '/v1/session'], asked.join('\n'));
    assert.ok(!asked.includes('/v1/proposals?limit=1'), asked.join('\n'));
    await Promise.all([ward.waitForNavigation({ waitUntil: 'networkidle0' }), ward.click('#new-proposal')]);
    await ward.waitForFunction(() => customElements.get('nomination-form') !== undefined);
    await ward.evaluate(formHelpers);
    const proposalId = (await ward.evaluate(() => (window as any).t.start())) as string;
    await ward.evaluate(() => (window as any).t.proposalSection());
    await ward.evaluate(() => (window as any).t.individual('Quang'));
    await ward.evaluate(() => (window as any).t.review());
    await ward.evaluate(() => (window as any).t.submit());
    const receipt = (await ward.evaluate(() => (window as any).t.text('[part="receipt"]'))) as string;
    const reference = /BN2026-BK-\d{4}/.exec(receipt)?.[0];
    assert.ok(reference, receipt);
    await shot(ward, '01-ward-submitted');

    // 2. Sở KH&CN's appraiser signs in, finds it in the queue and opens it by keyboard.
    const dept = await watch(`${e2e.demo.portalUrl}/tham-dinh.html`);
    assert.equal(await dept.$eval('.masthead .site', (el) => el.textContent), 'SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    await dept.type('#token', 'thd_not-a-token');
    await dept.keyboard.press('Enter');
    await dept.waitForSelector('#token-error:not([hidden])');
    await shot(dept, '02-internal-sign-in-refused');
    // The ward's own token is told, in words, that it is not for this page (the role from GET /v1/session).
    await dept.$eval('#token', (el) => ((el as HTMLInputElement).value = ''));
    await dept.type('#token', proposer.token);
    await dept.keyboard.press('Enter');
    await until(dept, `document.getElementById('token-error').textContent.includes('của đơn vị đề nghị khen thưởng, không dùng để thẩm định')`);
    assert.equal(await dept.$eval('#lam-viec', (el) => (el as HTMLElement).hidden), true, 'a proposer does not get the workspace');
    await dept.$eval('#token', (el) => ((el as HTMLInputElement).value = ''));
    await signInInternal(dept, appraiser.token);
    assert.equal(await dept.$eval('#who', (el) => el.textContent), 'chuyên viên thẩm định, Sở Khoa học và Công nghệ');
    assert.equal(await dept.$eval('#ket-qua', (el) => (el as HTMLElement).hidden), true, 'an appraiser is not shown the coordinator’s results');
    await until(dept, `[...(document.querySelector('nomination-queue')?.shadowRoot?.querySelectorAll('a[part="open"]') ?? [])].some((a) => a.textContent.includes(arg))`, reference);
    // The seeded round 1 is in the queue too, appraised.
    const queueText = words(await dept.evaluate(() => document.querySelector('nomination-queue')!.shadowRoot!.textContent));
    assert.match(queueText, /Khen thưởng đợt 1/);
    assert.match(queueText, /Đã thẩm định xong/);
    await dept.evaluate((ref) => {
      const link = [...document.querySelector('nomination-queue')!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="open"]')].find((a) => a.textContent!.includes(ref!))!;
      link.focus();
    }, reference);
    await shot(dept, '03-queue-focus-on-new-dossier', false);
    await Promise.all([dept.waitForNavigation({ waitUntil: 'networkidle0' }), dept.keyboard.press('Enter')]);
    assert.equal(new URL(dept.url()).searchParams.get('ho-so'), proposalId);
    await waitReviewStatus(dept, 'Đã nộp, chờ tiếp nhận');
    assert.equal(words(await dept.evaluate(() => document.querySelector('nomination-review')!.shadowRoot!.querySelector('h2')!.textContent)), `Hồ sơ ${reference}`);
    await shot(dept, '04-review-opened');

    // 3. Takes it into appraisal and returns it with a reason.
    await reviewClick(dept, '#action-startAppraisal');
    await waitReviewStatus(dept, 'Đang thẩm định');
    await reviewClick(dept, '#action-return');
    await dialogOpen(dept);
    await dept.evaluate(() => (document.querySelector('nomination-review')!.shadowRoot!.querySelector('#return-reason') as HTMLElement).focus());
    await dept.keyboard.type(RETURN_REASON);
    await shot(dept, '05-return-dialog', false);
    await submitDialog(dept);
    await waitReviewStatus(dept, 'Trả lại để hoàn thiện');
    await shot(dept, '06-returned');

    // 4. The ward sees the reason in its list, opens the returned dossier in the form (the list's link
    //    adds mode=edit), sees the return's panel, attaches the signed minutes — the part returned —
    //    and resubmits with "Gửi lại hồ sơ", by keyboard. (The list's own resubmit is nomination-list's tests'.)
    await ward.bringToFront();
    const wardClient = createClient({ baseUrl: api.url, token: proposer.token });
    await Promise.all([ward.waitForNavigation({ waitUntil: 'networkidle0' }), ward.goto(`${e2e.demo.portalUrl}/de-nghi-khen-thuong.html`)]);
    // A returned dossier's details are open at once: what to complete is the first thing the ward sees.
    await until(ward, `document.querySelector('nomination-list')?.shadowRoot?.querySelector('[aria-controls="dossier-' + arg + '"][aria-expanded="true"]')`, proposalId);
    await until(ward, `document.querySelector('nomination-list')?.shadowRoot?.querySelector('#dossier-' + arg + ' [part="reasons"]')`, proposalId);
    const reasons = words(await ward.evaluate((id) => document.querySelector('nomination-list')!.shadowRoot!.querySelector(`#dossier-${id} [part="reasons"]`)!.textContent, proposalId));
    assert.ok(reasons.includes(RETURN_REASON), reasons);
    const openHref = await ward.evaluate((id) => {
      const link = document.querySelector('nomination-list')!.shadowRoot!.querySelector<HTMLAnchorElement>(`a[part="open"][href*="ho-so=${id}"]`)!;
      link.focus();
      return link.getAttribute('href');
    }, proposalId);
    assert.equal(openHref, `/de-nghi-khen-thuong.html?ho-so=${proposalId}&mode=edit`);
    await shot(ward, '07-ward-sees-reason');
    await Promise.all([ward.waitForNavigation({ waitUntil: 'networkidle0' }), ward.keyboard.press('Enter')]);
    assert.equal(new URL(ward.url()).searchParams.get('mode'), 'edit');
    assert.match(await ward.title(), /^Sửa hồ sơ đề nghị khen thưởng/);
    await ward.waitForFunction(() => customElements.get('nomination-form') !== undefined);
    await ward.evaluate(formHelpers);
    await ward.evaluate(() => (window as any).t.until(() => (window as any).t.$('[part="returned"]'), 'the return panel'));
    const panel = words(await ward.evaluate(() => (window as any).t.text('[part="returned"]')));
    assert.ok(panel.startsWith('Hồ sơ được trả lại để hoàn thiện'), panel);
    assert.ok(panel.includes(RETURN_REASON), panel);
    assert.equal(await ward.evaluate(() => (window as any).t.$('#receipt-heading')), null, 'a returned dossier opens to correct, not as its receipt');
    await shot(ward, '08-ward-returned-panel');
    // Keyboard: the whole dossier was returned, so its own section (contact and shared files) opens.
    const pressOn = async (id: string) => {
      await ward.evaluate((i) => (window as any).t.byId(i).focus(), id);
      await ward.keyboard.press('Enter');
    };
    await pressOn('task-proposal');
    await ward.evaluate(() => (window as any).t.until(() => (window as any).t.byId('p-file-councilMinutes'), 'the dossier section'));
    await ward.evaluate(async () => {
      const t = (window as any).t;
      // Choosing a file is the operating system's dialog, out of the page's reach: the file is set as it would be.
      await t.until(() => !t.byId('p-file-councilMinutes').disabled, 'the file field enabled');
      const transfer = new DataTransfer();
      transfer.items.add(new File(['%PDF-1.7\n' + 'x'.repeat(200)], 'bien-ban-hoi-dong-co-chu-ky.pdf', { type: 'application/pdf' }));
      t.byId('p-file-councilMinutes').files = transfer.files;
      t.byId('p-file-councilMinutes').dispatchEvent(new Event('change', { bubbles: true }));
      await t.until(
        () => [...(t.byId('p-file-councilMinutes').closest('.file-field')?.querySelectorAll('.file-name') ?? [])].some((el: Element) => t.words(el).startsWith('bien-ban-hoi-dong-co-chu-ky.pdf')),
        'the signed minutes uploaded',
      );
    });
    await pressOn('section-save');
    await ward.evaluate(() => (window as any).t.until(() => (window as any).t.$('#tasks-heading'), 'the task list'));
    assert.equal(words(await ward.evaluate(() => (window as any).t.text('#task-review'))).startsWith('Kiểm tra và gửi lại hồ sơ'), true);
    await pressOn('task-review');
    await ward.evaluate(() => (window as any).t.until(() => (window as any).t.$('#submit-proposal'), 'check your answers'));
    assert.equal(words(await ward.evaluate(() => (window as any).t.text('#submit-proposal'))), 'Gửi lại hồ sơ');
    await pressOn('submit-proposal');
    await ward.evaluate(() => (window as any).t.until(() => (window as any).t.$('#receipt-heading'), 'the receipt'));
    assert.equal(words(await ward.evaluate(() => (window as any).t.text('#receipt-heading'))), 'Đã gửi lại hồ sơ');
    const resubmitted = (await wardClient.nominations.getProposal(proposalId)).proposal;
    assert.equal(resubmitted.status, 'resubmitted');
    assert.ok(JSON.stringify(resubmitted).includes('bien-ban-hoi-dong-co-chu-ky.pdf'), 'the signed minutes are in the dossier');
    await shot(ward, '09-ward-resubmitted');

    // 5. The appraiser takes it again, finds the nominee eligible and completes the appraisal.
    await dept.bringToFront();
    await dept.reload({ waitUntil: 'networkidle0' });
    await waitReviewStatus(dept, 'Đã nộp lại');
    await reviewClick(dept, '#action-startAppraisal');
    await waitReviewStatus(dept, 'Đang thẩm định');
    // The criteria checklist: each criterion met ("Đạt", the first choice), saved.
    await dept.evaluate(() => {
      for (const fieldset of document.querySelector('nomination-review')!.shadowRoot!.querySelectorAll('[part="checklist"] fieldset')) {
        (fieldset.querySelector('input[type="radio"]') as HTMLInputElement).click();
      }
    });
    await reviewClick(dept, '[part="save-checklist"]');
    await until(dept, `(document.querySelector('nomination-review').shadowRoot.querySelector('[part="notice"]')?.textContent ?? '').includes('Đã lưu kết quả kiểm tra tiêu chí')`);
    await reviewClick(dept, '[part~="action"].markEligible');
    await dialogOpen(dept);
    await submitDialog(dept);
    await until(dept, `[...document.querySelector('nomination-review').shadowRoot.querySelectorAll('[part~="nomination"] [part="status"]')].some((s) => s.textContent.includes('Đủ điều kiện'))`);
    await reviewClick(dept, '#action-completeAppraisal');
    await dialogOpen(dept);
    await shot(dept, '10-complete-dialog', false);
    await submitDialog(dept);
    await waitReviewStatus(dept, 'Đã thẩm định xong');
    await shot(dept, '11-appraised');
    assert.equal(await reviewStatus(dept), 'Đã thẩm định xong');

    // 6. The coordinator (the department's office) opens the appraised dossier, records the
    //    Chairman's decision and features the awardee as an exemplary model, in <nomination-review>.
    const officePage = await watch(`${e2e.demo.portalUrl}/tham-dinh.html`);
    await signInInternal(officePage, coordinator.token);
    assert.equal(await officePage.$eval('#who', (el) => el.textContent), 'Văn phòng Sở Khoa học và Công nghệ (cơ quan thường trực phong trào)');
    await until(officePage, `document.querySelector('nomination-queue')?.shadowRoot?.querySelector('a[part="open"][href*="' + arg + '"]')`, proposalId);
    await Promise.all([
      officePage.waitForNavigation({ waitUntil: 'networkidle0' }),
      officePage.evaluate((id) => (document.querySelector('nomination-queue')!.shadowRoot!.querySelector(`a[part="open"][href*="${id}"]`) as HTMLElement).click(), proposalId),
    ]);
    await waitReviewStatus(officePage, 'Đã thẩm định xong');
    await until(officePage, `document.querySelector('nomination-review')?.shadowRoot?.querySelector('#action-recordDecision')`);
    await reviewClick(officePage, '#action-recordDecision');
    await dialogOpen(officePage);
    const todayVn = new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
    for (const [id, text] of [
      ['decision-number', '3127/QĐ-UBND'],
      ['decision-date', todayVn],
      ['decision-signer', 'Nguyễn Văn Thành (minh họa)'],
      ['decision-title', 'KT. CHỦ TỊCH — PHÓ CHỦ TỊCH'],
    ] as const) {
      await officePage.evaluate((f) => (document.querySelector('nomination-review')!.shadowRoot!.getElementById(f) as HTMLElement).focus(), id);
      await officePage.keyboard.type(text);
    }
    await shot(officePage, '12-decision-dialog', false);
    await submitDialog(officePage);
    await until(officePage, `(document.querySelector('nomination-review').shadowRoot.querySelector('[part="notice"]')?.textContent ?? '').includes('Đã ghi nhận Quyết định số 3127/QĐ-UBND')`);
    await until(officePage, `[...document.querySelector('nomination-review').shadowRoot.querySelectorAll('[part~="nomination"] [part="status"]')].some((s) => s.textContent.includes('Đã được khen thưởng'))`);
    await shot(officePage, '13-decision-recorded');

    // Featured: the achievement's field, the story, a photo (a PNG drawn in code) and its description.
    await until(officePage, `document.querySelector('nomination-review')?.shadowRoot?.querySelector('[part~="action"].feature')`);
    await reviewClick(officePage, '[part~="action"].feature');
    await dialogOpen(officePage);
    const photo = Buffer.from(illustrationPng({ sky: [0x7a, 0xb8, 0xe6], ground: [0x4f, 0x8f, 0x3a], building: [0xc9, 0x4c, 0x3c], screen: [0x23, 0x3d, 0x7b] })).toString('base64');
    await officePage.evaluate((png) => {
      const root = document.querySelector('nomination-review')!.shadowRoot!;
      const select = root.getElementById('feature-category') as HTMLSelectElement;
      select.value = 'leadership';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const input = root.getElementById('feature-photo') as HTMLInputElement;
      const files = new DataTransfer();
      files.items.add(new File([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], 'tru-so-phuong.png', { type: 'image/png' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, photo);
    for (const [id, text] of [
      ['feature-narrative', 'Phó Chủ tịch UBND phường Phạm Quang Đức chỉ đạo số hoá toàn bộ hồ sơ thủ tục hành chính của phường Kinh Bắc; 98% hồ sơ được giải quyết trực tuyến toàn trình. (Câu chuyện minh họa — dữ liệu demo.)'],
      ['feature-alt', 'Hình minh họa (không phải ảnh chụp): trụ sở UBND phường mái đỏ, trước sân có màn hình tra cứu thủ tục.'],
    ] as const) {
      await officePage.evaluate((f) => (document.querySelector('nomination-review')!.shadowRoot!.getElementById(f) as HTMLElement).focus(), id);
      await officePage.keyboard.type(text);
    }
    await shot(officePage, '14-feature-dialog', false);
    await submitDialog(officePage);
    await until(officePage, `(document.querySelector('nomination-review').shadowRoot.querySelector('[part="notice"]')?.textContent ?? '').includes('làm điển hình tiên tiến')`);
    await until(officePage, `document.querySelector('nomination-review').shadowRoot.querySelector('[part="featured"]')`);
    await shot(officePage, '15-featured');

    // The office's own page: the trial round's proposed list with the decision, and the CSV
    // downloaded with the token in a header, not in an address.
    await Promise.all([officePage.waitForNavigation({ waitUntil: 'networkidle0' }), officePage.click('#to-queue')]);
    await officePage.waitForSelector('#ket-qua:not([hidden])');
    await officePage.select('#round', 'bn2026-demo');
    await until(officePage, `document.querySelector('[data-certificates]')?.textContent.includes('3127/QĐ-UBND')`);
    const downloads = join(shots, 'downloads');
    await mkdir(downloads, { recursive: true });
    const cdp = await officePage.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    const requested: string[] = [];
    officePage.on('request', (r) => requested.push(r.url()));
    // By keyboard: the button focused, Enter.
    await officePage.focus('[data-download="csv"]');
    await officePage.keyboard.press('Enter');
    await until(officePage, `document.getElementById('download-status').textContent.startsWith('Đã tải')`);
    let csv = '';
    for (let i = 0; i < 50 && !csv; i++) {
      const names = (await readdir(downloads)).filter((n) => n.endsWith('.csv'));
      if (names.length) csv = await readFile(join(downloads, names[0]!), 'utf8');
      else await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(csv.includes(NOMINEE), csv.slice(0, 500));
    assert.ok(requested.every((u) => !u.includes(coordinator.token)), 'no address carries the token');
    await shot(officePage, '16-coordinator-results');

    // 7. The public "Khen thưởng" page: the awardee on the list and as a featured model.
    const pub = await watch(`${e2e.demo.portalUrl}/khen-thuong.html`);
    await until(pub, `[...document.querySelectorAll('award-list')].some((l) => l.shadowRoot?.textContent.includes(arg))`, NOMINEE);
    await until(pub, `document.querySelector('featured-models')?.shadowRoot?.textContent.includes(arg)`, NOMINEE);
    const roundOne = words(await pub.$eval('award-list[round-id="bn2026-dot-1"]', (el) => el.shadowRoot!.textContent));
    assert.match(roundOne, /Nguyễn Hoàng Bảo Ngọc Trâm \(minh họa\)/);
    assert.match(roundOne, /2150\/QĐ-UBND/);
    assert.ok(!roundOne.includes(NOMINEE), 'round 1’s list is round 1’s');
    assert.ok(!roundOne.includes('Lê Văn Đức'), 'the rejected nominee is not published');
    const cards = await pub.$eval('featured-models', (el) => [...el.shadowRoot!.querySelectorAll('[part~="card"]')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));
    assert.equal(cards.length, 4);
    assert.ok(cards[0]!.includes(NOMINEE), cards[0]);
    const photos = await pub.$eval('featured-models', (el) => [...el.shadowRoot!.querySelectorAll('img[part~="photo"]')].map((i) => ({ alt: i.getAttribute('alt'), loaded: (i as HTMLImageElement).complete })));
    assert.equal(photos.length, 4);
    assert.ok(photos.every((p) => p.alt && p.alt.startsWith('Hình minh họa')), JSON.stringify(photos));
    await shot(pub, '17-public-1280');
    // Keyboard: Tab from the top reaches the first story link, its focus ring visible.
    await pub.evaluate(() => (document.querySelector('featured-models')!.shadowRoot!.querySelector('a[part~="link"]') as HTMLElement).focus());
    await shot(pub, '18-public-focus-first-story', false);

    // The public page and the public answers hold no personal data of any nominee or contact.
    const personal = round1PersonalData();
    const secrets = [...personal.datesOfBirth, ...personal.datesOfBirth.map((d: string) => d.split('-').reverse().join('/')), ...personal.phones, ...personal.emails, ...personal.internalComments, ...WARD_PERSONAL];
    const publicText = [
      await everything(pub),
      await (await fetch(`${api.url}/v1/campaigns/bn2026/awards`)).text(),
      await (await fetch(`${api.url}/v1/campaigns/bn2026/featured-models`)).text(),
      await (await fetch(`${api.url}/v1/campaigns/bn2026/awards?roundId=bn2026-dot-1`)).text(),
    ].join('\n');
    assert.deepEqual(secrets.filter((s) => publicText.includes(s)), []);

    // A phone's width: no sideways scrolling, the cards in one column.
    const phone = await watch(`${e2e.demo.portalUrl}/khen-thuong.html`, 360);
    await until(phone, `document.querySelector('featured-models')?.shadowRoot?.textContent.includes(arg)`, NOMINEE);
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scrolling at 360 px');
    await shot(phone, '19-public-360-top', false);
    await phone.evaluate(() => document.getElementById('h-dot-1')!.scrollIntoView());
    await shot(phone, '20-public-360-list', false);
    await shot(phone, '21-public-360-full');

    // The story behind "Đọc tiếp".
    const story = await phone.$eval('featured-models', (el) => (el.shadowRoot!.querySelector('a[part~="link"]') as HTMLAnchorElement).href);
    await phone.goto(story, { waitUntil: 'networkidle0' });
    await phone.waitForSelector('#cau-chuyen:not([hidden])');
    assert.equal(await phone.$eval('#h-cau-chuyen', (el) => el.textContent), NOMINEE);
    assert.match(await phone.$eval('#story-award', (el) => el.textContent ?? ''), /3127\/QĐ-UBND/);
    await shot(phone, '22-story-360');

    // Expected refusals only: an element asking before sign-in (401) and the wrong token (401). The
    // internal page learns the role from GET /v1/session, so no refused write shows in the console.
    const expected = (said: string) => /status of 401/.test(said);
    assert.deepEqual(problems.flatMap(({ url, said }) => said.filter((m) => !expected(m)).map((m) => `${url}: ${m}`)), []);
  }
}
