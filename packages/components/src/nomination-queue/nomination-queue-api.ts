import { html, nothing } from 'lit';
import type { AppraisalSort, Locale } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import { ApiLoader, type Ask } from '../shared/api-loader.js';
import { errorStyles, renderError } from '../shared/errors.js';
import { provideStrings, stringsFor, type Catalogue } from '../strings/index.js';
import { errors } from '../strings/vi/errors.js';
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

provideStrings('vi', { errors }, { errors: () => import('../strings/en/errors.js') });

/** What the first page brought, and every page since: the `detail` of `<nomination-queue>`'s `thidua-load`. */
export interface NominationQueueLoad {
  items: readonly QueueItem[];
  /** The cursor of the next page; null when every dossier is here. */
  next: string | null;
}

type ListOptions = NonNullable<Parameters<ThiduaClient['appraisals']['list']>[0]>;

/** The columns the server sorts by, and its name for each (`AppraisalListQuery.sort`). */
const SERVER_SORTS: Partial<Record<QueueSortKey, AppraisalSort>> = { dueOn: 'dueOn', completeOn: 'submittedOn', reference: 'reference' };

/** The page sizes the API takes; an attribute out of range is brought into it rather than refused. */
const clamp = (value: number) => (Number.isFinite(value) ? Math.min(500, Math.max(1, Math.round(value))) : 50);

/** One element's API mode (see `ApiLoader`): its pages, the pager's state, and the error state. */
export class QueueLoader extends ApiLoader<NominationQueueLoad, NominationQueue> {
  /** The client and query of the list shown: its later pages must be of the same list. */
  private _shown: { client: ThiduaClient; query: ListOptions } | undefined;
  /** Aborts the pager's request when the list is replaced or the element leaves the page. */
  private _pager = new AbortController();
  private _more: { loading: boolean; error: unknown } = { loading: false, error: undefined };
  private _announcement: Loaded['announcement'];

  constructor(host: NominationQueue) {
    super(host);
    host.addStyles(errorStyles);
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

  /** A new first page: whatever the pager was doing belonged to the list it replaces. */
  override load(): Promise<void> {
    this._pager.abort();
    this._pager = new AbortController();
    this._more = { loading: false, error: undefined };
    this._announcement = undefined;
    return super.load();
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    this._pager.abort();
    this._pager = new AbortController();
    this._more = { loading: false, error: undefined };
  }

  protected override request(): Ask<NominationQueueLoad> | undefined {
    const h = this.host;
    if (h.rows) return undefined;
    const query = this._query();
    return async (client, signal) => {
      const page = await client.appraisals.list({ ...query, limit: clamp(h.pageSize), signal });
      if (!signal.aborted) this._shown = { client, query };
      return { items: page.items, next: page.next };
    };
  }

  /** What the view shows: the dossiers loaded (the previous list, marked busy, while a new one loads). */
  model(): Loaded | undefined {
    const state = this.state;
    const loaded = state.status === 'ready' ? state.value : state.status === 'loading' ? state.previous : undefined;
    if (!loaded) return undefined;
    return {
      items: loaded.items,
      more: loaded.next !== null,
      loadingMore: this._more.loading,
      moreError: this._more.error,
      busy: state.status === 'loading',
      announcement: this._announcement,
    };
  }

  /** The next page, added after the dossiers shown; resolves to the id of the first one added (for the focus). */
  async loadMore(): Promise<string | undefined> {
    const state = this.state;
    const asked = this._shown;
    if (state.status !== 'ready' || !state.value.next || !asked || this._more.loading) return undefined;
    const signal = this._pager.signal;
    this._more = { loading: true, error: undefined };
    this.host.requestUpdate();
    try {
      const page = await asked.client.appraisals.list({ ...asked.query, limit: clamp(this.host.pageSize), cursor: state.value.next, signal });
      const now = this.state;
      if (signal.aborted || now.status !== 'ready') return undefined;
      // A dossier already shown is not shown twice, whatever changed between the pages.
      const ids = new Set(now.value.items.map((i) => i.id));
      const added = page.items.filter((i) => !ids.has(i.id));
      this.state = { status: 'ready', value: { items: [...now.value.items, ...added], next: page.next } };
      this._more = { loading: false, error: undefined };
      this._announcement = (t) => t.loadedMore(added.length);
      return added[0]?.id;
    } catch (error) {
      if (signal.aborted) return undefined;
      await stringsFor(this.locale(), 'errors');
      this._more = { loading: false, error };
      return undefined;
    } finally {
      this.host.requestUpdate();
    }
  }

  /** The error state: an alert with the cause in words and the request id, and a retry button. */
  renderError(locale: Locale) {
    const error = this.state.status === 'error' ? this.state.error : undefined;
    const m = stringsFor(locale, 'errors');
    if (m instanceof Promise) {
      void m.then(() => this.host.requestUpdate());
      return nothing;
    }
    return html`<div class="error">${renderError(error, m as Catalogue['errors'], 'appraisals', [this.host.campaign], () => void this.load())}</div>`;
  }
}
