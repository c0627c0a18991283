import { css } from '../shared/css.js';
import { visuallyHidden } from '../shared/element-theme.js';

/*
 * Colours meet WCAG 2.2 AA on the default white surface (text ≥ 4.5:1).
 * A band or a change never rests on colour: badges carry their label,
 * changes an arrow and words. A portal re-themes through the custom
 * properties, or every element at once through the `--thidua-*` tokens.
 *
 * Comments stay out of the template: they would ship in every bundle.
 * - The toolbar wraps onto as many lines as the width needs, down to 320 px.
 * - Past a few dozen rows only the rows in view exist (`.virtual`): every row
 *   has one height, so the spacer rows can stand in for the others.
 * - Narrow containers (phones): tighter cells; the table scrolls sideways
 *   inside its labelled region, as WCAG 1.4.10 allows for data tables, while
 *   the caption stays in view. The region is positioned so that visually
 *   hidden text in cells scrolled out of view cannot widen the page.
 * - Forced colours (Windows high contrast): system colours; badges, the
 *   highlighted row and the sorted header keep a visible edge.
 * - A table wider than its box (a phone): a shade on each cut-off edge and a
 *   hint under the table (SidewaysCue sets the classes); in forced colours a
 *   double edge instead of the shade. Sort buttons draw their focus ring
 *   inside, where the box cannot clip it.
 * - Scroll anchoring is off in the box: see virtual-rows.ts.
 * - Print: every row (the element renders them all on `beforeprint`), no
 *   controls; a table's header row repeats on each printed page by default.
 * - Text for screen readers only is the kit's (`visuallyHidden`, shared/element-theme.ts).
 * - The error state's rules travel with it (shared/errors.ts, added by ranking-table-api.ts).
 */
const own = css`
  :host {
    --_text: var(--ranking-color-text, var(--thidua-color-text, #1b1f24));
    --_muted: var(--ranking-color-muted, var(--thidua-color-muted, #4b5563));
    --_surface: var(--ranking-color-surface, var(--thidua-color-surface, #fff));
    --_border: var(--ranking-color-border, var(--thidua-color-border, #d0d7de));
    --_header: var(--ranking-color-header, var(--thidua-color-track, #eef1f5));
    --_primary: var(--ranking-color-primary, var(--thidua-color-primary, #0b5cad));
    --_error: var(--ranking-color-error, var(--thidua-color-danger, #b3261e));
    display: block;
    container-type: inline-size;
    font-family: var(--ranking-font-family, var(--thidua-font-family, inherit));
    color: var(--_text);
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  p {
    margin: 0;
  }
  .base {
    display: grid;
    gap: 0.75rem;
  }
  [aria-busy='true'] .scroller {
    opacity: 0.6;
  }
  .toolbar,
  .actions,
  .legend,
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .search {
    flex: 1 1 14rem;
  }
  label,
  summary,
  .legend-title {
    font-weight: 600;
  }
  .hint,
  .meta,
  .threshold,
  .delta,
  .sub,
  .tie {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  input[type='search'],
  select,
  .button,
  summary {
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    border-radius: 0.375rem;
  }
  input[type='search'],
  select {
    inline-size: 100%;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
  }
  :focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  .sort:focus-visible {
    outline-offset: -3px;
  }
  summary {
    cursor: pointer;
  }
  fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    margin: 0;
    border: 1px solid var(--_border);
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.25rem;
    font-weight: 400;
  }
  .check input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    accent-color: var(--_primary);
  }
  .button {
    font-weight: 600;
    color: var(--_primary);
    background: var(--_surface);
    border: 1px solid;
    cursor: pointer;
  }
  .scroller {
    position: relative;
  }
  .scroller,
  .empty {
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--thidua-radius, 0.5rem);
    background: var(--_surface);
  }
  .virtual {
    max-block-size: var(--ranking-max-height, 32rem);
  }
  .scroller {
    overflow-anchor: none;
  }
  .frame {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375rem;
  }
  .edge {
    position: relative;
  }
  .edge::before,
  .edge::after {
    content: '';
    position: absolute;
    inset-block: 1px;
    inline-size: 1.5rem;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.15s;
  }
  .edge::before {
    inset-inline-start: 1px;
    background: linear-gradient(to right, rgb(0 0 0 / 0.22), transparent);
  }
  .edge::after {
    inset-inline-end: 1px;
    background: linear-gradient(to left, rgb(0 0 0 / 0.22), transparent);
  }
  .more-start::before,
  .more-end::after {
    opacity: 1;
  }
  @media (prefers-reduced-motion: reduce) {
    .edge::before,
    .edge::after {
      transition: none;
    }
  }
  .scroll-hint {
    display: none;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .sideways + .scroll-hint {
    display: block;
  }
  table {
    inline-size: 100%;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  caption {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: calc(100cqi - 2px);
    padding: 0.75rem;
    font-size: 1.0625rem;
    font-weight: 700;
    text-align: start;
  }
  th,
  td,
  .sort {
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    padding: 0;
    background: var(--_header);
    border-block-end: 2px solid var(--_muted);
    white-space: nowrap;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
    font: inherit;
    font-weight: 700;
    color: inherit;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .num .sort {
    justify-content: end;
  }
  [aria-sort$='ending'] {
    background: color-mix(in srgb, var(--_primary) 12%, var(--_header));
  }
  .icon {
    flex: none;
    inline-size: 0.875em;
    block-size: 0.875em;
    fill: currentColor;
  }
  [aria-sort='none'] .icon {
    opacity: 0.45;
  }
  tbody th {
    font-weight: 500;
    min-inline-size: 9rem;
  }
  .rank {
    font-weight: 700;
  }
  .num {
    text-align: end;
  }
  .rank,
  .num,
  .band,
  .change,
  .delta,
  .ours,
  .virtual .name-text {
    white-space: nowrap;
  }
  .ours,
  .band {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.375rem;
    font-size: 0.8125rem;
    font-weight: 700;
    border: 1px solid;
    border-radius: 0.25rem;
  }
  .highlight > * {
    background: var(--ranking-color-highlight, var(--thidua-color-highlight, #fff4cc));
  }
  .highlight > :first-child {
    box-shadow: inset 4px 0 0 var(--_text);
  }
  .virtual .row {
    block-size: 3.25rem;
  }
  .spacer td {
    padding: 0;
    border: 0;
  }
  .gap td {
    text-align: center;
  }
  .band {
    margin: 0;
    color: #1b1f24;
    background: var(--_band);
    border-color: color-mix(in srgb, var(--_band) 50%, #000);
    border-radius: 1rem;
  }
  .band-0 {
    --_band: var(--ranking-band-0, #b7e4c7);
  }
  .band-1 {
    --_band: var(--ranking-band-1, #cfe8f3);
  }
  .band-2 {
    --_band: var(--ranking-band-2, #e7e2f7);
  }
  .band-3 {
    --_band: var(--ranking-band-3, #fde8c2);
  }
  .band-4,
  .band-x {
    --_band: var(--ranking-band-4, #f8d0cc);
  }
  .change {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 700;
    color: var(--_muted);
  }
  .up {
    color: var(--ranking-color-up, var(--thidua-color-success, #17713a));
  }
  .down {
    color: var(--ranking-color-down, var(--thidua-color-danger, #b3261e));
  }
  .delta {
    display: block;
  }
  .legend,
  .legend li {
    align-items: center;
  }
  .legend li {
    display: flex;
    gap: 0.375rem;
  }
  .legend ul {
    padding: 0;
    list-style: none;
  }
  .empty {
    padding: 1rem;
    color: var(--_muted);
  }
  .skeleton {
    block-size: 2.5rem;
    border-radius: 0.25rem;
    background: var(--_header);
  }
  @container (max-width: 36rem) {
    th,
    td,
    .sort {
      padding: 0.375rem 0.5rem;
    }
    table {
      font-size: 0.875rem;
    }
    caption {
      padding: 0.5rem;
    }
  }
  @media (forced-colors: active) {
    .band,
    .ours,
    .skeleton {
      border: 1px solid CanvasText;
    }
    .highlight > * {
      border-block: 2px solid Highlight;
    }
    [aria-sort$='ending'] {
      text-decoration: underline;
    }
    .icon {
      fill: CanvasText;
    }
    .more-start .scroller {
      border-inline-start: 4px double CanvasText;
    }
    .more-end .scroller {
      border-inline-end: 4px double CanvasText;
    }
  }
  @media print {
    .toolbar,
    .scroll-hint,
    .edge::before,
    .edge::after {
      display: none;
    }
    .scroller {
      max-block-size: none;
      overflow: visible;
      border: 0;
    }
    thead th {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
  }
`;

/** With the kit's text for screen readers only (shared/element-theme.ts). */
export const styles = [own, visuallyHidden()];
