import { elementBasics, elementTheme, listBasics } from '../shared/element-theme.js';

/*
 * The first paint's styles: the host's colours (`--featured-models-*`, then
 * the kit-wide `--thidua-*` tokens), the count line and the loading
 * placeholder. The cards' come with the view chunk (featured-models-view.ts).
 * Text colours meet WCAG 2.2 AA on white.
 */
export const styles = [elementTheme('featured-models'), elementBasics, listBasics];
