import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import type { NominationOpenDetail } from '@thidua/components';
import { fixtureClient, fixtureFetch, offlineFetch, pendingFetch, unauthorizedFetch } from './fixtures/api.js';
import { dossierDetails } from './fixtures/dossier-details.js';
import { wardDossiers } from './fixtures/nominations.js';

interface ListArgs {
  campaign?: string;
  round?: string;
  status?: string;
  pageSize?: number;
  nomineePageSize?: number;
  formHref?: string;
  orgUnit?: string;
  lang?: string;
}

/** What the page would do: open `<nomination-form proposal="…">`; here the Actions panel shows the event. */
const opened = action('nomination-open');
const onOpen = (e: CustomEvent<NominationOpenDetail>) => opened(e.detail);
const client = (fetch = fixtureFetch({ delay: 150 })) => fixtureClient({ fetch });

const meta = {
  title: 'Elements/nomination-list',
  component: 'nomination-list',
  parameters: {
    // A list takes a page's main column, not a card's sidebar width (the preview's default).
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Hồ sơ đề nghị khen thưởng của một đơn vị: từng hồ sơ với người được đề nghị, hình thức, đợt, trạng thái (biểu tượng và chữ) và lần cập nhật cuối; lọc theo đợt và trạng thái; xem thêm từng trang. ' +
          'A proposing unit’s proposals and their nominees, from `client.nominations.listProposals()` and `list()` with a proposer’s token (the provider’s). ' +
          'Continuing a draft or opening a submitted proposal fires `nomination-open` (see the Actions panel), or follows `form-href`. ' +
          'The stories ask the story fixture (fixtures/api.ts, fixtures/nominations.ts: invented dossiers of a ward) through a real SDK client.',
      },
    },
  },
  argTypes: {
    round: { control: 'select', options: [undefined, 'bn2026-dot-1', 'bn2026-tong-ket'] },
    status: { control: 'select', options: [undefined, 'draft', 'submitted', 'underAppraisal', 'returned', 'resubmitted', 'appraised', 'withdrawn'] },
    pageSize: { control: { type: 'number', min: 1, max: 200 } },
    nomineePageSize: { control: { type: 'number', min: 1, max: 500 } },
    formHref: { control: 'text', description: '`{id}` and `{mode}` are filled in' },
    orgUnit: { control: 'text' },
    lang: { control: 'select', options: [undefined, 'vi', 'en'] },
  },
  args: { campaign: 'bn2026' },
  render: (a) => html`<div style="padding: 1rem"><nomination-list
    lang=${ifDefined(a.lang)}
    campaign=${ifDefined(a.campaign)}
    round=${ifDefined(a.round)}
    status=${ifDefined(a.status)}
    page-size=${ifDefined(a.pageSize)}
    nominee-page-size=${ifDefined(a.nomineePageSize)}
    form-href=${ifDefined(a.formHref)}
    org-unit=${ifDefined(a.orgUnit)}
    .client=${client()}
    @nomination-open=${onOpen}
  ></nomination-list></div>`,
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

/** A ward’s proposals, ten at a time, newest first: drafts to continue, submitted ones to read, every status of appraisal. */
export const Ward: Story = {};

/** Only the drafts (the status filter, set by its attribute). */
export const Drafts: Story = { args: { status: 'draft' } };

/** A round of last year: proposals appraised and awarded; one nominee decided apart from its proposal. */
export const PastRound: Story = { args: { round: 'bn2026-dot-1' } };

/** Filters nothing matches: the list says so and offers to clear them. */
export const NoMatch: Story = { args: { round: 'bn2026-dot-1', status: 'draft' } };

/** Four at a time: “show older” loads the next page, says how many came, and focuses the first of them. */
export const Paged: Story = { args: { pageSize: 4 } };

/** An imported list of 24 teams, five shown: “show more nominees” loads the next five. */
export const LongProposal: Story = { args: { status: 'draft', nomineePageSize: 5 } };

/** With `form-href`: the open controls are links to the page’s form (the event still fires first, and a router may cancel it). */
export const FormLinks: Story = { args: { formHref: '#/de-nghi?proposal={id}&mode={mode}' } };

export const English: Story = { args: { lang: 'en' } };

/** A unit with no proposal yet. */
export const Empty: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-list .data=${{ proposals: [], nominations: [] }}></nomination-list></div>`,
};

/** The page’s own call to action in the empty state (the `empty` slot). */
export const EmptyWithCallToAction: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-list .data=${{ proposals: [], nominations: [] }}>
    <p slot="empty">Đơn vị chưa có hồ sơ nào. <a href="#/de-nghi">Lập hồ sơ đề nghị khen thưởng</a></p>
  </nomination-list></div>`,
};

/** The placeholder while the API has not answered (this fixture never answers). */
export const Loading: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-list campaign="bn2026" .client=${fixtureClient({ fetch: pendingFetch, timeout: 2_147_483_647 })}></nomination-list></div>`,
};

/** A token the server does not know (revoked, mistyped). */
export const ErrorUnauthorized: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-list campaign="bn2026" .client=${client(unauthorizedFetch)}></nomination-list></div>`,
};

/** A unit that is not the token’s. */
export const ErrorForbidden: Story = { args: { orgUnit: 'xa-tien-du' } };

export const ErrorOffline: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-list campaign="bn2026" .client=${client(offlineFetch)}></nomination-list></div>`,
};

/** The first page loaded; older proposals cannot be: the list stays and says why. Press “show older”. */
export const MoreFails: Story = {
  render: () => {
    const fixture = fixtureFetch({ delay: 150 });
    const failLater: typeof fetch = (input, init) =>
      new Request(input, init).url.includes('cursor=') ? Promise.reject(new TypeError('Failed to fetch')) : fixture(input, init);
    return html`<div style="padding: 1rem"><nomination-list campaign="bn2026" page-size="4" .client=${client(failLater)}></nomination-list></div>`;
  },
};

/** On a 320 px phone: each proposal a card, each value labelled, its nominees a list inside. */
export const Phone: Story = {
  render: () => html`<div style="max-inline-size: 320px; padding: 1rem; box-sizing: border-box">
    <nomination-list campaign="bn2026" page-size="4" .client=${client()} @nomination-open=${onOpen}></nomination-list>
  </div>`,
};

/** No server: `.data` holds the summaries the page already has; the filters apply to them. */
export const FromData: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-list .data=${wardDossiers} @nomination-open=${onOpen}></nomination-list></div>`,
};

/** Inside a `<thidua-provider>` whose token is the ward’s proposer token, as a portal page holds it. */
export const InProvider: Story = {
  render: () => html`<div style="padding: 1rem">
    <thidua-provider .client=${client()}><nomination-list campaign="bn2026" @nomination-open=${onOpen}></nomination-list></thidua-provider>
  </div>`,
};

// ——— Part 2: returned dossiers, their reasons and history; the resubmission ———

/** A returned dossier opens with its reasons: the whole dossier’s, its nominee’s, the appraisers’ message, and the history. Press “Gửi lại hồ sơ” to resubmit after the confirmation (Escape cancels). */
export const Returned: Story = { args: { status: 'returned' } };

/** The resubmission meets a dossier changed in another window meanwhile: the 412 is explained, the dossier read again, and the next attempt goes through. */
export const ResubmitStale: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-list campaign="bn2026" status="returned" .client=${client(fixtureFetch({ delay: 150, staleResubmit: true }))}></nomination-list></div>`,
};

/** Last year’s round: open a dossier’s “Lý do, ý kiến và lịch sử” to see who was found not eligible and why, and who was awarded by which decision. */
export const Outcomes: Story = { args: { round: 'bn2026-dot-1' } };

/** No server: `.data` with `details` (the proposals in full) shows the reasons and outcomes; with no client there is no resubmission. */
export const DetailsFromData: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-list .data=${{ ...wardDossiers, details: dossierDetails }} @nomination-open=${onOpen}></nomination-list></div>`,
};

/** A returned dossier on a 360 px phone: its reasons and the resubmit button under its card. */
export const ReturnedPhone: Story = {
  render: () => html`<div style="max-inline-size: 360px; padding: 1rem; box-sizing: border-box">
    <nomination-list campaign="bn2026" status="returned" .client=${client()}></nomination-list>
  </div>`,
};
