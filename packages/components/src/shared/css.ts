import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The kit's `css` tag, for its static style sheets: the text between the
 * backticks, as a Lit `CSSResult`. Lit's own `css` tag also checks and joins
 * interpolated values; none of the kit's sheets has one (the type allows
 * none), and that code is 0.15 KB of the `kpi-progress` entry's size budget.
 * `unsafeCSS` only says the text is trusted: it is, it is written here.
 * scripts/minify-css.mjs minifies these templates at build time.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
