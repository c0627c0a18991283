import { html, nothing } from 'lit';
import type { DeadlineStatus } from '@thidua/schemas';
import type { Catalogue } from '../strings/index.js';
import { withBadgeIcon } from './badge-icon.js';
import { css } from './css.js';
import { formatIsoDate } from './format.js';
import { icon } from './icons.js';

/*
 * An appraisal deadline as the appraisers' elements show it
 * (`<nomination-queue>`, `<nomination-review>`): how it stands in words
 * with an icon of its own shape — a calendar (on time), an hourglass (due
 * soon), a warning sign (overdue) — the working days left or past, and the
 * due date; so that it reads without colour.
 */

/** What the badge reads of a deadline (the API's `DossierDeadline`). */
export interface DeadlineLike {
  dueOn: string;
  workingDaysLeft: number;
  status: DeadlineStatus;
  calendarComplete: boolean;
}

export const deadlineIcons: Record<DeadlineStatus, string> = {
  onTime: 'M2.5 3.5h11v10h-11zM2.5 6.5h11M5.5 2v3M10.5 2v3',
  dueSoon: 'M4 1.5h8M4 14.5h8M4.5 1.5c0 4 7 4 7 6.5s-7 2.5-7 6.5M11.5 1.5c0 4-7 4-7 6.5s7 2.5 7 6.5',
  overdue: 'M8 1.5L15 14H1zM8 6v4m0 1.5V13',
};

/** A dossier's deadline: its state in words with its icon, and the due date; "no deadline running" while the clock is stopped. */
export function deadlineBadge(deadline: DeadlineLike | null, t: Catalogue['nominationQueue']) {
  if (!deadline) return html`<span class="no-deadline">${t.noDeadline}</span>`;
  const days = Math.abs(deadline.workingDaysLeft);
  return html`<span part="deadline" class="deadline ${deadline.status}">${icon(deadlineIcons[deadline.status])}<span>${t.deadlineState[deadline.status](days)}</span></span>
    <span class="due-on"><time datetime=${deadline.dueOn}>${t.dueOn(formatIsoDate(deadline.dueOn)!)}</time>${deadline.calendarComplete
        ? nothing
        : html`<span class="calendar-note">${t.calendarIncomplete}</span>`}</span>`;
}

/** The badge's styles: the element sets `--_due-soon`, `--_overdue` and `--_muted`. */
export const deadlineStyles = withBadgeIcon(
  '.deadline',
  css`
    .deadline {
      --_tone: var(--_muted);
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      font-weight: 600;
      color: var(--_tone);
    }
    .deadline.dueSoon {
      --_tone: var(--_due-soon);
    }
    .deadline.overdue {
      --_tone: var(--_overdue);
      padding: 0.125rem 0.5rem;
      border: 1px solid currentColor;
      border-radius: 0.25rem;
    }
    .due-on,
    .calendar-note,
    .no-deadline {
      display: block;
      font-size: 0.875rem;
      color: var(--_muted);
    }
    @media (forced-colors: active) {
      .deadline {
        border: 1px solid CanvasText;
      }
    }
  `,
);
