import { property } from 'lit/decorators.js';
import type { OrganisationUnitKind } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import { ListElement } from '../shared/list-element.js';
import { provideStrings } from '../strings/index.js';
import { awardList as vi } from '../strings/vi/award-list.js';
import type { AwardListData, AwardsLoader } from './award-list-api.js';
import type { AwardListModel, AwardRow } from './award-list-model.js';
import { styles } from './award-list.styles.js';

export type { AwardRow, Awardee } from './award-list-model.js';
export type { AwardListData, AwardListLoad } from './award-list-api.js';

provideStrings('vi', { awardList: vi }, { awardList: () => import('../strings/en/award-list.js') });

/** The `detail` of `thidua-filter`: the filters and the search as the reader left them (`''` for all). */
export interface AwardFilterDetail {
  awardType: string;
  unitKind: OrganisationUnitKind | '';
  query: string;
}

/** The `detail` of `thidua-export`: the file about to be downloaded. */
export interface AwardExportDetail {
  format: 'csv';
  filename: string;
  blob: Blob;
  /** The file's text, byte order mark first. */
  csv: string;
}

/**
 * The awardees of a round or of a whole campaign, as published (danh sách
 * khen thưởng) for any portal: a collective's name, or an individual's full
 * name, position and workplace; the award; the decision's number and date;
 * the unit that proposed it. A real table with a caption, which becomes a
 * stack of cards in a narrow column (a 360 px phone); filters by award and
 * by kind of proposing unit; a search that ignores diacritics ("nguyen van"
 * finds "Nguyễn Văn") and a CSV of what is shown (UTF-8 with a byte order
 * mark, so that Excel opens the Vietnamese intact). Nothing personal is ever
 * shown: the public API answers none, and a row given by a script is read
 * for these fields only.
 *
 * From the API (public, no token), inside a `<thidua-provider>` or with
 * `api-base`; every page is loaded through the SDK's `for await`, the first
 * shown at once:
 *
 * ```html
 * <thidua-provider api-base="https://api.example.gov.vn">
 *   <award-list campaign-id="bn2026" round-id="bn2026-dot-1"></award-list>
 * </thidua-provider>
 * ```
 *
 * Without a server, set `.data` (the API's answer, `{ items }`) or `.rows`
 * (`AwardRow`s).
 *
 * @summary Awardees of a round or campaign: filters by award and unit kind, search ignoring diacritics, CSV.
 *
 * @csspart base - The whole element.
 * @csspart filters - The search, the filters and the download.
 * @csspart search - The search `<input>`.
 * @csspart award-filter - The award `<select>`.
 * @csspart unit-kind-filter - The kind-of-unit `<select>`.
 * @csspart clear - The button that clears the search and the filters.
 * @csspart download - The CSV download button.
 * @csspart count - How many awardees are shown (a polite live region).
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption.
 * @csspart row - An awardee's row.
 * @csspart empty - The message when there is nothing to list, or nothing matches.
 * @csspart error - The error message.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --award-list-font-family - Font. Inherits by default.
 * @cssproperty --award-list-color-text - Text colour.
 * @cssproperty --award-list-color-muted - Secondary text colour (positions, labels, dates).
 * @cssproperty --award-list-color-surface - Background.
 * @cssproperty --award-list-color-border - Rules and card borders.
 * @cssproperty --award-list-color-header - Header row background.
 * @cssproperty --award-list-color-primary - Buttons and focus rings.
 * @cssproperty --award-list-color-error - Error colour.
 * @cssproperty [--thidua-font-family=inherit] - Kit-wide token: font.
 * @cssproperty [--thidua-color-text=#1b1f24] - Kit-wide token: text colour.
 * @cssproperty [--thidua-color-muted=#4b5563] - Kit-wide token: secondary text.
 * @cssproperty [--thidua-color-surface=#fff] - Kit-wide token: background.
 * @cssproperty [--thidua-color-border=#d0d7de] - Kit-wide token: borders and rules.
 * @cssproperty [--thidua-color-header=#f3f5f8] - Kit-wide token: a table's header row.
 * @cssproperty [--thidua-color-primary=#0b5cad] - Kit-wide token: brand colour (links, buttons and focus rings).
 * @cssproperty [--thidua-color-on-primary=#fff] - Kit-wide token: words on a filled button or panel (primary, success and danger fills).
 * @cssproperty [--thidua-color-danger=#b3261e] - Kit-wide token: errors.
 *
 * @event {CustomEvent<AwardFilterDetail>} thidua-filter - The reader changed the search or a filter. `detail` is `{ awardType, unitKind, query }` (`''` for all).
 * @event {CustomEvent<AwardExportDetail>} thidua-export - A CSV is about to be downloaded: `detail` is `{ format, filename, blob, csv }`. Cancelable: cancelling it keeps the browser from downloading (a page that sends the file elsewhere).
 * @event {CustomEvent<AwardListLoad>} thidua-load - Every page has loaded. `detail.rows` are the awards, in the published order.
 * @event {CustomEvent<{ error: unknown }>} thidua-error - Loading failed. `detail.error` is the error (a `ThiduaApiError` for API errors).
 */
export class AwardList extends ListElement<'awardList', AwardListModel, typeof import('./award-list-view.js'), AwardsLoader> {
  static override styles = styles;
  protected override readonly words = ['awardList', vi] as const;

  /** The campaign whose awards are listed, e.g. `bn2026` (API mode). */
  @property({ attribute: 'campaign-id' }) campaignId = '';

  /** Only this award round's awards, e.g. `bn2026-dot-1`; the whole campaign's when empty. */
  @property({ attribute: 'round-id' }) roundId = '';

  /** Only this award type (the award filter's value: an award type's id); every award when empty. */
  @property({ attribute: 'award-type', reflect: true, converter: { fromAttribute: (v) => v ?? '', toAttribute: (v: string) => v || null } })
  awardType = '';

  /** Only awards proposed by this kind of unit (`ward`, `commune`, `department`, …); every kind when empty. */
  @property({ attribute: 'unit-kind', reflect: true, converter: { fromAttribute: (v) => v ?? '', toAttribute: (v: string) => v || null } })
  unitKind: OrganisationUnitKind | '' = '';

  /** The search: names, positions, workplaces and proposing units that contain every word, diacritics ignored. */
  @property() query = '';

  /** The table's caption; "Danh sách tập thể, cá nhân được khen thưởng" by default. */
  @property() label = '';

  /** The API's address, for a page without a `<thidua-provider>`. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Awards asked for per page, 1–500 (every page is loaded). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 200;

  /** The API's answer, given by a script (`{ items }`); the element then makes no request. */
  @property({ attribute: false }) data: AwardListData | undefined;

  /** The awards as rows, given by a script; the element then makes no request. */
  @property({ attribute: false }) rows: readonly AwardRow[] | undefined;

  /** A client of its own, instead of the provider's. */
  @property({ attribute: false }) client: ThiduaClient | undefined;

  /** What the last download said (announced in the count's live region). @internal */
  downloaded = '';

  /** Loads every page again (API mode). */
  reload(): Promise<void> {
    return this.loadAgain();
  }

  /** The rows shown, after the filters and the search: what the CSV holds. */
  get shownRows(): readonly AwardRow[] {
    const model = this.model();
    return model && this.view ? this.view.filterRows(model.rows, this) : [];
  }

  /** Makes the CSV of the rows shown and hands it to the browser (after a cancelable `thidua-export`). */
  async downloadCsv(): Promise<void> {
    const rows = this.shownRows;
    const { downloadAwardsCsv } = await import('./award-list-export.js');
    const words = this.strings('awardList') ?? vi;
    await downloadAwardsCsv(this, rows, this.locale, words);
    this.downloaded = words.downloaded(rows.length);
    this.requestUpdate();
  }

  /** Sets the filters or the search as the reader chose them and says so (`thidua-filter`). @internal */
  filter(change: Partial<AwardFilterDetail>): void {
    if (change.awardType !== undefined) this.awardType = change.awardType;
    if (change.unitKind !== undefined) this.unitKind = change.unitKind;
    if (change.query !== undefined) this.query = change.query;
    this.downloaded = '';
    const detail: AwardFilterDetail = { awardType: this.awardType, unitKind: this.unitKind, query: this.query };
    this.dispatchEvent(new CustomEvent('thidua-filter', { detail, bubbles: true, composed: true }));
  }

  protected override importView() {
    return import('./award-list-view.js');
  }

  protected override makeLoader() {
    return import('./award-list-api.js').then(({ AwardsLoader }) => new AwardsLoader(this));
  }

  protected override given(): boolean {
    return Boolean(this.data || this.rows);
  }

  protected override model(): AwardListModel | undefined {
    if (this.rows) return { rows: this.rows, loadingMore: false, busy: false };
    if (this.data && this.view) return { rows: this.view.rowsOfData(this.data), loadingMore: false, busy: false };
    return this.loader?.model();
  }
}

AwardList.define('award-list');

declare global {
  interface HTMLElementTagNameMap {
    'award-list': AwardList;
  }
}
