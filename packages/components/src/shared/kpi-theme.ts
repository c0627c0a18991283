import { css } from './css.js';

/*
 * What the card and the board share on their host: the `--kpi-*` custom
 * properties, falling back to the kit-wide `--thidua-*` tokens and then to
 * colours that meet WCAG 2.2 AA on white, resolved once into private tokens
 * (`--_text`, …) that the rest of each sheet uses; the text defaults; and the
 * box model. One sheet, so that a board and its cards cannot drift apart.
 * The token set itself is described in element-theme.ts.
 */
export const kpiTheme = css`
  :host {
    --_text: var(--kpi-color-text, var(--thidua-color-text, #1b1f24));
    --_muted: var(--kpi-color-muted, var(--thidua-color-muted, #4b5563));
    --_primary: var(--kpi-color-indicator, var(--thidua-color-primary, #0b5cad));
    --_error: var(--kpi-color-error, var(--thidua-color-danger, #b3261e));
    display: block;
    color: var(--_text);
    font-family: var(--kpi-font-family, var(--thidua-font-family, inherit));
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
    margin: 0;
  }
`;
