import { html } from 'lit';
import type { NominationStatus, ProposalStatus } from '@thidua/schemas';

/** A proposal's or a nomination's status: the badge shows either. */
export type DossierStatus = ProposalStatus | NominationStatus;
import { withBadgeIcon } from './badge-icon.js';
import { css } from './css.js';
import { icon } from './icons.js';

/*
 * Where a nomination dossier stands, as every element that lists dossiers
 * shows it: an icon of its own shape per status and the status in words, in
 * the status's colour. The shapes differ so that a status reads without
 * colour, in greyscale and in forced-colors mode: a pencil (draft), an arrow
 * into a bar (sent), two arrows (sent again), an arrow turning back
 * (withdrawn), a magnifier (under appraisal), a return arrow (returned), a
 * boxed tick (appraisal complete), a tick (eligible), a cross (not eligible),
 * a star (awarded).
 */
export const dossierStatusIcons: Record<DossierStatus, string> = {
  draft: 'M10.5 2.5l3 3-8 8H2.5v-3zM8.5 4.5l3 3',
  submitted: 'M1.5 8h9M7 4.5L10.5 8 7 11.5M14 2.5v11',
  withdrawn: 'M6 2.5L2.5 6 6 9.5M2.5 6h7a4 4 0 010 8H7',
  underAppraisal: 'M6.5 2a4.5 4.5 0 110 9 4.5 4.5 0 010-9zM10 10l4.5 4.5',
  returned: 'M13.5 2.5v6h-10M6.5 5.5l-3 3 3 3',
  resubmitted: 'M1.5 5.5h7M5.5 2.5l3 3-3 3M1.5 11h9M7.5 8l3 3-3 3M14 2.5v11',
  appraised: 'M2.5 2.5h11v11h-11zM5 8.5l2 2 4-4.5',
  eligible: 'M2 8.5l4 4L14 4',
  rejected: 'M3 3l10 10M13 3L3 13',
  awarded: 'M8 1.5l2 4.2 4.5.6-3.3 3.1.8 4.5L8 11.8l-4 2.1.8-4.5-3.3-3.1 4.5-.6z',
};

/** A status badge: the icon (decorative) and the words, which carry the meaning. */
export const dossierStatus = (status: DossierStatus, words: string) =>
  html`<span part="status" class="dossier-status ${status}">${icon(dossierStatusIcons[status])}<span>${words}</span></span>`;

/**
 * The badge's styles. Colours meet WCAG 2.2 AA (4.5:1) on white and on the
 * light tint behind them; a page changes them with `--thidua-status-<status>`.
 */
export const dossierStatusStyles = withBadgeIcon(
  '.dossier-status',
  css`
    .dossier-status {
      --_tone: var(--thidua-status-draft, #4b5563);
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      padding: 0.125rem 0.5rem;
      font-weight: 600;
      color: var(--_tone);
      background: color-mix(in srgb, var(--_tone) 8%, transparent);
      border: 1px solid color-mix(in srgb, var(--_tone) 45%, transparent);
      border-radius: 0.25rem;
    }
    .dossier-status.submitted {
      --_tone: var(--thidua-status-submitted, #0b5cad);
    }
    .dossier-status.withdrawn {
      --_tone: var(--thidua-status-withdrawn, #57534e);
    }
    .dossier-status.underAppraisal {
      --_tone: var(--thidua-status-under-appraisal, #6d28d9);
    }
    .dossier-status.returned {
      --_tone: var(--thidua-status-returned, #9a3412);
    }
    .dossier-status.resubmitted {
      --_tone: var(--thidua-status-resubmitted, #0b5cad);
    }
    .dossier-status.appraised {
      --_tone: var(--thidua-status-appraised, #166534);
    }
    .dossier-status.eligible {
      --_tone: var(--thidua-status-eligible, #166534);
    }
    .dossier-status.rejected {
      --_tone: var(--thidua-status-rejected, #b3261e);
    }
    .dossier-status.awarded {
      --_tone: var(--thidua-status-awarded, #166534);
    }
    @media (forced-colors: active) {
      .dossier-status {
        color: CanvasText;
        border-color: CanvasText;
      }
    }
  `,
);
