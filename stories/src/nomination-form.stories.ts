import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { NominationForm } from '@thidua/components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fixtureClient, offlineFetch, pendingFetch } from './fixtures/api.js';
import { dossierFixture, type DossierStore, type Seed } from './fixtures/dossier-form.js';

/*
 * Every state of <nomination-form>, on the story fixture (fixtures/dossier-form.ts):
 * a proposal kept in memory behind a real SDK client. States reached by acting
 * (a section opened, a section submitted with errors, a conflict, refused
 * files, check your answers) get there with a `play` function that does what a
 * person would: clicks and types in the element.
 */

interface FormArgs {
  seed: Seed;
  lang?: string;
}

const meta = {
  title: 'Elements/nomination-form',
  component: 'nomination-form',
  parameters: {
    docs: {
      description: {
        component:
          'Hồ sơ đề nghị khen thưởng của một đơn vị: danh sách các phần làm theo thứ tự bất kỳ, tự động lưu, tải tệp minh chứng, kiểm tra trước khi gửi và biên nhận. ' +
          'A unit’s nomination dossier after GOV.UK’s patterns: task list, autosave, evidence uploads, check your answers, receipt. ' +
          'The stories use the story fixture (fixtures/dossier-form.ts) through a real SDK client.',
      },
    },
  },
  argTypes: {
    seed: { control: 'select', options: ['none', 'empty', 'inProgress', 'complete', 'submitted', 'returned'] },
    lang: { control: 'select', options: [undefined, 'vi', 'en'] },
  },
  args: { seed: 'inProgress' },
  render: (a) => {
    const fixture = dossierFixture(a.seed);
    const client = fixture.client();
    // The wrapper keeps the story's store for its `play` function (the Conflict story changes it).
    return html`<div class="story" .dossierStore=${fixture.store}>
      <nomination-form
        lang=${ifDefined(a.lang)}
        proposal=${ifDefined(fixture.store.proposal?.id)}
        campaign="bn2026"
        org-unit="phuong-kinh-bac"
        .client=${client}
      ></nomination-form>
    </div>`;
  },
} satisfies Meta<FormArgs>;

export default meta;
type Story = StoryObj<FormArgs>;

// ——— What the play functions do, as a person would ———

const formIn = (canvas: HTMLElement) => canvas.querySelector('nomination-form') as NominationForm;
const inRoot = (form: Element, selector: string) => form.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

async function waitFor(form: Element, selector: string, timeout = 5000): Promise<HTMLElement> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = inRoot(form, selector);
    if (found) return found;
    if (Date.now() > end) throw new Error(`${selector} never showed`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function click(form: NominationForm, selector: string) {
  (await waitFor(form, selector)).click();
  await form.updateComplete;
}

async function type(form: NominationForm, selector: string, value: string) {
  const input = (await waitFor(form, selector)) as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new FocusEvent('blur'));
  await form.updateComplete;
}

// ——— Stories ———

/** A new proposal: the privacy notice, then the round (the only open one is chosen) and the award. */
export const Start: Story = { args: { seed: 'none' } };

/** A draft just started: every section "Chưa bắt đầu", check your answers not yet possible. */
export const EmptyDraft: Story = { args: { seed: 'empty' } };

/** A draft restored: the proposal's section in progress, one nominee completed, one in progress. */
export const TaskListInProgress: Story = { args: { seed: 'inProgress' } };

/** Everything done: every section "Đã hoàn thành", ready to check and send. */
export const TaskListComplete: Story = { args: { seed: 'complete' } };

/** The proposal's own section: contact person, submission letter and minutes (one file uploaded). */
export const ProposalSection: Story = {
  args: { seed: 'inProgress' },
  play: async ({ canvasElement }) => click(formIn(canvasElement), '#task-proposal'),
};

/** A nominee's section, an individual: the name in three fields, gender, date of birth, achievements, criteria, report. */
export const IndividualSection: Story = {
  args: { seed: 'complete' },
  play: async ({ canvasElement }) => click(formIn(canvasElement), '#nominee-tasks li:first-child a'),
};

/** A community technology team in its section, with the criteria of a team. */
export const CommunityTeamSection: Story = {
  args: { seed: 'complete' },
  play: async ({ canvasElement }) => click(formIn(canvasElement), '#nominee-tasks li:nth-child(2) a'),
};

/** "Thêm đối tượng": a new nominee, nothing chosen yet. */
export const NewNominee: Story = {
  args: { seed: 'empty' },
  play: async ({ canvasElement }) => click(formIn(canvasElement), '#add-nominee'),
};

/** A section submitted with problems: the error summary has focus and links to each field, with the same words inline. */
export const ErrorSummary: Story = {
  args: { seed: 'empty' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await click(form, '#add-nominee');
    const key = (await waitFor(form, 'h2.heading')).id.replace(/-heading$/, '');
    await click(form, `#${key}-type`);
    await type(form, `#${key}-dateOfBirth`, '31/02/1985');
    await click(form, '#section-save');
  },
};

/** A field left with a wrong value: its message, tied with aria-describedby; nothing said while typing. */
export const InlineError: Story = {
  args: { seed: 'empty' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await click(form, '#task-proposal');
    await type(form, '#p-contact-email', 'binh@');
  },
};

/** Saved as the person types: "Đã lưu lúc 10:42", said politely. */
export const Autosaved: Story = {
  args: { seed: 'empty' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await click(form, '#task-proposal');
    await type(form, '#p-contact-name', 'Trần Văn Bình');
    await type(form, '#p-contact-phone', '0222 3822 123');
    await type(form, '#p-contact-email', 'binh@kinhbac.gov.vn');
    await waitFor(form, '.save-said:not(:empty)');
  },
};

/** The dossier changed in another tab: the 412 explained, what was typed still on screen, two ways out. */
export const Conflict: Story = {
  args: { seed: 'inProgress' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await click(form, '#task-proposal');
    (form.closest('.story') as (HTMLElement & { dossierStore?: DossierStore }) | null)?.dossierStore?.changeElsewhere();
    await type(form, '#p-contact-name', 'Trần Văn Bình (sửa)');
    await waitFor(form, '[part="conflict"]');
  },
};

/** Files refused before sending, each with its own words: wrong type, too big, empty. */
export const UploadErrors: Story = {
  args: { seed: 'empty' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await click(form, '#task-proposal');
    const input = (await waitFor(form, '#p-file-other')) as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['<html></html>'], 'trang-web.pdf', { type: 'application/pdf' }));
    transfer.items.add(new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'ban-quet-lon.pdf', { type: 'application/pdf' }));
    transfer.items.add(new File([], 'rong.pdf', { type: 'application/pdf' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(form, '.refused');
  },
};

/** A file that failed to upload (the connection dropped): its message and "Thử lại". */
export const UploadFailed: Story = {
  render: () => {
    const fixture = dossierFixture('empty');
    // Every upload fails as a dropped connection does; the rest answers.
    const fetch: typeof globalThis.fetch = (input, init) => {
      const request = new Request(input, init);
      return request.method === 'POST' && request.url.endsWith('/files') ? offlineFetch(input, init) : fixture.fetch(request);
    };
    return html`<nomination-form proposal=${fixture.store.proposal!.id} .client=${fixtureClient({ fetch })}></nomination-form>`;
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await click(form, '#task-proposal');
    const input = (await waitFor(form, '#p-file-submissionLetter')) as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.7\n…'], 'to-trinh.pdf', { type: 'application/pdf' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(form, '.refused');
  },
};

/** Importing a list of nominees: the explanation, the templates in the reader's language and the file input. */
export const ImportList: Story = {
  args: { seed: 'inProgress' },
  play: async ({ canvasElement }) => click(formIn(canvasElement), '#import-nominees'),
};

/** A list to import (a .csv, one row per nominee). */
function nomineeCsv(rows: string[]): File {
  const header = 'Loại đối tượng,Tên tập thể,Loại tập thể,Mã đơn vị,Số người,Số nữ,Họ,Tên đệm,Tên,Giới tính,Ngày sinh,Chức vụ,Đơn vị công tác,Mã đơn vị công tác,Thành viên Tổ CNSCĐ,Lĩnh vực thành tích,Tóm tắt thành tích';
  return new File([[header, ...rows].join('\r\n')], 'danh-sach.csv', { type: 'text/csv' });
}

async function importFile(form: NominationForm, file: File) {
  await click(form, '#import-nominees');
  const input = (await waitFor(form, '#import-file')) as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  await click(form, '#import-submit');
}

/** A list with bad rows: each problem by row and column in the error summary, nothing imported. */
export const ImportErrors: Story = {
  args: { seed: 'inProgress' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await importFile(
      form,
      nomineeCsv([
        'Cá nhân,,,,,,Lê,Văn,Tâm,Nam,12/03/1979,Chuyên viên,UBND phường Kinh Bắc,,,,',
        'Cá nhân,,,,,,Phạm,,Hùng,Khác,31/02/1980,Chuyên viên,UBND phường Kinh Bắc,,,,',
        'Tập thể,Tổ Công nghệ số cộng đồng khu phố 5,Tổ CNSCĐ,,abc,,,,,,,,,,,,',
      ]),
    );
    await waitFor(form, '#error-summary');
  },
};

/** A list imported: its nominees on the task list, and "Đã nhập 2 đối tượng" said politely. */
export const Imported: Story = {
  args: { seed: 'inProgress' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await importFile(
      form,
      nomineeCsv([
        'Cá nhân,,,,,,Lê,Văn,Tâm,Nam,12/03/1979,Chuyên viên,UBND phường Kinh Bắc,,,leadership,',
        'Tập thể,Tổ Công nghệ số cộng đồng khu phố 5,Tổ CNSCĐ,,8,3,,,,,,,,,,community-teams,',
      ]),
    );
    await waitFor(form, '.import-said:not(:empty)');
  },
};

/** Check your answers: every answer with a "Thay đổi" link, then the declaration and "Gửi hồ sơ". */
export const CheckYourAnswers: Story = {
  args: { seed: 'complete' },
  play: async ({ canvasElement }) => click(formIn(canvasElement), '#task-review'),
};

/** Sent while something is missing: the summary lists each problem of the whole dossier, linked to its section. */
export const NotReadyToSend: Story = {
  args: { seed: 'inProgress' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await click(form, '#task-review');
    await click(form, '#submit-proposal');
  },
};

/** Sent: the reference, the time and a printable summary of what was sent. */
export const Receipt: Story = {
  args: { seed: 'complete' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await click(form, '#task-review');
    await click(form, '#submit-proposal');
    await waitFor(form, '#receipt-heading');
  },
};

/** A proposal already submitted, opened again: its receipt, read-only. */
export const Submitted: Story = { args: { seed: 'submitted' } };

/** A dossier returned for completion: the reasons at the top, only the returned nominee to correct, then "Gửi lại hồ sơ". */
export const Returned: Story = { args: { seed: 'returned' } };

/** Waiting for the API. */
export const Loading: Story = {
  render: () => html`<nomination-form proposal="00000000-0000-4000-8000-000000000001" .client=${fixtureClient({ fetch: pendingFetch })}></nomination-form>`,
};

/** The API cannot be reached: the error and "Thử lại". */
export const LoadError: Story = {
  render: () => html`<nomination-form proposal="00000000-0000-4000-8000-000000000001" .client=${fixtureClient({ fetch: offlineFetch })}></nomination-form>`,
};

/** In English, the schema's messages in English too. */
export const English: Story = {
  args: { seed: 'inProgress', lang: 'en' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await click(form, '#task-review');
    await click(form, '#submit-proposal');
  },
};

/** At 320 px, a phone held upright. */
export const Phone: Story = {
  args: { seed: 'complete' },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [(story) => html`<div style="inline-size: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => click(formIn(canvasElement), '#nominee-tasks li:first-child a'),
};
