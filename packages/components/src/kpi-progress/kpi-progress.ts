import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { assessProgress, parseDecimal } from '@thidua/schemas/logic';
import type { FinalResult, IndicatorDetail, Locale, ProgressStatus, Target } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import type { EarlyRead } from '../shared/early-read.js';
import { formatIsoDate, formatMeasure, formatTarget, parseComparator, todayIso } from '../shared/format.js';
import { icon, statusIcons } from '../shared/icons.js';
import { kpiTheme } from '../shared/kpi-theme.js';
import { ThiduaElement } from '../shared/thidua-element.js';
import { provideStrings, type Catalogue } from '../strings/index.js';
import { common } from '../strings/vi/common.js';
import { styles } from './kpi-progress.styles.js';

provideStrings('vi', { common }, { common: () => import('../strings/en/common.js') });

type Strings = Catalogue['common'];
type ApiPart = typeof import('./kpi-progress-api.js');
type DetailPart = typeof import('./kpi-progress-detail.js');
type UnreadablePart = typeof import('./kpi-progress-unreadable.js');

/** The target a card compares with: from the API, or from the static attributes. */
export type ViewTarget = Pick<Target, 'value' | 'comparator' | 'deadline'> &
  Partial<Pick<Target, 'baseline' | 'sourceDocumentId' | 'sourceSection'>>;

/** What a card shows, whether the numbers came from attributes, `.data` or the API. */
export interface View {
  title: string | undefined;
  /** Null when the unit has not reported yet. */
  value: number | null;
  unit: string | undefined;
  target?: ViewTarget | undefined;
  /** Undefined when it cannot be judged (no target; in static mode, no path to judge against). */
  status?: ProgressStatus | undefined;
  /** Share of the way from baseline to target, 0–1. */
  progress?: number | null | undefined;
  /** Share of the way the straight path to the deadline expects by the measurement's date, 0–1. */
  expected?: number | null | undefined;
  /** Whole days to the deadline; negative once it has passed. */
  daysLeft?: number | undefined;
  /** The figure is worse than the baseline: ground lost, never on track. */
  belowBaseline?: boolean | undefined;
  measuredOn?: string | undefined;
  /** Where the figure comes from. */
  source?: string | undefined;
  /** Above the title (the API view: indicator code and unit). */
  head?: TemplateResult | undefined;
  /** Under the target line (the API view: date of the figures, demonstration flag). */
  foot?: TemplateResult | undefined;
  /** Data and live modes: the indicator with its history, the unit and the source documents. */
  detail?: IndicatorDetail | undefined;
  /**
   * Once the campaign has ended: met or not by its deadline, which the card shows
   * instead of a status (the API view sets `status` to its tone and `statusWords`).
   */
  result?: FinalResult | null | undefined;
  /** The status pill's words when they are not the status's own: an ended campaign's result. */
  statusWords?: string | undefined;
  /** Static mode: an attribute that is not a number, and what it said. */
  unreadable?: { field: NumberField; text: string } | undefined;
}

type NumberField = 'value' | 'target' | 'baseline';

/**
 * A number attribute as people type it: "62,5" (a Vietnamese page's decimal
 * comma) or "62.5", "1.234,5", "90%". Absent or empty is null (no figure);
 * text that is not a number is NaN, which the card says plainly.
 */
/**
 * Each live card's first read, started before its API part loaded (KpiProgress.willUpdate), with
 * what it asked; the API part's first load takes it (kpi-progress-api.ts).
 */
export const earlyReads = new WeakMap<KpiProgress, { asked: string; read: Promise<EarlyRead<IndicatorDetail> | undefined> }>();

const decimal = { fromAttribute: (text: string | null) => (text === null || text.trim() === '' ? null : parseDecimal(text)) };

/**
 * Progress of one indicator of an emulation movement toward its target: the
 * value, the target in symbols and words, a progress bar, and where the unit
 * stands — achieved, on track, at risk, off track, or no data — as an icon,
 * words and a colour.
 *
 * Static: `<kpi-progress label="…" value="62" target="90" unit="percent" comparator="gte"
 * deadline="2026-10-10" start="2025-01-01">`. With data: `.data = { indicator, unit, asOf,
 * sourceDocuments }`, what `client.indicators.get()` returns (`<kpi-board>` does this; the card
 * makes no request). Live: `<kpi-progress indicator="bn2026-09" api-base="https://…">`, or
 * inside a `<thidua-provider>`.
 *
 * This module holds only what the first paint of a Vietnamese compact card with static
 * attributes needs. English, the API view with the live mode, and the detailed variant
 * are chunks loaded when asked for; `updateComplete` waits for them (see `ThiduaElement`).
 * Lazily loaded parts bring their CSS as constructable style sheets (Chrome 73,
 * Firefox 101, Safari 16.4), which a strict CSP allows.
 *
 * @summary An indicator's value, target, progress bar and status, in Vietnamese or English.
 *
 * @csspart base - The card; its class is the status (`achieved`, `onTrack`, `atRisk`, `offTrack`, `noData`), with
 *   `ended` once the campaign has ended (met as `achieved`, not met as `offTrack`), or `unreadable`.
 * @csspart eyebrow - Indicator code and organisation unit (data and live modes).
 * @csspart label - The indicator's title; names the progress bar.
 * @csspart value - The current value.
 * @csspart status - The status as an icon and words (the base's class says which).
 * @csspart bar - The progress bar's track (`role="progressbar"`).
 * @csspart indicator - The filled part of the bar.
 * @csspart target - The target line: comparator in symbols and words, deadline.
 * @csspart meta - Date of the figures and the demonstration flag (data and live modes).
 * @csspart detail - Detailed variant: the block under the target line.
 * @csspart days-left - Detailed: days left to the deadline, or how long ago it passed.
 * @csspart path - Detailed: the share of the way covered against the share the path expects.
 * @csspart baseline - Detailed: where progress is counted from.
 * @csspart trend - Detailed: the sparkline and its summary in words.
 * @csspart sparkline - Detailed: the trend line (decorative; the words say the same).
 * @csspart source - Detailed: where the target and the figure come from, and the last update.
 * @csspart error - Live mode: the error message; static mode: why an attribute cannot be read.
 * @csspart retry - Live mode: the retry button of the error state.
 *
 * @cssproperty --kpi-font-family - Font of the card. Inherits by default.
 * @cssproperty --kpi-color-text - Text colour.
 * @cssproperty --kpi-color-muted - Secondary text; also the "no data" status.
 * @cssproperty --kpi-color-surface - Card background.
 * @cssproperty --kpi-color-border - Card border.
 * @cssproperty --kpi-color-track - Empty part of the bar.
 * @cssproperty --kpi-color-indicator - Filled part of the bar, "on track", links and buttons.
 * @cssproperty --kpi-color-achieved - "Achieved".
 * @cssproperty --kpi-color-at-risk - "At risk".
 * @cssproperty --kpi-color-off-track - "Off track" (the error colour by default).
 * @cssproperty --kpi-color-error - Error colour.
 * @cssproperty --kpi-radius - Corner radius of the card.
 * @cssproperty --kpi-bar-height - Height of the bar.
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
 * @event {CustomEvent<IndicatorDetail>} thidua-load - Live mode: the indicator loaded. `detail` is the API's `IndicatorDetail`.
 * @event {CustomEvent<{ error: unknown }>} thidua-error - Live mode: loading failed. `detail.error` is the error (a `ThiduaApiError` for API errors).
 */
export class KpiProgress extends ThiduaElement {
  static override styles = [kpiTheme, styles];

  // `static properties` rather than decorators, and fields that are only `declare`d, without
  // initial values: the decorator runtime and a constructor of defaults do not fit in this
  // entry's size budget (bench/).
  static override properties: PropertyDeclarations = {
    label: {},
    value: { converter: decimal },
    target: { converter: decimal },
    unit: {},
    comparator: {},
    deadline: {},
    baseline: { converter: decimal },
    start: {},
    measuredOn: { attribute: 'measured-on' },
    source: {},
    variant: {},
    indicator: {},
    orgUnit: { attribute: 'org-unit' },
    campaign: {},
    apiBase: { attribute: 'api-base' },
    client: { attribute: false },
    data: { attribute: false },
  };

  /** The indicator's title. With data from the API it replaces the API's title. */
  declare label: string | undefined;

  /** Static mode: the current value, in the indicator's unit (percent as 0–100); a decimal comma or point. */
  declare value: number | null | undefined;

  /** Static mode: the target value; a decimal comma or point. */
  declare target: number | null | undefined;

  /**
   * `percent`, `index`, `rank`, `grdpShare`, `growthRate` or `count`; any other text is
   * printed after the number as it is ("hồ sơ").
   */
  declare unit: string | undefined;

  /** Static mode: `gte` (the default), `gt`, `lte`, `lt`, `eq`, or the symbols ≥ > ≤ < = >= <=. */
  declare comparator: string | undefined;

  /** Static mode: the target's deadline, `yyyy-mm-dd`. */
  declare deadline: string | undefined;

  /** Static mode: the value progress is counted from, on the `start` date. */
  declare baseline: number | null | undefined;

  /**
   * Static mode: where the path to the target starts, `yyyy-mm-dd` (the baseline's date or
   * the start of the movement). With a deadline it lets the card say "on track", "at risk"
   * or "off track"; without, a card can only say "achieved" or, once the deadline has
   * passed, "off track".
   */
  declare start: string | undefined;

  /** Static mode: the date of the value, `yyyy-mm-dd`; today when not given. */
  declare measuredOn: string | undefined;

  /** Static mode: where the value comes from (a report, a system); shown by the detailed variant. */
  declare source: string | undefined;

  /** `compact` (the default): title, value, status, bar, target. `detailed` adds days left, the path, the trend and the sources. */
  declare variant: 'compact' | 'detailed' | undefined;

  /** Live mode: the indicator's id, e.g. `bn2026-09`. */
  declare indicator: string | undefined;

  /** Live mode: whose measurement to show; the campaign's owner when empty. */
  declare orgUnit: string | undefined;

  /**
   * Live mode: the programme whose targets to judge by, when the indicator also carries a
   * later (or earlier) programme's targets; the indicator's own campaign when empty.
   */
  declare campaign: string | undefined;

  /** Live mode: the API's base URL, when there is no `<thidua-provider>` around the element. */
  declare apiBase: string | undefined;

  /** Live mode: a client to use instead of `api-base` or the provider's. */
  declare client: ThiduaClient | undefined;

  /** The indicator as the API gives it (`client.indicators.get()`); the card then makes no request. */
  declare data: IndicatorDetail | undefined;

  #api: ApiPart | undefined;
  #apiLoad: Promise<ApiPart> | undefined;
  #readEarly = false;
  #detail: DetailPart | undefined;
  #unreadable: UnreadablePart | undefined;
  #unreadableLoad: Promise<unknown> | undefined;
  /** Fraction of the bar to fill, applied after render (no inline style, for strict CSP). */
  #fill: number | undefined;

  /** Loads the indicator again (live mode). */
  async reload(): Promise<void> {
    await (await this.#apiPart()).load(this);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.variant === 'detailed' && !this.#detail) {
      void this.loadChunk(import('./kpi-progress-detail.js').then((part) => (this.#detail = part).adopt(this)));
    }
    if (this.#api) this.#api.update(this, changed);
    else if (this.data || this.indicator) {
      // Live mode: the read itself starts now, beside the API view's chunk, rather than once that
      // chunk has run; its first load takes it (`earlyReads`, shared/early-read.ts). Not for a card
      // given data or a client of the page's.
      if (!this.data && !this.client && !this.#readEarly && (this.apiBase || this.closest('thidua-provider'))) {
        this.#readEarly = true;
        const ask = this.liveAsk();
        const [id, query] = ask;
        const asked = JSON.stringify(ask);
        // Both modules at once: the reader's is not waited for after this one's. The read the
        // provider's early script started for this card, if any, is taken (`readCardsEarly`).
        const read = Promise.all([import('../shared/early-read.js'), import('@thidua/sdk/reader')]).then(([early, reader]) =>
          early.readEarly(this, reader, asked, (r) => r.indicators.get(id, query)),
        );
        read.catch(() => {});
        earlyReads.set(this, { asked, read });
      }
      void this.loadChunk(this.#apiPart().then((api) => api.update(this)));
    }
  }

  protected override updated() {
    // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline'.
    this.renderRoot.querySelector<HTMLElement>('.indicator')?.style.setProperty('width', `${(this.#fill! * 100).toFixed(2)}%`);
  }

  protected override render() {
    const locale = this.locale;
    const s = this.strings('common', locale);
    if (!s) return this.renderSkeleton();
    if (this.data || this.indicator) return this.#api ? this.#api.render(this, locale, s) : this.renderSkeleton();
    return this.renderView(this.#staticView(), locale, s);
  }

  /**
   * What the live mode asks the API: the indicator, for `org-unit`, by `campaign`'s targets.
   * @internal
   */
  liveAsk(): [indicator: string, query: { unit?: string; campaign?: string }] {
    return [this.indicator!, { ...(this.orgUnit ? { unit: this.orgUnit } : {}), ...(this.campaign ? { campaign: this.campaign } : {}) }];
  }

  #apiPart(): Promise<ApiPart> {
    return (this.#apiLoad ??= import('./kpi-progress-api.js').then((api) => (this.#api = api)));
  }

  #staticView(): View {
    const { value, target, baseline, start, deadline, measuredOn } = this;
    const today = todayIso();
    const field = (['value', 'target', 'baseline'] as const).find((f) => Number.isNaN(this[f]));
    if (field) return { title: this.label, value: null, unit: this.unit, unreadable: { field, text: this.getAttribute(field) ?? String(this[field]) } };
    const view: View = {
      title: this.label,
      value: Number.isFinite(value) ? (value as number) : null,
      unit: this.unit,
      measuredOn,
      source: this.source,
    };
    if (view.value === null) view.status = 'noData';
    if (Number.isFinite(target)) {
      const t: ViewTarget = (view.target = { value: target as number, comparator: parseComparator(this.comparator), deadline: deadline ?? '' });
      if (Number.isFinite(baseline) && start) t.baseline = { value: baseline as number, date: start };
      const on = measuredOn || today;
      const assessment = assessProgress(t, view.value === null ? null : { value: view.value, measuredOn: on }, today, { startDate: start || on });
      Object.assign(view, assessment);
      // Without a start and a deadline there is no path to be on or off: only a met
      // target, a passed deadline or a missing value can be judged.
      if (!(start && deadline) && !(assessment.daysLeft < 0) && assessment.status !== 'achieved' && view.value !== null) view.status = undefined;
    }
    return view;
  }

  /**
   * A card for a view. Internal: the API view and the detailed variant, which are
   * chunks of their own, render through it.
   * @internal
   */
  renderView(view: View, locale: Locale, s: Strings) {
    if (view.unreadable) {
      if (this.#unreadable) return this.#unreadable.render(this, view, locale);
      this.#unreadableLoad ??= this.loadChunk(import('./kpi-progress-unreadable.js').then((part) => (this.#unreadable = part)));
      return this.renderSkeleton();
    }
    const { target, value, unit, result, status } = view;
    // An ended campaign's card says met or not met in the place of the status (`statusWords`).
    const statusWords = view.statusWords ?? (status && s.status[status]);
    const progress = view.progress ?? 0;
    const deadline = formatIsoDate(target?.deadline);
    const words = target && formatTarget(target.value, target.comparator, unit, locale, s);
    const shown = value === null ? '' : formatMeasure(value, unit, locale, s);
    // Not met is never full: rounding must not say 100, and the eye must see a gap.
    this.#fill = progress >= 1 ? 1 : Math.min(progress, 0.98);
    return html`<div part="base" class="base ${status ?? ''}${result ? ' ended' : ''}">
      ${view.head} ${this.#label(view.title)}
      <div class="figures">
        ${shown ? html`<p part="value" class="value">${shown}</p>` : nothing}
        ${status
          ? html`<p part="status" class="status">
              ${icon(statusIcons[status])}<span>${statusWords}</span>
            </p>`
          : nothing}
      </div>
      ${shown && words
        ? html`<div part="bar" class="bar" role="progressbar" aria-label=${view.title || s.progress} aria-valuemin="0" aria-valuemax="100"
            aria-valuenow=${progress >= 1 ? 100 : Math.min(99, Math.round(progress * 100))} aria-valuetext=${s.valueText(shown, words.words, deadline)}>
            <div part="indicator" class="indicator"></div>
          </div>`
        : nothing}
      ${words
        ? html`<p part="target" class="target">
            ${s.target}: <strong aria-hidden="true">${words.symbol}</strong> (${words.words})${deadline ? ` · ${s.deadline(deadline)}` : ''}
          </p>`
        : nothing}
      ${view.foot} ${this.variant === 'detailed' ? this.#detail?.render(this, view, locale, s) : nothing}
    </div>`;
  }

  /**
   * The loading skeleton; `note` says in words what is loading.
   * @internal
   */
  renderSkeleton(note?: string) {
    return html`<div part="base" class="base loading" aria-busy="true">
      ${this.label ? this.#label(this.label) : html`<div class="sk"></div>`}
      <div class="sk sk-v"></div>
      <div class="sk"></div>
      ${note ? html`<p class="note">${note}</p>` : nothing}
    </div>`;
  }

  #label(title: string | undefined) {
    return title ? html`<p part="label" class="label">${title}</p>` : nothing;
  }
}

KpiProgress.define('kpi-progress');

declare global {
  interface HTMLElementTagNameMap {
    'kpi-progress': KpiProgress;
  }
}
