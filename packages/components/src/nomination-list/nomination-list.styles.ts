import { elementBasics, elementTheme, listBasics, visuallyHidden } from '../shared/element-theme.js';

/*
 * The first paint's styles: the host's colours (`--nomination-list-*`, then the
 * kit-wide `--thidua-*` tokens), the count line and the loading placeholder,
 * all shared (shared/element-theme.ts). The table's styles come with the view
 * chunk (nomination-list-view.ts).
 */
export const styles = [elementTheme('nomination-list'), elementBasics(), visuallyHidden(), listBasics()];
