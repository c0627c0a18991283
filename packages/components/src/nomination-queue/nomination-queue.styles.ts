import { css } from '../shared/css.js';
import { elementBasics, elementTheme, listBasics, visuallyHidden } from '../shared/element-theme.js';

/*
 * The first paint's styles: the host's colours (`--nomination-queue-*`, then
 * the kit-wide `--thidua-*` tokens, with the deadline badge's), the count line
 * and the loading placeholder, all shared (shared/element-theme.ts). The
 * table's come with the view chunk (nomination-queue-view.ts).
 */
export const styles = [
  elementTheme('nomination-queue', { deadlines: true }),
  elementBasics(),
  visuallyHidden(),
  listBasics(),
  css`
    .base {
      /* One column as wide as the element: a long unit's name in a filter's options never widens it past a phone. */
      grid-template-columns: minmax(0, 1fr);
    }
  `,
];
