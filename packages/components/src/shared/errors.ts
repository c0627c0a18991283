import { html, nothing } from 'lit';
import { css } from './css.js';
import type { Catalogue } from '../strings/index.js';
import { icon, statusIcons } from './icons.js';

/** What an error looks like to an element: `ThiduaApiError` without importing the SDK. */
interface ErrorLike {
  name?: string;
  status?: number;
  code?: string;
  requestId?: string;
}

/**
 * What was being loaded, for the title and the "not found" and "invalid id"
 * messages; the ids name it: an indicator's or a campaign's id, a ranking's
 * campaign and metric, or the campaign a unit's nomination dossiers are
 * listed for (empty for every campaign), the campaign of an appraisers'
 * queue, the proposal under appraisal, or the campaign whose awards or
 * exemplary models are shown.
 */
export type Subject = 'indicator' | 'campaign' | 'ranking' | 'nominations' | 'appraisals' | 'appraisal' | 'awards' | 'featuredModels';

/** The catalogue's `errors` namespace in the element's language. */
type Messages = Catalogue['errors'];

/** The ids that name what was being loaded: see `Subject`. */
export type Ids = readonly [string] | readonly [campaign: string, metric: string];

/** Why loading failed, in words a portal's reader can act on. */
export function errorMessage(error: unknown, m: Messages, subject: Subject, ids: Ids): string {
  const e = (error ?? {}) as ErrorLike;
  const [id, metric = ''] = ids;
  if (e.code === 'no_api') return m.noApi;
  if (e.code === 'no_campaign') return m.noCampaign;
  // A token's own problems: what the reader can do differs from a server failure.
  if (e.status === 401) return m.unauthorized;
  if (e.status === 403) return m.forbidden;
  if (e.status === 404 || e.code === 'not_found') return m.notFound[subject](id, metric);
  if (e.code === 'validation_failed') return m.invalid[subject](id);
  if (e.code === 'timeout' || e.name === 'TimeoutError') return m.timeout;
  if (e.code === 'invalid_response') return m.invalidResponse;
  return e.status ? m.server(e.status) : m.network;
}

/** The error as an element shows it: an alert with the cause and the request id, and a retry button. */
export function renderError(error: unknown, m: Messages, subject: Subject, ids: Ids, retry: () => void) {
  const requestId = (error as ErrorLike | undefined)?.requestId;
  return html`<div role="alert" class="error-box">
      <p class="error-title">${icon(statusIcons.atRisk)}<span>${m.title[subject]}</span></p>
      <p part="error" class="error-message">${errorMessage(error, m, subject, ids)}</p>
      ${requestId ? html`<p class="request-id">${m.requestId(requestId)}</p>` : nothing}
    </div>
    <button part="retry" class="retry" type="button" @click=${retry}>${m.retry}</button>`;
}

/**
 * Styles of the error state; they reach an element with the code that renders
 * it. The alert icon is drawn with strokes whatever the element's own icons are.
 */
export const errorStyles = css`
  .error-box {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_error);
    background: color-mix(in srgb, var(--_error) 6%, var(--_surface));
  }
  .error-title {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: 600;
    color: var(--_error);
  }
  .error-title .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .request-id {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .retry {
    justify-self: start;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 600;
    color: var(--thidua-color-on-primary, #fff);
    background: var(--_primary);
    border: 2px solid transparent;
    border-radius: 0.375rem;
    cursor: pointer;
  }
  .retry:hover {
    background: color-mix(in srgb, var(--_primary) 85%, #000);
  }
  .retry:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .error-box {
      border: 1px solid CanvasText;
    }
  }
`;
