import { html } from 'lit';
import type { Locale, Ranking, RankingGroup } from '@thidua/schemas';
import type { Ask } from '../shared/api-loader.js';
import type { Ids } from '../shared/errors.js';
import { ListLoader } from '../shared/list-loader.js';
import type { RankingTable } from './ranking-table.js';

/*
 * `<ranking-table>` with data from the API: finding the client (the element's
 * own, its `api-base`, or the enclosing `<thidua-provider>`'s), loading the
 * ranking, and the error state (`ListLoader`'s, which also brings the error
 * words' English loader and the error state's styles). A chunk of its own,
 * loaded when the element is given a campaign: a table given `.rows` needs
 * none of it, and a table that asks the API waits for the network anyway.
 */

/** One element's API mode: the ranking it loaded, or what went wrong (see `ApiLoader`). */
export class RankingLoader extends ListLoader<Ranking, RankingTable> {
  protected readonly subject = 'ranking';

  protected subjectIds(): Ids {
    return [this.host.campaign, this.host.metric];
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

  /** The error state, in the element's place: its base (a list's is under its filters). */
  override renderError(locale: Locale) {
    const box = this.errorBox(locale);
    return (
      box &&
      html`<div part="base" class="base error">
        ${box}
      </div>`
    );
  }
}
