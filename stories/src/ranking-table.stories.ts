import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { RankingRow } from '@thidua/components';
import { inRankingGroup, type RankingGroup } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fixtureClient, fixtureFetch, offlineFetch, pendingFetch } from './fixtures/api.js';

const dti = bacNinh2026.scoreIndices!.find((i) => i.id === 'dti')!;

/** The seeded 2025 DTI scores of a group, with 2024's, as a portal would give them to `.rows` (demo figures). */
function catalogRows(group: RankingGroup): RankingRow[] {
  const scores = bacNinh2026.scores ?? [];
  return bacNinh2026.units
    .filter((u) => inRankingGroup(u.kind, group))
    .flatMap((unit) => {
      const now = scores.find((s) => s.unitId === unit.id && s.period === '2025');
      const before = scores.find((s) => s.unitId === unit.id && s.period === '2024');
      return now ? [{ id: unit.id, name: unit.name, kind: unit.kind, value: now.value, previousValue: before?.value, subScores: now.subScores, demo: true }] : [];
    });
}

/** 10,000 invented units with tied scores: how the table holds up far beyond a province's 99 communes. */
const manyRows: RankingRow[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: `don-vi-${i}`,
  name: `${i % 3 ? 'Phường' : 'Xã'} Thử nghiệm ${String(i + 1).padStart(5, '0')}`,
  kind: i % 3 ? 'ward' : 'commune',
  value: Math.round(((i * 7919) % 10_000) / 10) / 1000,
  previousValue: Math.round(((i * 104_729) % 10_000) / 10) / 1000,
  demo: true,
}));

/** Indicator 9 (dossiers processed online, %) for a few communes: an indicator ranking has no bands or sub-indices. */
const indicatorRows: RankingRow[] = [
  { id: 'phuong-tu-son', name: 'Phường Từ Sơn', kind: 'ward', value: 88, previousValue: 80 },
  { id: 'xa-tien-du', name: 'Xã Tiên Du', kind: 'commune', value: 88, previousValue: 71.5 },
  { id: 'phuong-kinh-bac', name: 'Phường Kinh Bắc', kind: 'ward', value: '91,5', previousValue: 60 },
  { id: 'xa-gia-binh', name: 'Xã Gia Bình', kind: 'commune', value: '64.2', previousValue: 66 },
];

interface Args {
  label: string;
  highlight?: string;
  top?: number;
  subScores: boolean;
  lang?: string;
}

const meta = {
  title: 'Elements/ranking-table',
  component: 'ranking-table',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Bảng xếp hạng các cơ quan, đơn vị theo Chỉ số chuyển đổi số (DTI) hoặc theo một chỉ tiêu: hạng đồng hạng (1, 2, 2, 4), thay đổi so với năm trước (mũi tên và chữ), xếp loại, tìm kiếm không dấu, sắp xếp theo từng cột, xuất CSV và in. ' +
          'A real `<table>` (caption, `th scope`, `aria-sort`); past 60 rows only the rows in view are rendered, with `aria-rowcount` and `aria-rowindex`. ' +
          'Data as a property (`.rows`) or from the API (`campaign`, `metric`, `period`, `group`). All scores shown here are demonstration figures.',
      },
    },
  },
  argTypes: {
    highlight: { control: 'select', options: [undefined, ...catalogRows('departments').map((r) => r.id)] },
    top: { control: { type: 'number', min: 0 } },
    lang: { control: 'select', options: [undefined, 'vi', 'en'] },
  },
  args: { label: 'Xếp hạng DTI các sở, ban, ngành năm 2025 (số liệu minh họa)', subScores: false },
  render: (a) => html`<div style="padding: 1rem">
    <ranking-table
      lang=${ifDefined(a.lang)}
      label=${a.label}
      period="2025"
      highlight=${ifDefined(a.highlight)}
      top=${ifDefined(a.top)}
      ?sub-scores=${a.subScores}
      .rows=${catalogRows('departments')}
      .bands=${dti.bands}
      .subIndices=${dti.subIndices}
    ></ranking-table>
  </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

// ——— Data given as a property: no server ———

/** The departments' DTI, ranked in the browser from `.rows`: two departments tie for 6th, so there is no 7th. */
export const PropertyData: Story = {};

/** The host site's own unit, marked in words ("Đơn vị của chúng tôi") as well as colour. */
export const Highlight: Story = { args: { highlight: 'so-khoa-hoc-cong-nghe' } };

/** The first five places, compact, with the host's unit shown below them when it is not among them. */
export const TopFive: Story = { args: { top: 5, highlight: 'so-giao-duc-dao-tao', label: 'Năm sở dẫn đầu DTI 2025' } };

/** All eight DTI sub-index columns shown from the start; each can be hidden from "Chỉ số thành phần". */
export const SubScoresShown: Story = { args: { subScores: true } };

export const English: Story = { args: { lang: 'en', label: 'DTI ranking of departments, 2025 (demonstration figures)', highlight: 'so-khoa-hoc-cong-nghe' } };

/** Departments, communes and wards together: the group filter ranks within the group chosen. */
export const AllUnitsWithGroupFilter: Story = {
  render: () => html`<div style="padding: 1rem">
    <ranking-table label="Xếp hạng DTI năm 2025" period="2025" .rows=${catalogRows('all')} .bands=${dti.bands} .subIndices=${dti.subIndices}></ranking-table>
  </div>`,
};

/** Ranking by an indicator (percent): values typed with a comma or a point are both read; no bands. */
export const IndicatorRanking: Story = {
  render: () => html`<div style="padding: 1rem">
    <ranking-table label="Hồ sơ TTHC xử lý trực tuyến (%), năm 2025" period="2025" unit="percent" metric="bn2026-09" .rows=${indicatorRows}></ranking-table>
  </div>`,
};

/** 10,000 rows: only the rows in view exist in the DOM, inside the same table. Try sorting and searching. */
export const TenThousandRows: Story = {
  render: () => html`<div style="padding: 1rem">
    <ranking-table label="10.000 đơn vị thử nghiệm" period="2025" highlight="don-vi-4242" .rows=${manyRows} .bands=${dti.bands}></ranking-table>
  </div>`,
};

/** A 320 px column (the narrowest phone): the toolbar wraps, the table scrolls sideways in its own region. */
export const Narrow320: Story = {
  render: () => html`<div style="padding: 1rem; box-sizing: border-box; max-inline-size: calc(320px + 2rem)">
    <ranking-table label="Xếp hạng DTI xã, phường 2025" period="2025" highlight="phuong-tu-son" .rows=${catalogRows('communes')} .bands=${dti.bands}></ranking-table>
  </div>`,
};

export const Empty: Story = {
  render: () => html`<div style="padding: 1rem"><ranking-table label="Xếp hạng DTI năm 2026" .rows=${[]}></ranking-table></div>`,
};

// ——— From the API (here the story fixture, see fixtures/rankings.ts) ———

/** `<thidua-provider>` gives the table a client; it asks for the departments' DTI ranking of the latest year. */
export const Live: Story = {
  render: () => html`<div style="padding: 1rem">
    <thidua-provider .client=${fixtureClient()}>
      <ranking-table campaign="bn2026" metric="dti" group="departments" highlight="so-khoa-hoc-cong-nghe"></ranking-table>
    </thidua-provider>
  </div>`,
};

/** `group="all"` (the default): the reader picks a group and the table asks the API for it. */
export const LiveAllGroups: Story = {
  render: () => html`<div style="padding: 1rem">
    <thidua-provider .client=${fixtureClient()}>
      <ranking-table campaign="bn2026" sub-scores></ranking-table>
    </thidua-provider>
  </div>`,
};

export const LiveEnglish: Story = {
  render: () => html`<div style="padding: 1rem">
    <thidua-provider lang="en" .client=${fixtureClient({ fetch: fixtureFetch({ delay: 0 }) })}>
      <ranking-table campaign="bn2026" group="communes" highlight="phuong-tu-son"></ranking-table>
    </thidua-provider>
  </div>`,
};

/** A year with no scores: the caption says which, and that there is nothing yet. */
export const LiveEmptyYear: Story = {
  render: () => html`<div style="padding: 1rem">
    <thidua-provider .client=${fixtureClient()}>
      <ranking-table campaign="bn2026" period="2019"></ranking-table>
    </thidua-provider>
  </div>`,
};

/** The skeleton while the API has not answered (this fixture never answers). */
export const Loading: Story = {
  render: () => html`<div style="padding: 1rem">
    <thidua-provider .client=${fixtureClient({ fetch: pendingFetch, timeout: 2_147_483_647 })}>
      <ranking-table campaign="bn2026"></ranking-table>
    </thidua-provider>
  </div>`,
};

export const ErrorNotFound: Story = {
  render: () => html`<div style="padding: 1rem">
    <thidua-provider .client=${fixtureClient()}>
      <ranking-table campaign="bn2026" metric="khong-co"></ranking-table>
    </thidua-provider>
  </div>`,
};

export const ErrorOffline: Story = {
  render: () => html`<div style="padding: 1rem">
    <thidua-provider .client=${fixtureClient({ fetch: offlineFetch })}>
      <ranking-table campaign="bn2026"></ranking-table>
    </thidua-provider>
  </div>`,
};
