import { html } from 'lit/html.js';
import type { ProgressStatus } from '@thidua/schemas';

/*
 * 16×16 strokes in the text colour. Each status has its own shape — a tick,
 * a rising arrow, a warning sign, a cross, a dash — so that it reads without
 * colour, in greyscale and in forced-colors mode.
 */
export const statusIcons: Record<ProgressStatus, string> = {
  achieved: 'M2 8.5l4 4L14 4',
  onTrack: 'M3 13L13 3M6 3h7v7',
  atRisk: 'M8 1.5L15 14H1zM8 6v4m0 1.5V13',
  offTrack: 'M3 3l10 10M13 3L3 13',
  noData: 'M3 8h10',
};

/** A decorative icon: the words next to it carry the meaning. */
export const icon = (path: string) => html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d=${path} /></svg>`;
