import { html, nothing } from 'lit';
import type { Locale, Ranking, RankingGroup } from '@thidua/schemas';
import { ApiLoader, type Ask } from '../shared/api-loader.js';
import { errorStyles, renderError } from '../shared/errors.js';
import { provideStrings, stringsFor } from '../strings/index.js';
import { errors } from '../strings/vi/errors.js';
import type { RankingTable } from './ranking-table.js';

/*
 * `<ranking-table>` with data from the API: finding the client (the element's
 * own, its `api-base`, or the enclosing `<thidua-provider>`'s), loading the
 * ranking, and the error state. A chunk of its own, loaded when the element
 * is given a campaign: a table given `.rows` needs none of it, and a table
 * that asks the API waits for the network anyway.
 */

// The error state's words come from the kit's catalogue (English is loaded before an error is shown: see ApiLoader).
provideStrings('vi', { errors }, { errors: () => import('../strings/en/errors.js') });

/** One element's API mode: the ranking it loaded, or what went wrong (see `ApiLoader`). */
export class RankingLoader extends ApiLoader<Ranking, RankingTable> {
  constructor(host: RankingTable) {
    super(host);
    // The kit's one error state, with its sheet: a constructable one, as the cards' (Safari 16.4 and later).
    const root = host.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, errorStyles.styleSheet!];
  }

  /** Called before each update: loads again when what to load, or the client, changed. */
  update() {
    const h = this.host;
    this.loadOnChange([h.campaign, h.metric, h.period, h.effectiveGroup, h.apiBase, h.client]);
  }

  /** A reload (another group, say) keeps the old table in place, marked busy (`previous`). */
  protected override request(): Ask<Ranking> | undefined {
    const host = this.host;
    if (!host.campaign) return undefined;
    // Every row of the group (the API pages its rankings): the table sorts, searches and exports them all.
    return (client, signal) =>
      client.rankings.all(host.campaign, {
        metric: host.metric || 'dti',
        ...(host.period ? { period: host.period } : {}),
        group: host.effectiveGroup as RankingGroup,
        signal,
      });
  }

  /** The error state: an alert with the cause in words and the request id, and a retry button. */
  renderError(locale: Locale) {
    const error = this.state.status === 'error' ? this.state.error : undefined;
    const m = stringsFor(locale, 'errors');
    if (m instanceof Promise) {
      void m.then(() => this.host.requestUpdate());
      return nothing;
    }
    return html`<div part="base" class="base error">
      ${renderError(error, m, 'ranking', [this.host.campaign, this.host.metric], () => void this.load())}
    </div>`;
  }
}
