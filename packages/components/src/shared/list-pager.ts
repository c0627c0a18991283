import { html, nothing } from 'lit';
import type { Locale } from '@thidua/schemas';
import { css } from './css.js';
import { errorMessage, type Subject } from './errors.js';
import type { Pager } from './list-loader.js';
import type { Catalogue } from '../strings/index.js';

/*
 * The pager of a list read a page at a time (`<nomination-list>`,
 * `<nomination-queue>`): its "Tải thêm" button and, should loading more fail,
 * why, in an alert. A module of its own: its part (`more`) is its importers'.
 */

/** A paged list's element, as its pager sees it (`ThiduaElement.strings` for the errors' words). */
export interface PagedHost {
  campaign: string;
  loadMore(): Promise<void>;
  strings(namespace: 'errors', locale: Locale): Catalogue['errors'] | undefined;
}

/** The pager's words: the button's while it loads, and the failure's. */
export interface PagerWords {
  loadingMore: string;
  moreFailed: string;
}

/** The "Tải thêm" button (`more`, its content) and the failure's alert; `subject` names what failed to load (see `Subject`). */
export function renderPager(host: PagedHost, m: Pager<never>, t: PagerWords, more: unknown, subject: Subject, locale: Locale) {
  const e = m.moreError ? host.strings('errors', locale) : undefined;
  return html`<div class="pager">
    <button part="more" class="more" type="button" aria-disabled=${m.loadingMore ? 'true' : nothing} @click=${() => void host.loadMore()}>
      ${m.loadingMore ? t.loadingMore : more}
    </button>
    ${m.moreError ? html`<p class="more-error" role="alert">${t.moreFailed} ${e ? errorMessage(m.moreError, e, subject, [host.campaign]) : ''}</p>` : nothing}
  </div>`;
}

/** The pager's styles: its button while it loads, the failure in the error colour. */
export const pagerStyles = css`
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .more-error {
    margin-block-start: 0.5rem;
    color: var(--_error);
    font-weight: 600;
  }
  .pager {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
  }
`;
