import { css } from '../shared/css.js';

/*
 * The first paint's styles: the host's colours (`--featured-models-*`, then
 * the kit-wide `--thidua-*` tokens), the count line and the loading
 * placeholder. The cards' come with the view chunk (featured-models-view.ts).
 * Text colours meet WCAG 2.2 AA on white.
 */
export const styles = css`
  :host {
    --_text: var(--featured-models-color-text, var(--thidua-color-text, #1b1f24));
    --_muted: var(--featured-models-color-muted, var(--thidua-color-muted, #4b5563));
    --_surface: var(--featured-models-color-surface, var(--thidua-color-surface, #fff));
    --_border: var(--featured-models-color-border, var(--thidua-color-border, #d0d7de));
    --_header: var(--featured-models-color-header, var(--thidua-color-header, #f3f5f8));
    --_primary: var(--featured-models-color-primary, var(--thidua-color-primary, #0b5cad));
    --_error: var(--featured-models-color-error, var(--thidua-color-danger, #b3261e));
    display: block;
    color: var(--_text);
    font-family: var(--featured-models-font-family, var(--thidua-font-family, inherit));
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
    margin: 0;
  }
  .base {
    display: grid;
    gap: 0.75rem;
    /* The cards make as many columns as the room the element has allows (a sidebar, a phone), not the window. */
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
  /* The kit's icons (statuses, the error state's) are drawn at the text's size, whoever renders them. */
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
