import { css } from '../shared/css.js';

/*
 * What a compact card needs at first paint; the API view, the detailed
 * variant and the error state bring their own rules with their code. The
 * host, its tokens and the box model come from `kpiTheme`, shared with the
 * board. The loading skeleton is drawn here as plain bars (`.sk`, with the bar's rule);
 * its shapes, pulse and note come with the API view (`skeletonStyles`), the
 * one part that keeps a card loading for long, and a static card never shows it. Colours
 * meet WCAG 2.2 AA on the default white surface (text ≥ 4.5:1, bar ≥ 3:1). A
 * portal themes the cards with the `--kpi-*` custom properties, or every
 * element of the kit at once with the `--thidua-*` tokens. The build minifies
 * this sheet (scripts/minify-css.mjs): it ships inside the entry's size budget.
 */
export const styles = css`
  .base {
    --_s: var(--_primary);
    display: grid;
    align-content: start;
    gap: 0.5rem;
    /* The card fills its grid cell, so cards side by side come out the same height. */
    height: 100%;
    padding: 1rem 1.25rem;
    background: var(--kpi-color-surface, var(--thidua-color-surface, #fff));
    border: 1px solid var(--kpi-color-border, var(--thidua-color-border, #d0d7de));
    border-radius: var(--kpi-radius, var(--thidua-radius, 0.5rem));
  }
  /* The status colour of the pill and the bar. */
  .achieved {
    --_s: var(--kpi-color-achieved, var(--thidua-color-success, #17713a));
  }
  .atRisk {
    --_s: var(--kpi-color-at-risk, var(--thidua-color-warning, #8a4b00));
  }
  .offTrack {
    --_s: var(--kpi-color-off-track, var(--_error));
  }
  .noData {
    --_s: var(--_muted);
  }
  .unreadable {
    --_s: var(--_error);
  }
  .label {
    font-size: 1.0625rem;
    font-weight: 600;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .value {
    font-size: 2.25rem;
    font-weight: 700;
    line-height: 1.1;
  }
  .status {
    justify-self: start;
    display: flex;
    align-items: center;
    gap: 0.375rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid;
    border-radius: 1rem;
    color: var(--_s);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .bar,
  .sk {
    height: var(--kpi-bar-height, 0.75rem);
    background: var(--kpi-color-track, var(--thidua-color-track, #e5e9ef));
    border-radius: 1rem;
    overflow: hidden;
  }
  .indicator {
    height: 100%;
    width: 0;
    background: var(--_s);
  }
  .target {
    color: var(--_muted);
  }
  .target strong {
    color: var(--_text);
    white-space: nowrap;
  }
  /* Movement only for those who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    .indicator {
      transition: width 0.4s;
    }
  }
  /* Windows high contrast: system colours, and a border so the empty track still shows. */
  @media (forced-colors: active) {
    .bar,
    .sk {
      border: 1px solid;
    }
    .indicator {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
