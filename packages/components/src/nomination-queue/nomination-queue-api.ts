import type { AppraisalSort } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import type { Ask } from '../shared/api-loader.js';
import { pageLimit, PagedLoader, type Merge } from '../shared/list-loader.js';
import type { Ids } from '../shared/errors.js';
import type { Catalogue } from '../strings/index.js';
import type { QueueItem, QueueSortKey } from './nomination-queue-model.js';
import type { Loaded } from './nomination-queue-view.js';
import type { NominationQueue } from './nomination-queue.js';

/*
 * `<nomination-queue>` with data from the API: a page of the appraiser's
 * dossiers (`appraisals.list`) with the filters and the sort the contract
 * takes, then the next pages ("Tải thêm"), each following the cursor its
 * last page gave. The search is the element's own, over the rows loaded.
 * A chunk of its own, loaded unless the element is given `.rows`.
 */

/** What the first page brought, and every page since: the `detail` of `<nomination-queue>`'s `thidua-load`. */
export interface NominationQueueLoad {
  items: readonly QueueItem[];
  /** The cursor of the next page; null when every dossier is here. */
  next: string | null;
}

type ListOptions = NonNullable<Parameters<ThiduaClient['appraisals']['list']>[0]>;
/** The client and query of the list shown. */
type Asked = { client: ThiduaClient; query: ListOptions };

/** The columns the server sorts by, and its name for each (`AppraisalListQuery.sort`). */
const SERVER_SORTS: Partial<Record<QueueSortKey, AppraisalSort>> = { dueOn: 'dueOn', completeOn: 'submittedOn', reference: 'reference' };

/** Dossiers asked for at a time: 1–500, 50 by default. */
const limit = (h: NominationQueue) => pageLimit(h.pageSize, 500, 50);

/** One element's API mode (see `PagedLoader`): its pages, the pager's state, and the error state. */
export class QueueLoader extends PagedLoader<NominationQueueLoad, Asked, Catalogue['nominationQueue'], NominationQueue> {
  protected readonly subject = 'appraisals';

  protected subjectIds(): Ids {
    return [this.host.campaign];
  }

  /**
   * What the server is asked: the filters and the sort the contract takes.
   * The search is the element's own; so is sorting by a column the server
   * does not sort by (the unit, award, round, count, status), over the rows
   * loaded, the server then sorting by its default (the due date).
   */
  private _query(): ListOptions {
    const h = this.host;
    const sort = h.sorting;
    const server = SERVER_SORTS[sort.key];
    return {
      ...(h.campaign ? { campaignId: h.campaign } : {}),
      ...(h.round ? { roundId: h.round } : {}),
      ...(h.awardType ? { awardTypeId: h.awardType } : {}),
      ...(h.unit ? { proposingUnitId: h.unit } : {}),
      ...(h.status ? { status: h.status } : {}),
      ...(h.deadline ? { deadline: h.deadline } : {}),
      // The server's default (the due date, soonest first) is not asked: sorting the rows loaded by another column then asks nothing.
      ...(server && (server !== 'dueOn' || sort.order === 'descending') ? { sort: server, order: sort.order === 'descending' ? 'desc' : 'asc' } : {}),
    } as ListOptions;
  }

  /** Called before each update: loads again when the server's query, the page size or the client changed. */
  update(): void {
    const h = this.host;
    this.loadOnChange([JSON.stringify(this._query()), h.pageSize, h.client, h.apiBase, h.token, h.rows]);
  }

  protected override request(): Ask<NominationQueueLoad> | undefined {
    const h = this.host;
    if (h.rows) return undefined;
    const query = this._query();
    return async (client, signal) => {
      const page = await client.appraisals.list({ ...query, limit: limit(h), signal });
      if (!signal.aborted) this.asked = { client, query };
      return { items: page.items, next: page.next };
    };
  }

  /** What the view shows: the dossiers loaded (the previous list, marked busy, while a new one loads). */
  model(): Loaded | undefined {
    const loaded = this.loaded();
    return loaded ? { items: loaded.items, ...this.pagerOf(loaded) } : undefined;
  }

  protected override async nextPage(asked: Asked, cursor: string, _from: NominationQueueLoad, signal: AbortSignal): Promise<Merge<NominationQueueLoad>> {
    const page = await asked.client.appraisals.list({ ...asked.query, limit: limit(this.host), cursor, signal });
    return (now) => {
      // A dossier already shown is not shown twice, whatever changed between the pages.
      const ids = new Set(now.items.map((i) => i.id));
      const added = page.items.filter((i) => !ids.has(i.id));
      return { value: { items: [...now.items, ...added], next: page.next }, added: added.map((i) => i.id) };
    };
  }
}
