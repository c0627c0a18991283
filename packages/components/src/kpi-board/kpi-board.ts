import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { PROGRESS_STATUSES, localize } from '@thidua/schemas/logic';
import type { IndicatorDetail, IndicatorList, IndicatorProgress, Locale, ProgressStatus } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import '../kpi-progress/kpi-progress.js';
// A card alone loads its API view and detailed variant as chunks of their own; a board
// needs them at once, so it brings them (and English) with it. Both are listed in
// package.json's `sideEffects`, so that bundlers keep these imports.
import '../kpi-progress/kpi-progress-api.js';
import '../kpi-progress/kpi-progress-detail.js';
import { ApiLoader, type Ask } from '../shared/api-loader.js';
import { errorStyles, renderError } from '../shared/errors.js';
import { formatIsoDate } from '../shared/format.js';
import { icon, statusIcons } from '../shared/icons.js';
import { statusOf } from '../shared/status.js';
import { ThiduaElement } from '../shared/thidua-element.js';
import { provideStrings, type Catalogue } from '../strings/index.js';
import { board as enBoard } from '../strings/en/board.js';
import { common as enCommon } from '../strings/en/common.js';
import { errors as enErrors } from '../strings/en/errors.js';
import { kpi as enKpi } from '../strings/en/kpi.js';
import { board } from '../strings/vi/board.js';
import { styles } from './kpi-board.styles.js';

// Both languages at once: a board switching language re-renders every card in the same frame.
provideStrings('vi', { board });
provideStrings('en', { common: enCommon, kpi: enKpi, board: enBoard, errors: enErrors });

/** The cards' data, made once per list so that re-rendering the board does not re-render every card. */
const cardData = new WeakMap<IndicatorList, Map<string, IndicatorDetail>>();

function cardsOf(list: IndicatorList): Map<string, IndicatorDetail> {
  let cards = cardData.get(list);
  if (!cards) {
    const { unit, asOf, sourceDocuments } = list;
    cards = new Map(list.items.map((indicator) => [indicator.id, { indicator, unit, asOf, sourceDocuments }]));
    cardData.set(list, cards);
  }
  return cards;
}

/** The board's API mode: the campaign's indicators for the unit, in one request (see `ApiLoader`). */
class BoardLoader extends ApiLoader<IndicatorList, KpiBoard> {
  /** Nothing to load when the board was given `.data`; without a campaign, that is what went wrong. */
  protected override request(): Ask<IndicatorList> | undefined {
    const host = this.host;
    if (host.data) return undefined;
    if (!host.campaign) throw Object.assign(new Error('No campaign'), { code: 'no_campaign' });
    return (client, signal) =>
      client.indicators.list(host.campaign, {
        ...(host.orgUnit ? { unit: host.orgUnit } : {}),
        ...(host.asOf ? { asOf: host.asOf } : {}),
        signal,
      });
  }
}

/**
 * Every indicator of a campaign for one organisation unit: a `<kpi-progress>`
 * card each, grouped by the campaign's domains in its order, with the count of
 * indicators in each status. The counts are buttons that filter the board.
 *
 * ```html
 * <kpi-board campaign="bn2026" org-unit="phuong-tu-son" api-base="https://api.example.gov.vn"></kpi-board>
 * ```
 *
 * One request (`client.indicators.list()`) loads the whole board; the cards are given
 * their data and make none of their own. Without a server, set `.data` to an
 * `IndicatorList`.
 *
 * @summary A campaign's indicators for a unit, grouped by domain, with status counts that filter.
 *
 * @csspart base - The board.
 * @csspart caption - Whose progress, judged on which date.
 * @csspart summary - The status counts, a group of toggle buttons.
 * @csspart filter - Each button of the summary.
 * @csspart group - A domain's section.
 * @csspart heading - A domain's heading.
 * @csspart grid - The list of a domain's cards.
 * @csspart message - The empty and the "nothing in this status" messages.
 * @csspart error - The error message.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --kpi-board-card-min-width - Narrowest a card gets before the grid drops a column (18rem).
 * @cssproperty --kpi-board-gap - Space between cards (1rem).
 * @cssproperty --kpi-color-* - Colours, as for `<kpi-progress>` (they reach every card).
 *
 * @event thidua-load - The list loaded. `detail` is the API's `IndicatorList`.
 * @event thidua-error - Loading failed. `detail.error` is the error.
 * @event thidua-filter - The reader chose a status filter. `detail.status` is the status, or `''` for all.
 */
export class KpiBoard extends ThiduaElement {
  static override styles = [styles, errorStyles];

  /** The campaign's id, e.g. `bn2026`. */
  @property() campaign = '';

  /** Whose progress to show; the campaign's owner when empty. */
  @property({ attribute: 'org-unit' }) orgUnit = '';

  /** The API's base URL, when there is no `<thidua-provider>` around the board. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The date progress is judged on, `yyyy-mm-dd` (a past round's, say); the server's today when empty. */
  @property({ attribute: 'as-of' }) asOf = '';

  /** Show only the indicators in this status (`achieved`, `onTrack`, `atRisk`, `offTrack`, `noData`); all when empty. */
  @property({ reflect: true, converter: { fromAttribute: (value) => value ?? '', toAttribute: (value: string) => value || null } })
  status: ProgressStatus | '' = '';

  /** The cards' variant: `compact` (the default) or `detailed`. */
  @property() variant: 'compact' | 'detailed' = 'compact';

  /** The level of the domains' headings (2–6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The list as the API gives it (`client.indicators.list()`); the board then makes no request. */
  @property({ attribute: false }) data: IndicatorList | undefined;

  /** A client to use instead of `api-base` or the provider's. */
  @property({ attribute: false }) client: ThiduaClient | undefined;

  private readonly _loader = new BoardLoader(this);

  /** Loads the list again. */
  reload(): Promise<void> {
    return this._loader.load();
  }

  protected override willUpdate() {
    this._loader.loadOnChange([this.campaign, this.orgUnit, this.asOf, this.apiBase, this.client, this.data]);
  }

  private _filter(status: ProgressStatus | '') {
    // Pressing the pressed filter again shows everything.
    this.status = this.status === status ? '' : status;
    this.dispatchEvent(new CustomEvent('thidua-filter', { detail: { status: this.status }, bubbles: true, composed: true }));
  }

  protected override render() {
    const locale = this.locale;
    const t = this.strings('board', locale)!;
    const state = this._loader.state;
    const list = this.data ?? (state.status === 'ready' ? state.value : undefined);
    if (list) return this._renderList(list, locale, t);
    if (state.status === 'error') {
      const e = this.strings('errors', locale)!;
      return html`<div part="base" class="base">${renderError(state.error, e, 'campaign', [this.campaign], () => void this._loader.load())}</div>`;
    }
    return html`<div part="base" class="base" aria-busy="true">
      <p class="caption">${t.loading}</p>
      <div class="grid">
        <div class="placeholder"></div>
        <div class="placeholder"></div>
        <div class="placeholder"></div>
      </div>
    </div>`;
  }

  private _renderList(list: IndicatorList, locale: Locale, t: Catalogue['board']) {
    // Both languages are here at once (provided above).
    const s = this.strings('common', locale)!;
    const caption = html`<p part="caption" class="caption">
      ${t.caption(localize(list.unit.name, locale), formatIsoDate(list.asOf) ?? list.asOf)}
    </p>`;
    if (list.items.length === 0) {
      return html`<div part="base" class="base">${caption}<p part="message" class="message">${t.empty}</p></div>`;
    }
    const counts = new Map<ProgressStatus | undefined, number>();
    for (const item of list.items) counts.set(statusOf(item), (counts.get(statusOf(item)) ?? 0) + 1);
    const filter = this.status;
    const shown = list.items.filter((item) => !filter || statusOf(item) === filter);
    const cards = cardsOf(list);
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));

    // The campaign's domains in its order; indicators of a domain it does not list come last.
    const position = new Map(list.campaign.domains.map((domain, i) => [domain.id, i]));
    const groups = [
      ...list.campaign.domains.map((domain) => ({ id: domain.id, title: localize(domain.title, locale), items: [] as IndicatorProgress[] })),
      { id: 'other', title: t.other, items: [] as IndicatorProgress[] },
    ];
    for (const item of [...shown].sort((a, b) => a.order - b.order)) {
      groups[position.get(item.domainId) ?? groups.length - 1]!.items.push(item);
    }

    return html`<div part="base" class="base">
      ${caption}
      <div part="summary" class="summary" role="group" aria-label=${t.filter}>
        <button part="filter" class="all" type="button" aria-pressed=${filter ? 'false' : 'true'} @click=${() => this._filter('')}>
          <span>${t.all}</span> <span class="count">${list.items.length}</span>
        </button>
        ${PROGRESS_STATUSES.map(
          (status) => html`<button
            part="filter"
            class=${status}
            type="button"
            aria-pressed=${filter === status ? 'true' : 'false'}
            @click=${() => this._filter(status)}
          >
            ${icon(statusIcons[status])}<span><span class="count">${counts.get(status) ?? 0}</span> ${s.status[status].toLocaleLowerCase(locale)}</span>
          </button>`,
        )}
      </div>
      <p class="shown" role="status">${filter ? t.shown(shown.length, list.items.length) : ''}</p>
      ${shown.length === 0 ? html`<p part="message" class="message">${t.none}</p>` : nothing}
      ${groups
        .filter((group) => group.items.length > 0)
        .map(
          (group) => html`<section part="group" aria-labelledby="group-${group.id}">
            <div part="heading" class="heading" id="group-${group.id}" role="heading" aria-level=${level}>
              ${group.title} <span class="count">(${group.items.length})</span>
            </div>
            <ul part="grid" class="grid" role="list">
              ${group.items.map(
                (item) => html`<li><kpi-progress .data=${cards.get(item.id)} variant=${this.variant} lang=${locale}></kpi-progress></li>`,
              )}
            </ul>
          </section>`,
        )}
    </div>`;
  }
}

KpiBoard.define('kpi-board');

declare global {
  interface HTMLElementTagNameMap {
    'kpi-board': KpiBoard;
  }
}
