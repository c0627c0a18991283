import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { STANDARD_RANKING_GROUPS, localize } from '@thidua/schemas/logic';
import type { Band, Locale, Ranking, RankingEntry, RankingGroup, RankingGroupDefinition, RankingSort, RankingSortKey, SubIndex } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import { ThiduaElement } from '../shared/thidua-element.js';
import { provideStrings } from '../strings/index.js';
import { ranking as vi, type RankingStrings } from '../strings/vi/ranking.js';
import type { RankingLoader } from './ranking-table-api.js';
import { styles } from './ranking-table.styles.js';
import { groupOptions, renderToolbar } from './ranking-table-toolbar.js';
import { PrintController } from './print-controller.js';
import type { VirtualRows } from './virtual-rows.js';

import type { RankingRow } from './ranking-table-data.js';

export type { RankingRow };

provideStrings('vi', { ranking: vi }, { ranking: () => import('../strings/en/ranking.js') });

/** Above this many rows only the rows in view are rendered. */
const VIRTUAL_THRESHOLD = 60;

/**
 * The view, data and API chunks, once a table on the page has loaded them: a
 * later table (a second ranking, one a framework re-creates) renders its rows,
 * or asks the API, in its first update. Through `import()` again it rendered the
 * loading state first and waited a task for a module already there (about 5 ms
 * of a 10,000-row table's render in bench suite 20, a frame of skeleton on
 * screen besides).
 */
let viewChunk: typeof import('./ranking-table-rows.js') | undefined;
let dataChunk: typeof import('./ranking-table-data.js') | undefined;
let apiChunk: typeof import('./ranking-table-api.js') | undefined;

/**
 * A ranking of organisation units — departments, communes and wards — by the
 * DTI or by an indicator, as a real `<table>`: caption, row and column
 * headers, `aria-sort`. Standard competition ranks (1, 2, 2, 4), the change
 * since the previous period as an arrow and words, band badges, sub-index
 * columns to show or hide, search that ignores diacritics and Unicode form,
 * Vietnamese name order, CSV and Excel downloads and a print view. Past a few dozen rows
 * only the rows in view are rendered, still inside the table, with
 * `aria-rowcount` and `aria-rowindex` telling assistive technology where each
 * row stands.
 *
 * From the API: `<ranking-table campaign="bn2026" metric="dti" group="departments" highlight="so-khoa-hoc-cong-nghe">`
 * inside a `<thidua-provider>` (or with `api-base`). Without a server: set `.rows`.
 *
 * @summary Ranks units by a score, with ties, changes, bands, search, sorting, export and print.
 *
 * @csspart base - The whole element.
 * @csspart toolbar - Search, group filter, sub-index columns, export and print.
 * @csspart scroller - The scrolling box around the table (a labelled region).
 * @csspart scroll-hint - Under a table wider than its box: how to see the other columns.
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption.
 * @csspart row - Each data row; the highlighted unit's row also has part `highlight`.
 * @csspart highlight - The row of the unit named in `highlight`.
 * @csspart band - A band badge.
 * @csspart change - The change since the previous period.
 * @csspart legend - The bands and their thresholds.
 * @csspart meta - The comparison period and the demonstration notice.
 * @csspart empty - Shown when there is nothing to rank, or no unit matches the search.
 * @csspart error - The error message.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --ranking-font-family - Font. Inherits by default.
 * @cssproperty --ranking-color-text - Text colour.
 * @cssproperty --ranking-color-muted - Secondary text colour.
 * @cssproperty --ranking-color-surface - Background.
 * @cssproperty --ranking-color-border - Rule and border colour.
 * @cssproperty --ranking-color-header - Header row background.
 * @cssproperty --ranking-color-primary - Buttons and focus rings.
 * @cssproperty --ranking-color-highlight - Background of the highlighted unit's row.
 * @cssproperty --ranking-color-up - Text colour of a rise in rank.
 * @cssproperty --ranking-color-down - Text colour of a fall in rank.
 * @cssproperty --ranking-color-error - Error colour.
 * @cssproperty --ranking-max-height - Height of the scrolling box when only the rows in view are rendered (default 32rem).
 * @cssproperty [--ranking-band-0=#b7e4c7] - Background of the best band's badge.
 * @cssproperty [--ranking-band-1=#cfe8f3] - Background of the second band's badge.
 * @cssproperty [--ranking-band-2=#e7e2f7] - Background of the third band's badge.
 * @cssproperty [--ranking-band-3=#fde8c2] - Background of the fourth band's badge.
 * @cssproperty [--ranking-band-4=#f8d0cc] - Background of the fifth band's badge (and of any further one).
 * @cssproperty [--thidua-font-family=inherit] - Kit-wide token: font.
 * @cssproperty [--thidua-color-text=#1b1f24] - Kit-wide token: text colour.
 * @cssproperty [--thidua-color-muted=#4b5563] - Kit-wide token: secondary text.
 * @cssproperty [--thidua-color-surface=#fff] - Kit-wide token: background.
 * @cssproperty [--thidua-color-border=#d0d7de] - Kit-wide token: borders and rules.
 * @cssproperty [--thidua-color-track=#e5e9ef] - Kit-wide token: quiet fills, the empty part of a bar, a table's header row.
 * @cssproperty [--thidua-color-primary=#0b5cad] - Kit-wide token: brand colour (bars, "on track", links, buttons and focus rings).
 * @cssproperty [--thidua-color-on-primary=#fff] - Kit-wide token: words on a filled button or panel (primary, success and danger fills).
 * @cssproperty [--thidua-color-highlight=#fff4cc] - Kit-wide token: the highlighted row's background.
 * @cssproperty [--thidua-color-success=#17713a] - Kit-wide token: "achieved", a rise in rank.
 * @cssproperty [--thidua-color-danger=#b3261e] - Kit-wide token: errors, "off track", a fall in rank.
 * @cssproperty [--thidua-radius=0.5rem] - Kit-wide token: corner radius.
 *
 * @event {CustomEvent<Ranking>} thidua-load - The ranking loaded from the API. `detail` is the API's `Ranking`.
 * @event {CustomEvent<{ error: unknown }>} thidua-error - Loading failed. `detail.error` is the error (a `ThiduaApiError` for API errors).
 * @event {CustomEvent<{ format: 'csv' | 'xlsx'; filename: string; blob: Blob; csv?: string }>} thidua-export - Before a download; cancelable. `detail` is `{ format: 'csv' | 'xlsx', filename, blob }`, and `csv`, the text (with a byte order mark), for a CSV.
 */
export class RankingTable extends ThiduaElement {
  static override styles = styles;

  /** The campaign whose ranking to load, e.g. `bn2026`. */
  @property() campaign = '';

  /** What to rank by: a score index of the campaign (`dti`, the default) or an indicator id. */
  @property() metric = 'dti';

  /** The year; the latest with data when empty. */
  @property() period = '';

  /**
   * `all` (the default: every unit; with `.rows`, every row whatever its kind), or a group:
   * `departments`, `communes`, or with `.rows` the id of one of `groups`. With `all` a filter offers the groups.
   */
  @property() group: RankingGroup | (string & {}) = 'all';

  /** The id of a unit to highlight: the host site's own. */
  @property() highlight = '';

  /** Show only the first N places (a tie at the cut is kept whole), with no toolbar. */
  @property({ type: Number }) top: number | undefined;

  /** Show the sub-index columns at first; readers can show or hide each one. */
  @property({ type: Boolean, attribute: 'sub-scores' }) subScores = false;

  /** The API's base URL, when there is no `<thidua-provider>` around the element. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** A client to use instead of `api-base` or the provider's. */
  @property({ attribute: false }) client: ThiduaClient | undefined;

  /** Data to rank without a server. When set, the API is not asked. */
  @property({ attribute: false }) rows: RankingRow[] | undefined;

  /** With `.rows`: the bands (labels and lowest scores). */
  @property({ attribute: false }) bands: Band[] | undefined;

  /** With `.rows`: the groups the filter offers, as data (`{ id, label, kinds }`); departments and communes by default. */
  @property({ attribute: false }) groups: RankingGroupDefinition[] | undefined;

  /** With `.rows`: the sub-indices whose scores `subScores` carry. */
  @property({ attribute: false }) subIndices: SubIndex[] | undefined;

  /** With `.rows`: the table's caption. From the API the caption names metric, group and year. */
  @property() label = '';

  /** With `.rows`: `higher` (default) or `lower` is better. */
  @property() direction: 'higher' | 'lower' = 'higher';

  /** With `.rows`: the values' unit — `index` (4 decimals, the default), `percent`, `count`… */
  @property() unit = 'index';

  /** With `.rows`: the decimals the values are published with, when not the unit's (see `figureDecimals`). */
  @property({ type: Number }) decimals: number | undefined;

  @state() private _groupFilter = 'all';
  @state() private _sort: RankingSort = { key: 'rank', order: 'ascending' };
  @state() private _query = '';
  /** Sub-index columns the reader chose; until then `sub-scores` decides. */
  @state() private _chosenSubs: ReadonlySet<string> | undefined;

  /**
   * The rows shown and their cells (rankingView, the table's templates,
   * number formats): a chunk loaded with the strings, in parallel with the
   * data or the API part; nothing but the loading state is shown before it.
   */
  private _viewPart: typeof import('./ranking-table-rows.js') | undefined;
  private _viewLoad: Promise<unknown> | undefined;
  /** Ranking of `.rows`, a chunk loaded when the element is given rows. */
  private _data: typeof import('./ranking-table-data.js') | undefined;
  private _dataLoad: Promise<unknown> | undefined;
  /** The API mode, loaded as a chunk of its own when the element is given a campaign. */
  private _loader: RankingLoader | undefined;
  private _loaderLoad: Promise<unknown> | undefined;
  /** The ranking the table shows (from the API, or made from `.rows`). */
  private _ranking: Ranking | undefined;
  private _view: readonly RankingEntry[] = [];
  private _viewKey: unknown[] = [];
  private _focusHighlight = false;
  /** Only the rows in view (a controller that comes with the view chunk). */
  private _virtualRows: VirtualRows | undefined;
  private readonly _print = new PrintController(this);

  /** Loads the ranking again (API mode). */
  async reload(): Promise<void> {
    await this._apiPart();
    await this._loader?.load();
  }

  /** Downloads the rows the table shows — all of them, in their current order — as CSV (UTF-8 with a byte order mark). */
  async exportCsv(): Promise<void> {
    await this._download('csv');
  }

  /** Downloads the rows the table shows as an Excel workbook (.xlsx), numbers with their published decimals. */
  async exportXlsx(): Promise<void> {
    await this._download('xlsx');
  }

  private async _download(format: 'csv' | 'xlsx') {
    const [ranking, locale] = [this._ranking, this.locale];
    const s = this.strings('ranking', locale);
    if (!ranking || !s) return;
    const { download } = await import('./ranking-table-export.js');
    await download(this, format, ranking, this._view, locale, s);
  }

  /** Renders every row, then opens the browser's print dialog. */
  print(): Promise<void> {
    return this._print.print();
  }

  /** The group ranked: the `group` attribute, or the reader's choice when it is `all`. @internal */
  get effectiveGroup(): string {
    return this.group !== 'all' ? this.group : this._groupFilter;
  }

  /** The groups rows fall in: `groups`, or departments and communes. @internal */
  get groupList(): readonly RankingGroupDefinition[] {
    return this.groups ?? STANDARD_RANKING_GROUPS;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if ((changed as Map<string, unknown>).has('subScores')) this._chosenSubs = undefined;
    this.strings('ranking');
    if (!this._viewPart && viewChunk) this._viewLoaded(viewChunk);
    if (!this._viewPart) void this.loadChunk((this._viewLoad ??= import('./ranking-table-rows.js').then((part) => this._viewLoaded((viewChunk = part)))));
    if (this.rows === undefined && this.campaign && !this._loader) {
      if (apiChunk) this._loader = new apiChunk.RankingLoader(this);
      else void this.loadChunk(this._apiPart());
    }
    this._loader?.update();
    this._ranking = this.rows !== undefined ? this._rankRows() : this._loader?.loaded();
    this._updateView();
  }

  /** The view chunk is here: its controllers join the element (rows in view, the sideways-scroll cue). */
  private _viewLoaded(part: typeof import('./ranking-table-rows.js')) {
    this._virtualRows = new part.VirtualRows(this, { scroller: () => this._scroller, count: () => this._view.length, active: () => this._virtual });
    new part.SidewaysCue(this, () => this._scroller, 'scroll-hint');
    this._viewPart = part;
  }

  private _apiPart(): Promise<unknown> {
    return (this._loaderLoad ??= import('./ranking-table-api.js').then((part) => {
      apiChunk = part;
      this._loader ??= new part.RankingLoader(this);
    }));
  }

  /** The sub-index columns shown. */
  private get _shownSubs(): ReadonlySet<string> {
    return this._chosenSubs ?? new Set(this.subScores ? (this._ranking?.metric.subIndices ?? []).map((s) => s.id) : []);
  }

  /** `.rows` ranked (by the data chunk); undefined until that chunk has loaded. */
  private _rankRows(): Ranking | undefined {
    this._data ??= dataChunk;
    if (this._data) return this._data.rankRowsOf(this);
    void this.loadChunk((this._dataLoad ??= import('./ranking-table-data.js').then((part) => (this._data = dataChunk = part))));
    return undefined;
  }

  /** The rows shown (`rankingView`: top N, search, order, the host's unit); a new order or search starts from the top. */
  private _updateView() {
    const ranking = this._ranking;
    const key = [ranking, this.top, this._query, this._sort, this.locale, this.highlight];
    const part = this._viewPart;
    if (!part || key.every((k, i) => k === this._viewKey[i])) return;
    const [ranking0, , query0, sort0] = this._viewKey;
    this._viewKey = key;
    this._view = ranking
      ? part.rankingView(ranking.entries, { top: this.top, query: this._query, sort: this._sort, locale: this.locale, highlight: this.highlight, bands: ranking.metric.bands })
      : [];
    if (ranking0 !== undefined && (ranking0 !== ranking || query0 !== this._query || sort0 !== this._sort)) this._virtualRows?.reset();
  }

  private get _scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  private get _virtual(): boolean {
    return !this._print.printing && !this._topN && this._view.length > VIRTUAL_THRESHOLD;
  }

  private get _topN(): boolean {
    return !!this.top && this.top > 0;
  }

  // ——— Rendering ———

  protected override render() {
    const locale = this.locale;
    const s = this.strings('ranking', locale);
    const part = this._viewPart;
    if (!s || !part) return this._renderLoading(s ?? vi);
    if (this.rows !== undefined && !this._data) return this._renderLoading(s);
    const ranking = this._ranking;
    const state = this._loader?.state;
    if (this.rows === undefined && this.campaign) {
      if (state?.status === 'error') return this._loader!.renderError(locale);
      // Nothing loaded yet, and no previous answer to keep in place (`loaded()`).
      if (!ranking) return this._renderLoading(s);
    }
    if (!ranking) return html`<div part="base" class="base"><p part="empty" class="empty">${s.empty}</p></div>`;
    const caption = this.label || (this.rows !== undefined ? s.defaultCaption : s.caption(localize(ranking.metric.title, locale), s.groups[ranking.group], ranking.period));
    const columns = part.tableColumns(ranking, this._shownSubs, locale, s);
    const sorted = this._sort.key !== 'rank' || this._sort.order !== 'ascending';
    const status = [
      s.shown(this._view.length, this._topN ? this._view.length : ranking.entries.length),
      sorted ? s.sortedBy(columns.find((c) => c.key === this._sort.key)?.label ?? this._sort.key, this._sort.order === 'ascending') : '',
    ]
      .filter(Boolean)
      .join('. ');
    const busy = this.rows === undefined && state?.status === 'loading';
    return html`<div part="base" class="base ${this._topN ? 'compact' : ''}" aria-busy=${busy ? 'true' : nothing}>
      ${this._topN ? nothing : this._renderToolbar(ranking, locale, s)}
      ${ranking.entries.length === 0
        ? html`<p part="empty" class="empty">${caption}: ${s.empty}</p>`
        : this._view.length === 0
          ? html`<p part="empty" class="empty">${s.noMatch(this._query.trim())}</p>`
          : part.renderTable({
              ranking,
              columns,
              caption,
              view: this._view,
              range: this._virtualRows!.range(),
              virtual: this._virtual,
              top: this._topN ? this.top! : 0,
              highlight: this.highlight,
              sort: this._sort,
              onSort: (key) => this._sortBy(key),
              locale,
              s,
            })}
      <p class="visually-hidden" role="status">${ranking.entries.length ? status : ''}</p>
      ${part.renderMeta(ranking, !this._topN && ranking.entries.length > 0, locale, s)}
    </div>`;
  }

  private _renderToolbar(ranking: Ranking, locale: Locale, s: RankingStrings) {
    const highlighted = this.highlight && this._virtual ? this._view.find((e) => e.unit.id === this.highlight) : undefined;
    // From the API: its two groups. From `.rows`: those of `groups` (or the standard ones) that hold rows.
    const ids = this.rows === undefined ? ['departments', 'communes'] : (this._data?.groupsIn(this.rows, this.groupList) ?? []);
    const groups = this.group === 'all' && (this.rows === undefined || ids.length > 1) ? groupOptions(ids, this.groupList, locale, s) : undefined;
    return renderToolbar({
      s,
      query: this._query,
      onQuery: (query) => (this._query = query),
      groups,
      group: this._groupFilter,
      onGroup: (group) => (this._groupFilter = group),
      subIndices: ranking.metric.subIndices.map((sub) => ({ id: sub.id, label: localize(sub.title, locale), shown: this._shownSubs.has(sub.id) })),
      onSubIndex: (id, shown) => {
        const next = new Set(this._shownSubs);
        if (shown) next.add(id);
        else next.delete(id);
        this._chosenSubs = next;
      },
      onCsv: () => void this.exportCsv(),
      onXlsx: () => void this.exportXlsx(),
      onPrint: () => void this.print(),
      jump: highlighted
        ? { label: s.jumpTo(localize(highlighted.unit.name, locale), String(highlighted.rank)), go: () => this._jumpToHighlight() }
        : undefined,
    });
  }

  private _sortBy(key: RankingSortKey) {
    const order = this._sort.key === key ? (this._sort.order === 'ascending' ? 'descending' : 'ascending') : this._viewPart!.defaultSortOrder(key, this._ranking?.metric.direction === 'lower' ? 'lower' : 'higher');
    this._sort = { key, order };
  }

  private _renderLoading(s: RankingStrings) {
    return html`<div part="base" class="base loading" aria-busy="true">
      ${[0, 1, 2, 3, 4].map(() => html`<div class="skeleton"></div>`)}
      <p class="visually-hidden" role="status">${s.loading}</p>
    </div>`;
  }

  private _jumpToHighlight() {
    this._virtualRows?.scrollToIndex(this._view.findIndex((e) => e.unit.id === this.highlight));
    this._focusHighlight = true;
    this.requestUpdate();
  }

  protected override updated() {
    if (this._focusHighlight) {
      this._focusHighlight = false;
      this._scroller?.querySelector<HTMLElement>('tr.highlight')?.focus({ preventScroll: true });
    }
  }
}

RankingTable.define('ranking-table');

declare global {
  interface HTMLElementTagNameMap {
    'ranking-table': RankingTable;
  }
}
