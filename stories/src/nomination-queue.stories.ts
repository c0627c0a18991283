import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import type { AppraisalOpenDetail } from '@thidua/components';
import { fixtureClient, offlineFetch, pendingFetch, unauthorizedFetch } from './fixtures/api.js';
import { appraisalFixture, queueRows } from './fixtures/appraisals.js';

interface QueueArgs {
  round?: string;
  awardType?: string;
  unit?: string;
  status?: string;
  deadline?: string;
  search?: string;
  sort?: string;
  order?: string;
  pageSize?: number;
  hrefTemplate?: string;
  lang?: string;
}

/** What the page would do: show `<nomination-review proposal-id="…">`; here the Actions panel shows the event. */
const opened = action('appraisal-open');
const onOpen = (e: CustomEvent<AppraisalOpenDetail>) => opened(e.detail);

const meta = {
  title: 'Elements/nomination-queue',
  component: 'nomination-queue',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Hồ sơ cần thẩm định của Sở Khoa học và Công nghệ: bảng sắp xếp được theo từng cột, lọc theo đợt, hình thức, đơn vị, trạng thái và thời hạn, tìm kiếm không cần dấu, tải thêm từng trang; hạn thẩm định tính theo ngày làm việc (sắp đến hạn, quá hạn bằng biểu tượng và chữ). ' +
          'The appraisers’ queue, from `client.appraisals.list()` with an appraiser’s token. Opening a dossier fires `appraisal-open` (see the Actions panel), or follows `href-template`. ' +
          'The stories ask the story fixture (fixtures/appraisals.ts: 60 invented dossiers, deadlines by the shared rule with “today” 20/10/2026) through a real SDK client.',
      },
    },
  },
  argTypes: {
    round: { control: 'select', options: [undefined, 'bn2026-dot-1', 'bn2026-tong-ket'] },
    status: { control: 'select', options: [undefined, 'submitted', 'underAppraisal', 'returned', 'resubmitted', 'appraised', 'withdrawn'] },
    deadline: { control: 'select', options: [undefined, 'dueSoon', 'overdue'] },
    sort: { control: 'select', options: ['dueOn', 'completeOn', 'reference', 'unit', 'awardType', 'round', 'nominations', 'status'] },
    order: { control: 'select', options: ['ascending', 'descending'] },
    pageSize: { control: { type: 'number', min: 1, max: 500 } },
    hrefTemplate: { control: 'text', description: '`{id}` is filled in' },
    lang: { control: 'select', options: [undefined, 'vi', 'en'] },
  },
  args: { pageSize: 20 },
  render: (a) => html`<div style="padding: 1rem"><nomination-queue
    campaign="bn2026"
    lang=${ifDefined(a.lang)}
    round=${ifDefined(a.round)}
    award-type=${ifDefined(a.awardType)}
    unit=${ifDefined(a.unit)}
    status=${ifDefined(a.status)}
    deadline=${ifDefined(a.deadline)}
    search=${ifDefined(a.search)}
    sort=${ifDefined(a.sort)}
    order=${ifDefined(a.order)}
    page-size=${ifDefined(a.pageSize)}
    href-template=${ifDefined(a.hrefTemplate)}
    .client=${appraisalFixture().client()}
    @appraisal-open=${onOpen}
  ></nomination-queue></div>`,
} satisfies Meta<QueueArgs>;

export default meta;
type Story = StoryObj<QueueArgs>;

/** The queue, 20 at a time, the most pressing deadline first: overdue and due soon said in words with their icons. */
export const Queue: Story = {};

/** Only the overdue dossiers (the deadline filter, set by its attribute; the server is asked the same). */
export const Overdue: Story = { args: { deadline: 'overdue' } };

/** Under appraisal, sorted by the proposing unit (a column the element sorts itself). */
export const UnderAppraisalByUnit: Story = { args: { status: 'underAppraisal', sort: 'unit' } };

/** The search ignores diacritics: “tu son” finds Phường Từ Sơn. */
export const Search: Story = { args: { search: 'tu son' } };

/** Filters nothing matches: the table says so and offers to clear them. */
export const NoMatch: Story = { args: { search: 'không có hồ sơ này' } };

/** Ten at a time: “Tải thêm” loads the next page, says how many came, and focuses the first of them. */
export const Paged: Story = { args: { pageSize: 10 } };

/** With `href-template`: the references are links (the event still fires first, and a router may cancel it). */
export const Links: Story = { args: { hrefTemplate: '#/tham-dinh?id={id}' } };

export const English: Story = { args: { lang: 'en' } };

/** No server: `.rows` holds the summaries the page already has; the filters, search and sort apply to them. */
export const FromRows: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-queue .rows=${queueRows} @appraisal-open=${onOpen}></nomination-queue></div>`,
};

/** Nothing waits for appraisal. */
export const Empty: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-queue .rows=${[]}></nomination-queue></div>`,
};

/** The placeholder while the API has not answered (this fixture never answers). */
export const Loading: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-queue .client=${fixtureClient({ fetch: pendingFetch, timeout: 2_147_483_647 })}></nomination-queue></div>`,
};

/** A token the server does not know (revoked, mistyped). */
export const ErrorUnauthorized: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-queue .client=${fixtureClient({ fetch: unauthorizedFetch })}></nomination-queue></div>`,
};

export const ErrorOffline: Story = {
  render: () => html`<div style="padding: 1rem"><nomination-queue .client=${fixtureClient({ fetch: offlineFetch })}></nomination-queue></div>`,
};

/** The first page loaded; the next cannot be: the table stays and says why. Press “Tải thêm”. */
export const MoreFails: Story = {
  render: () => {
    const fixture = appraisalFixture();
    const failLater: typeof fetch = (input, init) => (new Request(input, init).url.includes('cursor=') ? Promise.reject(new TypeError('Failed to fetch')) : fixture.fetch(input, init));
    return html`<div style="padding: 1rem"><nomination-queue page-size="10" .client=${fixtureClient({ fetch: failLater })}></nomination-queue></div>`;
  },
};

/** On a 360 px phone: each dossier a card, each value labelled; the sort buttons stay above. */
export const Phone: Story = {
  render: () => html`<div style="max-inline-size: 360px; padding: 0.5rem; box-sizing: border-box">
    <nomination-queue page-size="6" .client=${appraisalFixture().client()} @appraisal-open=${onOpen}></nomination-queue>
  </div>`,
};
