import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { OUTCOMES, PROGRESS_STATUSES, appliesToUnit, localize } from '@thidua/schemas/logic';
import type { IndicatorDetail, IndicatorList, IndicatorProgress, Locale, Outcome, ProgressStatus } from '@thidua/schemas';
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
import { outcomeTone, statusOf } from '../shared/status.js';
import { kpiTheme } from '../shared/kpi-theme.js';
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

/** What the board filters by: a status while the campaign runs, a result (met, not met) once it has ended. */
export type BoardFilter = ProgressStatus | Outcome;

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
 * Every indicator of a campaign that an organisation unit reports (those of its
 * administrative level; all of them for the campaign's owner): a `<kpi-progress>`
 * card each, grouped by the campaign's domains in its order, with the count of
 * indicators in each status. The counts are buttons that filter the board.
 * Once the campaign has ended the board is its final result: it says so and
 * when the final review was, and counts and filters the indicators met, not
 * met, and without a figure by the deadline (Đạt / Không đạt).
 *
 * The board is one landmark (a region) named after the campaign, the unit and
 * the date, so that several boards on a page are told apart.
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
 * @csspart caption - Whose progress, judged on which date (or whose final result).
 * @csspart ended - Once the campaign has ended: since when, and the date of its final review.
 * @csspart summary - The status (or, once ended, result) counts, a group of toggle buttons.
 * @csspart filter - Each button of the summary.
 * @csspart group - A domain's section.
 * @csspart heading - A domain's heading.
 * @csspart grid - The list of a domain's cards.
 * @csspart message - The empty and the "nothing in this status" messages.
 * @csspart error - The error message.
 * @csspart retry - The retry button of the error state.
 * @csspart card - Each card: its `base` part (`kpi-board::part(card)`); the card's class is its status, as for `<kpi-progress>`.
 * @csspart card-eyebrow - A card's indicator code and unit.
 * @csspart card-label - A card's title.
 * @csspart card-value - A card's current value.
 * @csspart card-status - A card's status, as an icon and words.
 * @csspart card-bar - A card's progress bar (its track).
 * @csspart card-indicator - The filled part of a card's bar.
 * @csspart card-target - A card's target line.
 * @csspart card-meta - A card's date of the figures and demonstration flag.
 * @csspart card-detail - Detailed variant: the block under a card's target line.
 * @csspart card-days-left - Detailed: a card's days left to the deadline.
 * @csspart card-path - Detailed: a card's share of the way covered against the share the path expects.
 * @csspart card-baseline - Detailed: where a card's progress is counted from.
 * @csspart card-trend - Detailed: a card's sparkline and its summary in words.
 * @csspart card-sparkline - Detailed: a card's trend line.
 * @csspart card-source - Detailed: where a card's target and figure come from.
 *
 * @cssproperty --kpi-board-card-min-width - Narrowest a card gets before the grid drops a column (18rem).
 * @cssproperty --kpi-board-gap - Space between cards (1rem).
 * @cssproperty --kpi-font-family - Font of the board and its cards. Inherits by default.
 * @cssproperty --kpi-color-text - Text colour, of the board and its cards (as for `<kpi-progress>`, every `--kpi-*`
 *   variable set on the board reaches its cards).
 * @cssproperty --kpi-color-muted - Secondary text; also the "no data" filter.
 * @cssproperty --kpi-color-surface - Background of the filters, messages and cards.
 * @cssproperty --kpi-color-border - Borders.
 * @cssproperty --kpi-color-track - The loading placeholders; the cards' empty bars.
 * @cssproperty --kpi-color-indicator - Focus rings, "on track"; the cards' bars.
 * @cssproperty --kpi-color-achieved - "Achieved" (and, once ended, "met").
 * @cssproperty --kpi-color-at-risk - "At risk".
 * @cssproperty --kpi-color-off-track - "Off track" (and, once ended, "not met"); the error colour by default.
 * @cssproperty --kpi-color-error - Error colour.
 * @cssproperty --kpi-radius - Corner radius of the messages, placeholders and cards.
 * @cssproperty [--thidua-font-family=inherit] - Kit-wide token: font.
 * @cssproperty [--thidua-color-text=#1b1f24] - Kit-wide token: text colour.
 * @cssproperty [--thidua-color-muted=#4b5563] - Kit-wide token: secondary text.
 * @cssproperty [--thidua-color-surface=#fff] - Kit-wide token: background.
 * @cssproperty [--thidua-color-border=#d0d7de] - Kit-wide token: borders and rules.
 * @cssproperty [--thidua-color-track=#e5e9ef] - Kit-wide token: quiet fills, the empty part of a bar, a table's header row.
 * @cssproperty [--thidua-color-primary=#0b5cad] - Kit-wide token: brand colour (bars, "on track", links, buttons and focus rings).
 * @cssproperty [--thidua-color-on-primary=#fff] - Kit-wide token: words on a filled button or panel (primary, success and danger fills).
 * @cssproperty [--thidua-color-success=#17713a] - Kit-wide token: "achieved", a rise in rank.
 * @cssproperty [--thidua-color-warning=#8a4b00] - Kit-wide token: "at risk".
 * @cssproperty [--thidua-color-danger=#b3261e] - Kit-wide token: errors, "off track", a fall in rank.
 * @cssproperty [--thidua-radius=0.5rem] - Kit-wide token: corner radius.
 *
 * @event {CustomEvent<IndicatorList>} thidua-load - The list loaded. `detail` is the API's `IndicatorList`.
 * @event {CustomEvent<{ error: unknown }>} thidua-error - Loading failed. `detail.error` is the error.
 * @event {CustomEvent<{ status: BoardFilter | '' }>} thidua-filter - The reader chose a filter. `detail.status` is the status (or result), or `''` for all.
 */
export class KpiBoard extends ThiduaElement {
  static override styles = [kpiTheme, styles, errorStyles];

  /** The campaign's id, e.g. `bn2026`. */
  @property() campaign = '';

  /** Whose progress to show; the campaign's owner when empty. */
  @property({ attribute: 'org-unit' }) orgUnit = '';

  /** The API's base URL, when there is no `<thidua-provider>` around the board. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The date progress is judged on, `yyyy-mm-dd` (a past round's, say); the server's today when empty. */
  @property({ attribute: 'as-of' }) asOf = '';

  /**
   * Show only the indicators in this status (`achieved`, `onTrack`, `atRisk`, `offTrack`, `noData`),
   * or once the campaign has ended with this result (`met`, `notMet`, `noData`); all when empty.
   */
  @property({ reflect: true, converter: { fromAttribute: (value) => value ?? '', toAttribute: (value: string) => value || null } })
  status: BoardFilter | '' = '';

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

  private _filter(status: BoardFilter | '') {
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

  private _renderList(given: IndicatorList, locale: Locale, t: Catalogue['board']) {
    // Both languages are here at once (provided above).
    const s = this.strings('common', locale)!;
    const k = this.strings('kpi', locale)!;
    const list = applicable(given);
    const unitName = localize(list.unit.name, locale);
    const ended = list.phase === 'ended';
    const captionText = ended ? t.resultCaption(unitName) : t.caption(unitName, formatIsoDate(list.asOf) ?? list.asOf);
    // One landmark per board, named so that two boards on a page differ (campaign, unit, date).
    const region = t.region(localize(list.campaign.title, locale), unitName, formatIsoDate(list.asOf) ?? list.asOf);
    const review = list.finalReview && formatIsoDate(list.finalReview.date);
    const head = html`<p part="caption" class="caption">${captionText}</p>
      ${ended
        ? html`<p part="ended" class="ended">
            ${t.ended(formatIsoDate(list.campaign.endsOn)!)}${review ? html` <span>${t.finalReview(review)}</span>` : nothing}
          </p>`
        : nothing}`;
    if (list.items.length === 0) {
      return html`<div part="base" class="base" role="region" aria-label=${region}>${head}<p part="message" class="message">${t.empty}</p></div>`;
    }
    // While the campaign runs, where each indicator stands; once it has ended, met or not.
    const keys: readonly BoardFilter[] = ended ? OUTCOMES : PROGRESS_STATUSES;
    const keyOf = (item: IndicatorProgress): BoardFilter | undefined => (ended ? (item.result?.outcome ?? 'noData') : statusOf(item));
    const tone = (key: BoardFilter): ProgressStatus => (ended ? outcomeTone[key as Outcome] : (key as ProgressStatus));
    const words = (key: BoardFilter) => (ended ? k.outcome[key as Outcome] : s.status[key as ProgressStatus]);
    const counts = new Map<BoardFilter | undefined, number>();
    for (const item of list.items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
    // A running board's filter does not apply to an ended one, and the other way round (but for no data).
    const filter = this.status && keys.includes(this.status) ? this.status : '';
    const shown = list.items.filter((item) => !filter || keyOf(item) === filter);
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

    return html`<div part="base" class="base" role="region" aria-label=${region}>
      ${head}
      <div part="summary" class="summary" role="group" aria-label=${ended ? t.filterResult : t.filter}>
        <button part="filter" class="all" type="button" aria-pressed=${filter ? 'false' : 'true'} @click=${() => this._filter('')}>
          <span>${t.all}</span> <span class="count">${list.items.length}</span>
        </button>
        ${keys.map(
          (key) => html`<button
            part="filter"
            class=${tone(key)}
            type="button"
            aria-pressed=${filter === key ? 'true' : 'false'}
            @click=${() => this._filter(key)}
          >
            ${icon(statusIcons[tone(key)])}<span><span class="count">${counts.get(key) ?? 0}</span> ${words(key).toLocaleLowerCase(locale)}</span>
          </button>`,
        )}
      </div>
      <p class="shown" role="status">${filter ? t.shown(shown.length, list.items.length) : ''}</p>
      ${shown.length === 0 ? html`<p part="message" class="message">${ended ? t.noneResult : t.none}</p>` : nothing}
      ${groups
        .filter((group) => group.items.length > 0)
        .map(
          // Not a landmark of its own (no accessible name): the board is; its headings structure it.
          (group) => html`<section part="group">
            <div part="heading" class="heading" role="heading" aria-level=${level}>
              ${group.title} <span class="count">(${group.items.length})</span>
            </div>
            <ul part="grid" class="grid" role="list">
              ${group.items.map(
                (item) => html`<li><kpi-progress exportparts="base:card,eyebrow:card-eyebrow,label:card-label,value:card-value,status:card-status,bar:card-bar,indicator:card-indicator,target:card-target,meta:card-meta,detail:card-detail,days-left:card-days-left,path:card-path,baseline:card-baseline,trend:card-trend,sparkline:card-sparkline,source:card-source" .data=${cards.get(item.id)} variant=${this.variant} lang=${locale}></kpi-progress></li>`,
              )}
            </ul>
          </section>`,
        )}
    </div>`;
  }
}

/**
 * The list without the indicators the unit does not report. The server sends
 * only those; a list given as `.data` may hold more.
 */
const filtered = new WeakMap<IndicatorList, IndicatorList>();
function applicable(list: IndicatorList): IndicatorList {
  let result = filtered.get(list);
  if (!result) {
    const items = list.items.filter((item) => appliesToUnit(item, list.unit, list.campaign));
    filtered.set(list, (result = items.length === list.items.length ? list : { ...list, items }));
  }
  return result;
}

KpiBoard.define('kpi-board');

declare global {
  interface HTMLElementTagNameMap {
    'kpi-board': KpiBoard;
  }
}
