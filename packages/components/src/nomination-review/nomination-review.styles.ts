import { css } from '../shared/css.js';

/*
 * The first paint's styles: the host's colours (`--nomination-review-*`,
 * then the kit-wide `--thidua-*` tokens) and the loading line. The
 * sections', the dialog's and the timeline's come with the app chunk
 * (nomination-review-app.ts). Text colours meet WCAG 2.2 AA on white.
 */
export const styles = css`
  :host {
    --_text: var(--nomination-review-color-text, var(--thidua-color-text, #1b1f24));
    --_muted: var(--nomination-review-color-muted, var(--thidua-color-muted, #4b5563));
    --_surface: var(--nomination-review-color-surface, var(--thidua-color-surface, #fff));
    --_border: var(--nomination-review-color-border, var(--thidua-color-border, #d0d7de));
    --_header: var(--nomination-review-color-header, var(--thidua-color-header, #f3f5f8));
    --_primary: var(--nomination-review-color-primary, var(--thidua-color-primary, #0b5cad));
    --_error: var(--nomination-review-color-error, var(--thidua-color-danger, #b3261e));
    --_due-soon: var(--nomination-review-color-due-soon, var(--thidua-color-warning, #8a4b00));
    --_overdue: var(--_error);
    display: block;
    color: var(--_text);
    font-family: var(--nomination-review-font-family, var(--thidua-font-family, inherit));
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
    margin: 0;
  }
  .loading {
    padding: 1rem;
    color: var(--_muted);
    background: var(--_header);
    border-radius: 0.375rem;
  }
  .icon {
    flex: none;
    inline-size: 1rem;
    block-size: 1rem;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
