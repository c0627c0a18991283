import { css } from '../shared/css.js';
import { elementBasics, elementTheme } from '../shared/element-theme.js';

/*
 * The first paint's styles: the host's colours (`--nomination-review-*`,
 * then the kit-wide `--thidua-*` tokens) and the loading line. The
 * sections', the dialog's and the timeline's come with the app chunk
 * (nomination-review-app.ts). Text colours meet WCAG 2.2 AA on white.
 */
export const styles = [
  elementTheme('nomination-review', { deadlines: true, lineHeight: 1.5 }),
  elementBasics,
  css`
    .loading {
      padding: 1rem;
      color: var(--_muted);
      background: var(--_header);
      border-radius: 0.375rem;
    }
  `,
];
