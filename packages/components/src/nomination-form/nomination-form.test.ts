import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { NOMINEE_IMPORT_COLUMNS, type Proposal } from '@thidua/schemas';
import { applicableCriteria, nomineeGroup } from '@thidua/schemas/logic';
import { sampleIndividual, sampleTeam } from '@thidua/schemas/testing/nominees';
import { createClient, type ThiduaClient } from '@thidua/sdk';
import writeXlsxFile from 'write-excel-file/browser';
import '../provider/thidua-provider.js';
import './nomination-form.js';
import type { NominationForm, NominationFormLoad } from './nomination-form.js';

/*
 * <nomination-form> in Chromium against a real server (web-test-runner.config.mjs:
 * the seeded catalog with its final round open today, proposer tokens, and a
 * proxy that can drop an answer). Every nominee's name is unique to its test:
 * the server refuses a second submitted nomination of the same person.
 */

interface NominationsApi {
  url: string;
  direct: string;
  tokens: { ward: string; youth: string };
}
let api: NominationsApi;
let server: ThiduaClient;

const root = (form: Element) => form.shadowRoot!;
const $ = (form: Element, selector: string) => root(form).querySelector<HTMLElement>(selector);
const byId = <T extends HTMLElement = HTMLInputElement>(form: Element, id: string) => root(form).getElementById(id) as T | null;
const words = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (form: Element) => root(form).activeElement as HTMLElement | null;
let unique = 0;
/** A name no other test uses. */
const fresh = (name: string) => `${name} ${Date.now().toString(36)}${++unique}`;

const until = (check: () => unknown, what: string, timeout = 8000) => waitUntil(check, what, { timeout, interval: 20 });

async function newForm(extra = html``) {
  const form = await fixture<NominationForm>(
    html`<nomination-form campaign="bn2026" org-unit="phuong-kinh-bac" api-base=${api.url} token=${api.tokens.ward}>${extra}</nomination-form>`,
  );
  await until(() => $(form, '#start-heading'), 'the start page did not show');
  return form;
}

async function openForm(proposal: string) {
  const form = await fixture<NominationForm>(html`<nomination-form proposal=${proposal} api-base=${api.url} token=${api.tokens.ward}></nomination-form>`);
  await until(() => $(form, '#tasks-heading') || $(form, '#receipt-heading') || $(form, '[role="alert"]'), 'the proposal did not load');
  return form;
}

/** Starts a Bằng khen proposal from the start page (clicks). */
async function start(form: NominationForm) {
  byId(form, 'start-award-bang-khen-chu-tich-ubnd-tinh')?.click() ?? byId(form, 'start-award')!.click();
  await form.updateComplete;
  $(form, '#start-begin')!.click();
  await until(() => $(form, '#tasks-heading'), 'the task list did not show');
  return form.proposal;
}

/** Types a value as a script would (input then leaving the field): for the tests that are not about the keyboard. */
async function fill(form: NominationForm, id: string, value: string) {
  const input = byId(form, id);
  if (!input) throw new Error(`no field #${id}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new FocusEvent('blur'));
  await form.updateComplete;
}

async function check(form: NominationForm, id: string) {
  const input = byId(form, id);
  if (!input) throw new Error(`no control #${id}`);
  input.click();
  await form.updateComplete;
}

async function openTask(form: NominationForm, id: string) {
  byId(form, id)!.click();
  await form.updateComplete;
}

const pdf = (name: string, size = 200) => new File([`%PDF-1.7\n${'x'.repeat(size)}`], name, { type: 'application/pdf' });

/** Picks files in a file input, as its dialog would. */
async function attach(form: NominationForm, id: string, ...files: File[]) {
  const input = byId(form, id)!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The uploaded files listed under a file input. */
const listed = (form: NominationForm, id: string) =>
  [...(byId(form, id)?.closest('.file-field')?.querySelectorAll('.file-name') ?? [])].map((el) => words(el));

async function waitUploaded(form: NominationForm, id: string, name: string) {
  await until(() => listed(form, id).some((x) => x.startsWith(name)), `${name} was not uploaded`).catch((error: Error) => {
    throw new Error(`${error.message}: ${words(byId(form, id)?.closest('.file-field'))}`);
  });
}

/** Waits until the form has nothing left to save, and says so. */
async function saved(form: NominationForm) {
  await until(() => /^Đã lưu lúc \d{2}:\d{2}$/.test(words($(form, '.save-said'))) && !$(form, '.save-note'), 'the form did not save');
}

/** Fills the proposal's section: contact and the two required files. */
async function fillProposal(form: NominationForm) {
  await openTask(form, 'task-proposal');
  await fill(form, 'p-contact-name', 'Trần Văn Bình');
  await fill(form, 'p-contact-position', 'Chuyên viên Văn phòng');
  await fill(form, 'p-contact-phone', '0222 3822 123');
  await fill(form, 'p-contact-email', 'binh@kinhbac.gov.vn');
  await attach(form, 'p-file-submissionLetter', pdf('to-trinh.pdf'));
  await waitUploaded(form, 'p-file-submissionLetter', 'to-trinh.pdf');
  await attach(form, 'p-file-councilMinutes', pdf('bien-ban.pdf'));
  await waitUploaded(form, 'p-file-councilMinutes', 'bien-ban.pdf');
  await saved(form);
}

/** The key of the nominee section on screen. */
const nomineeKey = (form: NominationForm) => $(form, 'h2.heading')!.id.replace(/-heading$/, '');

/** The person `fillIndividual` types in, as the form stores her: no catalog unit for the workplace. */
function typedIndividual(family: string) {
  const { workplaceUnitId: _, ...typed } = sampleIndividual({ familyName: family });
  return typed;
}

async function fillIndividual(form: NominationForm, family: string) {
  const k = nomineeKey(form);
  const person = typedIndividual(family);
  await check(form, `${k}-type`);
  await fill(form, `${k}-familyName`, person.familyName);
  await fill(form, `${k}-middleName`, person.middleName!);
  await fill(form, `${k}-givenName`, person.givenName);
  await check(form, `${k}-gender`);
  await fill(form, `${k}-dateOfBirth`, person.dateOfBirth.split('-').reverse().join('/'));
  await fill(form, `${k}-position`, person.position);
  await fill(form, `${k}-workplace`, person.workplace);
  await check(form, `${k}-categories`);
  await fill(form, `${k}-summary`, 'Chỉ đạo số hoá 100% hồ sơ thủ tục hành chính của phường.');
  await fill(form, `${k}-achievements-0-period`, '2026');
  await fill(form, `${k}-achievements-0-description`, 'Phường dẫn đầu tỉnh về dịch vụ công trực tuyến toàn trình.');
  for (const id of ['ca-nhan-chap-hanh', 'ca-nhan-khong-vi-pham', 'ca-nhan-thanh-tich']) await check(form, `${k}-criterion-${id}`);
  await until(() => !byId(form, `${k}-file-achievementReport`)!.disabled, 'the nominee was not saved');
  await attach(form, `${k}-file-achievementReport`, pdf('bao-cao-ca-nhan.pdf'));
  await waitUploaded(form, `${k}-file-achievementReport`, 'bao-cao-ca-nhan.pdf');
  return k;
}

async function fillTeam(form: NominationForm, name: string) {
  const k = nomineeKey(form);
  const team = sampleTeam({ name });
  await check(form, `${k}-type-collective`);
  await fill(form, `${k}-name`, team.name);
  await check(form, `${k}-kind-${team.kind}`);
  await fill(form, `${k}-headcount`, String(team.headcount));
  await fill(form, `${k}-women`, String(team.women));
  await check(form, `${k}-categories-community-teams`);
  await fill(form, `${k}-summary`, 'Hướng dẫn 1.200 hộ dân cài đặt VNeID mức 2.');
  await fill(form, `${k}-achievements-0-period`, 'Quý III/2026');
  await fill(form, `${k}-achievements-0-description`, 'Tổ chức 24 buổi hướng dẫn dịch vụ công tại nhà văn hoá.');
  for (const id of ['tap-the-chap-hanh', 'tap-the-khong-vi-pham', 'to-cnscd-thanh-tich']) await check(form, `${k}-criterion-${id}`);
  await until(() => !byId(form, `${k}-file-achievementReport`)!.disabled, 'the team was not saved');
  await attach(form, `${k}-file-achievementReport`, pdf('bao-cao-to.pdf'));
  await waitUploaded(form, `${k}-file-achievementReport`, 'bao-cao-to.pdf');
  return k;
}

async function saveSection(form: NominationForm) {
  $(form, '#section-save')!.click();
  await until(() => $(form, '#tasks-heading') || $(form, '#error-summary'), 'the section did not close');
}

const taskStatus = (form: NominationForm, taskId: string) => words(byId(form, `${taskId}-status`));

/** A complete proposal of the ward with one individual, submitted through the SDK alone. */
async function submitDirectly(family: string): Promise<Proposal> {
  const n = server.nominations;
  let { proposal, etag } = await n.createProposal({ campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'phuong-kinh-bac' });
  ({ etag } = await n.updateProposal(proposal.id, { contact: { name: 'Trần Văn Bình', phone: '0222 3822 123', email: 'binh@kinhbac.gov.vn' } }, { etag }));
  ({ proposal, etag } = await n.add(
    proposal.id,
    {
      nominee: { type: 'individual', familyName: family, givenName: 'Sơn', gender: 'male', dateOfBirth: '1980-01-02', position: 'Công chức', workplace: 'UBND phường Kinh Bắc' },
      achievementCategoryIds: ['leadership'],
      summary: 'Thành tích.',
      achievements: [{ period: '2026', description: 'Thành tích.' }],
      priorAwards: [],
      attestedCriterionIds: ['ca-nhan-chap-hanh', 'ca-nhan-khong-vi-pham', 'ca-nhan-thanh-tich'],
    },
    { etag },
  ));
  const nominationId = proposal.nominations[0]!.id;
  await n.uploadEvidence(proposal.id, pdf('a.pdf'), { kind: 'submissionLetter' });
  await n.uploadEvidence(proposal.id, pdf('b.pdf'), { kind: 'councilMinutes' });
  ({ etag } = await n.uploadEvidence(proposal.id, pdf('c.pdf'), { kind: 'achievementReport', nominationId }));
  return (await n.submit(proposal.id, { etag })).proposal;
}

/** Another tab's change to the contact: read, then write on that version (again, should the form save in between). */
async function changeElsewhere(id: string, contact: NonNullable<Proposal['contact']>) {
  for (let attempt = 0; ; attempt++) {
    const { etag } = await server.nominations.getProposal(id);
    try {
      return await server.nominations.updateProposal(id, { contact }, { etag });
    } catch (error) {
      if ((error as { status?: number }).status !== 412 || attempt > 5) throw error;
    }
  }
}

type Cell = string | number | Date | null;

/** A filled-in import template: the header row as the template has it, then one row per nominee from named cells. */
async function nomineeList(rows: Record<string, string | number | Date>[]): Promise<File> {
  const cell = (v: Cell) => (v === null || v === '' ? null : v instanceof Date ? { value: v, type: Date, format: 'dd/mm/yyyy' } : typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String });
  const data = [
    NOMINEE_IMPORT_COLUMNS.map((c) => ({ value: c.header.vi, fontWeight: 'bold' as const })),
    ...rows.map((r) => NOMINEE_IMPORT_COLUMNS.map((c) => cell(r[c.key] ?? null))),
  ];
  const blob = await writeXlsxFile(data, { sheet: 'Danh sách', stickyRowsCount: 1 }).toBlob();
  return new File([blob], 'danh-sach-de-nghi.xlsx', { type: blob.type });
}

const GIVEN = ['Hà', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hương', 'Khánh', 'Lộc', 'Minh', 'Ngọc', 'Phúc', 'Quỳnh', 'Sơn', 'Thảo', 'Uyên', 'Việt', 'Xuân', 'Yến', 'Ánh', 'Đức', 'Hải', 'Lan', 'Nam', 'Tâm'];

/** A ward's 30 nominees: 24 people (dates of birth as date cells and as typed text) and 6 collectives, 2 of them technology teams. */
function thirtyNominees(family: string, place: string) {
  const rows: Record<string, string | number | Date>[] = [];
  for (let i = 0; i < 24; i++) {
    const born = new Date(Date.UTC(1970 + i, i % 12, 1 + i));
    rows.push({
      type: 'Cá nhân',
      familyName: family,
      middleName: 'Thị Thu',
      givenName: GIVEN[i]!,
      gender: i % 2 ? 'Nam' : 'Nữ',
      dateOfBirth: i % 2 ? born : `${String(born.getUTCDate()).padStart(2, '0')}/${String(born.getUTCMonth() + 1).padStart(2, '0')}/${born.getUTCFullYear()}`,
      position: 'Chuyên viên',
      workplace: 'UBND phường Kinh Bắc',
      categories: 'leadership',
      summary: `Hướng dẫn người dân sử dụng dịch vụ công trực tuyến (${i + 1}).`,
    });
  }
  for (let i = 0; i < 6; i++) {
    rows.push({
      type: 'Tập thể',
      collectiveName: i < 2 ? `Tổ Công nghệ số cộng đồng khu phố ${i + 1}, ${place}` : `Phòng ${['Văn hóa – Xã hội', 'Kinh tế', 'Nội vụ', 'Tư pháp'][i - 2]}, ${place}`,
      collectiveKind: i < 2 ? 'Tổ CNSCĐ' : 'Cơ quan',
      headcount: 5 + i,
      women: 2,
      categories: i < 2 ? 'community-teams' : 'leadership',
      summary: 'Hoàn thành xuất sắc nhiệm vụ chuyển đổi số năm 2026.',
    });
  }
  return rows;
}

async function stored(id: string): Promise<Proposal> {
  return (await server.nominations.getProposal(id)).proposal;
}

describe('<nomination-form>', function () {
  this.timeout(120_000);

  before(async () => {
    api = await (await fetch('/__thidua_nominations.json')).json();
    server = createClient({ baseUrl: api.direct, token: api.tokens.ward, retry: 0 });
  });

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('takes a proposal with an individual and a community technology team from the start page to the receipt, axe clean at every step', async () => {
    const form = await newForm();
    // The privacy notice (catalog text) comes before any personal data is asked for.
    expect(words($(form, '[part="privacy"]'))).to.contain('Nghị định 13/2023/NĐ-CP');
    await expect(form).to.be.accessible();

    const id = await start(form);
    expect(id).to.match(/^[0-9a-f-]{36}$/);
    expect(form.getAttribute('proposal')).to.equal(id);
    expect(words($(form, '[part="privacy"]'))).to.contain('Nghị định 13/2023/NĐ-CP');
    expect(taskStatus(form, 'task-proposal')).to.equal('Chưa bắt đầu');
    expect(taskStatus(form, 'task-review')).to.equal('Chưa thể bắt đầu');
    await expect(form).to.be.accessible();

    await fillProposal(form);
    await expect(form).to.be.accessible();
    await saveSection(form);
    expect(taskStatus(form, 'task-proposal')).to.equal('Đã hoàn thành');
    // Focus is back on the task the person came from.
    expect(active(form)?.id).to.equal('task-proposal');

    $(form, '#add-nominee')!.click();
    await form.updateComplete;
    const family = fresh('Nguyễn');
    const person = await fillIndividual(form, family);
    await expect(form).to.be.accessible();
    await saveSection(form);
    expect(taskStatus(form, `task-${person}`)).to.equal('Đã hoàn thành');
    expect(words(byId(form, `task-${person}`))).to.equal(`${family} Thị Thu Hà`);

    expect(words($(form, '#add-nominee'))).to.equal('Thêm đối tượng khác');
    $(form, '#add-nominee')!.click();
    await form.updateComplete;
    const teamName = fresh('Tổ Công nghệ số cộng đồng khu phố 3');
    const team = await fillTeam(form, teamName);
    await saveSection(form);
    expect(taskStatus(form, `task-${team}`)).to.equal('Đã hoàn thành');
    expect(words($(form, '.progress-count'))).to.equal('Đã hoàn thành 3/3 phần');
    await saved(form);

    // Check your answers: every answer with a "Thay đổi" link that opens its field.
    await openTask(form, 'task-review');
    expect(active(form)?.id).to.equal('review-heading');
    const review = words(form.shadowRoot!.querySelector('.base'));
    for (const answer of ['Phường Kinh Bắc', 'Trần Văn Bình', `${family} Thị Thu Hà`, '05/09/1985', teamName, 'Tổ công nghệ số cộng đồng', 'to-trinh.pdf', 'bao-cao-to.pdf'])
      expect(review).to.contain(answer);
    const changes = [...root(form).querySelectorAll<HTMLAnchorElement>('.summary-actions a')];
    expect(changes.length).to.be.greaterThan(10);
    expect(changes.every((a) => words(a).startsWith('Thay đổi '))).to.equal(true);
    await expect(form).to.be.accessible();
    const changeBirth = changes.find((a) => words(a) === 'Thay đổi Ngày sinh')!;
    changeBirth.click();
    await form.updateComplete;
    expect(active(form)?.id).to.equal(`${person}-dateOfBirth`);
    // Back through the task list to the review.
    $(form, '.back-link')!.click();
    await form.updateComplete;
    await openTask(form, 'task-review');

    const submitted = new Promise<CustomEvent>((resolve) => form.addEventListener('thidua-submit', (e) => resolve(e as CustomEvent), { once: true }));
    $(form, '#submit-proposal')!.click();
    await until(() => $(form, '#receipt-heading'), 'no receipt');
    const receipt = words($(form, '[part="receipt"]'));
    expect(receipt).to.match(/^Đã gửi hồ sơ Số hồ sơ BN2026-BK-\d{4} Gửi lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
    expect(active(form)?.id).to.equal('receipt-heading');
    const event = await submitted;
    expect(event.detail.proposal.reference).to.match(/^BN2026-BK-\d{4}$/);
    // The printable summary: what was sent, with each nominee's own reference, and no change links.
    const sent = words(root(form).querySelector('.base'));
    expect(sent).to.contain(`${event.detail.proposal.reference}-01`).and.to.contain(`${event.detail.proposal.reference}-02`);
    expect(root(form).querySelectorAll('.summary-actions')).to.have.length(0);
    expect(words($(form, '.no-print button'))).to.equal('In biên nhận');
    await expect(form).to.be.accessible();

    const proposal = await stored(id);
    expect(proposal.status).to.equal('submitted');
    expect(proposal.contact).to.deep.equal({ name: 'Trần Văn Bình', position: 'Chuyên viên Văn phòng', phone: '0222 3822 123', email: 'binh@kinhbac.gov.vn' });
    expect(proposal.files.map((f) => f.kind).sort()).to.deep.equal(['councilMinutes', 'submissionLetter']);
    expect(proposal.nominations.map((n) => n.nominee)).to.deep.equal([typedIndividual(family), sampleTeam({ name: teamName })]);
    expect(proposal.nominations.every((n) => n.files.length === 1 && n.files[0]!.kind === 'achievementReport')).to.equal(true);

    // Opened again, a submitted proposal is its receipt.
    const again = await openForm(id);
    expect(words($(again, '[part="receipt"]'))).to.contain(proposal.reference!);
  });

  it('shows errors when a field is left or the section is submitted, never while typing, in a summary that takes focus and links to each field in the same words', async () => {
    const form = await newForm();
    await start(form);
    $(form, '#add-nominee')!.click();
    await form.updateComplete;
    const k = nomineeKey(form);
    await check(form, `${k}-type`);

    // Typing a wrong date says nothing while typing…
    const date = byId(form, `${k}-dateOfBirth`)!;
    date.focus();
    await sendKeys({ type: '31/02/19' });
    await form.updateComplete;
    expect(byId(form, `${k}-dateOfBirth-error`)).to.equal(null);
    expect(date.getAttribute('aria-invalid')).to.equal('false');
    // …and once the field is left, says it, tied to the field.
    await sendKeys({ press: 'Tab' });
    await form.updateComplete;
    const inline = byId(form, `${k}-dateOfBirth-error`)!;
    expect(words(inline)).to.equal('Lỗi: Ngày sinh: Ngày phải viết dạng dd/mm/yyyy, ví dụ 05/09/1985');
    expect(date.getAttribute('aria-describedby')).to.equal(`${k}-dateOfBirth-hint ${k}-dateOfBirth-error`);
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    // Correcting it while typing leaves the message until the field is left again.
    date.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '85' });
    await form.updateComplete;
    expect(byId(form, `${k}-dateOfBirth-error`)).to.exist;
    await sendKeys({ press: 'Tab' });
    await form.updateComplete;
    // 31/02 is no day.
    expect(words(byId(form, `${k}-dateOfBirth-error`))).to.equal('Lỗi: Ngày sinh: Ngày này không có trên lịch');
    await fill(form, `${k}-dateOfBirth`, '28/02/1985');
    expect(byId(form, `${k}-dateOfBirth-error`)).to.equal(null);

    await fill(form, `${k}-workplace`, 'x'.repeat(301));
    // Submitting the section: the summary takes focus and lists every problem, linked.
    await saveSection(form);
    const summary = $(form, '#error-summary')!;
    expect(active(form)).to.equal(summary);
    expect(words(summary.querySelector('h2'))).to.equal('Có vấn đề cần sửa');
    const links = [...summary.querySelectorAll<HTMLAnchorElement>('a')];
    const expected = [
      [`${k}-familyName`, 'Họ: Chưa nhập'],
      [`${k}-givenName`, 'Tên: Chưa nhập'],
      [`${k}-gender`, 'Giới tính: Chưa chọn'],
      [`${k}-position`, 'Chức vụ: Chưa nhập'],
      [`${k}-workplace`, 'Đơn vị công tác: Dài quá 300 ký tự'],
      [`${k}-categories`, 'Chọn ít nhất một lĩnh vực thành tích'],
      [`${k}-summary`, 'Chưa có tóm tắt thành tích'],
    ];
    for (const [id, text] of expected) {
      const link = links.find((a) => a.getAttribute('href') === `#${id}`);
      expect(link, id).to.exist;
      expect(words(link)).to.equal(text);
      // The same words inline, after the hidden "Lỗi:".
      expect(words(byId(form, `${id}-error`))).to.equal(`Lỗi: ${text}`);
    }
    expect(links.some((a) => words(a).startsWith('Chưa xác nhận tiêu chuẩn:'))).to.equal(true);
    // In the order of the fields on the page.
    const order = links.map((a) => a.getAttribute('href')!.slice(1));
    const onPage = [...root(form).querySelectorAll('[id]')].map((el) => el.id);
    expect(order.map((id) => onPage.indexOf(id))).to.deep.equal(order.map((id) => onPage.indexOf(id)).sort((a, b) => a - b));
    expect(links.some((a) => words(a) === 'Chưa có báo cáo thành tích')).to.equal(true);
    await expect(form).to.be.accessible();
    // A link moves focus to its field.
    links.find((a) => a.getAttribute('href') === `#${k}-gender`)!.click();
    expect(active(form)?.id).to.equal(`${k}-gender`);
    // Fixing a field and leaving it takes it out of the summary.
    await fill(form, `${k}-familyName`, 'Lê');
    expect([...$(form, '#error-summary')!.querySelectorAll('a')].some((a) => a.getAttribute('href') === `#${k}-familyName`)).to.equal(false);
    expect(byId(form, `${k}-familyName-error`)).to.equal(null);
  });

  it('speaks English from the schema’s English messages when the page is English', async () => {
    const form = await fixture<NominationForm>(
      html`<nomination-form lang="en" campaign="bn2026" org-unit="phuong-kinh-bac" api-base=${api.url} token=${api.tokens.ward}></nomination-form>`,
    );
    await until(() => $(form, '#start-heading'), 'no start page');
    expect(words($(form, '#start-heading'))).to.equal('Start a dossier');
    await start(form);
    await openTask(form, 'task-proposal');
    await fill(form, 'p-contact-email', 'not-an-address');
    expect(words(byId(form, 'p-contact-email-error'))).to.equal('Error: E-mail address: Enter an e-mail address like name@unit.gov.vn');
    await saveSection(form);
    expect(words($(form, '#error-summary h2'))).to.equal('There is a problem');
    expect(words($(form, '#error-summary'))).to.contain('Full name: Not filled in').and.to.contain('The submission letter is missing');
    await expect(form).to.be.accessible();
  });

  it('says in thidua-load what it opened — rounds, award types, unit, whether a stored proposal was restored — and nothing of its own state', async () => {
    const heard: CustomEvent<NominationFormLoad>[] = [];
    const listen = (e: Event) => heard.push(e as CustomEvent<NominationFormLoad>);
    const form = await fixture<NominationForm>(
      html`<nomination-form campaign="bn2026" org-unit="phuong-kinh-bac" api-base=${api.url} token=${api.tokens.ward} @thidua-load=${listen}></nomination-form>`,
    );
    await until(() => $(form, '#start-heading'), 'the start page did not show');
    expect(heard).to.have.length(1);
    const started = heard[0]!.detail;
    expect(Object.keys(started).sort()).to.deep.equal(['awardTypes', 'campaignId', 'proposal', 'restored', 'rounds', 'unit']);
    expect(started).to.include({ campaignId: 'bn2026', restored: false, proposal: null });
    expect(started.unit.id).to.equal('phuong-kinh-bac');
    expect(started.awardTypes.map((a) => a.id)).to.include('bang-khen-chu-tich-ubnd-tinh');
    expect(started.rounds.map((r) => r.round.id)).to.include('bn2026-tong-ket');
    // A copy: a listener that changes it changes nothing in the form.
    started.awardTypes.length = 0;
    const id = await start(form);

    const again = await fixture<NominationForm>(html`<nomination-form proposal=${id} api-base=${api.url} token=${api.tokens.ward} @thidua-load=${listen}></nomination-form>`);
    await until(() => $(again, '#tasks-heading'), 'the draft did not load');
    expect(heard).to.have.length(2);
    const restored = heard[1]!.detail;
    expect(Object.keys(restored).sort()).to.deep.equal(['awardTypes', 'campaignId', 'proposal', 'restored', 'rounds', 'unit']);
    expect(restored).to.deep.include({ campaignId: 'bn2026', restored: true, proposal: { id, status: 'draft', reference: null } });
    expect(restored.unit.id).to.equal('phuong-kinh-bac');
  });

  it('saves as the person types, says so politely, and restores the draft when opened again', async () => {
    const form = await newForm();
    const id = await start(form);
    await openTask(form, 'task-proposal');
    const status = $(form, '.save-said')!;
    expect(status.getAttribute('role')).to.equal('status');
    const name = byId(form, 'p-contact-name')!;
    name.focus();
    await sendKeys({ type: 'Phạm Thị Lan' });
    // Saved after a pause in typing, without leaving the field.
    await until(async () => (await stored(id)).contact === null && words(status) === '', 'no early save');
    await fill(form, 'p-contact-phone', '0912 345 678');
    await fill(form, 'p-contact-email', 'lan@kinhbac.gov.vn');
    name.focus();
    await sendKeys({ type: ' Anh' });
    await saved(form);
    expect(words(status)).to.match(/^Đã lưu lúc \d{2}:\d{2}$/);
    expect((await stored(id)).contact).to.deep.equal({ name: 'Phạm Thị Lan Anh', phone: '0912 345 678', email: 'lan@kinhbac.gov.vn' });

    // An incomplete nominee is kept on screen and said to be unsaved; once complete it is saved.
    $(form, '.back-link')!.click();
    await form.updateComplete;
    $(form, '#add-nominee')!.click();
    await form.updateComplete;
    const k = nomineeKey(form);
    await check(form, `${k}-type-collective`);
    const team = fresh('Tổ CNSCĐ thôn Đông');
    await fill(form, `${k}-name`, team);
    await until(() => words($(form, '.save-status')).includes('Có thay đổi chưa lưu'), 'the unsaved change was not said');
    expect(byId<HTMLInputElement>(form, `${k}-file-achievementReport`)!.disabled).to.equal(true);
    expect(words(byId(form, `${k}-file-achievementReport-wait`))).to.contain('trước khi tải tệp');
    await check(form, `${k}-kind-communityTeam`);
    await fill(form, `${k}-summary`, 'Hỗ trợ người cao tuổi dùng ứng dụng VNeID.');
    await saved(form);
    expect((await stored(id)).nominations.map((n) => n.nominee)).to.deep.equal([{ type: 'collective', name: team, kind: 'communityTeam' }]);

    // Reopened: everything typed and saved is there.
    const again = await openForm(id);
    const tasks = [...root(again).querySelectorAll('#nominee-tasks .task-link')].map(words);
    expect(tasks).to.deep.equal([team]);
    expect(taskStatus(again, 'task-proposal')).to.equal('Đang làm');
    await openTask(again, 'task-proposal');
    expect(byId(again, 'p-contact-name')!.value).to.equal('Phạm Thị Lan Anh');
    expect(byId(again, 'p-contact-email')!.value).to.equal('lan@kinhbac.gov.vn');
    await expect(again).to.be.accessible();
  });

  it('explains a conflicting save (412) and loses nothing typed, whichever way the person chooses', async () => {
    const form = await newForm();
    const id = await start(form);
    await openTask(form, 'task-proposal');
    await fill(form, 'p-contact-name', 'Đỗ Văn Minh');
    await fill(form, 'p-contact-phone', '0222 3822 999');
    await fill(form, 'p-contact-email', 'minh@kinhbac.gov.vn');
    await saved(form);
    // Someone else changes the dossier meanwhile (another tab).
    await changeElsewhere(id, { name: 'Người khác', phone: '0222 3000 000', email: 'khac@kinhbac.gov.vn' });

    await fill(form, 'p-contact-name', 'Đỗ Văn Minh Tuấn');
    await until(() => $(form, '[part="conflict"]'), 'the conflict was not explained');
    const banner = $(form, '[part="conflict"]')!;
    expect(banner.getAttribute('role')).to.equal('alert');
    expect(words(banner)).to.contain('Hồ sơ vừa được thay đổi ở nơi khác').and.to.contain('chưa bị mất');
    // Nothing typed is lost, and nothing is saved over the other change until the person chooses.
    expect(byId(form, 'p-contact-name')!.value).to.equal('Đỗ Văn Minh Tuấn');
    await fill(form, 'p-contact-position', 'Văn thư');
    await new Promise((r) => setTimeout(r, 1200));
    expect((await stored(id)).contact!.name).to.equal('Người khác');
    expect(byId(form, 'p-contact-position')!.value).to.equal('Văn thư');
    await expect(form).to.be.accessible();

    // Keep mine: what is on screen is saved over the other change.
    [...banner.querySelectorAll('button')].find((b) => words(b) === 'Giữ nội dung của tôi và lưu')!.click();
    await until(async () => (await stored(id)).contact?.name === 'Đỗ Văn Minh Tuấn', 'mine was not saved');
    expect((await stored(id)).contact).to.deep.equal({ name: 'Đỗ Văn Minh Tuấn', position: 'Văn thư', phone: '0222 3822 999', email: 'minh@kinhbac.gov.vn' });
    expect($(form, '[part="conflict"]')).to.equal(null);

    // Another change elsewhere; this time the person takes the latest version.
    await changeElsewhere(id, { name: 'Bản mới nhất', phone: '0222 3000 001', email: 'moi@kinhbac.gov.vn' });
    await fill(form, 'p-contact-name', 'Sẽ bị bỏ');
    await until(() => $(form, '[part="conflict"]'), 'the second conflict was not explained');
    [...$(form, '[part="conflict"]')!.querySelectorAll('button')].find((b) => words(b) === 'Dùng bản mới nhất')!.click();
    await until(() => byId(form, 'p-contact-name')?.value === 'Bản mới nhất', 'the latest version was not shown');
    expect((await stored(id)).contact!.name).to.equal('Bản mới nhất');
  });

  it('records a submit whose first answer is lost once, and shows the receipt', async () => {
    const form = await newForm();
    const id = await start(form);
    await fillProposal(form);
    await saveSection(form);
    $(form, '#add-nominee')!.click();
    await form.updateComplete;
    await fillIndividual(form, fresh('Hoàng'));
    await saveSection(form);
    await saved(form);
    await openTask(form, 'task-review');
    await executeServerCommand('drop-next-answer', { method: 'POST', path: `/v1/proposals/${id}/submit` });
    $(form, '#submit-proposal')!.click();
    await until(() => $(form, '#receipt-heading'), 'no receipt after the lost answer', 15_000);
    const dropped = (await executeServerCommand('dropped-answers')) as string[];
    expect(dropped).to.deep.equal([`POST /v1/proposals/${id}/submit 200`]);
    const proposal = await stored(id);
    expect(proposal.status).to.equal('submitted');
    expect(words($(form, '.reference'))).to.equal(proposal.reference);
    expect(proposal.nominations.map((n) => n.reference)).to.deep.equal([`${proposal.reference}-01`]);
    // Recorded once: the next proposal submitted takes the very next number.
    const next = await submitDirectly(fresh('Đinh'));
    const number = (reference: string) => Number(reference.split('-')[2]);
    expect(number(next.reference!)).to.equal(number(proposal.reference!) + 1);
  });

  it('says why the server refused to save a nominee proposed already, keeps it on screen, and will not send the older version', async () => {
    const family = fresh('Đặng');
    await submitDirectly(family);
    const form = await newForm();
    const id = await start(form);
    $(form, '#add-nominee')!.click();
    await form.updateComplete;
    const k = nomineeKey(form);
    await check(form, `${k}-type`);
    await fill(form, `${k}-familyName`, family);
    await fill(form, `${k}-givenName`, 'Sơn');
    await check(form, `${k}-gender-male`);
    await fill(form, `${k}-dateOfBirth`, '02/01/1980');
    await fill(form, `${k}-position`, 'Công chức');
    await fill(form, `${k}-workplace`, 'UBND phường Kinh Bắc');
    await until(() => words($(form, '.save-said')).includes('đã được đề nghị'), 'the refusal was not said');
    expect(words($(form, '.save-said'))).to.contain('Đối tượng này đã được đề nghị cho cùng đợt và hình thức khen thưởng');
    expect(byId(form, `${k}-familyName`)!.value).to.equal(family);
    expect((await stored(id)).nominations).to.have.length(0);
    await expect(form).to.be.accessible();
  });

  it('says what is wrong with each file, lets a failed one be tried again, and removes files', async () => {
    const form = await newForm();
    const id = await start(form);
    await openTask(form, 'task-proposal');
    const input = 'p-file-other';
    const errors = () => [...(byId(form, input)!.closest('.file-field')!.querySelectorAll('.upload-error'))].map(words);
    // Wrong type (an HTML page named .pdf), too big, empty: refused before sending, each with its own words.
    await attach(
      form,
      input,
      new File(['<html><script>alert(1)</script></html>'], 'trang.pdf', { type: 'application/pdf' }),
      new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'lon.pdf', { type: 'application/pdf' }),
      new File([], 'rong.pdf', { type: 'application/pdf' }),
    );
    await until(() => errors().length === 3, 'the three refusals were not shown');
    expect(errors()).to.have.members([
      'Lỗi: Tệp trang.pdf không phải PDF, DOCX, JPEG hoặc PNG.',
      'Lỗi: Tệp lon.pdf lớn hơn 10 MB.',
      'Lỗi: Tệp rong.pdf không có nội dung.',
    ]);
    expect((await stored(id)).files).to.have.length(0);
    await expect(form).to.be.accessible();
    // A refused file is dismissed with its own button.
    const dismiss = [...root(form).querySelectorAll<HTMLButtonElement>('.refused button')].find((b) => words(b) === 'Bỏ qua rong.pdf')!;
    dismiss.click();
    await form.updateComplete;
    expect(errors()).to.have.length(2);

    // A failed upload (the connection dropped after the server answered) can be tried again.
    await executeServerCommand('drop-next-answer', { method: 'POST', path: `/v1/proposals/${id}/files`, cut: true });
    await attach(form, input, pdf('quyet-dinh.pdf'));
    await until(() => errors().includes('Lỗi: Không tải lên được quyet-dinh.pdf. Kiểm tra kết nối rồi thử lại.'), 'the failure was not shown');
    const retry = [...root(form).querySelectorAll<HTMLButtonElement>('.refused button')].find((b) => words(b) === 'Thử lại quyet-dinh.pdf')!;
    expect(words(retry).startsWith('Thử lại ')).to.equal(true);
    await expect(form).to.be.accessible();
    retry.click();
    await waitUploaded(form, input, 'quyet-dinh.pdf');
    expect(errors().some((e) => e.includes('quyet-dinh.pdf'))).to.equal(false);
    // The dropped answer's upload did happen: both are listed, as stored.
    const files = (await stored(id)).files;
    expect(files.map((f) => f.name)).to.deep.equal(['quyet-dinh.pdf', 'quyet-dinh.pdf']);
    await until(() => listed(form, input).length === 2, 'the stored files were not listed');
    expect(listed(form, input)[0]).to.match(/^quyet-dinh\.pdf \(\d+[,.]?\d* kB\)$/);

    // Remove: gone from the server and the list, focus back on the input.
    const remove = root(form).querySelector<HTMLButtonElement>('.file button')!;
    expect(words(remove)).to.equal('Xoá tệp quyet-dinh.pdf');
    remove.click();
    await until(() => listed(form, input).length === 1, 'the file was not removed');
    expect((await stored(id)).files).to.have.length(1);
    expect(active(form)?.id).to.equal(input);

    // Drag and drop is an extra way to pick.
    const zone = byId(form, 'p-file-submissionLetter')!.closest('.file-field')!;
    const transfer = new DataTransfer();
    transfer.items.add(pdf('to-trinh-keo-tha.pdf'));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUploaded(form, 'p-file-submissionLetter', 'to-trinh-keo-tha.pdf');
  });

  it('is used with the keyboard alone from the empty form to the receipt', async () => {
    const form = await newForm();
    /** Presses Tab (or Shift+Tab) until the control with `id` has focus. */
    async function tabTo(id: string, back = false) {
      for (let i = 0; i < 250; i++) {
        if (active(form)?.id === id) return;
        await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
      }
      throw new Error(`#${id} was never reached with the keyboard`);
    }
    async function typeIn(id: string, text: string) {
      await tabTo(id);
      await sendKeys({ type: text });
    }
    const press = (key: string) => sendKeys({ press: key });
    form.focus();
    await tabTo('start-award');
    await press('ArrowDown'); // the second award, then back to the Bằng khen
    await press('ArrowUp');
    await tabTo('start-begin');
    await press('Enter');
    await until(() => $(form, '#tasks-heading'), 'the task list did not show');
    expect(active(form)?.id).to.equal('tasks-heading');

    await tabTo('task-proposal');
    await press('Enter');
    await until(() => active(form)?.id === 'p-heading', 'the section did not take focus');
    await typeIn('p-contact-name', 'Vũ Thị Hoa');
    await typeIn('p-contact-phone', '0222 3822 456');
    await typeIn('p-contact-email', 'hoa@kinhbac.gov.vn');
    // The file dialog is the browser's own: the input is reached by the keyboard, the files come as the dialog gives them.
    await tabTo('p-file-submissionLetter');
    await attach(form, 'p-file-submissionLetter', pdf('to-trinh.pdf'));
    await waitUploaded(form, 'p-file-submissionLetter', 'to-trinh.pdf');
    await tabTo('p-file-councilMinutes');
    await attach(form, 'p-file-councilMinutes', pdf('bien-ban.pdf'));
    await waitUploaded(form, 'p-file-councilMinutes', 'bien-ban.pdf');
    await tabTo('section-save');
    await press('Enter');
    await until(() => $(form, '#tasks-heading'), 'the section did not close');
    expect(active(form)?.id).to.equal('task-proposal');

    await tabTo('add-nominee');
    await press('Enter');
    await until(() => $(form, '.heading') && active(form)?.id?.endsWith('-heading') && active(form)?.id !== 'tasks-heading', 'the nominee did not open');
    const k = nomineeKey(form);
    await tabTo(`${k}-type`);
    await press('Space');
    await typeIn(`${k}-familyName`, fresh('Bùi'));
    await typeIn(`${k}-givenName`, 'Nam');
    await tabTo(`${k}-gender`);
    await press('ArrowDown'); // Nam
    await typeIn(`${k}-dateOfBirth`, '12/03/1979');
    await typeIn(`${k}-position`, 'Chủ tịch UBND phường');
    await typeIn(`${k}-workplace`, 'UBND phường Kinh Bắc');
    await tabTo(`${k}-categories`);
    await press('Space');
    await typeIn(`${k}-summary`, 'Chỉ đạo chuyển đổi số toàn diện.');
    await typeIn(`${k}-achievements-0-period`, '2025–2026');
    await typeIn(`${k}-achievements-0-description`, 'Phường đạt chỉ số chuyển đổi số cao nhất tỉnh.');
    for (const c of ['ca-nhan-chap-hanh', 'ca-nhan-khong-vi-pham', 'ca-nhan-thanh-tich']) {
      await tabTo(`${k}-criterion-${c}`);
      await press('Space');
    }
    await until(() => !byId(form, `${k}-file-achievementReport`)!.disabled, 'the nominee was not saved');
    await tabTo(`${k}-file-achievementReport`);
    await attach(form, `${k}-file-achievementReport`, pdf('bao-cao.pdf'));
    await waitUploaded(form, `${k}-file-achievementReport`, 'bao-cao.pdf');
    await tabTo('section-save');
    await press('Enter');
    await until(() => $(form, '#tasks-heading'), 'the nominee did not close');
    expect(taskStatus(form, `task-${k}`)).to.equal('Đã hoàn thành');
    await saved(form);

    await tabTo('task-review');
    await press('Enter');
    await until(() => active(form)?.id === 'review-heading', 'the review did not open');
    await tabTo('submit-proposal');
    await press('Enter');
    await until(() => $(form, '#receipt-heading') && active(form)?.id === 'receipt-heading', 'no receipt');
    expect(words($(form, '.reference'))).to.match(/^BN2026-BK-\d{4}$/);
  });

  it('fits a 320 px screen with nothing wider than it, and keeps its borders and tags in forced colours', async () => {
    await setViewport({ width: 320, height: 640 });
    const form = await newForm();
    await start(form);
    const wide = () => [...root(form).querySelectorAll<HTMLElement>('*')].filter((el) => el.getBoundingClientRect().right > 321).map((el) => el.className || el.tagName);
    expect(wide()).to.deep.equal([]);
    $(form, '#add-nominee')!.click();
    await form.updateComplete;
    const k = nomineeKey(form);
    await check(form, `${k}-type`);
    await saveSection(form);
    expect(wide()).to.deep.equal([]);
    expect(form.scrollWidth).to.be.at.most(320);
    await expect(form).to.be.accessible();

    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const summary = $(form, '#error-summary')!;
      expect(getComputedStyle(summary).borderTopStyle).to.equal('solid');
      const field = $(form, '.has-error')!;
      expect(parseFloat(getComputedStyle(field).borderInlineStartWidth)).to.be.greaterThan(2);
      await expect(form).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('removes a nominee after confirmation, from the screen and the server', async () => {
    const form = await newForm();
    const id = await start(form);
    $(form, '#add-nominee')!.click();
    await form.updateComplete;
    const k = nomineeKey(form);
    await check(form, `${k}-type-collective`);
    await fill(form, `${k}-name`, fresh('Phòng Văn hoá - Thông tin'));
    await check(form, `${k}-kind-unit`);
    await saved(form);
    expect((await stored(id)).nominations).to.have.length(1);
    byId(form, `${k}-remove`)!.click();
    await form.updateComplete;
    expect(active(form)?.id).to.equal(`${k}-confirm-remove`);
    expect($(form, '[role="alertdialog"]')).to.exist;
    await expect(form).to.be.accessible();
    byId(form, `${k}-confirm-remove`)!.click();
    await until(async () => (await stored(id)).nominations.length === 0, 'the nominee was not removed');
    expect(root(form).querySelectorAll('#nominee-tasks li')).to.have.length(0);
    expect(active(form)?.id).to.equal('add-nominee');
  });

  it('lists problems of the whole dossier on check your answers, and refuses to send until they are fixed', async () => {
    const form = await newForm();
    await start(form);
    await openTask(form, 'task-review');
    $(form, '#submit-proposal')!.click();
    await form.updateComplete;
    const summary = $(form, '#error-summary')!;
    expect(active(form)).to.equal(summary);
    const items = [...summary.querySelectorAll('a')].map(words);
    expect(items).to.include.members(['Hồ sơ chưa có đối tượng được đề nghị', 'Chưa có người liên hệ', 'Chưa có tờ trình', 'Chưa có biên bản họp Hội đồng Thi đua - Khen thưởng']);
    await expect(form).to.be.accessible();
    // A link opens the section with the same messages there.
    [...summary.querySelectorAll('a')].find((a) => words(a) === 'Chưa có tờ trình')!.click();
    await form.updateComplete;
    expect(active(form)?.id).to.equal('p-file-submissionLetter');
    expect(words(byId(form, 'p-file-submissionLetter-error'))).to.equal('Lỗi: Chưa có tờ trình');
  });

  it('shows the loading state, then an error it can retry from, for a proposal it may not read', async () => {
    const form = await fixture<NominationForm>(html`<nomination-form proposal="00000000-0000-4000-8000-000000000000" api-base=${api.url} token=${api.tokens.ward}></nomination-form>`);
    expect(words($(form, '.loading'))).to.equal('Đang tải hồ sơ đề nghị khen thưởng…');
    await until(() => $(form, '[role="alert"]'), 'no error');
    expect(words($(form, '[part="error"]'))).to.equal('Không tìm thấy hồ sơ, hoặc mã truy cập không thuộc đơn vị lập hồ sơ này.');
    expect(words($(form, '[part="retry"]'))).to.equal('Thử lại');
    await expect(form).to.be.accessible();
    const noToken = await fixture<NominationForm>(html`<nomination-form proposal="00000000-0000-4000-8000-000000000000" api-base=${api.url}></nomination-form>`);
    await until(() => $(noToken, '[role="alert"]'), 'no error');
    expect(words($(noToken, '[part="error"]'))).to.equal('Cần mã truy cập (token) của đơn vị đề nghị khen thưởng.');
  });

  it('imports 30 nominees from a spreadsheet in the write queue, lists them, and the completed proposal is submitted with all of them', async () => {
    const form = await newForm();
    const id = await start(form);
    await fillProposal(form);
    await saveSection(form);
    // A change still on its way when the list is sent: the import waits for its save, then goes with the ETag that save answered.
    await openTask(form, 'task-proposal');
    await fill(form, 'p-contact-position', 'Phó Chánh Văn phòng');
    $(form, '.back-link')!.click();
    await form.updateComplete;

    $(form, '#import-nominees')!.click();
    await form.updateComplete;
    expect(active(form)?.id).to.equal('import-heading');
    expect(words(byId(form, 'import-heading'))).to.equal('Nhập danh sách từ tệp');
    // The templates in the visitor's language, downloadable as they are linked.
    const links = [...root(form).querySelectorAll<HTMLAnchorElement>('a[download]')];
    expect(links.map((a) => words(a))).to.deep.equal(['Tệp mẫu Excel (.xlsx)', 'Tệp mẫu CSV (.csv)']);
    expect(links.map((a) => new URL(a.href).search)).to.deep.equal(['?format=xlsx&locale=vi', '?format=csv&locale=vi']);
    const template = await fetch(links[1]!.href);
    expect(template.status).to.equal(200);
    expect(await template.text()).to.contain('Loại đối tượng');
    const input = byId(form, 'import-file')!;
    expect(words(root(form).querySelector('label[for="import-file"]'))).to.equal('Tải lên danh sách');
    expect(input.getAttribute('aria-describedby')).to.equal('import-file-hint');
    expect(words(byId(form, 'import-file-hint'))).to.equal('Tệp .xlsx hoặc .csv (UTF-8), tối đa 4 MB.');
    await expect(form).to.be.accessible();

    const family = fresh('Nguyễn');
    const place = fresh('phường Kinh Bắc');
    await attach(form, 'import-file', await nomineeList(thirtyNominees(family, place)));
    $(form, '#import-submit')!.click();
    await form.updateComplete;
    await until(() => $(form, '#tasks-heading'), 'the task list did not come back', 20_000);
    expect(active(form)?.id).to.equal('tasks-heading');
    const said = $(form, '.import-said')!;
    expect(said.getAttribute('role')).to.equal('status');
    expect(words(said)).to.equal('Đã nhập 30 đối tượng');
    const tasks = [...root(form).querySelectorAll('#nominee-tasks .task-link')].map((a) => words(a));
    expect(tasks).to.have.length(30);
    expect(tasks[0]).to.equal(`${family} Thị Thu Hà`);
    expect(tasks[29]).to.equal(`Phòng Tư pháp, ${place}`);
    // Imported as far as a spreadsheet goes: achievements, criteria and report are still to do.
    expect(root(form).querySelectorAll('#nominee-tasks .tag-inProgress')).to.have.length(30);
    await expect(form).to.be.accessible();
    await saved(form);

    let { proposal, etag } = await server.nominations.getProposal(id);
    expect(proposal.nominations).to.have.length(30);
    expect(proposal.contact).to.include({ name: 'Trần Văn Bình', position: 'Phó Chánh Văn phòng' });
    expect($(form, '[part="conflict"]')).to.equal(null);
    // Each nominee completed, as a person would in each section (here through the API, to keep the test short).
    const commendation = await server.campaigns.commendation('bn2026');
    for (const n of proposal.nominations) {
      const criteria = applicableCriteria(commendation.criteria, nomineeGroup(n.nominee)).map((c) => c.id);
      ({ etag } = await server.nominations.update(
        id,
        n.id,
        {
          nominee: n.nominee,
          achievementCategoryIds: n.achievementCategoryIds,
          summary: n.summary,
          achievements: [{ period: '2026', description: 'Thành tích năm 2026.' }],
          priorAwards: [],
          attestedCriterionIds: criteria,
        },
        { etag },
      ));
      ({ etag } = await server.nominations.uploadEvidence(id, pdf(`bao-cao-${n.id}.pdf`), { kind: 'achievementReport', nominationId: n.id }));
    }

    const again = await openForm(id);
    expect(root(again).querySelectorAll('#nominee-tasks .tag-completed')).to.have.length(30);
    await openTask(again, 'task-review');
    expect(words($(again, '.base'))).to.contain(`${family} Thị Thu Xuân`).and.to.contain(`Tổ Công nghệ số cộng đồng khu phố 2, ${place}`);
    $(again, '#submit-proposal')!.click();
    await until(() => $(again, '#receipt-heading'), 'no receipt', 20_000);
    expect(words($(again, '[part="receipt"]'))).to.match(/^Đã gửi hồ sơ Số hồ sơ BN2026-BK-\d{4} Gửi lúc/);
    proposal = await stored(id);
    expect(proposal.status).to.equal('submitted');
    expect(proposal.nominations).to.have.length(30);
    expect(proposal.nominations[29]!.reference).to.equal(`${proposal.reference}-30`);
  });

  it('lists each bad row of an imported list by row and column, imports nothing, and asks for a file when none is chosen', async () => {
    const form = await newForm();
    const id = await start(form);
    $(form, '#import-nominees')!.click();
    await form.updateComplete;

    $(form, '#import-submit')!.click();
    await until(() => $(form, '#error-summary'), 'no summary for a missing file');
    expect(words($(form, '.error-summary-list'))).to.equal('Tải lên danh sách: Chọn tệp danh sách');
    expect(words(byId(form, 'import-file-error'))).to.equal('Lỗi: Tải lên danh sách: Chọn tệp danh sách');

    const family = fresh('Trần');
    const rows = thirtyNominees(family, fresh('phường Kinh Bắc')).slice(0, 3);
    Object.assign(rows[1]!, { gender: 'Khác', dateOfBirth: '31/02/1980' });
    Object.assign(rows[2]!, { collectiveName: 'Tổ thừa' });
    await attach(form, 'import-file', await nomineeList(rows));
    $(form, '#import-submit')!.click();
    await until(() => words($(form, '.error-summary-list')).includes('Dòng 3'), 'no summary of the bad rows', 20_000);
    expect(active(form)?.id).to.equal('error-summary');
    const problems = [...root(form).querySelectorAll('.error-summary-list a')].map((a) => words(a));
    expect(problems).to.have.length(3);
    expect(problems[0]).to.match(/^Dòng 3, cột J \(Giới tính\): /);
    expect(problems[1]).to.equal('Dòng 3, cột K (Ngày sinh): Ngày phải viết dạng dd/mm/yyyy, ví dụ 05/09/1985');
    expect(problems[2]).to.match(/^Dòng 4, cột B \(Tên tập thể\): /);
    expect(words(byId(form, 'import-file-error'))).to.equal('Lỗi: Tệp có 3 lỗi; chưa có đối tượng nào được nhập. Sửa tệp rồi tải lên lại.');
    const input = byId(form, 'import-file')!;
    expect(input.getAttribute('aria-describedby')).to.equal('import-file-hint import-file-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(form).to.be.accessible();
    // A summary link takes the person to the file input.
    root(form).querySelector<HTMLAnchorElement>('.error-summary-list a')!.click();
    expect(active(form)?.id).to.equal('import-file');

    expect((await stored(id)).nominations).to.have.length(0);
    $(form, '.back-link')!.click();
    await form.updateComplete;
    expect(root(form).querySelectorAll('#nominee-tasks .task')).to.have.length(0);
    expect(words($(form, '.import-said'))).to.equal('');
    expect(active(form)?.id).to.equal('import-nominees');

    // Changed in another tab meanwhile: the import is refused (412), explained as any conflicting save, and nothing is imported.
    await changeElsewhere(id, { name: 'Lê Thị Hoa', phone: '0222 3822 456', email: 'hoa@kinhbac.gov.vn' });
    $(form, '#import-nominees')!.click();
    await form.updateComplete;
    await attach(form, 'import-file', await nomineeList(thirtyNominees(fresh('Lê'), fresh('phường Kinh Bắc')).slice(0, 2)));
    $(form, '#import-submit')!.click();
    await until(() => $(form, '[part="conflict"]'), 'the conflict was not explained', 20_000);
    expect((await stored(id)).nominations).to.have.length(0);
    await expect(form).to.be.accessible();
  });

  it('takes its client and language from a <thidua-provider>, and the Youth Union proposes only community technology teams', async () => {
    const provider = await fixture(html`<thidua-provider api-base=${api.url} token=${api.tokens.youth}>
      <nomination-form campaign="bn2026" org-unit="tinh-doan"></nomination-form>
    </thidua-provider>`);
    const form = provider.querySelector('nomination-form')!;
    await until(() => $(form, '#start-heading'), 'no start page');
    // Only the Bằng khen is open to the Youth Union: chosen already.
    expect(root(form).querySelectorAll('input[name="start-award"]')).to.have.length(1);
    $(form, '#start-begin')!.click();
    await until(() => $(form, '#tasks-heading'), 'no task list');
    $(form, '#add-nominee')!.click();
    await form.updateComplete;
    const k = nomineeKey(form);
    await check(form, `${k}-type`);
    await saveSection(form);
    expect(words($(form, '#error-summary'))).to.contain('Đơn vị không được đề nghị đối tượng loại này');
  });
});
