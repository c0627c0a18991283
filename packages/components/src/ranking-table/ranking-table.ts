import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bandsBestFirst, defaultSortOrder, foldForSearch, localize, matchesSearch, nameOrder, rankChange, sortEntries, topEntries } from '@thidua/schemas/logic';
import type {
  Band,
  Locale,
  LocalizedText,
  OrganisationUnitKind,
  Ranking,
  RankingEntry,
  RankingGroup,
  RankingMetric,
  RankingSort,
  RankingSortKey,
  SubIndex,
} from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import { nearestLang } from '../shared/locale.js';
import { vi, type RankingStrings } from './locales/vi.js';
import type { RankingLoader } from './ranking-table-api.js';
import { styles } from './ranking-table.styles.js';

/** One unit of a ranking given as data (`.rows`), before it is ranked. */
export interface RankingRow {
  id: string;
  /** The unit's name; text, or `{ vi, en }`. */
  name: string | LocalizedText;
  /** Which group the unit is filtered into: department/agency, or commune/ward. */
  kind?: OrganisationUnitKind;
  /** The score; a number, or text with a decimal comma or point ("0,7012", "0.7012"). */
  value: number | string;
  /** Last period's score; the previous rank is computed among the rows that have one. */
  previousValue?: number | string | null;
  /** Last period's published rank, when it was among other units than these. */
  previousRank?: number | null;
  subScores?: Record<string, number | string>;
  demo?: boolean;
}

// English is loaded on first use: a Vietnamese page never pays for it.
const strings: Partial<Record<Locale, RankingStrings>> = { vi };
let english: Promise<unknown> | undefined;
function stringsFor(locale: Locale): RankingStrings | Promise<unknown> {
  return (
    strings[locale] ??
    (english ??= import('./locales/en.js').then(
      ({ en }) => (strings.en = en),
      () => (strings.en = vi),
    ))
  );
}

/** Above this many rows only the rows in view are rendered. */
const VIRTUAL_THRESHOLD = 60;
/** Rows rendered above and below the visible ones, so a fast scroll does not show blank space. */
const OVERSCAN = 6;

const numberLocales: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(numberLocales[locale], options)));
  return format;
}

/** A figure in its unit: a DTI score with its four published decimals (0,7012), a share with a percent sign. */
function formatValue(value: number, unit: string, locale: Locale): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'index') return numberFormat(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(value);
  if (unit === 'percent' || unit === 'grdpShare' || unit === 'growthRate')
    return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

function formatDelta(delta: number, unit: string, locale: Locale): string {
  const digits = unit === 'index' ? 4 : 2;
  return numberFormat(locale, { minimumFractionDigits: unit === 'index' ? 4 : 0, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(delta);
}

const arrow = (d: string) =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${svg`<path d=${d} />`}</svg>`;
const upIcon = arrow('M8 2.5 14 10H2z');
const downIcon = arrow('M8 13.5 2 6h12z');
const sameIcon = arrow('M2.5 7h11v2h-11z');
const sortIcon = (order: 'ascending' | 'descending' | undefined) =>
  arrow(order === 'ascending' ? 'M8 3 13 10H3z' : order === 'descending' ? 'M8 13 3 6h10z' : 'M8 1.5 12 6.5H4zM8 14.5 4 9.5h8z');

/**
 * A ranking of organisation units — departments, communes and wards — by the
 * DTI or by an indicator, as a real `<table>`: caption, row and column
 * headers, `aria-sort`. Standard competition ranks (1, 2, 2, 4), the change
 * since the previous period as an arrow and words, band badges, sub-index
 * columns to show or hide, search that ignores diacritics and Unicode form,
 * Vietnamese name order, CSV export and a print view. Past a few dozen rows
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
 * @cssproperty --ranking-band-0 - Background of the best band's badge; `--ranking-band-1` … `--ranking-band-4` the next ones.
 *
 * @event thidua-load - The ranking loaded from the API. `detail` is the API's `Ranking`.
 * @event thidua-error - Loading failed. `detail.error` is the error (a `ThiduaApiError` for API errors).
 * @event thidua-export - Before a CSV download; cancelable. `detail` is `{ csv, filename }` (the CSV starts with a byte order mark).
 */
export class RankingTable extends LitElement {
  static override styles = styles;

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /** The campaign whose ranking to load, e.g. `bn2026`. */
  @property() campaign = '';

  /** What to rank by: a score index of the campaign (`dti`, the default) or an indicator id. */
  @property() metric = 'dti';

  /** The year; the latest with data when empty. */
  @property() period = '';

  /** `departments`, `communes` (communes and wards) or `all`; with `all` a filter offers the groups. */
  @property() group: RankingGroup = 'all';

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

  /** With `.rows`: the sub-indices whose scores `subScores` carry. */
  @property({ attribute: false }) subIndices: SubIndex[] | undefined;

  /** With `.rows`: the table's caption. From the API the caption names metric, group and year. */
  @property() label = '';

  /** With `.rows`: `higher` (default) or `lower` is better. */
  @property() direction: 'higher' | 'lower' = 'higher';

  /** With `.rows`: the values' unit — `index` (4 decimals, the default), `percent`, `count`… */
  @property() unit = 'index';

  @state() private _groupFilter: RankingGroup = 'all';
  @state() private _sort: RankingSort = { key: 'rank', order: 'ascending' };
  @state() private _query = '';
  /** Sub-index columns the reader chose; until then `sub-scores` decides. */
  @state() private _chosenSubs: ReadonlySet<string> | undefined;
  @state() private _first = 0;
  @state() private _windowSize = 24;
  @state() private _printing = false;

  /** Ranking of `.rows`, a chunk loaded when the element is given rows. */
  private _data: typeof import('./ranking-table-data.js') | undefined;
  private _dataLoad: Promise<unknown> | undefined;
  /** The API mode, loaded as a chunk of its own when the element is given a campaign. */
  private _loader: RankingLoader | undefined;
  private _loaderLoad: Promise<unknown> | undefined;
  /** Chunks being loaded; `updateComplete` waits for them. */
  private _pending: Promise<unknown> | undefined;
  /** The ranking the table shows (from the API, or made from `.rows`). */
  private _ranking: Ranking | undefined;
  private _view: RankingEntry[] = [];
  private _viewKey: unknown[] = [];
  /** Row height in px, measured from rendered rows; the spacers are sized with it. */
  private _rowHeight = 52;
  private _scrollFrame = 0;
  private _folded = new WeakMap<RankingEntry, string>();
  private _focusHighlight = false;

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    // Printing shows every row, not only those in view.
    addEventListener('beforeprint', this._beforePrint);
    addEventListener('afterprint', this._afterPrint);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this._beforePrint);
    removeEventListener('afterprint', this._afterPrint);
    cancelAnimationFrame(this._scrollFrame);
  }

  /** Loads the ranking again (API mode). */
  async reload(): Promise<void> {
    await this._apiPart();
    await this._loader?.load();
  }

  /** Downloads the rows the table shows — all of them, in their current order — as CSV (UTF-8 with a byte order mark). */
  async exportCsv(): Promise<void> {
    const ranking = this._ranking;
    const locale = this._locale;
    const s = stringsFor(locale);
    if (!ranking || s instanceof Promise) return;
    const { rankingCsv } = await import('./ranking-table-export.js');
    const { csv, filename } = rankingCsv(ranking, this._view, locale, s);
    const event = new CustomEvent('thidua-export', { detail: { csv, filename }, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(event)) return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Renders every row, then opens the browser's print dialog. */
  async print(): Promise<void> {
    this._printing = true;
    await this.updateComplete;
    window.print();
  }

  private _beforePrint = () => (this._printing = true);
  private _afterPrint = () => (this._printing = false);

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this._pending) {
      await this._pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private get _locale(): Locale {
    // An enclosing provider's language is its `lang`, which this finds too.
    return nearestLang(this) ?? 'vi';
  }

  /** The group ranked: the `group` attribute, or the reader's choice when it is `all`. @internal */
  get effectiveGroup(): RankingGroup {
    return this.group !== 'all' ? this.group : this._groupFilter;
  }

  private get _topN(): number {
    return this.top && this.top > 0 ? Math.floor(this.top) : 0;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if ((changed as Map<string, unknown>).has('subScores')) this._chosenSubs = undefined;
    const s = stringsFor(this._locale);
    if (s instanceof Promise) this._lazy(s);
    if (this.rows === undefined && this.campaign && !this._loader) this._lazy(this._apiPart());
    this._loader?.update();
    const state = this._loader?.state;
    this._ranking =
      this.rows !== undefined
        ? this._rankRows()
        : state?.status === 'ready'
          ? state.value
          : state?.status === 'loading'
            ? state.previous
            : undefined;
    this._updateView();
  }

  private _apiPart(): Promise<unknown> {
    return (this._loaderLoad ??= import('./ranking-table-api.js').then(({ RankingLoader }) => {
      this._loader = new RankingLoader(this);
    }));
  }

  /** Waits for a chunk, then renders again; a chunk that fails to load leaves the element as it is. */
  private _lazy(load: Promise<unknown>) {
    const pending: Promise<unknown> = (this._pending = Promise.all([this._pending, load])
      .catch(() => {})
      .then(() => {
        if (this._pending === pending) this._pending = undefined;
        this.requestUpdate();
      }));
  }

  /** The sub-index columns shown. */
  private get _shownSubs(): ReadonlySet<string> {
    return this._chosenSubs ?? new Set(this.subScores ? (this._ranking?.metric.subIndices ?? []).map((s) => s.id) : []);
  }

  private _rowsMemo: { key: unknown[]; ranking: Ranking } | undefined;

  /** `.rows` ranked (by the data chunk); undefined until that chunk has loaded. */
  private _rankRows(): Ranking | undefined {
    const data = this._data;
    if (!data) {
      this._lazy((this._dataLoad ??= import('./ranking-table-data.js').then((part) => (this._data = part))));
      return undefined;
    }
    const key = [this.rows, this.effectiveGroup, this.direction, this.bands, this.subIndices, this.label, this.unit, this.period, this.metric];
    if (this._rowsMemo && key.every((k, i) => k === this._rowsMemo!.key[i])) return this._rowsMemo.ranking;
    const ranking = data.rankRows(this.rows ?? [], {
      group: this.effectiveGroup,
      direction: this.direction === 'lower' ? 'lower' : 'higher',
      bands: this.bands ?? [],
      subIndices: this.subIndices ?? [],
      metric: this.metric,
      caption: this.label || vi.defaultCaption,
      unit: this.unit,
      period: this.period,
    });
    this._rowsMemo = { key, ranking };
    return ranking;
  }

  /** The rows shown: top N, then the search, then the chosen order. */
  private _updateView() {
    const ranking = this._ranking;
    const locale = this._locale;
    const key = [ranking, this._topN, this._query, this._sort.key, this._sort.order, locale, this.highlight];
    if (key.every((k, i) => k === this._viewKey[i])) return;
    const previousKey = this._viewKey;
    this._viewKey = key;
    if (!ranking) {
      this._view = [];
      return;
    }
    const all = ranking.entries;
    let view = this._topN ? topEntries(all, this._topN) : all;
    const query = this._query.trim();
    if (query) view = view.filter((e) => matchesSearch(this._foldedName(e), query));
    if (this._sort.key !== 'rank' || this._sort.order !== 'ascending') {
      const names = nameOrder(all, (e) => localize(e.unit.name, locale), locale);
      view = sortEntries(view, this._sort, { names, bands: ranking.metric.bands });
    }
    if (this._topN && this.highlight && !query && !view.some((e) => e.unit.id === this.highlight)) {
      // The host's own unit stays in sight below the top places.
      const own = all.find((e) => e.unit.id === this.highlight);
      if (own) view = [...view, own];
    }
    this._view = view;
    // A new order or filter starts from the top, like a new page.
    if (previousKey.length && (previousKey[0] !== ranking || previousKey[2] !== this._query || previousKey[3] !== this._sort.key || previousKey[4] !== this._sort.order)) {
      this._first = 0;
      if (this._scroller) this._scroller.scrollTop = 0;
    }
  }

  private get _scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  private _foldedName(entry: RankingEntry): string {
    let folded = this._folded.get(entry);
    if (folded === undefined) {
      folded = foldForSearch(`${entry.unit.name.vi} ${entry.unit.name.en ?? ''}`);
      this._folded.set(entry, folded);
    }
    return folded;
  }

  private get _virtual(): boolean {
    return !this._printing && !this._topN && this._view.length > VIRTUAL_THRESHOLD;
  }

  // ——— Rendering ———

  protected override render() {
    const locale = this._locale;
    const s = stringsFor(locale);
    if (s instanceof Promise) return this._renderLoading(vi);
    const state = this._loader?.state;
    if (this.rows !== undefined && !this._data) return this._renderLoading(s);
    if (this.rows === undefined && this.campaign) {
      if (!state || (state.status === 'loading' && !state.previous) || state.status === 'idle') return this._renderLoading(s);
      if (state.status === 'error') return this._loader!.renderError(locale);
    }
    const ranking = this._ranking;
    if (!ranking) return html`<div part="base" class="base"><p part="empty" class="empty">${s.empty}</p></div>`;
    const caption = this._caption(ranking, locale, s);
    const total = this._topN ? this._view.length : ranking.entries.length;
    const status = [
      s.shown(this._view.length, total),
      this._sort.key !== 'rank' || this._sort.order !== 'ascending'
        ? s.sortedBy(this._columnLabel(this._sort.key, ranking, locale, s), this._sort.order === 'ascending')
        : '',
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
          : this._renderTable(ranking, caption, locale, s)}
      <p class="visually-hidden" role="status">${ranking.entries.length ? status : ''}</p>
      ${this._renderMeta(ranking, locale, s)}
    </div>`;
  }

  private _caption(ranking: Ranking, locale: Locale, s: RankingStrings): string {
    if (this.rows !== undefined) return this.label || s.defaultCaption;
    return this.label || s.caption(localize(ranking.metric.title, locale), s.groups[ranking.group], ranking.period);
  }

  private _renderToolbar(ranking: Ranking, locale: Locale, s: RankingStrings) {
    const subIndices = ranking.metric.subIndices;
    const groups = this.rows === undefined || (this._data?.groupsIn(this.rows) ?? 0) > 1;
    const highlighted = this.highlight && this._virtual ? this._view.find((e) => e.unit.id === this.highlight) : undefined;
    return html`<div part="toolbar" class="toolbar">
      <div class="field search">
        <label for="search">${s.search}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint"
          .value=${this._query}
          @input=${(e: Event) => (this._query = (e.target as HTMLInputElement).value)}
        />
        <span id="search-hint" class="hint">${s.searchHint}</span>
      </div>
      ${this.group === 'all' && groups
        ? html`<div class="field">
            <label for="group">${s.group}</label>
            <select id="group" @change=${(e: Event) => (this._groupFilter = (e.target as HTMLSelectElement).value as RankingGroup)}>
              ${(['all', 'departments', 'communes'] as const).map(
                (g) => html`<option value=${g} ?selected=${g === this._groupFilter}>${s.groups[g]}</option>`,
              )}
            </select>
          </div>`
        : nothing}
      ${subIndices.length
        ? html`<details class="columns">
            <summary>${s.subScores} (${this._shownSubs.size}/${subIndices.length})</summary>
            <fieldset>
              <legend class="visually-hidden">${s.subScores}</legend>
              ${subIndices.map(
                (sub) => html`<label class="check">
                  <input
                    type="checkbox"
                    .checked=${this._shownSubs.has(sub.id)}
                    @change=${(e: Event) => this._toggleSub(sub.id, (e.target as HTMLInputElement).checked)}
                  />
                  <span>${localize(sub.title, locale)}</span>
                </label>`,
              )}
            </fieldset>
          </details>`
        : nothing}
      <div class="actions">
        <button type="button" class="button" @click=${() => this.exportCsv()}>${s.exportCsv}</button>
        <button type="button" class="button" @click=${() => void this.print()}>${s.print}</button>
      </div>
      ${highlighted
        ? html`<button type="button" class="button jump" @click=${() => void this._jumpToHighlight()}>
            ${s.jumpTo(localize(highlighted.unit.name, locale), String(highlighted.rank))}
          </button>`
        : nothing}
    </div>`;
  }

  private _toggleSub(id: string, shown: boolean) {
    const next = new Set(this._shownSubs);
    if (shown) next.add(id);
    else next.delete(id);
    this._chosenSubs = next;
  }

  private _columns(ranking: Ranking, locale: Locale, s: RankingStrings) {
    const columns: { key: RankingSortKey; label: string; className: string }[] = [
      { key: 'rank', label: s.columns.rank, className: 'rank' },
      { key: 'name', label: s.columns.name, className: 'name' },
      { key: 'value', label: ranking.metric.kind === 'index' ? s.columns.score : s.columns.value, className: 'num' },
    ];
    if (ranking.metric.bands.length) columns.push({ key: 'band', label: s.columns.band, className: 'band-col' });
    if (ranking.entries.some((e) => e.previous)) columns.push({ key: 'change', label: s.columns.change, className: 'change-col' });
    for (const sub of ranking.metric.subIndices) {
      if (this._shownSubs.has(sub.id)) columns.push({ key: `sub:${sub.id}`, label: localize(sub.title, locale), className: 'num sub' });
    }
    return columns;
  }

  private _columnLabel(key: RankingSortKey, ranking: Ranking, locale: Locale, s: RankingStrings): string {
    return this._columns(ranking, locale, s).find((c) => c.key === key)?.label ?? key;
  }

  private _sortBy(key: RankingSortKey, direction: RankingMetric['direction']) {
    const order =
      this._sort.key === key
        ? this._sort.order === 'ascending'
          ? 'descending'
          : 'ascending'
        : defaultSortOrder(key, direction === 'lower' ? 'lower' : 'higher');
    this._sort = { key, order };
  }

  private _renderTable(ranking: Ranking, caption: string, locale: Locale, s: RankingStrings) {
    const columns = this._columns(ranking, locale, s);
    const view = this._view;
    const virtual = this._virtual;
    const start = virtual ? Math.min(this._first, Math.max(0, view.length - this._windowSize)) : 0;
    const end = virtual ? Math.min(view.length, start + this._windowSize) : view.length;
    const bandLevel = new Map(bandsBestFirst(ranking.metric.bands).map((b, i) => [b.id, i]));
    const bandLabel = new Map(ranking.metric.bands.map((b) => [b.id, localize(b.label, locale)]));
    const unit = ranking.metric.unit;
    const cells = (e: RankingEntry) => {
      const ours = e.unit.id === this.highlight;
      return html`<td class="rank">
          ${e.rank}${e.tied ? html`<span class="tie" aria-hidden="true">=</span><span class="visually-hidden"> (${s.tied})</span>` : nothing}
        </td>
        <th scope="row" class="name">
          <span class="name-text">${localize(e.unit.name, locale)}</span>${ours ? html` <span class="ours">${s.ours}</span>` : nothing}
        </th>
        <td class="num">${formatValue(e.value, unit, locale)}</td>
        ${ranking.metric.bands.length
          ? html`<td class="band-col">
              ${e.band !== null
                ? html`<span part="band" class="band band-${bandLevel.get(e.band) ?? 'x'}">${bandLabel.get(e.band) ?? e.band}</span>`
                : nothing}
            </td>`
          : nothing}
        ${columns.some((c) => c.key === 'change') ? html`<td class="change-col">${this._renderChange(e, unit, locale, s)}</td>` : nothing}
        ${columns
          .filter((c) => c.key.startsWith('sub:'))
          .map((c) => {
            const v = e.subScores[c.key.slice(4)];
            return html`<td class="num sub">${v === undefined ? '—' : formatValue(v, unit === 'index' ? 'index' : 'count', locale)}</td>`;
          })}`;
    };
    const rows = view.slice(start, end).map((e, i) => {
      const ours = e.unit.id === this.highlight;
      const gap = this._topN && ours && e.rank > this._topN;
      return html`${gap
          ? html`<tr class="gap" aria-hidden="true">
              <td colspan=${columns.length}>…</td>
            </tr>`
          : nothing}<tr
          part=${ours ? 'row highlight' : 'row'}
          class=${ours ? 'row highlight' : 'row'}
          aria-rowindex=${start + i + 2}
          aria-current=${ours ? 'true' : nothing}
          tabindex=${ours ? '-1' : nothing}
        >
          ${cells(e)}
        </tr>`;
    });
    return html`<div
      part="scroller"
      class="scroller ${virtual ? 'virtual' : ''}"
      role="region"
      aria-labelledby="caption"
      tabindex="0"
      @scroll=${virtual ? this._onScroll : nothing}
    >
      <table part="table" aria-rowcount=${view.length + 1}>
        <caption part="caption" id="caption">${caption}</caption>
        <thead>
          <tr aria-rowindex="1">
            ${columns.map((c) => {
              const sorted = this._sort.key === c.key ? this._sort.order : undefined;
              return html`<th scope="col" class=${c.className} aria-sort=${sorted ?? 'none'}>
                <button type="button" class="sort" @click=${() => this._sortBy(c.key, ranking.metric.direction)}>
                  <span>${c.label}</span>${sortIcon(sorted)}
                </button>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${virtual ? html`<tr class="spacer before" aria-hidden="true"><td colspan=${columns.length}></td></tr>` : nothing}
          ${rows}
          ${virtual ? html`<tr class="spacer after" aria-hidden="true"><td colspan=${columns.length}></td></tr>` : nothing}
        </tbody>
      </table>
    </div>`;
  }

  private _renderChange(e: RankingEntry, unit: string, locale: Locale, s: RankingStrings): TemplateResult {
    const change = rankChange(e);
    if (!change) {
      return html`<span part="change" class="change new"><span aria-hidden="true">${s.change.newShort}</span><span class="visually-hidden">${s.change.new}</span></span>`;
    }
    const places = numberFormat(locale, {}).format(Math.abs(change.rank));
    const [icon, className, words, shown] =
      change.rank > 0
        ? [upIcon, 'up', s.change.up(places), `+${places}`]
        : change.rank < 0
          ? [downIcon, 'down', s.change.down(places), `−${places}`]
          : [sameIcon, 'same', s.change.same, '0'];
    const delta = Number.isFinite(change.value) ? formatDelta(change.value, unit, locale) : '';
    return html`<span part="change" class="change ${className}">
        ${icon}<span aria-hidden="true">${shown}</span><span class="visually-hidden">${words}</span>
      </span>
      ${delta ? html`<span class="delta">${unit === 'percent' ? s.change.percentPoints(delta) : s.change.points(delta)}</span>` : nothing}`;
  }

  private _renderMeta(ranking: Ranking, locale: Locale, s: RankingStrings) {
    const bands = bandsBestFirst(ranking.metric.bands);
    const demo = ranking.entries.some((e) => e.demo);
    const compared = ranking.previousPeriod && ranking.entries.some((e) => e.previous) ? s.comparedWith(ranking.previousPeriod) : '';
    return html`${bands.length && !this._topN && ranking.entries.length
        ? html`<div part="legend" class="legend">
            <p class="legend-title" id="legend-title">${s.bands}</p>
            <ul aria-labelledby="legend-title">
              ${bands.map(
                (b, i) => html`<li>
                  <span class="band band-${i}">${localize(b.label, locale)}</span>
                  <span class="threshold">${s.from(numberFormat(locale, { maximumFractionDigits: 4 }).format(b.min))}</span>
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${compared || demo
        ? html`<p part="meta" class="meta">${[compared, demo ? s.demo : ''].filter(Boolean).join(' · ')}</p>`
        : nothing}`;
  }

  private _renderLoading(s: RankingStrings) {
    return html`<div part="base" class="base loading" aria-busy="true">
      ${[0, 1, 2, 3, 4].map(() => html`<div class="skeleton"></div>`)}
      <p class="visually-hidden" role="status">${s.loading}</p>
    </div>`;
  }

  // ——— Only the rows in view ———

  private _onScroll = () => {
    if (this._scrollFrame) return;
    this._scrollFrame = requestAnimationFrame(() => {
      this._scrollFrame = 0;
      this._syncWindow();
    });
  };

  /** Which rows the scroll position shows, with some above and below. */
  private _syncWindow() {
    const scroller = this._scroller;
    if (!scroller || !this._virtual) return;
    const head = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const caption = scroller.querySelector('caption')?.getBoundingClientRect().height ?? 0;
    const top = Math.max(0, scroller.scrollTop - head - caption);
    const first = Math.max(0, Math.floor(top / this._rowHeight) - OVERSCAN);
    const size = Math.ceil(scroller.clientHeight / this._rowHeight) + 2 * OVERSCAN;
    if (first !== this._first) this._first = first;
    // Only ever more rows: fewer would save nothing worth a second render.
    if (size > this._windowSize) this._windowSize = size;
  }

  private async _jumpToHighlight() {
    const index = this._view.findIndex((e) => e.unit.id === this.highlight);
    const scroller = this._scroller;
    if (index < 0 || !scroller) return;
    const head = (scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0) + (scroller.querySelector('caption')?.getBoundingClientRect().height ?? 0);
    scroller.scrollTop = head + index * this._rowHeight - scroller.clientHeight / 2;
    this._focusHighlight = true;
    this._syncWindow();
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>) {
    const scroller = this._scroller;
    if (!scroller) return;
    const virtual = this._virtual;
    if (virtual) {
      const rows = [...scroller.querySelectorAll<HTMLElement>('tbody tr.row')];
      if (rows.length) {
        const measured = rows.reduce((sum, r) => sum + r.getBoundingClientRect().height, 0) / rows.length;
        if (measured > 0 && Math.abs(measured - this._rowHeight) > 0.5) this._rowHeight = measured;
      }
    }
    const total = this._view.length;
    const start = virtual ? Math.min(this._first, Math.max(0, total - this._windowSize)) : 0;
    const end = virtual ? Math.min(total, start + this._windowSize) : total;
    // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline'.
    scroller.querySelector<HTMLElement>('.spacer.before td')?.style.setProperty('block-size', `${start * this._rowHeight}px`);
    scroller.querySelector<HTMLElement>('.spacer.after td')?.style.setProperty('block-size', `${(total - end) * this._rowHeight}px`);
    if (virtual && !(changed as Map<string, unknown>).has('_first')) this._syncWindow();
    if (this._focusHighlight) {
      this._focusHighlight = false;
      scroller.querySelector<HTMLElement>('tr.highlight')?.focus({ preventScroll: true });
    }
  }
}

if (!customElements.get('ranking-table')) customElements.define('ranking-table', RankingTable);

declare global {
  interface HTMLElementTagNameMap {
    'ranking-table': RankingTable;
  }
}
