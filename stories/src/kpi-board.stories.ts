import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fixtureClient, fixtureFetch, indicatorList, offlineFetch, pendingFetch } from './fixtures/api.js';

interface BoardArgs {
  campaign: string;
  orgUnit?: string;
  asOf?: string;
  status?: string;
  variant?: string;
  lang?: string;
}

const meta = {
  title: 'Elements/kpi-board',
  component: 'kpi-board',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Mọi chỉ tiêu của một phong trào cho một đơn vị, nhóm theo lĩnh vực, với số chỉ tiêu ở từng trạng thái — các nút đếm cũng là bộ lọc. ' +
          'One request (`client.indicators.list()`) loads the board; the cards are given their data. `.data` takes an `IndicatorList` for use without a server. ' +
          'The stories ask the story fixture (fixtures/api.ts) through a real SDK client.',
      },
    },
  },
  argTypes: {
    orgUnit: { control: 'select', options: [undefined, 'phuong-kinh-bac', 'xa-tien-du', 'phuong-bac-giang', 'xa-gia-binh', 'phuong-tu-son'] },
    asOf: { control: 'text', description: 'yyyy-mm-dd; today when empty' },
    status: { control: 'select', options: [undefined, 'achieved', 'onTrack', 'atRisk', 'offTrack', 'noData', 'met', 'notMet'] },
    variant: { control: 'select', options: ['compact', 'detailed'] },
    lang: { control: 'select', options: [undefined, 'vi', 'en'] },
  },
  // 30/06/2026, the province's last demo figures: a spread of statuses to review.
  args: { campaign: 'bn2026', asOf: '2026-06-30' },
  render: (a) => html`<div style="padding: 1rem">
    <kpi-board
      lang=${ifDefined(a.lang)}
      campaign=${a.campaign}
      org-unit=${ifDefined(a.orgUnit)}
      as-of=${ifDefined(a.asOf)}
      status=${ifDefined(a.status)}
      variant=${ifDefined(a.variant)}
      .client=${fixtureClient({ fetch: fixtureFetch({ delay: 150 }) })}
    ></kpi-board>
  </div>`,
} satisfies Meta<BoardArgs>;

export default meta;
type Story = StoryObj<BoardArgs>;

/** The province's 19 indicators of the 2026 plan. */
export const Province: Story = {};

/** A ward's own figures, judged against the commune-level targets. */
export const Commune: Story = { args: { orgUnit: 'phuong-kinh-bac', asOf: '2026-09-30' } };

/** A ward that has reported nothing yet: every card says "no data". */
export const CommuneWithoutFigures: Story = { args: { orgUnit: 'phuong-tu-son', asOf: undefined } };

/** Filtered to one status by its attribute (the summary's button is pressed). */
export const FilteredOffTrack: Story = { args: { status: 'offTrack' } };

/** A status no indicator is in: the board says so. */
export const FilteredEmpty: Story = { args: { status: 'noData' } };

/** The cards in their detailed variant: days left, the path, the trend, the sources. */
export const Detailed: Story = { args: { variant: 'detailed' } };

export const English: Story = { args: { lang: 'en' } };

/** As of today: past the plan's end of 10/10/2026, the board is its final result. */
export const AsOfToday: Story = { args: { asOf: undefined } };

/** The plan has ended: it says so and when the final review was; each indicator met or not met, with counts. */
export const Ended: Story = { args: { asOf: '2026-11-25' } };

/** An ended plan, filtered to what was not met. */
export const EndedNotMet: Story = { args: { asOf: '2026-11-25', status: 'notMet' } };

/** A ward's final result: only the indicators a commune or ward reports. */
export const EndedCommune: Story = { args: { asOf: '2026-11-25', orgUnit: 'phuong-kinh-bac', variant: 'detailed' } };

/** On a 375 px phone: the filter buttons two to a row. */
export const Phone: Story = {
  render: () => html`<div style="padding: 1rem; max-inline-size: 375px; box-sizing: border-box">
    <kpi-board campaign="bn2026" as-of="2026-06-30" .client=${fixtureClient({ fetch: fixtureFetch({ delay: 150 }) })}></kpi-board>
  </div>`,
};

/** Two boards on one page: each is a landmark named after its campaign, unit and date. */
export const TwoBoards: Story = {
  render: () => html`<div style="padding: 1rem; display: grid; gap: 2rem">
    <kpi-board campaign="bn2026" as-of="2026-06-30" .client=${fixtureClient({ fetch: fixtureFetch({ delay: 150 }) })}></kpi-board>
    <kpi-board campaign="bn2026" org-unit="phuong-kinh-bac" as-of="2026-06-30" .client=${fixtureClient({ fetch: fixtureFetch({ delay: 150 }) })}></kpi-board>
  </div>`,
};

/** No server: `.data` is an `IndicatorList` the page already has. */
export const FromData: Story = {
  render: () => html`<div style="padding: 1rem"><kpi-board .data=${indicatorList('bn2026', 'xa-tien-du', '2026-09-30')}></kpi-board></div>`,
};

/** A campaign without indicators yet. */
export const Empty: Story = {
  render: () => html`<div style="padding: 1rem"><kpi-board .data=${{ ...indicatorList('bn2026')!, items: [] }}></kpi-board></div>`,
};

/** The placeholder while the API has not answered (this fixture never answers). */
export const Loading: Story = {
  render: () => html`<div style="padding: 1rem">
    <kpi-board campaign="bn2026" .client=${fixtureClient({ fetch: pendingFetch, timeout: 2_147_483_647 })}></kpi-board>
  </div>`,
};

export const ErrorNotFound: Story = {
  render: () => html`<div style="padding: 1rem"><kpi-board campaign="khong-co" .client=${fixtureClient()}></kpi-board></div>`,
};

export const ErrorOffline: Story = {
  render: () => html`<div style="padding: 1rem"><kpi-board campaign="bn2026" .client=${fixtureClient({ fetch: offlineFetch })}></kpi-board></div>`,
};

/** Inside a `<thidua-provider>`, as a portal configures the API once for the page. */
export const InProvider: Story = {
  render: () => html`<div style="padding: 1rem">
    <thidua-provider .client=${fixtureClient()}><kpi-board campaign="bn2026" as-of="2026-06-30"></kpi-board></thidua-provider>
  </div>`,
};
