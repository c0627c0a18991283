import { property } from 'lit/decorators.js';
import type { Locale, ProposalStatus } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import { PagedListElement } from '../shared/list-element.js';
import { provideStrings } from '../strings/index.js';
import { nominationQueue as vi } from '../strings/vi/nomination-queue.js';
import type { QueueLoader, NominationQueueLoad } from './nomination-queue-api.js';
import type { QueueModel } from './nomination-queue-view.js';
import type { DeadlineFilter, QueueFilters, QueueItem } from './nomination-queue-model.js';
import { DEFAULT_SORT, QUEUE_SORT_KEYS, type QueueSort, type QueueSortKey } from './nomination-queue-sort.js';
import { styles } from './nomination-queue.styles.js';

provideStrings('vi', { nominationQueue: vi }, { nominationQueue: () => import('../strings/en/nomination-queue.js') });

export type { QueueItem, QueueFilters, QueueSort, QueueSortKey, DeadlineFilter, NominationQueueLoad };

/** The `detail` of `appraisal-open`. */
export interface AppraisalOpenDetail {
  /** The proposal's id: what `<nomination-review proposal-id="…">` takes. */
  proposalId: string;
  reference: string | null;
  status: ProposalStatus;
}

/** The `detail` of `thidua-filter`: the filters and the sort as the reader left them (`''` for all). */
export interface QueueFilterDetail extends QueueFilters {
  sort: QueueSort;
}

const optional = { fromAttribute: (value: string | null) => value ?? '', toAttribute: (value: string) => value || null };

/**
 * The appraisers' queue (hồ sơ cần thẩm định) of the coordinating
 * department: the dossiers its appraisers appraise — reference, proposing
 * unit, award, round, how many nominees, status (an icon and words), the day
 * the dossier was complete, and the appraisal deadline in working days, due
 * soon or overdue said in words with an icon of its own — in a real table
 * whose column headers sort it (`aria-sort`) and which becomes a stack of
 * cards in a narrow column (a 360 px phone). Filters by round, award,
 * proposing unit, status and deadline, and a search that ignores diacritics
 * ("tu son" finds "Từ Sơn"): the rows loaded are filtered at once, and the
 * server is asked for the same list. More dossiers are loaded a page at a
 * time ("Tải thêm"), their number said to screen readers and the focus brought
 * to the first of them.
 *
 * Opening a dossier says so with `appraisal-open` (for the page to show
 * `<nomination-review proposal-id="…">`); with `href-template` the open
 * controls are links.
 *
 * ```html
 * <thidua-provider api-base="https://api.example.gov.vn" token="…">
 *   <nomination-queue campaign="bn2026" href-template="?id={id}"></nomination-queue>
 * </thidua-provider>
 * ```
 *
 * The token is an appraiser's (or the coordinator's); its unit decides which
 * dossiers are listed. Without a server, set `.rows` to the API's appraisal
 * summaries: the filters, search and sort then apply to them, with no pager.
 *
 * @summary The appraisers' queue of award proposals: sortable, filtered, paged, with appraisal deadlines in working days.
 *
 * @slot empty - Shown when no dossier waits for appraisal at all; a sentence saying so by default.
 *
 * @csspart base - The whole element.
 * @csspart filters - The search box and the filters.
 * @csspart search - The search box.
 * @csspart round-filter - The round `<select>`.
 * @csspart award-filter - The award `<select>`.
 * @csspart unit-filter - The proposing unit `<select>`.
 * @csspart status-filter - The status `<select>`.
 * @csspart deadline-filter - The deadline `<select>` (all, due soon, overdue).
 * @csspart clear - The button that clears the filters.
 * @csspart count - How many dossiers are shown (a polite live region).
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption.
 * @csspart sort - A column header's sort button.
 * @csspart row - A dossier's row.
 * @csspart status - A status badge (icon and words).
 * @csspart deadline - A deadline badge (icon and words: working days left, due soon, overdue).
 * @csspart open - The link or button that opens a dossier.
 * @csspart more - The button that loads more dossiers.
 * @csspart empty - The message when there is nothing to list.
 * @csspart error - The error message.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --nomination-queue-font-family - Font. Inherits by default.
 * @cssproperty --nomination-queue-color-text - Text colour.
 * @cssproperty --nomination-queue-color-muted - Secondary text colour (labels, due dates).
 * @cssproperty --nomination-queue-color-surface - Background.
 * @cssproperty --nomination-queue-color-border - Rules and card borders.
 * @cssproperty --nomination-queue-color-header - Header row background.
 * @cssproperty --nomination-queue-color-primary - Links, buttons and focus rings.
 * @cssproperty --nomination-queue-color-error - Error colour.
 * @cssproperty --nomination-queue-color-due-soon - The "due soon" badge's colour.
 * @cssproperty --nomination-queue-color-overdue - The "overdue" badge's colour.
 * @cssproperty [--thidua-font-family=inherit] - Kit-wide token: font.
 * @cssproperty [--thidua-color-text=#1b1f24] - Kit-wide token: text colour.
 * @cssproperty [--thidua-color-muted=#4b5563] - Kit-wide token: secondary text.
 * @cssproperty [--thidua-color-surface=#fff] - Kit-wide token: background.
 * @cssproperty [--thidua-color-border=#d0d7de] - Kit-wide token: borders and rules.
 * @cssproperty [--thidua-color-header=#f3f5f8] - Kit-wide token: a table's header row.
 * @cssproperty [--thidua-color-primary=#0b5cad] - Kit-wide token: brand colour (bars, "on track", links, buttons and focus rings).
 * @cssproperty [--thidua-color-on-primary=#fff] - Kit-wide token: words on a filled button or panel (primary, success and danger fills).
 * @cssproperty [--thidua-color-warning=#8a4b00] - Kit-wide token: "at risk", here "due soon".
 * @cssproperty [--thidua-color-danger=#b3261e] - Kit-wide token: errors, "off track", here "overdue".
 * @cssproperty [--thidua-status-draft=#4b5563] - Colour of the "draft" status badge (its words, its border and a light tint behind it).
 * @cssproperty [--thidua-status-submitted=#0b5cad] - Colour of the "submitted" status badge.
 * @cssproperty [--thidua-status-withdrawn=#57534e] - Colour of the "withdrawn" status badge.
 * @cssproperty [--thidua-status-under-appraisal=#6d28d9] - Colour of the "under appraisal" status badge.
 * @cssproperty [--thidua-status-returned=#9a3412] - Colour of the "returned" status badge.
 * @cssproperty [--thidua-status-resubmitted=#0b5cad] - Colour of the "resubmitted" status badge.
 * @cssproperty [--thidua-status-appraised=#166534] - Colour of the "appraised" status badge.
 * @cssproperty [--thidua-status-eligible=#166534] - Colour of the "eligible" status badge.
 * @cssproperty [--thidua-status-rejected=#b3261e] - Colour of the "rejected" status badge.
 * @cssproperty [--thidua-status-awarded=#166534] - Colour of the "awarded" status badge.
 *
 * @event {CustomEvent<AppraisalOpenDetail>} appraisal-open - A dossier is to be opened: `detail` is `AppraisalOpenDetail` (`proposalId`, `reference`, `status`). Cancelable: with `href-template`, cancelling it keeps the link from being followed (a router opens the review instead).
 * @event {CustomEvent<QueueFilterDetail>} thidua-filter - The reader changed a filter, the search or the sort. `detail` is the filters (`round`, `awardType`, `unit`, `status`, `deadline`, `search`; `''` for all) and `sort` (`{ key, order }`).
 * @event {CustomEvent<NominationQueueLoad>} thidua-load - The first page loaded. `detail.items` are the dossiers, `detail.next` the cursor of the next page (null when there is none).
 * @event {CustomEvent<{ error: unknown }>} thidua-error - Loading the first page failed. `detail.error` is the error (a `ThiduaApiError` for API errors).
 */
export class NominationQueue extends PagedListElement<'nominationQueue', QueueModel, typeof import('./nomination-queue-view.js'), QueueLoader> {
  static override styles = styles;
  protected override readonly words = ['nominationQueue', vi] as const;

  /** Only this campaign's dossiers, e.g. `bn2026`; every campaign's when empty. */
  @property() campaign = '';

  /** Only dossiers of this award round (the round filter's value); all when empty. */
  @property({ reflect: true, converter: optional }) round = '';

  /** Only dossiers for this award type (the award filter's value); all when empty. */
  @property({ attribute: 'award-type', reflect: true, converter: optional }) awardType = '';

  /** Only dossiers of this proposing unit (the unit filter's value); all when empty. */
  @property({ reflect: true, converter: optional }) unit = '';

  /** Only dossiers in this status (`submitted`, `underAppraisal`, `returned`, `resubmitted`, `appraised`, …); all when empty. */
  @property({ reflect: true, converter: optional }) status: ProposalStatus | '' = '';

  /** Only dossiers `dueSoon` or `overdue`; all when empty. */
  @property({ reflect: true, converter: optional }) deadline: DeadlineFilter = '';

  /** Free text: a dossier shows when its reference, proposing unit, award or round contains every word, diacritics ignored. */
  @property({ reflect: true, converter: optional }) search = '';

  /** The sorted column: `reference`, `unit`, `awardType`, `round`, `nominations`, `status`, `completeOn` or `dueOn` (the default: the most pressing first). */
  @property({ reflect: true }) sort: QueueSortKey = DEFAULT_SORT.key;

  /** The sorted column's order, `ascending` (the default) or `descending`. */
  @property({ reflect: true }) order: QueueSort['order'] = DEFAULT_SORT.order;

  /**
   * Where a dossier opens: a template whose `{id}` is replaced by the proposal's id, e.g. `?id={id}` or
   * `/tham-dinh/{id}`. The open controls are then links; without it they are buttons, and the page listens to `appraisal-open`.
   */
  @property({ attribute: 'href-template' }) hrefTemplate = '';

  /** Dossiers asked for at a time (the first page and each "Tải thêm"), 1–500. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 50;

  /** The table's caption; "Hồ sơ đề nghị khen thưởng cần thẩm định" by default. */
  @property() label = '';

  /** The dossiers as data (the API's appraisal summaries, or anything with their fields); the element then makes no request. */
  @property({ attribute: false }) rows: readonly QueueItem[] | undefined;

  /** The API's base URL, when there is no `<thidua-provider>` around the queue. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** An appraiser's bearer token, with `api-base` (a provider's `token` otherwise). */
  @property() token = '';

  /** A client made with an appraiser's token, instead of the provider's. */
  @property({ attribute: false }) client: ThiduaClient | undefined;

  /** The filters in force. */
  get filters(): QueueFilters {
    return { round: this.round, awardType: this.awardType, unit: this.unit, status: this.status, deadline: this.deadline, search: this.search };
  }

  /** The sort in force (an unknown `sort` attribute reads as the default). */
  get sorting(): QueueSort {
    const key = (QUEUE_SORT_KEYS as readonly string[]).includes(this.sort) ? this.sort : DEFAULT_SORT.key;
    return { key, order: this.order === 'descending' ? 'descending' : 'ascending' };
  }

  /** Loads the first page again (API mode). */
  reload(): Promise<void> {
    return this.loadAgain();
  }

  /** Loads the next page, if there is one, and focuses the first dossier it brought. */
  async loadMore(): Promise<void> {
    const first = await this.loader?.loadMore();
    if (first) this.focusRow(first);
  }

  /**
   * Says that a dossier is to be opened (`appraisal-open`); a listener that
   * cancels it keeps an `href-template` link from being followed. A click that
   * opens a new tab or window is left to the browser. @internal
   */
  open(item: QueueItem, event: MouseEvent): void {
    this.opening(event, () => {
      const detail: AppraisalOpenDetail = { proposalId: item.id, reference: item.reference, status: item.status };
      return this.dispatchEvent(new CustomEvent('appraisal-open', { detail, bubbles: true, composed: true, cancelable: true }));
    });
  }

  /** Sets filters or the sort as the reader chose them and says so (`thidua-filter`). @internal */
  filter(change: Partial<QueueFilters> & { sort?: QueueSort }): void {
    const { sort, ...filters } = change;
    Object.assign(this, filters);
    if (sort) [this.sort, this.order] = [sort.key, sort.order];
    const detail: QueueFilterDetail = { ...this.filters, sort: this.sorting };
    this.dispatchEvent(new CustomEvent('thidua-filter', { detail, bubbles: true, composed: true }));
  }

  protected override importView() {
    return import('./nomination-queue-view.js');
  }

  protected override makeLoader() {
    return import('./nomination-queue-api.js').then(({ QueueLoader }) => new QueueLoader(this));
  }

  protected override given(): boolean {
    return Boolean(this.rows);
  }

  protected override model(view: typeof import('./nomination-queue-view.js'), locale: Locale): QueueModel | undefined {
    const loaded = this.rows ? { items: this.rows, more: false, loadingMore: false, moreError: undefined, busy: false, announcement: undefined } : this.loader?.model();
    return loaded && view.queueModel(this, loaded, locale);
  }
}

NominationQueue.define('nomination-queue');

declare global {
  interface HTMLElementTagNameMap {
    'nomination-queue': NominationQueue;
  }
}
