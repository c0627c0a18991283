import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
// The dark preset as a portal links it (the package's `themes/dark.css`; on the CDN, `/cdn/<version>/themes/dark.css`).
import '@thidua/components/themes/dark.css';
import { fixtureClient, indicatorList } from './fixtures/api.js';
import { queueRows } from './fixtures/appraisals.js';

/**
 * A commune's portal with its own brand: a teal of its own, a serif font, square corners,
 * set once on the page with the kit-wide `--thidua-*` tokens, and reached deeper with
 * `::part` (the board's cards through the parts it exports). In dark mode the same brand
 * sits on the dark preset: the portal only swaps its brand colour for a light one.
 */
const brand = `
  .commune-portal {
    --thidua-color-primary: #0f5e66;
    --thidua-font-family: Georgia, 'Noto Serif', 'Times New Roman', serif;
    --thidua-radius: 0.25rem;
    --thidua-color-highlight: #fff1c2;
    display: grid;
    gap: 1.5rem;
    padding: 0 1.5rem 2rem;
    font-family: var(--thidua-font-family);
  }
  .commune-portal.thidua-dark {
    --thidua-color-primary: #7fd4dc;
    --thidua-color-on-primary: #06272b;
    --thidua-color-highlight: #4a3a10;
  }
  .commune-portal > header {
    margin-inline: -1.5rem;
    padding: 1rem 1.5rem;
    color: var(--thidua-color-on-primary, #fff);
    background: var(--thidua-color-primary);
  }
  .commune-portal h1 { margin: 0; font-size: 1.375rem; }
  .commune-portal h2 { margin: 0 0 0.75rem; font-size: 1.125rem; }
  .commune-portal kpi-board::part(card) { border-block-start: 0.25rem solid var(--thidua-color-primary); }
  .commune-portal kpi-board::part(card-value) { font-variant-numeric: oldstyle-nums; }
  .commune-portal .columns { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); }
`;

const portal = ({ dark }: { dark: boolean }) => html`
  ${unsafeHTML(`<style>${brand}</style>`)}
  <div class="commune-portal ${dark ? 'thidua-dark' : ''}">
    <header><h1>Cổng thông tin điện tử phường Kinh Bắc</h1></header>
    <section>
      <h2>Tiến độ chuyển đổi số của phường</h2>
      <kpi-board heading-level="3" .data=${indicatorList('bn2026', 'phuong-kinh-bac', '2026-09-30')}></kpi-board>
    </section>
    <div class="columns">
      <section>
        <h2>Một chỉ tiêu, từ thuộc tính</h2>
        <kpi-progress label="Hồ sơ xử lý trực tuyến" value="62" target="90" unit="percent"></kpi-progress>
      </section>
      <section>
        <h2>Xếp hạng DTI các sở</h2>
        <thidua-provider .client=${fixtureClient()}>
          <ranking-table campaign="bn2026" metric="dti" group="departments" highlight="so-khoa-hoc-cong-nghe" top="6"></ranking-table>
        </thidua-provider>
      </section>
    </div>
    <section>
      <h2>Hồ sơ chờ thẩm định</h2>
      <nomination-queue .rows=${queueRows.slice(0, 8)}></nomination-queue>
    </section>
  </div>
`;

const meta = {
  title: 'Theming/Portal brand',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Một cổng thông tin cấp xã dùng màu, phông chữ và góc bo của mình cho mọi phần tử, sáng và tối. ' +
          "A commune portal's brand over every element: the kit-wide `--thidua-*` tokens set once on the page, " +
          "`kpi-board::part(card)` reaching the board's cards, and the dark preset (`themes/dark.css`, class `thidua-dark`) under the same brand. " +
          'The tokens are listed on the Theming/Tokens page.',
      },
    },
  },
  render: () => portal({ dark: false }),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The commune's brand on the default light theme. */
export const CommuneLight: Story = {};

/** The same brand on the dark preset: only the brand colour (and the words on it) change. */
export const CommuneDark: Story = { render: () => portal({ dark: true }) };

/** The dark preset alone, no brand: the kit's own dark colours. */
export const DarkPreset: Story = {
  render: () => html`<div class="thidua-dark" style="padding: 0 1.5rem 2rem">${portalBody()}</div>`,
};

function portalBody() {
  return html`
    <h2 style="margin: 0; padding-block: 1rem">Bảng tiến độ, xếp hạng và hàng đợi thẩm định — giao diện tối</h2>
    <div style="display: grid; gap: 1.5rem">
      <kpi-board heading-level="3" .data=${indicatorList('bn2026', 'phuong-kinh-bac', '2026-09-30')}></kpi-board>
      <thidua-provider .client=${fixtureClient()}>
        <ranking-table campaign="bn2026" metric="dti" group="departments" highlight="so-khoa-hoc-cong-nghe" top="6"></ranking-table>
      </thidua-provider>
      <nomination-queue .rows=${queueRows.slice(0, 8)}></nomination-queue>
    </div>
  `;
}
