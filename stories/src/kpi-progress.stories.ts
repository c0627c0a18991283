import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fixtureClient, fixtureFetch, offlineFetch, pendingFetch } from './fixtures/api.js';

interface StaticArgs {
  label: string;
  value?: number;
  target?: number;
  unit: string;
  comparator: string;
  deadline: string;
  lang?: string;
}

const meta = {
  title: 'Elements/kpi-progress',
  component: 'kpi-progress',
  parameters: {
    docs: {
      description: {
        component:
          'Tiến độ một chỉ tiêu của phong trào thi đua: tên, giá trị hiện tại, mục tiêu (ký hiệu và lời), thanh tiến độ và trạng thái (biểu tượng và chữ). ' +
          'Static mode takes the numbers as attributes; SDK mode (`indicator="…"`) loads them from the API through `api-base` or an enclosing `<thidua-provider>`.',
      },
    },
  },
  argTypes: {
    unit: { control: 'select', options: ['percent', 'index', 'rank', 'grdpShare', 'growthRate', 'count', 'hồ sơ'] },
    comparator: { control: 'select', options: ['gte', 'gt', 'lte', 'lt', 'eq'] },
    value: { control: { type: 'number', step: 0.1 } },
    target: { control: { type: 'number', step: 0.1 } },
    deadline: { control: 'text', description: 'yyyy-mm-dd' },
    lang: { control: 'select', options: [undefined, 'vi', 'en'] },
  },
  args: {
    label: 'Hồ sơ thủ tục hành chính xử lý trực tuyến',
    value: 62,
    target: 90,
    unit: 'percent',
    comparator: 'gte',
    deadline: '2026-10-10',
  },
  render: (a) =>
    html`<kpi-progress
      lang=${ifDefined(a.lang)}
      label=${a.label}
      value=${ifDefined(a.value)}
      target=${ifDefined(a.target)}
      unit=${a.unit}
      comparator=${a.comparator}
      deadline=${a.deadline}
    ></kpi-progress>`,
} satisfies Meta<StaticArgs>;

export default meta;
type Story = StoryObj<StaticArgs>;

// ——— Static mode: the numbers come from attributes ———

/** Indicator III.9 of the 2026 plan: 62 % against "at least 90 %". */
export const PercentBehind: Story = {};

export const PercentMet: Story = {
  args: { label: 'Hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa', value: 100, target: 100 },
};

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
  args: { label: 'Xếp hạng DTI cấp tỉnh', value: 7, target: 10, unit: 'rank', comparator: 'lte', deadline: '2025-12-31' },
};

export const English: Story = {
  args: { lang: 'en', label: 'Procedure dossiers processed online' },
};

/** Any unit the kit does not know is printed after the number, as given. */
export const CustomUnit: Story = {
  args: { label: 'Hồ sơ tiếp nhận qua Cổng dịch vụ công', value: 12480, target: 15000, unit: 'hồ sơ', deadline: '' },
};

export const NoData: Story = {
  args: { label: 'Người dân trưởng thành có chữ ký số', value: undefined, target: 40 },
};

/** A portal re-themes through the custom properties on the element. */
export const Themed: Story = {
  render: (a) => html`<kpi-progress
    style="--kpi-color-indicator: #7a1f1f; --kpi-color-met: #0f5132; --kpi-radius: 0; --kpi-color-border: #7a1f1f; --kpi-font-family: Georgia, serif"
    label=${a.label}
    value=${ifDefined(a.value)}
    target=${ifDefined(a.target)}
    unit=${a.unit}
    comparator=${a.comparator}
    deadline=${a.deadline}
  ></kpi-progress>`,
};

// ——— SDK mode: the numbers come from the API (here the story fixture, see fixtures/api.ts) ———

/** `<thidua-provider>` gives the element a client; the element asks for `bn2026-09`. */
export const Live: Story = {
  render: () => html`<thidua-provider .client=${fixtureClient()}>
    <kpi-progress indicator="bn2026-09"></kpi-progress>
  </thidua-provider>`,
};

/** A department that has not reported: the target is shown, the value is not invented. */
export const LiveNoData: Story = {
  render: () => html`<thidua-provider .client=${fixtureClient()}>
    <kpi-progress indicator="bn2026-17" org-unit="so-noi-vu"></kpi-progress>
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

/** The 19 indicators of the 2026 plan, as a department portal might lay them out. */
export const AllIndicators: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => html`<thidua-provider .client=${fixtureClient({ fetch: fixtureFetch({ delay: 0 }) })}>
    <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); padding: 1rem; max-inline-size: none">
      ${bacNinh2026.indicators.map((indicator) => html`<kpi-progress indicator=${indicator.id}></kpi-progress>`)}
    </div>
  </thidua-provider>`,
};
