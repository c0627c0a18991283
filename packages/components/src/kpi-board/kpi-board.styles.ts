import { css } from '../shared/css.js';

/*
 * The board takes the page's colours through the same custom properties as
 * its cards (`--kpi-*`, then the kit-wide `--thidua-*` tokens), which inherit
 * into every card; the host, the tokens both use and the box model are
 * `kpiTheme` (shared/kpi-theme.ts), the card's too. Text colours meet WCAG 2.2 AA on white.
 */
export const styles = css`
  :host {
    --_surface: var(--kpi-color-surface, var(--thidua-color-surface, #fff));
    --_border: var(--kpi-color-border, var(--thidua-color-border, #d0d7de));
  }
  .base {
    display: grid;
    gap: 1rem;
  }
  .caption,
  .shown {
    color: var(--_muted);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    /* Its buttons size themselves by the room the board has (a phone, a sidebar), not the window's. */
    container-type: inline-size;
  }
  .ended {
    padding: 0.75rem 1rem;
    font-weight: 600;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_text);
    border-radius: var(--kpi-radius, var(--thidua-radius, 0.5rem));
  }
  .summary button {
    --_s: var(--_primary);
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    font: inherit;
    font-weight: 600;
    color: var(--_s);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: 1.375rem;
    cursor: pointer;
  }
  /* Narrow: two buttons a row, sharing it, their words wrapping inside rather than one button a line. */
  @container (max-width: 34rem) {
    .summary button {
      flex: 1 1 calc(50% - 0.25rem);
      min-inline-size: 0;
      gap: 0.375rem;
      padding-inline: 0.5rem;
      font-size: 0.875rem;
      text-align: start;
    }
  }
  .summary .all {
    --_s: var(--_text);
  }
  .summary .achieved {
    --_s: var(--kpi-color-achieved, var(--thidua-color-success, #17713a));
  }
  .summary .atRisk {
    --_s: var(--kpi-color-at-risk, var(--thidua-color-warning, #8a4b00));
  }
  .summary .offTrack {
    --_s: var(--kpi-color-off-track, var(--_error));
  }
  .summary .noData {
    --_s: var(--_muted);
  }
  /* Pressed: filled with the status colour, the words in the surface colour (same contrast, reversed). */
  .summary [aria-pressed='true'] {
    color: var(--_surface);
    background: var(--_s);
    border-color: var(--_s);
  }
  .summary button:hover {
    background: color-mix(in srgb, var(--_s) 10%, var(--_surface));
  }
  .summary [aria-pressed='true']:hover {
    background: color-mix(in srgb, var(--_s) 85%, #000);
  }
  .summary button:focus-visible,
  .retry:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .count {
    font-variant-numeric: tabular-nums;
  }
  section {
    display: grid;
    gap: 0.75rem;
  }
  .heading {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .heading .count {
    color: var(--_muted);
    font-weight: 400;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--kpi-board-card-min-width, 18rem)), 1fr));
    gap: var(--kpi-board-gap, 1rem);
    padding: 0;
    list-style: none;
  }
  .message {
    padding: 1rem 1.25rem;
    color: var(--_muted);
    background: var(--_surface);
    border: 1px dashed var(--_border);
    border-radius: var(--kpi-radius, var(--thidua-radius, 0.5rem));
  }
  .placeholder {
    block-size: 9rem;
    background: var(--kpi-color-track, var(--thidua-color-track, #e5e9ef));
    border-radius: var(--kpi-radius, var(--thidua-radius, 0.5rem));
    animation: pulse 1.5s infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  /* Windows high contrast: the pressed filter keeps a visible difference (system highlight). */
  @media (forced-colors: active) {
    .summary [aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
    .placeholder,
    .message {
      border: 1px solid;
    }
  }
`;
