import { expect, fixture, html } from '@open-wc/testing';
import '../award-list/award-list.js';
import '../featured-models/featured-models.js';
import '../nomination-list/nomination-list.js';
import '../nomination-queue/nomination-queue.js';
import '../nomination-review/nomination-review.js';

// The five elements whose host rule `elementTheme(prefix)` writes: a portal themes them all with the
// kit-wide `--thidua-*` tokens, and one of them apart with its own `--<element>-*` properties, which
// must win over the tokens (the names documented before the tokens existed keep working).
const ELEMENTS = ['award-list', 'featured-models', 'nomination-list', 'nomination-queue', 'nomination-review'];

/** The colour the element's own sheets use for a role (`--_<role>`), as the browser resolved it. */
const resolved = (el: Element, role: string) => getComputedStyle(el).getPropertyValue(`--_${role}`).trim();

describe('the kit-wide theme tokens and each element’s own properties', () => {
  for (const tag of ELEMENTS) {
    it(`<${tag}>: its defaults, then the --thidua-* tokens, then its own --${tag}-* properties over them`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag);
      page.append(el);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

      // Nothing set: the defaults, which meet AA on white.
      expect(getComputedStyle(el).color).to.equal('rgb(27, 31, 36)');
      expect(resolved(el, 'primary')).to.equal('#0b5cad');

      // A portal's brand on an ancestor reaches the element through the tokens.
      page.style.setProperty('--thidua-color-text', 'rgb(10, 20, 30)');
      page.style.setProperty('--thidua-color-primary', 'rgb(0, 90, 80)');
      page.style.setProperty('--thidua-color-danger', 'rgb(150, 0, 0)');
      page.style.setProperty('--thidua-font-family', 'Georgia, serif');
      expect(getComputedStyle(el).color).to.equal('rgb(10, 20, 30)');
      expect(resolved(el, 'primary')).to.equal('rgb(0, 90, 80)');
      expect(resolved(el, 'error')).to.equal('rgb(150, 0, 0)');
      expect(getComputedStyle(el).fontFamily).to.equal('Georgia, serif');

      // The element's own properties win over the tokens.
      page.style.setProperty(`--${tag}-color-text`, 'rgb(40, 50, 60)');
      page.style.setProperty(`--${tag}-color-primary`, 'rgb(70, 0, 120)');
      page.style.setProperty(`--${tag}-color-error`, 'rgb(120, 10, 10)');
      page.style.setProperty(`--${tag}-font-family`, 'system-ui');
      expect(getComputedStyle(el).color).to.equal('rgb(40, 50, 60)');
      expect(resolved(el, 'primary')).to.equal('rgb(70, 0, 120)');
      expect(resolved(el, 'error')).to.equal('rgb(120, 10, 10)');
      expect(getComputedStyle(el).fontFamily).to.equal('system-ui');
    });
  }
});
