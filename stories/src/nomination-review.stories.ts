import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import type { AppraisalChangeDetail, AppraisalOpenDetail, NominationReview } from '@thidua/components';
import { fixtureClient, offlineFetch, pendingFetch, unauthorizedFetch } from './fixtures/api.js';
import { appraisalFixture, dossierIn } from './fixtures/appraisals.js';

const changed = action('appraisal-change');
const onChange = (e: CustomEvent<AppraisalChangeDetail>) => changed({ change: e.detail.change, status: e.detail.appraisal.status });

/** A review of the story fixture's dossier in a status, as the page shows it once the queue opened it. */
const review = (status: Parameters<typeof dossierIn>[0], lang = 'vi') =>
  html`<div style="padding: 1rem; max-inline-size: 64rem"><nomination-review
    lang=${lang}
    proposal-id=${dossierIn(status)}
    .client=${appraisalFixture().client()}
    @appraisal-change=${onChange}
  ></nomination-review></div>`;

const meta = {
  title: 'Elements/nomination-review',
  component: 'nomination-review',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Thẩm định một hồ sơ đề nghị khen thưởng: các phần của hồ sơ, kiểm tra tiêu chuẩn từng người, ý kiến (nội bộ hoặc gửi đơn vị đề nghị), các thao tác qua hộp thoại (lý do bắt buộc), thời hạn thẩm định và lịch sử. ' +
          'From `client.appraisals.get()`; writes through `act`, `updateChecklist` and `comment` with If-Match. The stories ask the story fixture (fixtures/appraisals.ts), which applies the workflow’s own `applyAction` in memory: every action works, and a story’s writes stay in it.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Submitted, waiting: “Tiếp nhận thẩm định” takes it into appraisal; the checklist opens then. */
export const Submitted: Story = { render: () => review('submitted') };

/** Under appraisal: the checklist, comments, and every action — return, eligible, not eligible, complete — each in its dialog. */
export const UnderAppraisal: Story = { render: () => review('underAppraisal') };

/** Returned for completion: the reason under the heading and in the history; the clock stopped. */
export const Returned: Story = { render: () => review('returned') };

/** Resubmitted after a return: to be taken into appraisal again. */
export const Resubmitted: Story = { render: () => review('resubmitted') };

/** Appraisal complete: the findings, final; no action left. */
export const Appraised: Story = { render: () => review('appraised') };

export const English: Story = { render: () => review('underAppraisal', 'en') };

/** The return dialog open at once (press Escape to close it, the focus goes back to its button). */
export const ReturnDialog: Story = {
  render: () => review('underAppraisal'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<NominationReview>('nomination-review')!;
    await customElements.whenDefined('nomination-review');
    while (!el.shadowRoot?.querySelector('#action-return')) await new Promise((r) => setTimeout(r, 50));
    el.shadowRoot!.querySelector<HTMLButtonElement>('#action-return')!.click();
  },
};

/** The reject dialog sent without its reason: the error summary, linked to the field. */
export const RejectWithoutReason: Story = {
  render: () => review('underAppraisal'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<NominationReview>('nomination-review')!;
    await customElements.whenDefined('nomination-review');
    while (!el.shadowRoot?.querySelector('[part~="action"].reject')) await new Promise((r) => setTimeout(r, 50));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="action"].reject')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('dialog button[type="submit"]')!.click();
  },
};

/** Another appraiser changed the dossier meanwhile: send the checklist or an action and the element reloads, says so, and keeps what was typed. */
export const ChangedElsewhere: Story = {
  render: () => {
    const fixture = appraisalFixture();
    const id = dossierIn('underAppraisal');
    const el = html`<div style="padding: 1rem; max-inline-size: 64rem">
      <p>Sau khi hồ sơ tải xong, một cán bộ khác sửa hồ sơ: thao tác tiếp theo nhận lỗi 412.</p>
      <nomination-review proposal-id=${id} .client=${fixture.client()} @thidua-load=${() => fixture.changeElsewhere(id)} @appraisal-change=${onChange}></nomination-review>
    </div>`;
    return el;
  },
};

/** The placeholder while the API has not answered (this fixture never answers). */
export const Loading: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-review proposal-id=${dossierIn('submitted')} .client=${fixtureClient({ fetch: pendingFetch, timeout: 2_147_483_647 })}></nomination-review></div>`,
};

/** A dossier the token’s unit does not appraise (or that does not exist). */
export const ErrorNotFound: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-review proposal-id="00000000-0000-4000-8000-00000000abcd" .client=${appraisalFixture().client()}></nomination-review></div>`,
};

export const ErrorUnauthorized: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-review proposal-id=${dossierIn('submitted')} .client=${fixtureClient({ fetch: unauthorizedFetch })}></nomination-review></div>`,
};

export const ErrorOffline: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-review proposal-id=${dossierIn('submitted')} .client=${fixtureClient({ fetch: offlineFetch })}></nomination-review></div>`,
};

/** On a 360 px phone: one column, buttons the column’s width, the dialog within the screen. */
export const Phone: Story = {
  render: () => html`<div style="max-inline-size: 360px; padding: 0.5rem; box-sizing: border-box">
    <nomination-review proposal-id=${dossierIn('underAppraisal')} .client=${appraisalFixture().client()}></nomination-review>
  </div>`,
};

/** The page: the queue beside the review; opening a dossier in the queue shows it, and a write refreshes the queue. */
export const QueueAndReview: Story = {
  render: () => {
    const fixture = appraisalFixture();
    const client = fixture.client();
    const open = (e: CustomEvent<AppraisalOpenDetail>) => {
      const review = (e.currentTarget as HTMLElement).parentElement!.querySelector('nomination-review')!;
      review.proposalId = e.detail.proposalId;
      review.hidden = false;
      void review.updateComplete.then(() => review.shadowRoot?.querySelector<HTMLElement>('#title')?.focus());
    };
    const refresh = (e: Event) => void (e.currentTarget as HTMLElement).parentElement!.querySelector('nomination-queue')!.reload();
    return html`<div style="padding: 1rem; display: grid; gap: 2rem">
      <nomination-queue page-size="10" .client=${client} @appraisal-open=${open}></nomination-queue>
      <nomination-review hidden .client=${client} @appraisal-change=${refresh}></nomination-review>
    </div>`;
  },
};

// ——— The coordinator's steps (the coordinating department: the Chairman's decision, exemplary models) ———

const featuredChanged = action('featured-model-change');

/** The appraised dossier as the coordinator reads it, the fixture prepared by `setup` (a decision, a featured model) through its own routes. */
const coordinatorReview = (setup?: (fixture: ReturnType<typeof appraisalFixture>, id: string) => void) => {
  const fixture = appraisalFixture({ role: 'coordinator' });
  const id = dossierIn('appraised');
  setup?.(fixture, id);
  return html`<div style="padding: 1rem; max-inline-size: 64rem"><nomination-review
    proposal-id=${id}
    .client=${fixture.client()}
    @appraisal-change=${onChange}
    @featured-model-change=${(e: CustomEvent) => featuredChanged(e.detail)}
  ></nomination-review></div>`;
};

/** Opens a dialog once its button is there. */
const clickWhenReady = async (canvasElement: HTMLElement, selector: string) => {
  const el = canvasElement.querySelector<NominationReview>('nomination-review')!;
  await customElements.whenDefined('nomination-review');
  while (!el.shadowRoot?.querySelector(selector)) await new Promise((r) => setTimeout(r, 50));
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!.click();
};

/** Appraised, awaiting the Chairman's decision: the coordinator's “Ghi nhận quyết định khen thưởng” and the printable proposed list. */
export const CoordinatorAwaitingDecision: Story = { render: () => coordinatorReview() };

/** The decision dialog: number, date signed (dd/mm/yyyy), signer and title, the eligible nominees (all chosen). Recorded, they become awarded. */
export const CoordinatorDecisionDialog: Story = {
  render: () => coordinatorReview(),
  play: ({ canvasElement }) => clickWhenReady(canvasElement, '#action-recordDecision'),
};

/** Awarded by decision 2150/QĐ-UBND: the decision on each awardee, its certificates to print, and the feature dialog open (a photo needs its description). */
export const CoordinatorAwardedFeatureDialog: Story = {
  render: () => coordinatorReview((fixture, id) => void fixture.award(id)),
  play: ({ canvasElement }) => clickWhenReady(canvasElement, '[part~="action"].feature'),
};

/** An awardee featured as an exemplary model: the badge with its field, “Sửa thông tin điển hình” and “Bỏ chọn” (after a confirmation). */
export const CoordinatorFeatured: Story = { render: () => coordinatorReview((fixture, id) => void fixture.award(id, { feature: true })) };
