import { html, nothing, unsafeCSS, type CSSResult } from 'lit';
import { css } from './css.js';

/*
 * What the view chunks of the kit's lists (`<award-list>`, `<nomination-list>`,
 * `<nomination-queue>`) render and style alike: a real table with a caption,
 * native filters with visible labels, and, in a narrow column (a phone, a
 * sidebar), each row a card whose cells say what they are. Each list keeps its
 * own columns, its own breakpoint and what only it has; the pager is
 * `list-pager.ts`, the search box `list-search.ts` (not every list has them,
 * and a module's parts are its importers' parts).
 */

/** In the stacked layout each cell says what it is; in the table its column header does (hence aria-hidden). */
export const label = (text: string) => html`<span class="label" aria-hidden="true">${text}</span>`;

/** A filter's `<option>`s: "all" (the empty value) first, then each choice, the one in force selected. */
export const options = (all: string, value: string, list: readonly { id: string; label: string }[]) =>
  html`<option value="" ?selected=${!value}>${all}</option>
    ${list.map((o) => html`<option value=${o.id} ?selected=${o.id === value}>${o.label}</option>`)}`;

/**
 * A table's caption, columns (each a `<col>` with its class, `''` for none: the
 * widths are the list's styles) and header row (one `<th scope="col">` a column).
 */
export const tableHead = (caption: string, columns: readonly [className: string, header: string][]) =>
  html`<caption part="caption">${caption}</caption>
    <colgroup>
      ${columns.map(([className]) => html`<col class=${className || nothing} />`)}
    </colgroup>
    <thead>
      <tr>
        ${columns.map(([, header]) => html`<th scope="col">${header}</th>`)}
      </tr>
    </thead>`;

/**
 * The look of a list's buttons, outlined in the primary colour, for the
 * selector a list gives (its buttons differ: a sort or an open link is plain).
 */
const buttonRules = css`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  padding: 0.375rem 1rem;
  font-weight: 600;
  color: var(--_primary);
  background: var(--_surface);
  border: 1px solid currentColor;
  cursor: pointer;
`;
export const buttonLook = (selector: string): CSSResult => unsafeCSS(`${selector}{${buttonRules.cssText}}`);

/**
 * The rules every list's view shares, before its own: the filters' fields, the
 * focus rings, the empty message, the table's caption, cells and header row,
 * and the cells' labels (shown only on cards).
 */
export const listViewStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  button {
    min-block-size: 2.75rem;
    font: inherit;
    border-radius: 0.375rem;
  }
  input,
  select {
    max-inline-size: 100%;
    padding: 0.375rem 0.5rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible,
  a:focus-visible,
  th[tabindex]:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  th[tabindex]:focus:not(:focus-visible) {
    outline: 2px solid var(--_primary);
  }
  .empty {
    padding: 1rem;
    background: var(--_header);
    border-radius: 0.375rem;
  }
  table {
    inline-size: 100%;
  }
  caption {
    padding-block-end: 0.5rem;
    font-weight: 700;
    font-size: 1.0625rem;
    text-align: start;
  }
  th,
  td {
    padding: 0.5rem 0.625rem;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    font-size: 0.875rem;
    background: var(--_header);
    border-block-end: 2px solid var(--_border);
  }
  .label {
    display: none;
  }
`;

/** On a card: each cell's label above it, and the filters a column of full-width fields. */
export const cardControls = css`
  .label {
    display: block;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
  }
  .filters,
  .field,
  input,
  select {
    inline-size: 100%;
  }
`;

/**
 * A real table stacked into cards: every part of it a block, the header row
 * kept for screen readers only, the cells without their rules.
 */
export const stackedTable = css`
  table,
  caption,
  tbody,
  tr,
  th,
  td {
    display: block;
  }
  thead {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  th,
  td {
    border: 0;
    padding: 0.25rem 0.75rem;
  }
`;

/**
 * The card layout: `sheets` (the shared ones first, then the list's own) under
 * one container query, the list's narrow column. A container query takes no
 * custom property, so each list names its width here.
 */
export const cardLayout = (maxWidth: string, ...sheets: CSSResult[]): CSSResult =>
  unsafeCSS(`@container (max-width: ${maxWidth}){${sheets.map((sheet) => sheet.cssText).join('')}}`);
