import { css } from '../shared/css.js';

/*
 * The first paint's sheet: the colours every part uses (the page sets them
 * with `--nomination-*`, then the kit-wide `--thidua-*` tokens) and the
 * loading line. The sections bring their own sheet with their chunk
 * (nomination-form-sections.styles.ts). Text colours meet WCAG 2.2 AA on white.
 */
export const styles = css`
  :host {
    --_text: var(--nomination-color-text, var(--thidua-color-text, #1b1f24));
    --_muted: var(--nomination-color-muted, var(--thidua-color-muted, #4b5563));
    --_surface: var(--nomination-color-surface, var(--thidua-color-surface, #fff));
    --_border: var(--nomination-color-border, var(--thidua-color-border, #6b7280));
    --_primary: var(--nomination-color-primary, var(--thidua-color-primary, #0b5cad));
    --_success: var(--nomination-color-success, var(--thidua-color-success, #0f6b3a));
    --_error: var(--nomination-color-error, var(--thidua-color-danger, #b3261e));
    --_focus: var(--nomination-color-focus, var(--thidua-color-focus, #ffbf47));
    --_radius: var(--nomination-radius, var(--thidua-radius, 0.25rem));
    display: block;
    color: var(--_text);
    font-family: var(--nomination-font-family, var(--thidua-font-family, inherit));
    line-height: 1.45;
    max-inline-size: var(--nomination-max-width, 48rem);
  }
  :host([hidden]) {
    display: none;
  }
  .loading {
    color: var(--_muted);
  }
`;
