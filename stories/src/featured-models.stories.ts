import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fixtureClient, fixtureFetch, offlineFetch, pendingFetch } from './fixtures/api.js';
import { featuredModels } from './fixtures/results.js';

interface ModelArgs {
  campaignId?: string;
  category?: string;
  filterable?: boolean;
  headingLevel?: number;
  limit?: number;
  excerptLength?: number;
  storyHref?: string;
  lang?: string;
}

const client = (fetch = fixtureFetch({ delay: 150 })) => fixtureClient({ fetch });

const meta = {
  title: 'Elements/featured-models',
  component: 'featured-models',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Gương điển hình tiên tiến cho trang tin: ảnh (có mô tả), tên, đơn vị, hình thức khen thưởng, lĩnh vực, trích đoạn và liên kết “Đọc tiếp”. ' +
          'Exemplary models from `client.featuredModels.list()`, as a list of articles with headings at the page’s level; no carousel. ' +
          'The stories ask the story fixture (fixtures/results.ts; photos drawn as SVG) through a real SDK client.',
      },
    },
  },
  argTypes: {
    category: { control: 'select', options: [undefined, 'open-data', 'community-teams', 'digital-literacy'] },
    filterable: { control: 'boolean' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    limit: { control: { type: 'number', min: 0, max: 10 } },
    excerptLength: { control: { type: 'number', min: 40, max: 1000 } },
    storyHref: { control: 'text', description: '`{id}` is filled in' },
    lang: { control: 'select', options: [undefined, 'vi', 'en'] },
  },
  args: { campaignId: 'bn2026' },
  render: (a) => html`<div style="padding: 1rem">
    <h2 style="margin-block: 0 1rem">Gương điển hình tiên tiến</h2>
    <featured-models
      lang=${ifDefined(a.lang)}
      campaign-id=${ifDefined(a.campaignId)}
      category=${ifDefined(a.category)}
      ?filterable=${a.filterable}
      heading-level=${ifDefined(a.headingLevel)}
      limit=${ifDefined(a.limit)}
      excerpt-length=${ifDefined(a.excerptLength)}
      story-href=${ifDefined(a.storyHref)}
      .client=${client()}
    ></featured-models>
  </div>`,
} satisfies Meta<ModelArgs>;

export default meta;
type Story = StoryObj<ModelArgs>;

/** Three models: two with a photo (landscape and portrait, each in the same box) and a story link, one with neither. */
export const Models: Story = {};

/** A field filter for the reader; the count is said when it changes the cards. */
export const Filterable: Story = { args: { filterable: true } };

/** Only one field’s models (the attribute). */
export const OneCategory: Story = { args: { category: 'community-teams' } };

/** A field with no model yet. */
export const CategoryEmpty: Story = { args: { category: 'security' } };

/** A page whose section heading is an h3: the cards’ headings are h4. */
export const HeadingLevel4: Story = { args: { headingLevel: 4 } };

/** A model with no story of its own links to the page’s template. */
export const StoryTemplate: Story = { args: { storyHref: '#/dien-hinh/{id}' } };

/** The two most recent only, shorter excerpts. */
export const Limited: Story = { args: { limit: 2, excerptLength: 120 } };

/** Nothing featured yet. */
export const Empty: Story = { render: () => html`<div style="padding: 1rem"><featured-models .data=${{ items: [] }}></featured-models></div>` };

/** The placeholder while the API has not answered (this fixture never answers). */
export const Loading: Story = {
  render: () => html`<div style="padding: 1rem"><featured-models campaign-id="bn2026" .client=${fixtureClient({ fetch: pendingFetch, timeout: 2_147_483_647 })}></featured-models></div>`,
};

export const ErrorOffline: Story = {
  render: () => html`<div style="padding: 1rem"><featured-models campaign-id="bn2026" .client=${client(offlineFetch)}></featured-models></div>`,
};

/** On a 360 px phone: one column. */
export const Phone: Story = {
  render: () => html`<div style="max-inline-size: 360px; padding: 1rem; box-sizing: border-box"><featured-models campaign-id="bn2026" .client=${client()}></featured-models></div>`,
};

export const English: Story = { args: { lang: 'en' } };

/** No server: `.data` holds the API’s answer. */
export const FromData: Story = { render: () => html`<div style="padding: 1rem"><featured-models .data=${{ items: featuredModels }}></featured-models></div>` };
