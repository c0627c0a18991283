import { unsafeCSS, type CSSResult } from 'lit';
import { css } from './css.js';

/*
 * What the dossier and results elements share on their first paint, once:
 * each element's `--<element>-color-*` custom properties, falling back to the
 * kit-wide `--thidua-*` tokens and then to colours that meet WCAG 2.2 AA on
 * white, resolved into private tokens (`--_text`, …) that the rest of its
 * sheets use; the box model; the icon size; the visually hidden text; and the
 * loading placeholder of the lists. (The KPI elements share `kpi-theme.ts`,
 * whose tokens are the `--kpi-*` ones.)
 */

/** Private token, the element's own property's name after its prefix, the kit-wide token, the default. */
const COLOURS = [
  ['text', 'text', '#1b1f24'],
  ['muted', 'muted', '#4b5563'],
  ['surface', 'surface', '#fff'],
  ['border', 'border', '#d0d7de'],
  ['header', 'header', '#f3f5f8'],
  ['primary', 'primary', '#0b5cad'],
  ['error', 'danger', '#b3261e'],
] as const;

/** The deadline's "due soon" colour, for the elements that show an appraisal deadline ("overdue" is the error colour unless set). */
const DEADLINE_COLOURS = [['due-soon', 'warning', '#8a4b00']] as const;

/**
 * The host rule of the element whose custom properties start `--<prefix>-`:
 * its colour tokens (with the deadline's when asked), `display: block`, the
 * text colour, font and line height.
 */
export function elementTheme(prefix: string, { deadlines = false, lineHeight = 1.45 }: { deadlines?: boolean; lineHeight?: number } = {}): CSSResult {
  const tokens = [...COLOURS, ...(deadlines ? DEADLINE_COLOURS : [])]
    .map(([name, kit, fallback]) => `--_${name}:var(--${prefix}-color-${name},var(--thidua-color-${kit},${fallback}));`)
    .join('') + (deadlines ? `--_overdue:var(--${prefix}-color-overdue,var(--_error));` : '');
  // Built from the prefix, so not a `css` template; the text is the kit's own, never data.
  return unsafeCSS(`:host{${tokens}display:block;color:var(--_text);font-family:var(--${prefix}-font-family,var(--thidua-font-family,inherit));line-height:${lineHeight}}`);
}

/** Rules every one of these elements' first paints has. */
export const elementBasics = css`
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
    margin: 0;
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

/** A list's first paint: its frame, the count line and the loading placeholder. */
export const listBasics = css`
  .base {
    display: grid;
    gap: 0.75rem;
    /* Tables turn into cards, and cards into columns, by the room the element has (a sidebar, a phone), not the window's. */
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
`;
