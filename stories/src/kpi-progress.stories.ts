import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fixtureClient, fixtureFetch, indicatorDetail, offlineFetch, pendingFetch } from './fixtures/api.js';

interface StaticArgs {
  label: string;
  value?: number;
  target?: number;
  unit: string;
  comparator: string;
  deadline: string;
  start?: string;
  baseline?: number;
  measuredOn?: string;
  source?: string;
  variant?: string;
  lang?: string;
}

/** A date `days` from today, so that the stories keep their status whatever the day they are viewed. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const meta = {
  title: 'Elements/kpi-progress',
  component: 'kpi-progress',
  parameters: {
    docs: {
      description: {
        component:
          'Tiến độ một chỉ tiêu của phong trào thi đua: tên, giá trị hiện tại, mục tiêu (ký hiệu và lời), thanh tiến độ và trạng thái ' +
          '(Đã đạt, Đúng tiến độ, Có nguy cơ chậm, Chậm tiến độ, Chưa có số liệu — biểu tượng, chữ và màu). ' +
          'Static mode takes the numbers as attributes (with `start` and `deadline` it judges the path); `.data` takes an API answer; ' +
          'live mode (`indicator="…"`) loads it through `api-base` or an enclosing `<thidua-provider>`. ' +
          '`variant="detailed"` adds days left, the path, the trend and the sources.',
      },
    },
  },
  argTypes: {
    unit: { control: 'select', options: ['percent', 'index', 'rank', 'grdpShare', 'growthRate', 'count', 'hồ sơ'] },
    comparator: { control: 'select', options: ['gte', 'gt', 'lte', 'lt', 'eq'] },
    value: { control: { type: 'number', step: 0.1 } },
    target: { control: { type: 'number', step: 0.1 } },
    baseline: { control: { type: 'number', step: 0.1 } },
    deadline: { control: 'text', description: 'yyyy-mm-dd' },
    start: { control: 'text', description: 'yyyy-mm-dd: where the path to the target starts' },
    measuredOn: { control: 'text', description: 'yyyy-mm-dd' },
    variant: { control: 'select', options: ['compact', 'detailed'] },
    lang: { control: 'select', options: [undefined, 'vi', 'en'] },
  },
  args: {
    label: 'Hồ sơ thủ tục hành chính xử lý trực tuyến',
    value: 62,
    target: 90,
    unit: 'percent',
    comparator: 'gte',
    start: day(-100),
    deadline: day(100),
  },
  render: (a) =>
    html`<kpi-progress
      lang=${ifDefined(a.lang)}
      variant=${ifDefined(a.variant)}
      label=${a.label}
      value=${ifDefined(a.value)}
      target=${ifDefined(a.target)}
      unit=${a.unit}
      comparator=${a.comparator}
      start=${ifDefined(a.start)}
      baseline=${ifDefined(a.baseline)}
      measured-on=${ifDefined(a.measuredOn)}
      source=${ifDefined(a.source)}
      deadline=${a.deadline}
    ></kpi-progress>`,
} satisfies Meta<StaticArgs>;

export default meta;
type Story = StoryObj<StaticArgs>;

// ——— Static mode: the numbers come from attributes ———

/** 62 % against "at least 90 %", half-way through the time: 69 % of the way where the path expects 50 %. */
export const OnTrack: Story = {};

/** Three quarters of the time gone (the path expects 75 %), 69 % of the way: a little behind. */
export const AtRisk: Story = { args: { start: day(-150), deadline: day(50) } };

/** Nine tenths of the time gone, 69 % of the way: well behind. */
export const OffTrack: Story = { args: { start: day(-180), deadline: day(20) } };

export const Achieved: Story = {
  args: { label: 'Hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa', value: 100, target: 100 },
};

export const NoData: Story = {
  args: { label: 'Người dân trưởng thành có chữ ký số', value: undefined, target: 40 },
};

/** Without a start date there is no path to be on or off: the card says only what it can (the bar and the target). */
export const NoStartDate: Story = { args: { start: undefined } };

/** Past its deadline and unmet: off track, whatever the path. */
export const PastDeadline: Story = { args: { start: undefined, deadline: day(-43), variant: 'detailed' } };

/** "Trên 90 %" is strictly greater: exactly 90 % is not met, and the bar stops short of full. */
export const StrictTargetAtBoundary: Story = {
  args: {
    label: 'Thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính',
    value: 90,
    target: 90,
    comparator: 'gt',
  },
};

/** The DTI is a 0–1 index, published with four decimals. */
export const DtiIndex: Story = {
  args: { label: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', value: 0.7012, target: 0.75, unit: 'index' },
};

/** A rank: lower is better; "top 10" is rank ≤ 10 (2025 target: among the top 10 provinces). */
export const Rank: Story = {
  args: { label: 'Xếp hạng DTI cấp tỉnh', value: 7, target: 10, unit: 'rank', comparator: 'lte' },
};

/** "< 10" on a rank reads by its direction: in the top 9, never "below 10th". */
export const RankTopNine: Story = {
  args: { label: 'Xếp hạng DTI cấp tỉnh', value: 12, target: 10, unit: 'rank', comparator: 'lt' },
};

/** It stood at 95 % (the baseline) against "at least 90 %" and fell to 85 %: not on track, an empty bar. */
export const FallenBelowBaseline: Story = {
  args: { value: 85, target: 90, baseline: 95, start: day(-300), measuredOn: day(-1), deadline: day(100), variant: 'detailed' },
};

/** A decimal comma, as Vietnamese pages write numbers: `value="62,5"`. */
export const DecimalComma: Story = {
  render: () => html`<kpi-progress label="Hồ sơ thủ tục hành chính xử lý trực tuyến" value="62,5" target="90" unit="percent"
    start=${day(-100)} deadline=${day(100)}></kpi-progress>`,
};

/** A value that is not a number is said plainly, not shown as "no data". */
export const Unreadable: Story = {
  render: () => html`<kpi-progress label="Hồ sơ thủ tục hành chính xử lý trực tuyến" value="sáu mươi" target="90" unit="percent"></kpi-progress>`,
};

export const English: Story = {
  args: { lang: 'en', label: 'Procedure dossiers processed online' },
};

/** Any unit the kit does not know is printed after the number, as given. */
export const CustomUnit: Story = {
  args: { label: 'Hồ sơ tiếp nhận qua Cổng dịch vụ công', value: 12480, target: 15000, unit: 'hồ sơ' },
};

/** The detailed variant: days left, the share of the way against the path, the baseline, the source of the figure. */
export const Detailed: Story = {
  args: { variant: 'detailed', baseline: 40, measuredOn: day(-10), source: 'Báo cáo của Văn phòng UBND tỉnh' },
};

/** A portal re-themes through the custom properties on the element (or `::part`). */
export const Themed: Story = {
  render: (a) => html`<kpi-progress
    style="--kpi-color-indicator: #7a1f1f; --kpi-color-achieved: #0f5132; --kpi-radius: 0; --kpi-color-border: #7a1f1f; --kpi-font-family: Georgia, serif"
    label=${a.label}
    value=${ifDefined(a.value)}
    target=${ifDefined(a.target)}
    unit=${a.unit}
    comparator=${a.comparator}
    start=${ifDefined(a.start)}
    deadline=${a.deadline}
  ></kpi-progress>`,
};

// ——— With data: an API answer given to the card (what <kpi-board> does) ———

/** `.data` from the API (here the story fixture): the server's assessment, the unit, the date of the figures. */
export const WithData: Story = {
  render: () => html`<kpi-progress .data=${indicatorDetail('bn2026-09', undefined, '2026-06-30')}></kpi-progress>`,
};

/** The detailed variant with data: the trend from the history, the source document, the last update. */
export const WithDataDetailed: Story = {
  render: () => html`<kpi-progress variant="detailed" .data=${indicatorDetail('bn2026-09', undefined, '2026-06-30')}></kpi-progress>`,
};

/** A commune's figures against a commune-level target, in English. */
export const WithDataCommuneEnglish: Story = {
  render: () =>
    html`<kpi-progress lang="en" variant="detailed" .data=${indicatorDetail('bn2026-09', 'phuong-kinh-bac', '2026-09-30')}></kpi-progress>`,
};

/** After the plan's end (10/10/2026): its result on the last figure by the deadline, not met. */
export const WithDataEndedNotMet: Story = {
  render: () => html`<kpi-progress variant="detailed" .data=${indicatorDetail('bn2026-09', undefined, '2026-11-25')}></kpi-progress>`,
};

/** After the plan's end: met. */
export const WithDataEndedMet: Story = {
  render: () => html`<kpi-progress .data=${indicatorDetail('bn2026-07', undefined, '2026-11-25')}></kpi-progress>`,
};

/** Indicator 14 judged by the 2030 scheme's target: only when that programme is asked for. */
export const WithDataLaterProgramme: Story = {
  render: () => html`<kpi-progress .data=${indicatorDetail('bn2026-14', undefined, '2026-11-25', 'bn2030')}></kpi-progress>`,
};

// ——— Live mode: the numbers come from the API (here the story fixture, see fixtures/api.ts) ———

/** `<thidua-provider>` gives the element a client; the element asks for `bn2026-09`. */
export const Live: Story = {
  render: () => html`<thidua-provider .client=${fixtureClient()}>
    <kpi-progress indicator="bn2026-09"></kpi-progress>
  </thidua-provider>`,
};

export const LiveDetailed: Story = {
  render: () => html`<thidua-provider .client=${fixtureClient()}>
    <kpi-progress variant="detailed" indicator="bn2026-19"></kpi-progress>
  </thidua-provider>`,
};

/** A ward that has not reported: the target is shown, the value is not invented. */
export const LiveNoData: Story = {
  render: () => html`<thidua-provider .client=${fixtureClient()}>
    <kpi-progress indicator="bn2026-17" org-unit="phuong-tu-son"></kpi-progress>
  </thidua-provider>`,
};

/** The skeleton while the API has not answered (this fixture never answers). */
export const Loading: Story = {
  render: () => html`<thidua-provider .client=${fixtureClient({ fetch: pendingFetch, timeout: 2_147_483_647 })}>
    <kpi-progress indicator="bn2026-09"></kpi-progress>
  </thidua-provider>`,
};

export const ErrorNotFound: Story = {
  render: () => html`<thidua-provider .client=${fixtureClient()}>
    <kpi-progress indicator="no-such-indicator"></kpi-progress>
  </thidua-provider>`,
};

export const ErrorOffline: Story = {
  render: () => html`<thidua-provider .client=${fixtureClient({ fetch: offlineFetch })}>
    <kpi-progress indicator="bn2026-09"></kpi-progress>
  </thidua-provider>`,
};

/** The 19 indicators of the 2026 plan, as a department portal might lay them out: the SDK asks for them in one request. */
export const AllIndicators: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => html`<thidua-provider .client=${fixtureClient({ fetch: fixtureFetch({ delay: 0 }) })}>
    <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); padding: 1rem; max-inline-size: none">
      ${bacNinh2026.indicators
        .filter((indicator) => indicator.campaignId === 'bn2026')
        .map((indicator) => html`<kpi-progress indicator=${indicator.id}></kpi-progress>`)}
    </div>
  </thidua-provider>`,
};
