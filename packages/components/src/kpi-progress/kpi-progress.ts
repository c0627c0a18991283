import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localize, meetsTarget, progressToward, selectTarget } from '@thidua/schemas';
import type { Comparator, IndicatorDetail, Locale } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import { loadClient } from '../shared/client-loader.js';
import { clientContext, localeContext, type ClientSource } from '../shared/context.js';
import { formatIsoDate, formatMeasure, formatTarget, parseComparator, todayIso } from '../shared/format.js';
import { nearestLang, strings } from '../shared/locale.js';
import type { Strings } from '../shared/locales/vi.js';
import { styles } from './kpi-progress.styles.js';

type LoadState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; detail: IndicatorDetail }
  | { status: 'error'; error: unknown };

/** What the card shows, whether the numbers came from attributes or from the API. */
interface View {
  title: string;
  eyebrow?: string | undefined;
  /** Null when the unit has not reported yet. */
  value: number | null;
  unit: string;
  target?: { value: number; comparator: Comparator; deadline?: string | undefined } | undefined;
  measuredOn?: string | undefined;
  demo?: boolean | undefined;
}

/** What an error looks like to this element: `ThiduaApiError` without importing the SDK. */
interface ErrorLike {
  name?: string;
  status?: number;
  code?: string;
  requestId?: string;
}

const icon = (path: TemplateResult) =>
  html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${path}</svg>`;
const checkIcon = icon(svg`<path d="M6.2 11.6 2.6 8l1.1-1.1 2.5 2.5 6.1-6.1 1.1 1.1z" fill="currentColor"/>`);
const clockIcon = icon(
  svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M7.25 4h1.5v3.7l2.6 1.5-.75 1.3-3.35-1.95z" fill="currentColor"/>`,
);
const alertIcon = icon(
  svg`<path d="M8 1.5 15 14H1zm-.75 4.5v4h1.5V6zm0 5.25v1.5h1.5v-1.5z" fill="currentColor" fill-rule="evenodd"/>`,
);

/**
 * Progress of one indicator of an emulation movement toward its target.
 *
 * Static: give the numbers as attributes —
 * `<kpi-progress label="…" value="62" target="90" unit="percent" comparator="gte" deadline="2026-10-10">`.
 * Live: name the indicator — `<kpi-progress indicator="bn2026-09" api-base="https://…">`, or put
 * it inside a `<thidua-provider>`. The API client is loaded only when it is needed.
 *
 * @summary An indicator's title, current value, target and a progress bar, in Vietnamese or English.
 *
 * @csspart base - The card.
 * @csspart eyebrow - Indicator code and organisation unit (live mode).
 * @csspart label - The indicator's title; names the progress bar.
 * @csspart value - The current value.
 * @csspart status - "Target met" / "not yet met", icon and words.
 * @csspart bar - The progress bar's track (`role="progressbar"`).
 * @csspart indicator - The filled part of the bar.
 * @csspart target - The target line: comparator in symbols and words, deadline.
 * @csspart meta - Date of the figures, demonstration flag.
 * @csspart no-data - Shown when the unit has not reported a value.
 * @csspart error - The error message.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --kpi-font-family - Font of the card. Inherits by default.
 * @cssproperty --kpi-color-text - Text colour.
 * @cssproperty --kpi-color-muted - Secondary text colour.
 * @cssproperty --kpi-color-surface - Card background.
 * @cssproperty --kpi-color-border - Card border.
 * @cssproperty --kpi-color-track - Empty part of the bar.
 * @cssproperty --kpi-color-indicator - Filled part of the bar while the target is not met.
 * @cssproperty --kpi-color-met - Bar and status colour once the target is met.
 * @cssproperty --kpi-color-behind - Status colour while the target is not met.
 * @cssproperty --kpi-color-error - Error colour.
 * @cssproperty --kpi-radius - Corner radius of the card.
 * @cssproperty --kpi-bar-height - Height of the bar.
 *
 * @event thidua-load - Live mode: the indicator loaded. `detail` is the API's `IndicatorDetail`.
 * @event thidua-error - Live mode: loading failed. `detail.error` is the error (a `ThiduaApiError` for API errors).
 */
export class KpiProgress extends LitElement {
  static override styles = styles;

  static override get observedAttributes() {
    // `lang` is a global attribute, not a reactive property; watch it so the text follows it.
    return [...super.observedAttributes, 'lang'];
  }

  /** The indicator's title. In live mode it replaces the title from the API. */
  @property() label = '';

  /** Static mode: the current value, in the indicator's unit (percent as 0–100). */
  @property({ type: Number }) value: number | null | undefined;

  /** Static mode: the target value. */
  @property({ type: Number }) target: number | null | undefined;

  /**
   * `percent`, `index`, `rank`, `grdpShare`, `growthRate` or `count`; any other text is
   * printed after the number as it is ("hồ sơ").
   */
  @property() unit = '';

  /** Static mode: `gte` (default), `gt`, `lte`, `lt`, `eq`, or the symbols ≥ > ≤ < = >= <=. */
  @property() comparator = 'gte';

  /** Static mode: the target's deadline, `yyyy-mm-dd`. */
  @property() deadline = '';

  /** Live mode: the indicator's id, e.g. `bn2026-09`. */
  @property() indicator = '';

  /** Live mode: whose measurement to show; the campaign's owner when empty. */
  @property({ attribute: 'org-unit' }) orgUnit = '';

  /** Live mode: the API's base URL, when there is no `<thidua-provider>` around the element. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Live mode: a client to use instead of `api-base` or the provider's. */
  @property({ attribute: false }) client: ThiduaClient | undefined;

  @state() private _state: LoadState = { status: 'idle' };
  @state() private _contextClient: ClientSource | undefined;
  @state() private _contextLocale: Locale | undefined;

  private _clientConsumer = new ContextConsumer(this, {
    context: clientContext,
    subscribe: true,
    callback: (client) => (this._contextClient = client),
  });
  private _localeConsumer = new ContextConsumer(this, {
    context: localeContext,
    subscribe: true,
    callback: (locale) => (this._contextLocale = locale),
  });

  private _abort: AbortController | undefined;
  /** A load interrupted by disconnection, to be resumed on reconnection. */
  private _interrupted = false;
  /** Fraction of the bar to fill, applied after render (no inline style, for strict CSP). */
  private _fill: number | undefined;

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this._interrupted) {
      this._interrupted = false;
      void this._load();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    if (this._state.status === 'loading') {
      this._abort?.abort();
      this._interrupted = true;
    }
  }

  /** Loads the indicator again (live mode). */
  reload(): Promise<void> {
    return this._load();
  }

  protected override willUpdate(changed: PropertyValues) {
    const sources = ['indicator', 'orgUnit', 'apiBase', 'client', '_contextClient'];
    if (sources.some((key) => changed.has(key))) void this._load();
  }

  protected override updated() {
    const fill = this.renderRoot.querySelector<HTMLElement>('.indicator');
    // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline'.
    fill?.style.setProperty('inline-size', `${((this._fill ?? 0) * 100).toFixed(2)}%`);
  }

  private get _locale(): Locale {
    return nearestLang(this) ?? this._contextLocale ?? 'vi';
  }

  private async _load(): Promise<void> {
    this._abort?.abort();
    this._abort = undefined;
    if (!this.indicator) {
      this._state = { status: 'idle' };
      return;
    }
    const abort = (this._abort = new AbortController());
    this._state = { status: 'loading' };
    try {
      if (!this.client && !this.apiBase && !this._contextClient && this.closest('thidua-provider:not(:defined)')) {
        // The provider's script has not run yet: ask again once it has.
        await customElements.whenDefined('thidua-provider');
        this._clientConsumer.hostConnected();
        this._localeConsumer.hostConnected();
        if (abort.signal.aborted) return;
      }
      const client =
        this.client ??
        (this.apiBase
          ? await loadClient({ apiBase: this.apiBase, locale: this._locale })
          : await this._contextClient?.());
      if (!client) throw Object.assign(new Error('No API configured'), { code: 'no_api' });
      const detail = await client.indicators.get(this.indicator, {
        ...(this.orgUnit ? { unit: this.orgUnit } : {}),
        signal: abort.signal,
      });
      if (abort.signal.aborted) return;
      this._state = { status: 'ready', detail };
      this.dispatchEvent(new CustomEvent('thidua-load', { detail, bubbles: true, composed: true }));
    } catch (error) {
      if (abort.signal.aborted) return;
      this._state = { status: 'error', error };
      this.dispatchEvent(new CustomEvent('thidua-error', { detail: { error }, bubbles: true, composed: true }));
    }
  }

  private _staticView(): View {
    const value = this.value ?? NaN;
    const target = this.target ?? NaN;
    return {
      title: this.label,
      value: Number.isFinite(value) ? value : null,
      unit: this.unit,
      target: Number.isFinite(target)
        ? { value: target, comparator: parseComparator(this.comparator), deadline: this.deadline }
        : undefined,
    };
  }

  private _liveView({ indicator, unit }: IndicatorDetail, locale: Locale, s: Strings): View {
    const target = selectTarget(indicator.targets, { date: todayIso(), level: unit.level });
    const measurement = indicator.latestMeasurement;
    return {
      title: this.label || localize(indicator.title, locale),
      eyebrow: `${s.indicatorCode(indicator.code)} · ${localize(unit.name, locale)}`,
      value: measurement?.value ?? null,
      unit: indicator.unit,
      target,
      measuredOn: measurement?.measuredOn,
      demo: measurement?.demo,
    };
  }

  protected override render() {
    const locale = this._locale;
    const s = strings[locale];
    this._fill = undefined;
    if (!this.indicator) return this._renderView(this._staticView(), locale, s);
    const state = this._state;
    if (state.status === 'ready') return this._renderView(this._liveView(state.detail, locale, s), locale, s);
    if (state.status === 'error') return this._renderError(state.error, s);
    return this._renderLoading(s);
  }

  private _renderLabel(title: string) {
    return title ? html`<p part="label" class="label" id="label">${title}</p>` : nothing;
  }

  private _renderView(view: View, locale: Locale, s: Strings) {
    const { target, value, unit } = view;
    const deadline = formatIsoDate(target?.deadline);
    const targetText = target && formatTarget(target.value, target.comparator, unit, locale, s);
    let figures: TemplateResult;
    if (value === null) {
      figures = html`<p part="no-data" class="no-data">${clockIcon}<span>${s.noData}</span></p>`;
    } else {
      const shown = formatMeasure(value, unit, locale, s);
      let bar: TemplateResult | typeof nothing = nothing;
      let status: TemplateResult | typeof nothing = nothing;
      if (target && targetText) {
        const met = meetsTarget(value, target);
        const fill = progressToward(value, target);
        // Not met is never full: rounding must not say 100, and the eye must see a gap.
        this._fill = met ? 1 : Math.min(fill, 0.98);
        const percent = met ? 100 : Math.min(99, Math.round(fill * 100));
        status = html`<p part="status" class="status ${met ? 'met' : 'behind'}">
          ${met ? checkIcon : clockIcon}<span>${met ? s.met : s.notMet}</span>
        </p>`;
        bar = html`<div
          part="bar"
          class="bar ${met ? 'met' : ''}"
          role="progressbar"
          aria-labelledby=${view.title ? 'label' : nothing}
          aria-label=${view.title ? nothing : s.progress}
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${percent}
          aria-valuetext=${s.valueText(shown, targetText.words, deadline)}
        >
          <div part="indicator" class="indicator"></div>
        </div>`;
      }
      figures = html`<div class="figures"><p part="value" class="value">${shown}</p>${status}</div>
        ${bar}`;
    }
    const meta = view.measuredOn
      ? html`<p part="meta" class="meta">
          ${s.measuredOn(formatIsoDate(view.measuredOn) ?? view.measuredOn)}${view.demo
            ? html` · <span class="demo">${s.demo}</span>`
            : nothing}
        </p>`
      : nothing;
    return html`<div part="base" class="base">
      ${view.eyebrow ? html`<p part="eyebrow" class="eyebrow">${view.eyebrow}</p>` : nothing}
      ${this._renderLabel(view.title)} ${figures}
      ${targetText
        ? html`<p part="target" class="target">
            <span>${s.target}:</span>
            <strong class="target-symbol" aria-hidden="true">${targetText.symbol}</strong>
            <span class="target-words">(${targetText.words})</span>
            ${deadline ? html`<span class="deadline">· ${s.deadline(deadline)}</span>` : nothing}
          </p>`
        : nothing}
      ${meta}
    </div>`;
  }

  private _renderLoading(s: Strings) {
    return html`<div part="base" class="base loading" aria-busy="true">
      ${this.label ? this._renderLabel(this.label) : html`<div class="skeleton skeleton-label"></div>`}
      <div class="skeleton skeleton-value"></div>
      <div class="skeleton skeleton-bar"></div>
      <p class="visually-hidden">${s.loading}</p>
    </div>`;
  }

  private _renderError(error: unknown, s: Strings) {
    const e = (error ?? {}) as ErrorLike;
    const id = this.indicator;
    const message =
      e.code === 'no_api'
        ? s.errors.noApi
        : e.status === 404 || e.code === 'not_found'
          ? s.errors.notFound(id)
          : e.code === 'validation_failed'
            ? s.errors.invalid(id)
            : e.code === 'timeout' || e.name === 'TimeoutError'
              ? s.errors.timeout
              : e.code === 'invalid_response'
                ? s.errors.invalidResponse
                : e.status
                  ? s.errors.server(e.status)
                  : s.errors.network;
    return html`<div part="base" class="base error">
      ${this._renderLabel(this.label)}
      <div role="alert" class="error-box">
        <p class="error-title">${alertIcon}<span>${s.errorTitle}</span></p>
        <p part="error" class="error-message">${message}</p>
        ${e.requestId ? html`<p class="meta">${s.requestId(e.requestId)}</p>` : nothing}
      </div>
      <button part="retry" class="retry" type="button" @click=${() => this._load()}>${s.retry}</button>
    </div>`;
  }
}

if (!customElements.get('kpi-progress')) customElements.define('kpi-progress', KpiProgress);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-progress': KpiProgress;
  }
}
