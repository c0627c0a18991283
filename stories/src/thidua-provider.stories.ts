import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fixtureClient } from './fixtures/api.js';

interface ProviderArgs {
  lang?: string;
}

/**
 * `<thidua-provider>` renders nothing of its own (`display: contents`): its stories show what it
 * gives the elements inside it. A page sets `api-base` (and `token` for the routes that need
 * one); a static Storybook has no server, so these stories give it a client (`.client`) whose
 * requests the story fixture answers from the seeded catalog.
 */
const meta = {
  title: 'Elements/thidua-provider',
  component: 'thidua-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Cấu hình API một lần cho cả trang: mọi phần tử bên trong dùng chung một client và một ngôn ngữ. ' +
          'One API client and one language for every element inside it: `api-base` (the SDK is loaded when the first ' +
          'element asks for data), `token` for the routes that need one, or `.client` made by the page; `lang` sets ' +
          'the language of the elements that have none of their own.',
      },
    },
  },
  argTypes: {
    lang: { control: 'select', options: [undefined, 'vi', 'en'] },
  },
  render: ({ lang }) => html`<thidua-provider lang=${ifDefined(lang)} .client=${fixtureClient()}>
    <kpi-progress indicator="bn2026-09"></kpi-progress>
    <kpi-progress indicator="bn2026-19" variant="detailed"></kpi-progress>
  </thidua-provider>`,
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/** Two cards, one client: the SDK batches their two indicators into one request. */
export const TwoCards: Story = {};

/** The provider's `lang` reaches every element inside it that has no `lang` of its own. */
export const English: Story = { args: { lang: 'en' } };

/** A board and a card under one provider, the card in Vietnamese by its own `lang`. */
export const BoardAndCard: Story = {
  render: () => html`<thidua-provider lang="en" .client=${fixtureClient()}>
    <kpi-progress lang="vi" indicator="bn2026-09"></kpi-progress>
    <kpi-board campaign="bn2026" as-of="2026-06-30"></kpi-board>
  </thidua-provider>`,
  parameters: { layout: 'fullscreen' },
};
