import { unsafeCSS, type CSSResult } from 'lit';
import { css } from './css.js';

/*
 * The kit's theme: the one set of `--thidua-*` tokens every element honours,
 * and the first-paint rules the dossier and results elements share.
 *
 * The token set (defaults meet WCAG 2.2 AA on white; themes/dark.css is the
 * dark preset, and README's "Theming" the table a portal reads):
 *
 *   --thidua-font-family        inherit    font
 *   --thidua-radius             0.5rem     corner radius
 *   --thidua-color-text         #1b1f24    text
 *   --thidua-color-muted        #4b5563    secondary text, "no data", "draft"
 *   --thidua-color-surface      #fff       backgrounds
 *   --thidua-color-border       #d0d7de    borders and rules
 *   --thidua-color-header       #f3f5f8    a table's header row, placeholders
 *   --thidua-color-track        #e5e9ef    quiet fills: a bar's empty part
 *   --thidua-color-primary      #0b5cad    brand: bars, "on track", links, buttons, focus rings
 *   --thidua-color-on-primary   #fff       words on a filled button or panel (primary, success, danger)
 *   --thidua-color-highlight    #fff4cc    a highlighted row's background
 *   --thidua-color-focus        #ffbf47    the form's focus ring
 *   --thidua-color-success      #17713a    "achieved", a rise in rank
 *   --thidua-color-warning      #8a4b00    "at risk", "due soon"
 *   --thidua-color-danger       #b3261e    errors, "off track", "overdue", a fall in rank
 *   --thidua-status-<status>               a dossier status badge (shared/dossier-status.ts)
 *
 * Each element's own custom properties (`--award-list-color-text`, the
 * `--kpi-*`, the `--ranking-*`) come first and fall back to these. The
 * `--kpi-*` elements resolve theirs in kpi-theme.ts, `<ranking-table>` and
 * `<nomination-form>` in their first sheets, with the same fallbacks.
 *
 * The shared sheets are functions, each called once by the element that
 * takes it: neither Vite 8 (rolldown) nor esbuild drops an unused tagged
 * template at a module's top level, so as constants every element would
 * ship all of them (`<nomination-review>` the lists' placeholder, 0.15 KB
 * gzip; `<ranking-table>`, which takes `visuallyHidden` alone, all three).
 */

/** The colours an element's host resolves: `--_<name>` from its `--<prefix>-color-<name>`, then `--thidua-color-<name>`, then the default. */
const COLOURS = 'text:#1b1f24 muted:#4b5563 surface:#fff border:#d0d7de header:#f3f5f8 primary:#0b5cad';

/**
 * The host rule of an element whose custom properties start `--<prefix>-`:
 * its colours resolved into the private tokens the rest of its sheets use
 * (`--_text`, `--_primary`, …: its own property, then the kit-wide token,
 * then the default; its error colour falls back to `--thidua-color-danger`),
 * with an appraisal deadline's (`--_due-soon`, `--_overdue`) when asked;
 * `display: block`, the text colour, font and line height. Written from the
 * prefix, so not a tagged template: the text is the kit's own, never data
 * (scripts/minify-css.mjs has nothing to minify here).
 */
export function elementTheme(prefix: string, { deadlines = false, lineHeight = 1.45 } = {}): CSSResult {
  const own = (name: string, kit: string, fallback: string) => `--_${name}:var(--${prefix}-color-${name},var(--thidua-color-${kit},${fallback}));`;
  let tokens = own('error', 'danger', '#b3261e');
  for (const pair of COLOURS.split(' ')) {
    const [name, fallback] = pair.split(':') as [string, string];
    tokens += own(name, name, fallback);
  }
  if (deadlines) tokens += own('due-soon', 'warning', '#8a4b00') + own('overdue', 'danger', 'var(--_error)');
  return unsafeCSS(
    `:host{${tokens}display:block;color:var(--_text);font-family:var(--${prefix}-font-family,var(--thidua-font-family,inherit));line-height:${lineHeight}}`,
  );
}

/** Rules every one of these elements' first paints has: hidden, the box model, the icons' size (with `visuallyHidden`). */
export const elementBasics = () => css`
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
    margin: 0;
  }
  /* The kit's icons (statuses, the error state's) are drawn at the text's size, whoever renders them. */
  .icon {
    flex: none;
    inline-size: 1rem;
    block-size: 1rem;
  }
`;

/** Text for screen readers only (every element's, `<ranking-table>`'s too). */
export const visuallyHidden = () => css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** A list's first paint: its frame, the count line and the loading placeholder. */
export const listBasics = () => css`
  .base {
    display: grid;
    gap: 0.75rem;
    /* Tables turn into cards, and cards into columns, by the room the element has (a sidebar, a phone), not the window's. */
    container-type: inline-size;
  }
  .count {
    color: var(--_muted);
  }
  .skeleton {
    display: grid;
    gap: 0.5rem;
  }
  .skeleton div {
    block-size: 2.75rem;
    border-radius: 0.25rem;
    background: var(--_header);
  }
`;
