import { css } from '../shared/css.js';
import { elementBasics, elementTheme, visuallyHidden } from '../shared/element-theme.js';

/*
 * The first paint's styles: the host's colours (`--nomination-review-*`,
 * then the kit-wide `--thidua-*` tokens, with the deadline badge's) and the
 * basics, shared (shared/element-theme.ts); the loading line. The sections',
 * the dialog's and the timeline's come with the app chunk
 * (nomination-review-app.ts).
 */
export const styles = [
  elementTheme('nomination-review', { deadlines: true, lineHeight: 1.5 }),
  elementBasics(),
  visuallyHidden(),
  css`
    .loading {
      padding: 1rem;
      color: var(--_muted);
      background: var(--_header);
      border-radius: 0.375rem;
    }
  `,
];
