import { css } from 'lit';

/*
 * Colours meet WCAG 2.2 AA on the default white surface (text ≥ 4.5:1, bar ≥ 3:1).
 * A portal re-themes through the custom properties; `--thidua-*` tokens, when a
 * page defines them, theme every element of the kit at once.
 */
export const styles = css`
  :host {
    --_text: var(--kpi-color-text, var(--thidua-color-text, #1b1f24));
    --_muted: var(--kpi-color-muted, var(--thidua-color-muted, #4b5563));
    --_surface: var(--kpi-color-surface, var(--thidua-color-surface, #ffffff));
    --_border: var(--kpi-color-border, var(--thidua-color-border, #d0d7de));
    --_track: var(--kpi-color-track, var(--thidua-color-track, #e5e9ef));
    --_indicator: var(--kpi-color-indicator, var(--thidua-color-primary, #0b5cad));
    --_met: var(--kpi-color-met, var(--thidua-color-success, #17713a));
    --_behind: var(--kpi-color-behind, var(--thidua-color-warning, #8a4b00));
    --_error: var(--kpi-color-error, var(--thidua-color-danger, #b3261e));
    --_radius: var(--kpi-radius, var(--thidua-radius, 0.5rem));
    --_bar-height: var(--kpi-bar-height, 0.75rem);
    display: block;
    font-family: var(--kpi-font-family, var(--thidua-font-family, inherit));
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
    align-content: start;
    gap: 0.5rem;
    /* Cards side by side in a grid row come out the same height. */
    block-size: 100%;
    padding: 1rem 1.25rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .eyebrow {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
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
    font-variant-numeric: tabular-nums;
  }
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  .status,
  .no-data,
  .error-title {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: 600;
  }
  .status {
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
  }
  .status.met {
    color: var(--_met);
    background: color-mix(in srgb, var(--_met) 8%, var(--_surface));
  }
  .status.behind {
    color: var(--_behind);
    background: color-mix(in srgb, var(--_behind) 8%, var(--_surface));
  }
  .no-data {
    color: var(--_muted);
    font-size: 1.125rem;
  }
  .bar {
    block-size: var(--_bar-height);
    background: var(--_track);
    border-radius: 999px;
    overflow: hidden;
  }
  .indicator {
    block-size: 100%;
    inline-size: 0;
    background: var(--_indicator);
    border-radius: inherit;
    transition: inline-size 0.4s ease-out;
  }
  .bar.met .indicator {
    background: var(--_met);
  }
  .target {
    color: var(--_muted);
  }
  .target-symbol {
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  .target-symbol,
  .deadline {
    white-space: nowrap;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .demo {
    font-style: italic;
  }
  .error-box {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_error);
    background: color-mix(in srgb, var(--_error) 6%, var(--_surface));
  }
  .error-title {
    color: var(--_error);
  }
  .retry {
    justify-self: start;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 600;
    color: #ffffff;
    background: var(--_indicator);
    border: 2px solid transparent;
    border-radius: 0.375rem;
    cursor: pointer;
  }
  .retry:hover {
    background: color-mix(in srgb, var(--_indicator) 85%, #000000);
  }
  .retry:focus-visible {
    outline: 3px solid var(--_indicator);
    outline-offset: 2px;
  }
  .skeleton {
    border-radius: 0.25rem;
    background: var(--_track);
    animation: pulse 1.5s ease-in-out infinite;
  }
  .skeleton-label {
    block-size: 1.25rem;
    inline-size: 70%;
  }
  .skeleton-value {
    block-size: 2.5rem;
    inline-size: 6rem;
  }
  .skeleton-bar {
    block-size: var(--_bar-height);
    border-radius: 999px;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .indicator {
      transition: none;
    }
    .skeleton {
      animation: none;
    }
  }
  /* Windows high contrast: system colours, and a border so the empty track still shows. */
  @media (forced-colors: active) {
    .bar,
    .skeleton {
      border: 1px solid CanvasText;
    }
    .indicator {
      forced-color-adjust: none;
      background: Highlight;
    }
    .status,
    .error-box {
      border: 1px solid CanvasText;
    }
  }
`;
