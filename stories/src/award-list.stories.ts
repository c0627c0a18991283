import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import type { AwardExportDetail, AwardRow } from '@thidua/components';
import { fixtureClient, fixtureFetch, offlineFetch, pendingFetch } from './fixtures/api.js';
import { awards } from './fixtures/results.js';

interface AwardArgs {
  campaignId?: string;
  roundId?: string;
  awardType?: string;
  unitKind?: string;
  query?: string;
  pageSize?: number;
  label?: string;
  lang?: string;
}

const exported = action('thidua-export');
/** The Actions panel shows the file; the story lets the browser download it too. */
const onExport = (e: CustomEvent<AwardExportDetail>) => exported({ filename: e.detail.filename, bytes: e.detail.blob.size, csv: e.detail.csv.slice(0, 400) });
const client = (fetch = fixtureFetch({ delay: 150 })) => fixtureClient({ fetch });

const meta = {
  title: 'Elements/award-list',
  component: 'award-list',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Danh sách tập thể, cá nhân được khen thưởng của một đợt hoặc cả phong trào, công khai: tên, chức vụ, đơn vị; hình thức; số và ngày quyết định; đơn vị đề nghị. Lọc theo hình thức và loại đơn vị, tìm không cần dấu, tải CSV. ' +
          'The public awardees of a round or a campaign, from `client.awards.list()` (every page through `for await`). ' +
          'The stories ask the story fixture (fixtures/results.ts: invented awardees of round 1) through a real SDK client.',
      },
    },
  },
  argTypes: {
    roundId: { control: 'select', options: [undefined, 'bn2026-dot-1'] },
    awardType: { control: 'select', options: [undefined, 'bang-khen-chu-tich-ubnd-tinh', 'giay-khen'] },
    unitKind: { control: 'select', options: [undefined, 'ward', 'department', 'organisation'] },
    query: { control: 'text' },
    pageSize: { control: { type: 'number', min: 1, max: 500 } },
    label: { control: 'text' },
    lang: { control: 'select', options: [undefined, 'vi', 'en'] },
  },
  args: { campaignId: 'bn2026', roundId: 'bn2026-dot-1' },
  render: (a) => html`<div style="padding: 1rem"><award-list
    lang=${ifDefined(a.lang)}
    campaign-id=${ifDefined(a.campaignId)}
    round-id=${ifDefined(a.roundId)}
    award-type=${ifDefined(a.awardType)}
    unit-kind=${ifDefined(a.unitKind)}
    query=${ifDefined(a.query)}
    page-size=${ifDefined(a.pageSize)}
    label=${ifDefined(a.label)}
    .client=${client()}
    @thidua-export=${onExport}
  ></award-list></div>`,
} satisfies Meta<AwardArgs>;

export default meta;
type Story = StoryObj<AwardArgs>;

/** Round 1’s 22 awardees: long names, two “Nguyễn Văn An” of different units, two decisions. */
export const Round: Story = {};

/** Five a page: the first page shows at once, the rest follow through `for await`. */
export const Paged: Story = { args: { pageSize: 5 } };

/** The search ignores diacritics: “nguyen van an” finds both namesakes. */
export const Search: Story = { args: { query: 'nguyen van an' } };

/** Filtered by award and by kind of proposing unit (the attributes the filters set). */
export const Filtered: Story = { args: { awardType: 'giay-khen', unitKind: 'ward' } };

/** Nothing matches: the list says so and offers to clear. */
export const FilteredEmpty: Story = { args: { query: 'khong co ai' } };

/** Nobody awarded yet (`.data` with no items). */
export const Empty: Story = { render: () => html`<div style="padding: 1rem"><award-list .data=${{ items: [] }}></award-list></div>` };

/** The placeholder while the API has not answered (this fixture never answers). */
export const Loading: Story = {
  render: () => html`<div style="padding: 1rem"><award-list campaign-id="bn2026" .client=${fixtureClient({ fetch: pendingFetch, timeout: 2_147_483_647 })}></award-list></div>`,
};

export const ErrorOffline: Story = {
  render: () => html`<div style="padding: 1rem"><award-list campaign-id="bn2026" .client=${client(offlineFetch)}></award-list></div>`,
};

/** A campaign the server does not know. */
export const ErrorNotFound: Story = { args: { campaignId: 'khong-co' } };

/** On a 360 px phone: each awardee a card, each value labelled. */
export const Phone: Story = {
  render: () => html`<div style="max-inline-size: 360px; padding: 1rem; box-sizing: border-box">
    <award-list campaign-id="bn2026" .client=${client()} @thidua-export=${onExport}></award-list>
  </div>`,
};

export const English: Story = { args: { lang: 'en' } };

/** No server: `.data` holds the API’s answer. */
export const FromData: Story = { render: () => html`<div style="padding: 1rem"><award-list .data=${{ items: awards }} @thidua-export=${onExport}></award-list></div>` };

/** No API at all: `.rows` from a page’s own table. */
export const FromRows: Story = {
  render: () => {
    const rows: AwardRow[] = [
      {
        id: '1',
        awardee: { type: 'individual', name: 'Trịnh Thị Thu Hà', position: 'Chuyên viên', workplace: 'Sở Nội vụ tỉnh Bắc Ninh' },
        awardType: { id: 'giay-khen', title: { vi: 'Giấy khen' } },
        decision: { number: '12/QĐ-SNV', date: '2026-02-01' },
        proposingUnit: { id: 'so-noi-vu', name: { vi: 'Sở Nội vụ' }, kind: 'department' },
      },
    ];
    return html`<div style="padding: 1rem"><award-list .rows=${rows}></award-list></div>`;
  },
};

/** Inside a `<thidua-provider>`, as a portal page holds it. */
export const InProvider: Story = {
  render: () => html`<div style="padding: 1rem"><thidua-provider .client=${client()}><award-list campaign-id="bn2026"></award-list></thidua-provider></div>`,
};
