import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// The built package, as a portal would use it: `tsc` has already compiled the
// legacy decorators, which Storybook's Vite (oxc) would not.
import '@thidua/components';
// The elements' API as the package publishes it (built from their JSDoc): every docs page
// lists its element's attributes, properties, events, slots, CSS custom properties and parts.
import manifest from '@thidua/components/custom-elements.json' with { type: 'json' };
import { forStorybook } from './manifest.js';

setCustomElementsManifest(forStorybook(manifest));
const documentedOnly = new Set(['events', 'slots', 'css custom properties', 'css shadow parts']);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Every story is checked with axe in the a11y panel; violations count as errors.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  // The kit follows the nearest `lang`: the toolbar sets it around every story.
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Ngôn ngữ / Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi' },
  decorators: [
    (story, { globals, parameters }) => {
      const locale = globals['locale'] === 'en' ? 'en' : 'vi';
      document.documentElement.lang = locale;
      // A card is seen at the width a portal's sidebar or column gives it; full-screen stories lay out their own grid.
      const width = parameters['layout'] === 'fullscreen' ? 'none' : '40rem';
      return html`<div lang=${locale} style="max-inline-size: ${width}">${story()}</div>`;
    },
  ],
  // Events, slots, parts and custom properties are documented, not controlled: a story's render sets what it shows.
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [name, documentedOnly.has(String(argType.table?.category)) ? { ...argType, control: false } : argType]),
      ),
  ],
  tags: ['autodocs'],
};

export default preview;
