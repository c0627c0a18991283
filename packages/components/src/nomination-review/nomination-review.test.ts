import { expect, fixture, html, waitUntil as waitFor } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import type { ThiduaClient, VersionedProposal } from '@thidua/sdk';
import '../provider/thidua-provider.js';
import { appraiserToken, criteriaFor, nominationsApi, person, proposerToken, submitted, team, tokenClient } from '../appraisal-test-helpers.js';
import { $, cells, clean } from '../test-helpers.js';
import './nomination-review.js';
import type { AppraisalChangeDetail, NominationReview } from './nomination-review.js';

// Each step waits on a server answer and a lazy chunk; under a loaded CI machine (2 cores, other
// suites' servers running) one second is too short, so every wait here allows five unless it says.
const waitUntil: typeof waitFor = (predicate, message, options) => waitFor(predicate, message, { timeout: 5000, ...options });

// A unit only this file proposes for: the server is shared by every nomination test of the run.
const UNIT = 'xa-van-mon';

const root = (el: NominationReview) => el.shadowRoot!;
const ready = (el: NominationReview) =>
  waitUntil(() => root(el).querySelector('[part~="header"], .error-box') && !root(el).querySelector('[aria-busy="true"]'), 'the dossier did not load', { timeout: 8000 });
/** The dossier's status badge under its heading. */
const status = (el: NominationReview) => clean($(el, '[part="header"] [part="status"]')!.textContent);
const notice = (el: NominationReview) => clean($(el, '[part="notice"]')!.textContent);
const alertText = (el: NominationReview) => clean($(el, '[part="alert"]')!.textContent);
const dialog = (el: NominationReview) => $(el, 'dialog') as HTMLDialogElement;
const active = (el: NominationReview) => root(el).activeElement as HTMLElement | null;
/** Waits for a write to end (the button no longer says "Đang gửi…"). */
const settled = (el: NominationReview) => waitUntil(() => !root(el).querySelector('[aria-disabled="true"]') && !root(el).querySelector('[aria-busy="true"]'), 'the write did not end', { timeout: 8000 });
const typeInto = async (field: HTMLTextAreaElement, text: string) => {
  field.focus();
  await sendKeys({ type: text });
};
const versionOf = async (client: ThiduaClient, id: string) => (await client.appraisals.get(id)).etag;
const nominationSection = (el: NominationReview, name: string) =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="nomination"]')].find((s) => clean(s.querySelector('h4')!.textContent) === name)!;

async function inProvider(token: string, proposalId: string, attributes = '') {
  const { direct } = await nominationsApi();
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = `<thidua-provider api-base="${direct}" token="${token}"><nomination-review proposal-id="${proposalId}" ${attributes}></nomination-review></thidua-provider>`;
  const el = wrapper.querySelector('nomination-review')!;
  await ready(el);
  await el.updateComplete;
  return el;
}

describe('<nomination-review>', () => {
  let appraiser: string;
  let appraiserClient: ThiduaClient;
  let proposer: ThiduaClient;

  before(async () => {
    appraiser = await appraiserToken();
    appraiserClient = (await tokenClient(appraiser)).client;
    proposer = (await tokenClient(await proposerToken(UNIT))).client;
  });

  it('shows the dossier: status, deadline, the unit and its contact, each nominee with achievements, awards, criteria and files; the history as a timeline', async () => {
    const made = await submitted(proposer, UNIT, [person('Nguyễn', 'Thị', 'Mai', 'UBND xã Văn Môn'), team('Tổ Công nghệ số cộng đồng thôn Đông')]);
    const el = await inProvider(appraiser, made.proposal.id);
    expect(clean($(el, 'h2')!.textContent)).to.equal(`Hồ sơ ${made.proposal.reference}`);
    expect(status(el)).to.equal('Đã nộp, chờ tiếp nhận');
    expect(clean($(el, '[part="deadline"]')!.textContent)).to.match(/^Còn \d+ ngày làm việc$/);
    const facts = [...root(el).querySelectorAll('.facts > div')].map((d) => [clean(d.querySelector('dt')!.textContent), clean(d.querySelector('dd')!.textContent)]);
    expect(facts.map(([k]) => k)).to.deep.equal(['Trạng thái', 'Thời hạn thẩm định', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Đợt khen thưởng', 'Ngày hồ sơ đầy đủ']);
    expect(facts[2]![1]).to.equal('Xã Văn Môn');
    // The contact, personal data for the department's own page.
    const contact = clean(root(el).querySelector('[aria-labelledby="proposer-title"] .pairs')!.textContent);
    expect(contact).to.contain('Trần Văn Bình').and.contain('0222 3822 123').and.contain('binh@example.gov.vn');
    const mai = nominationSection(el, 'Nguyễn Thị Mai');
    const pairs = Object.fromEntries([...mai.querySelectorAll('.pairs > div')].map((d) => [clean(d.querySelector('dt')!.textContent), clean(d.querySelector('dd')!.textContent)]));
    expect(pairs).to.deep.equal({ 'Loại': 'Cá nhân', 'Chức vụ': 'Công chức Văn hóa - Xã hội', 'Nơi công tác': 'UBND xã Văn Môn', 'Giới tính': 'Nữ', 'Ngày sinh': '12/04/1986' });
    expect(cells(mai.querySelector('table.achievements tbody tr')!)).to.deep.equal(['2026', 'Hướng dẫn 1.200 hộ dân cài đặt VNeID mức 2.']);
    expect(clean(mai.textContent)).to.contain('Giấy khen của Chủ tịch UBND phường (2024), quyết định số 15/QĐ-UBND');
    const criteria = bacNinh2026.campaigns[0]!.nominations!.criteria;
    for (const id of criteriaFor('individual')) expect(clean(mai.textContent)).to.contain(criteria.find((c) => c.id === id)!.text.vi);
    expect([...mai.querySelectorAll('.files .file-kind')].map((f) => clean(f.textContent))).to.deep.equal(['Báo cáo thành tích']);
    // Before the appraisal starts: the action to take it, no decision yet, the checklist read only.
    expect([...root(el).querySelectorAll('[part~="actions"] [part="action"]')].map((b) => clean(b.textContent))).to.deep.equal(['Tiếp nhận thẩm định']);
    expect(mai.querySelector('[part="action"]')).to.equal(null);
    expect(mai.querySelector('[part="checklist"] fieldset')!.hasAttribute('disabled')).to.equal(true);
    // The history, newest first, with times.
    const steps = [...root(el).querySelectorAll('[part="history"] > li')];
    expect(root(el).querySelector('[part="history"]')!.tagName).to.equal('OL');
    expect(clean(steps[0]!.querySelector('strong')!.textContent)).to.equal('Nộp hồ sơ');
    expect(steps[0]!.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
    await expect(el).to.be.accessible();
  });

  it('downloads a document with the token, as a file', async () => {
    const made = await submitted(proposer, UNIT, [team('Tổ Công nghệ số cộng đồng thôn Tây')]);
    const { client, requests } = await tokenClient(appraiser);
    const el = await fixture<NominationReview>(html`<nomination-review proposal-id=${made.proposal.id} .client=${client}></nomination-review>`);
    await ready(el);
    const downloaded: { name: string; size: number }[] = [];
    el.addEventListener('thidua-download', (e) => downloaded.push((e as CustomEvent).detail));
    const button = $(el, '[part="download"]')!;
    expect(clean(button.textContent)).to.equal('Tải về To trinh.pdf');
    button.click();
    await waitUntil(() => downloaded.length === 1, 'the document was not downloaded');
    const file = made.proposal.files.find((f) => f.name === 'To trinh.pdf')!;
    expect(requests.some((r) => r.startsWith('GET ') && r.endsWith(`/files/${file.id}`))).to.equal(true);
    expect(downloaded[0]).to.deep.include({ name: 'To trinh.pdf', size: file.size });
  });

  it('takes a dossier through appraisal: start, return with a reason (keyboard only), the checklist, comments, eligible and rejected, complete', async function () {
    // A whole appraisal, some twenty writes and keystrokes each waited out.
    this.timeout(60_000);
    const made = await submitted(proposer, UNIT, [person('Trần', 'Thị', 'Lan', 'UBND xã Văn Môn'), person('Vũ', 'Văn', 'Nam', 'UBND xã Văn Môn')]);
    const id = made.proposal.id;
    const changes: string[] = [];
    const el = await inProvider(appraiser, id);
    el.addEventListener('appraisal-change', (e) => changes.push((e as CustomEvent<AppraisalChangeDetail>).detail.change));

    // Start: one press.
    $(el, '#action-startAppraisal')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === 'Đang thẩm định', 'the appraisal did not start');
    await settled(el);
    expect(notice(el)).to.equal('Đã tiếp nhận thẩm định hồ sơ.');

    // Return, by keyboard alone: the dialog opens on Enter with the focus inside; Escape closes it and the focus comes back.
    const returnButton = () => $(el, '#action-return')!;
    returnButton().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open, 'the dialog did not open');
    expect(active(el)!.id).to.equal('return-reason');
    expect(clean(dialog(el).querySelector('h3')!.textContent)).to.equal('Trả lại hồ sơ để hoàn thiện');
    // A modal in the middle of the window, as browsers place one.
    const box = dialog(el).getBoundingClientRect();
    expect(Math.abs(box.left - (innerWidth - box.right))).to.be.below(2);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open, 'Escape did not close the dialog');
    await el.updateComplete;
    expect(active(el)).to.equal(returnButton());

    // Sent without a reason: an error summary, focused, linking to the field.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open, 'the dialog did not open again');
    const submit = () => dialog(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
    while (active(el) !== submit()) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="error-summary"]'), 'no error summary');
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '[part="error-summary"]'));
    const link = $(el, '[part="error-summary"] a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('#return-reason');
    expect(clean(link.textContent)).to.equal('Nhập lý do chung, hoặc chọn người cần bổ sung và nêu lý do riêng.');
    expect($(el, '#return-reason')!.getAttribute('aria-invalid')).to.equal('true');
    expect(status(el)).to.equal('Đang thẩm định');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(link);
    await sendKeys({ press: 'Enter' });
    expect(active(el)!.id).to.equal('return-reason');
    await sendKeys({ type: 'Thiếu biên bản họp Hội đồng thi đua có chữ ký.' });
    while (active(el) !== submit()) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === 'Trả lại để hoàn thiện', 'the dossier was not returned');
    await settled(el);
    expect(dialog(el).open).to.equal(false);
    expect(notice(el)).to.equal('Đã trả lại hồ sơ để hoàn thiện.');
    expect(cells($(el, '[part="header"] .reason')!)).to.deep.equal(['Lý do trả lại hồ sơ', 'Thiếu biên bản họp Hội đồng thi đua có chữ ký.']);
    const returned = root(el).querySelector('[part="history"] > li')!;
    expect(clean(returned.textContent)).to.contain('Trả lại để hoàn thiện').and.contain('Lý do: Thiếu biên bản họp Hội đồng thi đua có chữ ký.');

    // The proposer resubmits; the appraiser takes it again.
    const p = await proposer.nominations.getProposal(id);
    await proposer.nominations.resubmit(id, { etag: p.etag });
    await el.reload();
    await ready(el);
    expect(status(el)).to.equal('Đã nộp lại');
    $(el, '#action-startAppraisal')!.click();
    await waitUntil(() => status(el) === 'Đang thẩm định', 'the appraisal did not start again');
    await settled(el);

    // The checklist: one criterion met with a note, saved with the version shown.
    const lan = () => nominationSection(el, 'Trần Thị Lan');
    const first = lan().querySelector('[part="checklist"] fieldset')!;
    expect(first.hasAttribute('disabled')).to.equal(false);
    expect([...first.querySelectorAll('.choice')].map((c) => clean(c.textContent))).to.deep.equal(['Đạt', 'Không đạt', 'Chưa xem xét']);
    first.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await typeInto(first.querySelector('textarea')!, 'Đã đối chiếu báo cáo thành tích.');
    await el.updateComplete;
    expect(clean(lan().querySelector('.unsaved')!.textContent)).to.equal('Có thay đổi chưa lưu.');
    lan().querySelector<HTMLButtonElement>('[part="save-checklist"]')!.click();
    await waitUntil(() => notice(el) === 'Đã lưu kết quả kiểm tra tiêu chí của Trần Thị Lan.', 'the checklist was not saved');
    await settled(el);
    expect(lan().querySelector('.unsaved')).to.equal(null);
    const checklist = (await appraiserClient.appraisals.get(id)).appraisal.checklists;
    expect(checklist.some((c) => c.criteria.some((x) => x.met === true && x.note === 'Đã đối chiếu báo cáo thành tích.'))).to.equal(true);

    // Comments: internal, then to the proposing unit, each labelled.
    const text = () => $(el, '#comment-text') as HTMLTextAreaElement;
    $(el, '#comment-send')!.click();
    await el.updateComplete;
    expect(clean($(el, '#comment-error')!.textContent)).to.equal('Nhập nội dung ý kiến.');
    expect(active(el)).to.equal(text());
    await typeInto(text(), 'Cần xác minh số hộ dân được hướng dẫn.');
    $(el, '#comment-send')!.click();
    await waitUntil(() => root(el).querySelectorAll('[part~="comment"]').length === 1, 'the comment was not added');
    await settled(el);
    root(el).querySelectorAll<HTMLInputElement>('input[name="comment-audience"]')[1]!.click();
    await typeInto(text(), 'Đề nghị bổ sung xác nhận của UBND xã.');
    $(el, '#comment-send')!.click();
    await waitUntil(() => root(el).querySelectorAll('[part~="comment"]').length === 2, 'the second comment was not added');
    await settled(el);
    expect([...root(el).querySelectorAll('[part="audience"]')].map((a) => clean(a.textContent))).to.deep.equal([
      'Nội bộ — chỉ cán bộ thẩm định xem',
      'Gửi đơn vị đề nghị',
    ]);
    // The proposing unit reads the one addressed to it, never the internal one.
    const messages = (await proposer.nominations.getProposal(id)).proposal.messages.map((m) => m.text);
    expect(messages).to.deep.equal(['Đề nghị bổ sung xác nhận của UBND xã.']);

    // Eligible: a dialog with an optional note.
    lan().querySelector<HTMLButtonElement>('[part="action"].markEligible')!.click();
    await waitUntil(() => dialog(el).open, 'the eligible dialog did not open');
    expect(clean(dialog(el).querySelector('h3')!.textContent)).to.equal('Kết luận Trần Thị Lan đủ điều kiện, trình Chủ tịch');
    await expect(el).to.be.accessible();
    submit().click();
    await waitUntil(() => clean(lan().querySelector('[part="status"]')!.textContent) === 'Đủ điều kiện, trình Chủ tịch', 'not marked eligible');
    await settled(el);

    // Not eligible needs its reason.
    const nam = () => nominationSection(el, 'Vũ Văn Nam');
    nam().querySelector<HTMLButtonElement>('[part="action"].reject')!.click();
    await waitUntil(() => dialog(el).open, 'the reject dialog did not open');
    expect($(el, '#reject-reason')!.getAttribute('aria-required')).to.equal('true');
    submit().click();
    await waitUntil(() => $(el, '[part="error-summary"]'), 'a rejection without a reason was not stopped');
    expect(clean($(el, '[part="error-summary"] a')!.textContent)).to.equal('Nhập lý do.');
    await expect(el).to.be.accessible();
    await typeInto($(el, '#reject-reason') as HTMLTextAreaElement, 'Chưa đủ 2 năm công tác tại địa phương.');
    submit().click();
    await waitUntil(() => clean(nam().querySelector('[part="status"]')!.textContent) === 'Không đủ điều kiện', 'not rejected');
    await settled(el);
    expect(cells(nam().querySelector('.reason')!)).to.deep.equal(['Lý do', 'Chưa đủ 2 năm công tác tại địa phương.']);

    // Complete: the findings counted, then final.
    $(el, '#action-completeAppraisal')!.click();
    await waitUntil(() => dialog(el).open, 'the complete dialog did not open');
    expect(clean(dialog(el).querySelector('p')!.textContent)).to.equal('1 người đủ điều kiện, 1 người không đủ điều kiện. Sau khi kết thúc, các kết luận không sửa được nữa.');
    await expect(el).to.be.accessible();
    submit().click();
    await waitUntil(() => status(el) === 'Đã thẩm định xong', 'the appraisal was not completed');
    await settled(el);
    expect(root(el).querySelectorAll('[part="action"]')).to.have.length(0);
    expect(clean($(el, '[part~="actions"]')!.textContent)).to.contain('Không có thao tác nào ở trạng thái hiện tại.');
    expect(changes).to.deep.equal(['startAppraisal', 'return', 'startAppraisal', 'checklist', 'comment', 'comment', 'markEligible', 'reject', 'completeAppraisal']);
    await expect(el).to.be.accessible();
  });

  it('when someone else changed the dossier (412), loads it again and says so, keeping what was typed', async function () {
    this.timeout(30_000);
    const made = await submitted(proposer, UNIT, [person('Hoàng', 'Thị', 'Thu', 'UBND xã Văn Môn'), team('Tổ Công nghệ số cộng đồng thôn Bắc')]);
    const id = made.proposal.id;
    await appraiserClient.appraisals.act(id, { type: 'startAppraisal' }, { etag: await versionOf(appraiserClient, id) });
    const el = await inProvider(appraiser, id);
    const thu = () => nominationSection(el, 'Hoàng Thị Thu');
    // A checklist change not yet saved, and a rejection typed in its dialog.
    const note = thu().querySelector<HTMLTextAreaElement>('[part="checklist"] textarea')!;
    await typeInto(note, 'Ghi chú chưa lưu.');
    thu().querySelector<HTMLButtonElement>('[part="action"].reject')!.click();
    await waitUntil(() => dialog(el).open, 'the dialog did not open');
    await typeInto($(el, '#reject-reason') as HTMLTextAreaElement, 'Thành tích chưa tiêu biểu.');

    // Meanwhile another appraiser finds the team eligible.
    const collective = (await appraiserClient.appraisals.get(id)).appraisal.nominations.find((n) => n.nominee.type === 'collective')!;
    await appraiserClient.appraisals.act(id, { type: 'markEligible', nominationId: collective.id }, { etag: await versionOf(appraiserClient, id) });

    dialog(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => alertText(el).startsWith('Hồ sơ vừa được người khác thay đổi'), 'the conflict was not said');
    await settled(el);
    // Reloaded: the other appraiser's finding is shown; what was typed is still there.
    expect(clean(nominationSection(el, 'Tổ Công nghệ số cộng đồng thôn Bắc').querySelector('[part="status"]')!.textContent)).to.equal('Đủ điều kiện, trình Chủ tịch');
    expect(dialog(el).open).to.equal(true);
    expect(($(el, '#reject-reason') as HTMLTextAreaElement).value).to.equal('Thành tích chưa tiêu biểu.');
    expect(thu().querySelector<HTMLTextAreaElement>('[part="checklist"] textarea')!.value).to.equal('Ghi chú chưa lưu.');
    expect($(el, '[part="alert"]')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    // Sent again, on the version now shown.
    dialog(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => clean(thu().querySelector('[part="status"]')!.textContent) === 'Không đủ điều kiện', 'not rejected on the second try');
    await settled(el);
    expect(alertText(el)).to.equal('');
  });

  it('shows the loading state, then says why loading failed', async () => {
    const { client: hanging } = await tokenClient(appraiser, { hang: true });
    const loading = await fixture<NominationReview>(html`<nomination-review proposal-id="00000000-0000-4000-8000-000000000000" .client=${hanging}></nomination-review>`);
    await loading.updateComplete;
    expect(clean($(loading, '[role="status"]')!.textContent)).to.equal('Đang tải hồ sơ…');
    await expect(loading).to.be.accessible();

    const missing = await inProvider(appraiser, '00000000-0000-4000-8000-000000000000');
    expect(clean($(missing, '.error-title')!.textContent)).to.equal('Không tải được hồ sơ');
    expect(clean($(missing, '[part="error"]')!.textContent)).to.equal('Không tìm thấy hồ sơ này trong số hồ sơ đơn vị được giao thẩm định.');
    await expect(missing).to.be.accessible();
  });

  it('speaks English', async () => {
    const made = await submitted(proposer, UNIT, [team('Tổ Công nghệ số cộng đồng thôn Nam')]);
    const el = await inProvider(appraiser, made.proposal.id, 'lang="en"');
    expect(clean($(el, 'h2')!.textContent)).to.equal(`Proposal ${made.proposal.reference}`);
    expect(status(el)).to.equal('Submitted, awaiting appraisal');
    expect(clean($(el, '#action-startAppraisal')!.textContent)).to.equal('Take into appraisal');
    await expect(el).to.be.accessible();
  });

  it('fits a 360 px phone without sideways scrolling, its dialog too', async () => {
    const made = await submitted(proposer, UNIT, [person('Đặng', 'Văn', 'Khoa', 'UBND xã Văn Môn')]);
    await appraiserClient.appraisals.act(made.proposal.id, { type: 'startAppraisal' }, { etag: await versionOf(appraiserClient, made.proposal.id) });
    await setViewport({ width: 360, height: 800 });
    try {
      const el = await inProvider(appraiser, made.proposal.id);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      for (const control of root(el).querySelectorAll<HTMLElement>('button, textarea, select')) {
        if (control.closest('dialog')) continue;
        expect(control.getBoundingClientRect().right, control.textContent!).to.be.at.most(360);
        expect(control.getBoundingClientRect().height, control.textContent!).to.be.at.least(24);
      }
      $(el, '#action-return')!.click();
      await waitUntil(() => dialog(el).open, 'the dialog did not open');
      expect(dialog(el).getBoundingClientRect().width).to.be.at.most(360);
      await expect(el).to.be.accessible();
      dialog(el).close();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('keeps badges, comments’ audiences and the timeline visible in forced-colors (high contrast) mode', async () => {
    const made: VersionedProposal = await submitted(proposer, UNIT, [team('Tổ Công nghệ số cộng đồng thôn Trung')]);
    await appraiserClient.appraisals.comment(made.proposal.id, { text: 'Ý kiến nội bộ.', audience: 'internal' });
    const el = await inProvider(appraiser, made.proposal.id);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      for (const selector of ['[part="header"] [part="status"]', '[part="deadline"]', '[part="audience"]']) {
        const badge = $(el, selector)!;
        expect(getComputedStyle(badge).borderTopStyle, selector).to.equal('solid');
        expect(getComputedStyle(badge.querySelector('svg')!).stroke, selector).to.equal(getComputedStyle(badge).color);
      }
      expect(getComputedStyle($(el, '#action-startAppraisal')!).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
