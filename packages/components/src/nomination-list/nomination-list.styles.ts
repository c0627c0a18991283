import { elementBasics, elementTheme, listBasics } from '../shared/element-theme.js';

/*
 * The first paint's styles: the host's colours (`--nomination-list-*`, then
 * the kit-wide `--thidua-*` tokens), the count line and the loading
 * placeholder. The table's come with the view chunk (nomination-list-view.ts).
 * Text colours meet WCAG 2.2 AA on white.
 */
export const styles = [elementTheme('nomination-list'), elementBasics, listBasics];
