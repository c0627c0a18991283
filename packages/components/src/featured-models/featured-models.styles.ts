import { elementBasics, elementTheme, listBasics, visuallyHidden } from '../shared/element-theme.js';

/*
 * The first paint's styles: the host's colours (`--featured-models-*`, then the
 * kit-wide `--thidua-*` tokens), the count line and the loading placeholder,
 * all shared (shared/element-theme.ts). The cards' styles come with the view
 * chunk (featured-models-view.ts).
 */
export const styles = [elementTheme('featured-models'), elementBasics(), visuallyHidden(), listBasics()];
