import { unsafeCSS, type CSSResult } from 'lit';
import { css } from './css.js';

/*
 * The icon of a badge that says a state in words (`dossier-status.ts`,
 * `deadline.ts`): 1rem square, never squeezed by the words beside it, drawn
 * with round strokes in the words' colour. A module of its own, so that it
 * reaches a page only with a badge.
 */

const iconRules = css`
  flex: none;
  inline-size: 1rem;
  block-size: 1rem;
  fill: none;
  stroke: currentColor;
  stroke-width: 1.75;
  stroke-linecap: round;
  stroke-linejoin: round;
`;

/** A badge's sheet, followed by the rule of the icon inside `badge` (a selector). */
export const withBadgeIcon = (badge: string, sheet: CSSResult): CSSResult => unsafeCSS(`${sheet.cssText}${badge} .icon{${iconRules.cssText}}`);
