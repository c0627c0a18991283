import { elementBasics, elementTheme, listBasics, visuallyHidden } from '../shared/element-theme.js';

/*
 * The first paint's styles: the host's colours (`--award-list-*`, then the
 * kit-wide `--thidua-*` tokens), the count line and the loading placeholder,
 * all shared (shared/element-theme.ts). The table's styles come with the view
 * chunk (award-list-view.ts).
 */
export const styles = [elementTheme('award-list'), elementBasics(), visuallyHidden(), listBasics()];
