import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Proposal } from '@thidua/schemas';
import { createClient, type ThiduaClient } from '@thidua/sdk';
import './nomination-form.js';
import type { NominationForm } from './nomination-form.js';

/*
 * <nomination-form> opening a dossier returned for completion, in Chromium
 * against the real server of web-test-runner.config.mjs: the ward submits
 * through the SDK, Sở Khoa học và Công nghệ's appraiser (a token of the
 * config's `appraiser-token` command) takes it into appraisal and returns
 * one nominee with its reason; the ward corrects it in the form and resubmits.
 */

interface NominationsApi {
  url: string;
  direct: string;
  tokens: { ward: string };
}
let api: NominationsApi;
let ward: ThiduaClient;
let appraiser: ThiduaClient;

const root = (form: Element) => form.shadowRoot!;
const $ = (form: Element, selector: string) => root(form).querySelector<HTMLElement>(selector);
const words = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (form: Element) => root(form).activeElement as HTMLElement | null;
const until = (check: () => unknown, what: string, timeout = 8000) => waitUntil(check, what, { timeout, interval: 20 });
let unique = 0;
/** A name no other test uses: the server refuses a second submitted nomination of the same person. */
const fresh = (name: string) => `${name} ${Date.now().toString(36)}${++unique}`;
const pdf = (name: string) => new File([`%PDF-1.7\n${'x'.repeat(200)}`], name, { type: 'application/pdf' });

const OWN_REASON = 'Báo cáo thành tích chưa nêu số liệu năm 2026';
const TO_UNIT = 'Đề nghị bổ sung số liệu, gửi lại trước ngày 30.';
const INTERNAL = 'GHI CHÚ NỘI BỘ: đối chiếu với danh sách của Sở Nội vụ';

/** The ward's dossier of an individual and a team, submitted, then returned for the individual alone (with a message to the unit and an internal note). */
async function returnedDossier(family: string, team: string): Promise<Proposal> {
  const n = ward.nominations;
  let { proposal, etag } = await n.createProposal({ campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'phuong-kinh-bac' });
  ({ etag } = await n.updateProposal(proposal.id, { contact: { name: 'Trần Văn Bình', phone: '0222 3822 123', email: 'binh@kinhbac.gov.vn' } }, { etag }));
  const common = { summary: 'Thành tích.', achievements: [{ period: '2026', description: 'Thành tích.' }], priorAwards: [] };
  ({ proposal, etag } = await n.add(
    proposal.id,
    {
      nominee: { type: 'individual', familyName: family, givenName: 'Sơn', gender: 'male', dateOfBirth: '1980-01-02', position: 'Công chức', workplace: 'UBND phường Kinh Bắc' },
      achievementCategoryIds: ['leadership'],
      attestedCriterionIds: ['ca-nhan-chap-hanh', 'ca-nhan-khong-vi-pham', 'ca-nhan-thanh-tich'],
      ...common,
    },
    { etag },
  ));
  ({ proposal, etag } = await n.add(
    proposal.id,
    {
      nominee: { type: 'collective', name: team, kind: 'communityTeam', headcount: 7, women: 3 },
      achievementCategoryIds: ['community-teams'],
      attestedCriterionIds: ['tap-the-chap-hanh', 'tap-the-khong-vi-pham', 'to-cnscd-thanh-tich'],
      ...common,
    },
    { etag },
  ));
  const [person, collective] = proposal.nominations;
  await n.uploadEvidence(proposal.id, pdf('a.pdf'), { kind: 'submissionLetter' });
  await n.uploadEvidence(proposal.id, pdf('b.pdf'), { kind: 'councilMinutes' });
  await n.uploadEvidence(proposal.id, pdf('c.pdf'), { kind: 'achievementReport', nominationId: person!.id });
  ({ etag } = await n.uploadEvidence(proposal.id, pdf('d.pdf'), { kind: 'achievementReport', nominationId: collective!.id }));
  await n.submit(proposal.id, { etag });

  let a = await appraiser.appraisals.get(proposal.id);
  a = await appraiser.appraisals.act(proposal.id, { type: 'startAppraisal' }, { etag: a.etag });
  await appraiser.appraisals.comment(proposal.id, { text: TO_UNIT, audience: 'proposer' });
  await appraiser.appraisals.comment(proposal.id, { text: INTERNAL, audience: 'internal' });
  a = await appraiser.appraisals.get(proposal.id);
  await appraiser.appraisals.act(proposal.id, { type: 'return', nominations: [{ nominationId: person!.id, reason: OWN_REASON }] }, { etag: a.etag });
  return (await n.getProposal(proposal.id)).proposal;
}

async function openForm(proposal: string) {
  const form = await fixture<NominationForm>(html`<nomination-form proposal=${proposal} api-base=${api.url} token=${api.tokens.ward}></nomination-form>`);
  await until(() => $(form, '#tasks-heading') || $(form, '#receipt-heading') || $(form, '[role="alert"]'), 'the proposal did not load');
  return form;
}

describe('<nomination-form>: a dossier returned for completion', function () {
  this.timeout(120_000);

  before(async () => {
    api = await (await fetch('/__thidua_nominations.json')).json();
    ward = createClient({ baseUrl: api.direct, token: api.tokens.ward, retry: 0 });
    const token = await executeServerCommand<string, Record<string, never>>('appraiser-token', {});
    appraiser = createClient({ baseUrl: api.direct, token, retry: 0 });
  });

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('shows the reasons, lets only the returned nominee change, autosaves the correction and resubmits it by keyboard', async () => {
    const family = fresh('Lê');
    const team = fresh('Tổ Công nghệ số cộng đồng khu phố');
    const returned = await returnedDossier(family, team);
    expect(returned.status).to.equal('returned');
    const form = await openForm(returned.id);
    expect($(form, '#receipt-heading')).to.equal(null);

    // The return's reasons, labelled, and the appraisers' message to the unit; never the internal note.
    const panel = $(form, '[part="returned"]')!;
    expect(words(panel.querySelector('h3'))).to.equal('Hồ sơ được trả lại để hoàn thiện');
    expect(words(panel)).to.contain(OWN_REASON).and.contain(TO_UNIT);
    expect(words(form.shadowRoot)).not.to.contain(INTERNAL);
    await expect(form).to.be.accessible();

    // Only the returned nominee opens; the contact and the other nominee are listed as not returned; nothing to add or import.
    const tasks = [...root(form).querySelectorAll('#nominee-tasks li')];
    expect(tasks.map((li) => li.querySelector('a.task-link') !== null)).to.deep.equal([true, false]);
    expect(words(tasks[1])).to.contain('Không cần sửa');
    expect($(form, '#task-proposal')!.tagName).to.equal('SPAN');
    expect($(form, '#add-nominee')).to.equal(null);
    expect($(form, '#import-nominees')).to.equal(null);

    // The reason links to its nominee's section; no remove button there.
    const reasonLink = [...panel.querySelectorAll<HTMLAnchorElement>('a')].find((a) => words(a).includes(family))!;
    reasonLink.click();
    await until(() => $(form, 'h2.heading')?.id.endsWith('-heading') && $(form, '#section-save'), 'the nominee did not open');
    const k = $(form, 'h2.heading')!.id.replace(/-heading$/, '');
    expect(root(form).getElementById(`${k}-remove`)).to.equal(null);

    // A correction autosaves, and the server takes it.
    const corrected = 'Năm 2026: 100% hồ sơ thủ tục hành chính được số hoá; 12.400 hồ sơ trực tuyến toàn trình.';
    const summary = root(form).getElementById(`${k}-summary`) as HTMLTextAreaElement;
    summary.focus();
    summary.value = corrected;
    summary.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    summary.dispatchEvent(new FocusEvent('blur'));
    await until(() => /^Đã lưu lúc \d{2}:\d{2}$/.test(words($(form, '.save-said'))) && !$(form, '.save-note'), 'the correction was not saved');
    const afterSave = (await ward.nominations.getProposal(returned.id)).proposal;
    expect(afterSave.status).to.equal('returned');
    expect(afterSave.nominations.find((x) => x.id === returned.nominations[0]!.id)!.summary).to.equal(corrected);

    $(form, '#section-save')!.click();
    await until(() => $(form, '#tasks-heading'), 'the section did not close');
    $(form, '#task-review')!.click();
    await until(() => $(form, '#review-heading'), 'the review did not open');
    // Only the returned nominee's answers have a "Thay đổi" link.
    expect(root(form).querySelectorAll('.summary-actions a').length).to.be.greaterThan(0);
    expect([...root(form).querySelectorAll('.summary-actions a')].every((a) => !words(a).includes(team))).to.equal(true);
    const button = $(form, '#submit-proposal')!;
    expect(words(button)).to.equal('Gửi lại hồ sơ');
    // A note for the appraisers, typed, says what was corrected.
    const note = $(form, '#resubmit-note') as HTMLTextAreaElement;
    expect(words(root(form).querySelector('label[for="resubmit-note"]'))).to.equal('Ghi chú cho cơ quan thẩm định');
    expect(note.getAttribute('aria-describedby')).to.equal('resubmit-note-hint');
    expect(note.maxLength).to.equal(2000);
    note.focus();
    const NOTE = 'Đã bổ sung số liệu năm 2026 vào báo cáo thành tích';
    await sendKeys({ type: NOTE });
    await expect(form).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(form, '#receipt-heading') && active(form)?.id === 'receipt-heading', 'no receipt');
    expect(words($(form, '#receipt-heading'))).to.equal('Đã gửi lại hồ sơ');
    const after = (await ward.nominations.getProposal(returned.id)).proposal;
    expect(after.status).to.equal('resubmitted');
    expect(after.history.at(-1)!.note).to.equal(NOTE);
    const read = (await appraiser.appraisals.get(returned.id)).appraisal.history.at(-1)!;
    expect([read.action, read.note]).to.deep.equal(['resubmitted', NOTE]);
  });

  it('explains a change made elsewhere (412) while correcting, and keeps what was typed', async () => {
    const family = fresh('Đỗ');
    const returned = await returnedDossier(family, fresh('Tổ Công nghệ số cộng đồng thôn'));
    const form = await openForm(returned.id);
    const panel = $(form, '[part="returned"]')!;
    [...panel.querySelectorAll<HTMLAnchorElement>('a')].find((a) => words(a).includes(family))!.click();
    await until(() => $(form, '#section-save'), 'the nominee did not open');
    const k = $(form, 'h2.heading')!.id.replace(/-heading$/, '');
    // Another tab resubmits the dossier meanwhile.
    const { etag } = await ward.nominations.getProposal(returned.id);
    await ward.nominations.resubmit(returned.id, { etag });
    const typed = 'Bổ sung: 12.400 hồ sơ trực tuyến toàn trình năm 2026.';
    const summary = root(form).getElementById(`${k}-summary`) as HTMLTextAreaElement;
    summary.focus();
    summary.value = typed;
    summary.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    summary.dispatchEvent(new FocusEvent('blur'));
    await until(() => $(form, '[part="conflict"]'), 'the change made elsewhere was not explained');
    expect(words($(form, '[part="conflict"]'))).to.contain('Hồ sơ vừa được thay đổi ở nơi khác');
    expect((root(form).getElementById(`${k}-summary`) as HTMLTextAreaElement).value).to.equal(typed);
    expect((await ward.nominations.getProposal(returned.id)).proposal.status).to.equal('resubmitted');
    await expect(form).to.be.accessible();
    // Taking the latest version: it was resubmitted, so the receipt, with nothing left to edit.
    [...root(form).querySelectorAll<HTMLButtonElement>('[part="conflict"] button')].find((b) => words(b) === 'Dùng bản mới nhất')!.click();
    await until(() => $(form, '#receipt-heading'), 'the resubmitted dossier did not show its receipt');
    expect(words($(form, '#receipt-heading'))).to.equal('Đã gửi lại hồ sơ');
    expect(root(form).querySelector('input:not([type="hidden"]), textarea')).to.equal(null);
  });

  it('fits a 360 px screen with the reasons and the task list', async () => {
    await setViewport({ width: 360, height: 640 });
    const returned = await returnedDossier(fresh('Phạm'), fresh('Tổ Công nghệ số cộng đồng tổ dân phố'));
    const form = await openForm(returned.id);
    await until(() => $(form, '[part="returned"]'), 'no reasons');
    const wide = [...root(form).querySelectorAll<HTMLElement>('*')].filter((el) => el.getBoundingClientRect().right > 361).map((el) => el.className || el.tagName);
    expect(wide).to.deep.equal([]);
    expect(form.scrollWidth).to.be.at.most(360);
    await expect(form).to.be.accessible();
  });
});
