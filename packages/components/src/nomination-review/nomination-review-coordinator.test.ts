import { expect, fixture, html, waitUntil as waitFor } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { FeaturedModelList } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import '../provider/thidua-provider.js';
import { appraiserToken, nominationsApi, person, proposerToken, submitted, team, tokenClient } from '../appraisal-test-helpers.js';
import { $, clean } from '../test-helpers.js';
import './nomination-review.js';
import type { AppraisalChangeDetail, FeaturedModelChangeDetail, NominationReview } from './nomination-review.js';

// Each step waits on a server answer and a lazy chunk; under a loaded CI machine (2 cores, other
// suites' servers running) one second is too short, so every wait here allows five unless it says.
const waitUntil: typeof waitFor = (predicate, message, options) => waitFor(predicate, message, { timeout: 5000, ...options });

// The coordinator's steps in <nomination-review>, against the real server of the test runner: a
// dossier appraised through the SDK by Sở KH&CN's appraiser, then the coordinator's token in the
// element records the Chairman's decision and features an awardee. A unit only this file proposes for.
const UNIT = 'xa-phat-tich';

const root = (el: NominationReview) => el.shadowRoot!;
const ready = (el: NominationReview) =>
  waitUntil(() => root(el).querySelector('[part~="header"], .error-box') && !root(el).querySelector('[aria-busy="true"]'), 'the dossier did not load', { timeout: 8000 });
const notice = (el: NominationReview) => clean($(el, '[part="notice"]')!.textContent);
const dialog = (el: NominationReview) => $(el, 'dialog') as HTMLDialogElement;
const active = (el: NominationReview) => root(el).activeElement as HTMLElement | null;
const settled = (el: NominationReview) =>
  waitUntil(() => !root(el).querySelector('[aria-disabled="true"]') && !root(el).querySelector('[aria-busy="true"]'), 'the write did not end', { timeout: 8000 });
const summary = (el: NominationReview) => [...root(el).querySelectorAll('[part="error-summary"] a')].map((a) => clean(a.textContent));
const submit = (el: NominationReview) => dialog(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
const section = (el: NominationReview, name: string) =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="nomination"]')].find((s) => clean(s.querySelector('h4')!.textContent) === name)!;
const statusOf = (el: NominationReview, name: string) => clean(section(el, name).querySelector('[part="status"]')!.textContent);
/** Tab forward until `target` has the focus (the keyboard's way through a dialog). */
async function tabTo(el: NominationReview, target: () => Element | null) {
  for (let i = 0; i < 30 && active(el) !== target(); i++) await sendKeys({ press: 'Tab' });
  expect(active(el)).to.equal(target());
}
/** Ctrl+A in a field: what is typed next replaces its text. */
async function selectAll() {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
}
/** Escape, and the dialog's close handled: the next dialog opens on a settled element. */
async function escape(el: NominationReview) {
  await sendKeys({ press: 'Escape' });
  await waitUntil(() => !dialog(el).open, 'Escape did not close the dialog');
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}
/** A unique decision number: the server's run is shared with the other files, and a number is recorded once. */
const decisionNumber = () => `${Math.floor(Math.random() * 90_000) + 10_000}/QĐ-UBND`;
/** Today as dd/mm/yyyy in Vietnam, the date the form takes. */
const today = () => new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });

async function inProvider(token: string, proposalId: string) {
  // The proxy in front of the server: it can drop the answer of one request.
  const { url } = await nominationsApi();
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = `<thidua-provider api-base="${url}" token="${token}"><nomination-review proposal-id="${proposalId}"></nomination-review></thidua-provider>`;
  const el = wrapper.querySelector('nomination-review')!;
  await ready(el);
  await el.updateComplete;
  return el;
}

/** A photo the server recognises: a real PNG drawn on a canvas. */
async function png(): Promise<File> {
  const canvas = new OffscreenCanvas(64, 48);
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#0b5cad';
  g.fillRect(0, 0, 64, 48);
  return new File([await canvas.convertToBlob({ type: 'image/png' })], 'mo-hinh.png', { type: 'image/png' });
}

/** The public list, past the browser's cache (it is public for a minute). */
async function featured(): Promise<FeaturedModelList> {
  const { direct } = await nominationsApi();
  return (await fetch(`${direct}/v1/campaigns/bn2026/featured-models`, { cache: 'no-store' })).json();
}

describe('<nomination-review> for the coordinator', () => {
  let coordinator: string;
  let coordinatorClient: ThiduaClient;
  let appraiser: ThiduaClient;
  let proposer: ThiduaClient;

  before(async () => {
    coordinator = await executeServerCommand<string, undefined>('coordinator-token');
    coordinatorClient = (await tokenClient(coordinator)).client;
    appraiser = (await tokenClient(await appraiserToken())).client;
    proposer = (await tokenClient(await proposerToken(UNIT))).client;
  });

  /** A dossier submitted, its nominees found eligible and the appraisal completed by the appraiser. */
  async function appraised(nominees: Parameters<typeof submitted>[2]) {
    const made = await submitted(proposer, UNIT, nominees);
    const id = made.proposal.id;
    let v = await appraiser.appraisals.get(id);
    v = await appraiser.appraisals.act(id, { type: 'startAppraisal' }, { etag: v.etag });
    for (const n of v.appraisal.nominations) v = await appraiser.appraisals.act(id, { type: 'markEligible', nominationId: n.id }, { etag: v.etag });
    v = await appraiser.appraisals.act(id, { type: 'completeAppraisal' }, { etag: v.etag });
    return v.appraisal;
  }

  it('records the decision by keyboard alone: refused fields summarised, a send whose answer was lost sent again and recorded once', async function () {
    this.timeout(60_000);
    const a = await appraised([person('Lê', 'Thị', 'Hoa', 'UBND xã Phật Tích'), team('Tổ Công nghệ số cộng đồng thôn Phật Tích')]);
    const el = await inProvider(coordinator, a.id);
    const changes: string[] = [];
    el.addEventListener('appraisal-change', (e) => changes.push((e as CustomEvent<AppraisalChangeDetail>).detail.change));
    const open = () => $(el, '#action-recordDecision')!;
    expect(clean(open().textContent)).to.equal('Ghi nhận quyết định khen thưởng');
    // The printable list is offered to the coordinator; no certificate before a decision.
    expect([...root(el).querySelectorAll('[part="print"]')].map((b) => clean(b.textContent))).to.deep.equal(['Tải danh sách đề nghị khen thưởng (bản in)']);
    await expect(el).to.be.accessible();

    // Enter opens it with the focus on the number; Escape closes it and the focus comes back.
    open().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open, 'the dialog did not open');
    expect(clean(dialog(el).querySelector('h3')!.textContent)).to.equal('Ghi nhận quyết định khen thưởng');
    expect(active(el)!.id).to.equal('decision-number');
    // Every eligible nominee is chosen by default.
    expect([...dialog(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((c) => c.checked)).to.deep.equal([true, true]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open, 'Escape did not close the dialog');
    await el.updateComplete;
    expect(active(el)).to.equal(open());

    // Sent empty: each required field named in a focused summary; nothing recorded.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open, 'the dialog did not open again');
    await tabTo(el, () => submit(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="error-summary"]'), 'no error summary');
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '[part="error-summary"]'));
    expect(summary(el)).to.deep.equal(['Nhập số quyết định.', 'Nhập ngày ký quyết định.', 'Nhập họ tên người ký quyết định.', 'Nhập chức vụ người ký quyết định.']);
    expect($(el, '#decision-number')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    // Through the summary's first link to the number, then field by field; a date after today is refused.
    const number = decisionNumber();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(active(el)!.id).to.equal('decision-number');
    await sendKeys({ type: number });
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.id).to.equal('decision-date');
    await sendKeys({ type: '01/01/2999' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Vương Quốc Tuấn' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.id).to.equal('decision-title');
    await sendKeys({ type: 'Chủ tịch UBND tỉnh' });
    await tabTo(el, () => submit(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => summary(el).length === 1, 'the future date was not refused');
    expect(summary(el)).to.deep.equal(['Ngày ký quyết định không được sau ngày hôm nay.']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(active(el)!.id).to.equal('decision-date');
    await selectAll();
    await sendKeys({ type: today() });

    // The answer to the first send is cut off after the server recorded it: the element says so and keeps its key.
    // (The proxy is shared by every file: what another file's drops left is read off first.)
    await executeServerCommand('dropped-answers');
    await executeServerCommand('drop-next-answer', { method: 'POST', path: '/decisions', cut: true });
    await tabTo(el, () => submit(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => summary(el)[0]?.startsWith('Chưa nhận được trả lời'), 'the lost answer was not said');
    await settled(el);
    expect((await executeServerCommand<string[], undefined>('dropped-answers')).filter((d) => d.includes('/decisions'))).to.have.length(1);
    expect(($(el, '#decision-number') as HTMLInputElement).value).to.equal(number);
    // Sent again: the same request (a new one would be refused, the number being taken), recorded once.
    await tabTo(el, () => submit(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => notice(el) === `Đã ghi nhận Quyết định số ${number}: 2 người được khen thưởng.`, 'the decision was not recorded');
    await settled(el);
    expect(dialog(el).open).to.equal(false);
    expect(statusOf(el, 'Lê Thị Hoa')).to.equal('Đã được khen thưởng');
    expect(clean(section(el, 'Lê Thị Hoa').querySelector('[part="award"]')!.textContent)).to.contain(`Số ${number} ngày ${today()}, Chủ tịch UBND tỉnh Vương Quốc Tuấn ký`);
    const list = await coordinatorClient.rounds.proposedList(a.round.id, { awardTypeId: a.awardType.id });
    const ours = list.items.filter((i) => i.proposal.id === a.id);
    expect(ours.map((i) => i.status)).to.deep.equal(['awarded', 'awarded']);
    expect(new Set(ours.map((i) => i.decision!.id)).size).to.equal(1);
    const decision = await coordinatorClient.decisions.get(ours[0]!.decision!.id);
    expect(decision.awards).to.have.length(2);
    expect(changes).to.deep.equal(['recordDecision']);
    // The decision's certificates are offered now; nothing more to decide.
    expect([...root(el).querySelectorAll('[part="print"]')].map((b) => clean(b.textContent))).to.deep.equal([
      `Tải bằng khen để in — Quyết định số ${number}`,
      'Tải danh sách đề nghị khen thưởng (bản in)',
    ]);
    expect($(el, '#action-recordDecision')).to.equal(null);
    await expect(el).to.be.accessible();

    // The certificates, fetched with the token and saved as an HTML file (no token in any address).
    const downloads: { fileId: string; name: string; size: number }[] = [];
    el.addEventListener('thidua-download', (e) => downloads.push((e as CustomEvent).detail));
    $(el, '[part="print"]')!.click();
    await waitUntil(() => downloads.length === 1, 'the certificates were not downloaded');
    expect(downloads[0]!.fileId).to.equal(`certificates-${decision.id}`);
    expect(downloads[0]!.name).to.match(/\.html$/);
    expect(downloads[0]!.size).to.be.greaterThan(500);
  });

  it('explains a decision number already used (409), keeping what was typed', async function () {
    this.timeout(30_000);
    const first = await appraised([team('Tổ Công nghệ số cộng đồng thôn Đông Phật Tích')]);
    const number = decisionNumber();
    await coordinatorClient.decisions.record(first.round.id, {
      decision: { number, signedOn: new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }), signer: { name: 'Vương Quốc Tuấn', title: 'Chủ tịch UBND tỉnh' } },
      awardTypeId: first.awardType.id,
      nominationIds: first.nominations.map((n) => n.id),
    });
    const a = await appraised([team('Tổ Công nghệ số cộng đồng thôn Tây Phật Tích')]);
    const el = await inProvider(coordinator, a.id);
    $(el, '#action-recordDecision')!.click();
    await waitUntil(() => dialog(el).open, 'the dialog did not open');
    for (const [id, text] of [
      ['decision-number', number],
      ['decision-date', today()],
      ['decision-signer', 'Vương Quốc Tuấn'],
      ['decision-title', 'Chủ tịch UBND tỉnh'],
    ] as const) {
      $(el, `#${id}`)!.focus();
      await sendKeys({ type: text });
    }
    submit(el).click();
    await waitUntil(() => summary(el).length === 1, 'the 409 was not explained');
    await settled(el);
    expect(summary(el)[0]).to.equal(`Số quyết định ${number} đã được ghi nhận cho một quyết định khác. Kiểm tra lại số quyết định; những gì đã nhập vẫn giữ nguyên.`);
    expect(($(el, '[part="error-summary"] a') as HTMLAnchorElement).getAttribute('href')).to.equal('#decision-number');
    expect(dialog(el).open).to.equal(true);
    expect(($(el, '#decision-number') as HTMLInputElement).value).to.equal(number);
    expect(($(el, '#decision-signer') as HTMLInputElement).value).to.equal('Vương Quốc Tuấn');
    expect(statusOf(el, 'Tổ Công nghệ số cộng đồng thôn Tây Phật Tích')).to.equal('Đủ điều kiện, trình Chủ tịch');
    await expect(el).to.be.accessible();
    // Another number: recorded.
    const field = $(el, '#decision-number') as HTMLInputElement;
    field.focus();
    await selectAll();
    const other = decisionNumber();
    await sendKeys({ type: other });
    submit(el).click();
    await waitUntil(() => notice(el).startsWith(`Đã ghi nhận Quyết định số ${other}`), 'not recorded under another number');
  });

  it('features an awardee with a photo whose description is required, edits and unfeatures it; the public list follows', async function () {
    this.timeout(60_000);
    const a = await appraised([person('Ngô', 'Thị', 'Duyên', 'UBND xã Phật Tích')]);
    await coordinatorClient.decisions.record(a.round.id, {
      decision: { number: decisionNumber(), signedOn: new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }), signer: { name: 'Vương Quốc Tuấn', title: 'Chủ tịch UBND tỉnh' } },
      awardTypeId: a.awardType.id,
      nominationIds: a.nominations.map((n) => n.id),
    });
    const el = await inProvider(coordinator, a.id);
    const changes: FeaturedModelChangeDetail[] = [];
    el.addEventListener('featured-model-change', (e) => changes.push((e as CustomEvent<FeaturedModelChangeDetail>).detail));
    const duyen = () => section(el, 'Ngô Thị Duyên');
    const feature = () => duyen().querySelector<HTMLButtonElement>('[part="action"].feature')!;
    expect(clean(feature().textContent)).to.equal('Chọn làm điển hình tiên tiến: Ngô Thị Duyên');
    feature().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open, 'the feature dialog did not open');
    expect(clean(dialog(el).querySelector('h3')!.textContent)).to.equal('Chọn Ngô Thị Duyên làm điển hình tiên tiến');
    expect(active(el)!.id).to.equal('feature-category');
    await expect(el).to.be.accessible();

    // Nothing filled: category and narrative named; then a photo without its description is refused before sending.
    submit(el).click();
    await waitUntil(() => summary(el).length === 2, 'no error summary');
    expect(summary(el)).to.deep.equal(['Chọn lĩnh vực thành tích.', 'Nhập câu chuyện điển hình.']);
    const select = $(el, '#feature-category') as HTMLSelectElement;
    select.value = 'skills-training';
    select.dispatchEvent(new Event('change'));
    $(el, '#feature-narrative')!.focus();
    await sendKeys({ type: 'Chị Duyên mở 24 lớp “Bình dân học vụ số” cho 1.100 người dân.' });
    await el.updateComplete;
    expect(clean($(el, '#feature-narrative-count')!.textContent)).to.equal('61/4000 ký tự');
    $(el, '#feature-story')!.focus();
    await sendKeys({ type: 'http://baobacninh.vn/dien-hinh' });
    const photo = $(el, '#feature-photo') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(await png());
    photo.files = files.files;
    photo.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '#feature-alt')!.getAttribute('aria-required')).to.equal('true');
    submit(el).click();
    await waitUntil(() => summary(el).length === 2 && summary(el)[1] === 'Nhập mô tả ảnh: ảnh cho thấy gì.', 'the missing description was not refused');
    expect(summary(el)[0]).to.equal('Đường dẫn phải là địa chỉ đầy đủ bắt đầu bằng https://');
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '[part="error-summary"]'));
    expect((await featured()).items.some((m) => m.awardee.name === 'Ngô Thị Duyên')).to.equal(false);
    await expect(el).to.be.accessible();

    const story = $(el, '#feature-story') as HTMLInputElement;
    story.focus();
    await selectAll();
    await sendKeys({ type: 'https://baobacninh.vn/dien-hinh-tien-tien' });
    $(el, '#feature-alt')!.focus();
    await sendKeys({ type: 'Chị Ngô Thị Duyên hướng dẫn người cao tuổi dùng điện thoại thông minh' });
    submit(el).click();
    await waitUntil(() => notice(el) === 'Đã chọn Ngô Thị Duyên làm điển hình tiên tiến.', 'not featured');
    await settled(el);
    expect(dialog(el).open).to.equal(false);
    const model = (await featured()).items.find((m) => m.awardee.name === 'Ngô Thị Duyên')!;
    expect(model.category.id).to.equal('skills-training');
    expect(model.storyUrl).to.equal('https://baobacninh.vn/dien-hinh-tien-tien');
    expect(model.photo).to.deep.include({ alt: 'Chị Ngô Thị Duyên hướng dẫn người cao tuổi dùng điện thoại thông minh', mediaType: 'image/png', width: 64, height: 48 });
    expect(changes.map((c) => c.model?.awardId)).to.deep.equal([model.awardId]);
    expect(clean(duyen().querySelector('[part="featured"]')!.textContent)).to.equal('Điển hình tiên tiến — Bồi dưỡng kiến thức, kỹ năng số');
    expect(clean(feature().textContent)).to.equal('Sửa thông tin điển hình: Ngô Thị Duyên');
    await expect(el).to.be.accessible();

    // Edit: the narrative changed with the version written (If-Match), the photo kept.
    feature().click();
    await waitUntil(() => dialog(el).open, 'the edit dialog did not open');
    expect(($(el, '#feature-alt') as HTMLInputElement).value).to.equal(model.photo!.alt);
    $(el, '#feature-narrative')!.focus();
    await sendKeys({ type: ' Năm 2026 thêm 300 người.' });
    submit(el).click();
    await waitUntil(() => notice(el) === 'Đã chọn Ngô Thị Duyên làm điển hình tiên tiến.' && !dialog(el).open, 'the edit was not saved');
    await settled(el);
    const edited = (await featured()).items.find((m) => m.awardId === model.awardId)!;
    expect(edited.narrative).to.match(/Năm 2026 thêm 300 người\.$/);
    expect(edited.photo!.alt).to.equal(model.photo!.alt);

    // Unfeature, after a confirmation (Escape keeps it).
    const unfeature = () => duyen().querySelector<HTMLButtonElement>('[part="action"].unfeature')!;
    expect(clean(unfeature().textContent)).to.equal('Bỏ chọn: Ngô Thị Duyên');
    unfeature().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open, 'the confirmation did not open');
    expect(clean(dialog(el).querySelector('h3')!.textContent)).to.equal('Bỏ chọn Ngô Thị Duyên khỏi điển hình tiên tiến?');
    expect(active(el)).to.equal(submit(el));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open, 'Escape did not close it');
    expect((await featured()).items.some((m) => m.awardId === model.awardId)).to.equal(true);
    unfeature().click();
    await waitUntil(() => dialog(el).open, 'the confirmation did not open again');
    submit(el).click();
    await waitUntil(() => notice(el) === 'Đã bỏ chọn Ngô Thị Duyên khỏi điển hình tiên tiến.', 'not unfeatured');
    await settled(el);
    expect((await featured()).items.some((m) => m.awardId === model.awardId)).to.equal(false);
    expect(duyen().querySelector('[part="featured"]')).to.equal(null);
    expect(clean(feature().textContent)).to.equal('Chọn làm điển hình tiên tiến: Ngô Thị Duyên');
    expect(changes.at(-1)).to.deep.equal({ awardId: model.awardId, model: null });
  });

  it('offers nothing of the coordinator’s to an appraiser', async () => {
    const a = await appraised([team('Tổ Công nghệ số cộng đồng thôn Bắc Phật Tích')]);
    const el = await inProvider(await appraiserToken(), a.id);
    expect($(el, '#action-recordDecision')).to.equal(null);
    expect($(el, '[part~="results"]')).to.equal(null);
  });

  it('fits a 360 px phone, its decision dialog too; keeps the award visible in forced-colors mode', async function () {
    this.timeout(30_000);
    const a = await appraised([person('Đỗ', 'Thị', 'Hằng', 'UBND xã Phật Tích'), team('Tổ Công nghệ số cộng đồng thôn Nam Phật Tích')]);
    await coordinatorClient.decisions.record(a.round.id, {
      decision: { number: decisionNumber(), signedOn: new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }), signer: { name: 'Vương Quốc Tuấn', title: 'Chủ tịch UBND tỉnh' } },
      awardTypeId: a.awardType.id,
      nominationIds: [a.nominations[0]!.id],
    });
    await setViewport({ width: 360, height: 800 });
    try {
      const el = await inProvider(coordinator, a.id);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      for (const control of root(el).querySelectorAll<HTMLElement>('[part~="results"] button, [part="award"] button')) {
        expect(control.getBoundingClientRect().right, control.textContent!).to.be.at.most(360);
        expect(control.getBoundingClientRect().height, control.textContent!).to.be.at.least(24);
      }
      $(el, '#action-recordDecision')!.click();
      await waitUntil(() => dialog(el).open, 'the dialog did not open');
      expect(dialog(el).getBoundingClientRect().width).to.be.at.most(360);
      for (const field of dialog(el).querySelectorAll('input')) expect(field.getBoundingClientRect().right).to.be.at.most(360);
      await expect(el).to.be.accessible();
      await escape(el);
      section(el, 'Đỗ Thị Hằng').querySelector<HTMLButtonElement>('[part="action"].feature')!.click();
      await waitUntil(() => dialog(el).open, 'the feature dialog did not open');
      expect(dialog(el).getBoundingClientRect().width).to.be.at.most(360);
      await expect(el).to.be.accessible();
      await escape(el);
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        const award = section(el, 'Đỗ Thị Hằng').querySelector<HTMLElement>('[part="award"]')!;
        expect(getComputedStyle(award).borderTopStyle).to.equal('solid');
        expect(getComputedStyle($(el, '#action-recordDecision')!).borderTopStyle).to.equal('solid');
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
