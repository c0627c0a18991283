import type { AwardPublic } from '@thidua/schemas';
import type { Ask } from '../shared/api-loader.js';
import { ListLoader, pageLimit } from '../shared/list-loader.js';
import type { Ids } from '../shared/errors.js';
import type { AwardListModel, AwardRow } from './award-list-model.js';
import { rowOfAward } from './award-list-view.js';
import type { AwardList } from './award-list.js';

/*
 * `<award-list>` with data from the API: a campaign's (or a round's) awards,
 * public, every page, followed through the SDK's `for await` over
 * `client.awards.list(…).pages()`. The first page is shown as soon as it is
 * here, searchable; later ones are added as they come, the count saying that
 * more are loading. A chunk of its own, loaded unless the element is given
 * `.data` or `.rows`.
 */

/** The API's answer (`listAwards`), or any object with its `items`: what `.data` takes. */
export interface AwardListData {
  items: readonly AwardPublic[];
}

/** The `detail` of `thidua-load`: every award, in the published order. */
export interface AwardListLoad {
  rows: readonly AwardRow[];
}

export class AwardsLoader extends ListLoader<AwardListLoad, AwardList> {
  protected readonly subject = 'awards';
  /** The rows of the pages already here, while later ones load. */
  private _partial: AwardRow[] | undefined;

  protected subjectIds(): Ids {
    return [this.host.campaignId];
  }

  /** Called before each update: loads again when the campaign, the round, the page size or the client changed. */
  update(): void {
    const h = this.host;
    this.loadOnChange([h.campaignId, h.roundId, h.pageSize, h.client, h.apiBase, h.data, h.rows]);
  }

  protected override request(): Ask<AwardListLoad> | undefined {
    const h = this.host;
    if (h.data || h.rows) return undefined;
    if (!h.campaignId) throw Object.assign(new Error('No campaign'), { code: 'no_campaign' });
    const campaignId = h.campaignId;
    const query = { ...(h.roundId ? { roundId: h.roundId } : {}), limit: pageLimit(h.pageSize, 500, 200) };
    return async (client, signal) => {
      const rows: AwardRow[] = [];
      this._partial = undefined;
      for await (const page of client.awards.list(campaignId, { ...query, signal }).pages()) {
        if (signal.aborted) break;
        rows.push(...page.items.map(rowOfAward));
        if (page.next) {
          // Shown and searchable while the next page loads.
          this._partial = [...rows];
          h.requestUpdate();
        }
      }
      if (!signal.aborted) this._partial = undefined;
      return { rows };
    };
  }

  /** What the view shows: every row loaded, those of the pages so far while the rest load. */
  model(): AwardListModel | undefined {
    const state = this.state;
    if (state.status === 'ready') return { rows: state.value.rows, loadingMore: false, busy: false };
    if (state.status !== 'loading') return undefined;
    if (this._partial) return { rows: this._partial, loadingMore: true, busy: false };
    return state.previous ? { rows: state.previous.rows, loadingMore: false, busy: true } : undefined;
  }
}
