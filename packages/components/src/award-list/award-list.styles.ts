import { elementBasics, elementTheme, listBasics } from '../shared/element-theme.js';

/*
 * The first paint's styles: the host's colours (`--award-list-*`, then
 * the kit-wide `--thidua-*` tokens), the count line and the loading
 * placeholder. The table's come with the view chunk (award-list-view.ts).
 * Text colours meet WCAG 2.2 AA on white.
 */
export const styles = [elementTheme('award-list'), elementBasics, listBasics];
