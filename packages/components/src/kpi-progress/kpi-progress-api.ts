import { ContextConsumer } from '@lit/context';
import type { PropertyValues, ReactiveController } from 'lit';
import { html, nothing } from 'lit/html.js';
import { localize, type IndicatorDetail, type Locale } from '@thidua/schemas';
import { loadClient } from '../shared/client-loader.js';
import { clientContext, localeContext, type ClientSource } from '../shared/context.js';
import { errorStyles, renderError } from '../shared/errors.js';
import { formatIsoDate } from '../shared/format.js';
import { addStyles, css } from '../shared/lite-element.js';
import { nearestLang } from '../shared/locale.js';
import { statusOf } from '../shared/status.js';
import type { Strings } from '../shared/locales/vi.js';
import type { KpiProgress, View } from './kpi-progress.js';

/*
 * `<kpi-progress>` with data shaped by the API: from `.data`, or loaded from
 * the API (the live mode: finding the client, loading, the error state). A
 * chunk of its own, loaded when a card is given data or an indicator id: a
 * static card needs none of it, and a live card waits for the network anyway.
 */

const strings = {
  vi: {
    indicatorCode: (code: string) => `Chỉ tiêu ${code}`,
    measuredOn: (date: string) => `Số liệu ngày ${date}`,
    demo: 'Số liệu minh họa, không phải số liệu chính thức',
    loading: 'Đang tải số liệu…',
  },
  en: {
    indicatorCode: (code: string) => `Indicator ${code}`,
    measuredOn: (date: string) => `Figures as of ${date}`,
    demo: 'Demonstration figures, not official data',
    loading: 'Loading data…',
  },
};

const styles = css`
  .eyebrow,
  .meta {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .eyebrow {
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .demo {
    font-style: italic;
  }
`;

/** A card from an API answer: the server's assessment says which target applies and where the unit stands. */
export function viewOf(detail: IndicatorDetail, label: string | undefined, locale: Locale): View {
  const t = strings[locale];
  const { indicator, unit } = detail;
  const assessment = indicator.assessment;
  const latest = indicator.latestMeasurement;
  return {
    ...assessment,
    title: label || localize(indicator.title, locale),
    value: latest?.value ?? null,
    unit: indicator.unit,
    target: indicator.targets.find((target) => target.id === assessment?.targetId),
    status: statusOf(indicator),
    measuredOn: latest?.measuredOn,
    source: latest?.source,
    detail,
    head: html`<p part="eyebrow" class="eyebrow">${t.indicatorCode(indicator.code)} · ${localize(unit.name, locale)}</p>`,
    foot: latest
      ? html`<p part="meta" class="meta">
          ${t.measuredOn(formatIsoDate(latest.measuredOn) ?? latest.measuredOn)}${latest.demo
            ? html` · <span class="demo">${t.demo}</span>`
            : nothing}
        </p>`
      : undefined,
  };
}

/**
 * One card's live mode: finds the API client (the card's own, its `api-base`,
 * or the enclosing `<thidua-provider>`'s), loads the indicator, and keeps
 * what came back or what went wrong.
 */
class LiveMode implements ReactiveController {
  detail: IndicatorDetail | undefined;
  failed = false;
  error: unknown;
  /** The provider's language, used when no `lang` attribute is nearer. */
  contextLocale: Locale | undefined;

  private _source: ClientSource | undefined;
  private readonly _consumers: { hostConnected(): void }[];
  private _abort: AbortController | undefined;
  /** A load interrupted by disconnection, to be resumed on reconnection. */
  private _interrupted = false;

  constructor(private readonly host: KpiProgress) {
    host.addController(this);
    let constructed = false;
    this._consumers = [
      new ContextConsumer(host, {
        context: clientContext,
        subscribe: true,
        callback: (source) => {
          const changed = source !== this._source;
          this._source = source;
          // The first answer comes during construction, before the card's first load.
          if (constructed && changed) void this.load();
        },
      }),
      new ContextConsumer(host, {
        context: localeContext,
        subscribe: true,
        callback: (locale) => {
          this.contextLocale = locale;
          host.requestUpdate();
        },
      }),
    ];
    constructed = true;
    const root = host.renderRoot as ShadowRoot;
    addStyles(root, styles);
    addStyles(root, errorStyles);
  }

  hostConnected() {
    if (this._interrupted) {
      this._interrupted = false;
      void this.load();
    }
  }

  hostDisconnected() {
    if (this._abort) {
      this._abort.abort();
      this._interrupted = true;
    }
  }

  /** Loads the card's indicator, replacing what it showed; nothing to load when it was given `.data`. */
  async load(): Promise<void> {
    const host = this.host;
    this._abort?.abort();
    this._abort = undefined;
    this.detail = undefined;
    this.failed = false;
    host.requestUpdate();
    if (!host.indicator || host.data) return;
    const abort = (this._abort = new AbortController());
    try {
      if (!host.client && !host.apiBase && !this._source && host.closest('thidua-provider:not(:defined)')) {
        // The provider's script has not run yet: ask again once it has.
        await customElements.whenDefined('thidua-provider');
        for (const consumer of this._consumers) consumer.hostConnected();
        if (abort.signal.aborted) return;
      }
      const locale = nearestLang(host) ?? this.contextLocale ?? 'vi';
      const client = host.client ?? (host.apiBase ? await loadClient({ apiBase: host.apiBase, locale }) : await this._source?.());
      if (!client) throw Object.assign(new Error('No API configured'), { code: 'no_api' });
      const detail = await client.indicators.get(host.indicator, {
        ...(host.orgUnit ? { unit: host.orgUnit } : {}),
        signal: abort.signal,
      });
      if (abort.signal.aborted) return;
      this.detail = detail;
      host.dispatchEvent(new CustomEvent('thidua-load', { detail, bubbles: true, composed: true }));
    } catch (error) {
      if (abort.signal.aborted) return;
      this.failed = true;
      this.error = error;
      host.dispatchEvent(new CustomEvent('thidua-error', { detail: { error }, bubbles: true, composed: true }));
    }
    this._abort = undefined;
    host.requestUpdate();
  }
}

const modes = new WeakMap<KpiProgress, LiveMode>();

function modeOf(host: KpiProgress): LiveMode {
  let mode = modes.get(host);
  if (!mode) modes.set(host, (mode = new LiveMode(host)));
  return mode;
}

/** What changes what a live card should show. */
const sources = ['indicator', 'orgUnit', 'apiBase', 'client', 'data'];

/** Called before each update of a card that has (or had) data or an indicator id. */
export function update(host: KpiProgress, changed?: PropertyValues): void {
  const known = modes.has(host);
  const mode = modeOf(host);
  if (!known || sources.some((key) => changed?.has(key))) void mode.load();
}

/** Loads the card's indicator again. */
export function load(host: KpiProgress): Promise<void> {
  return modeOf(host).load();
}

export function contextLocale(host: KpiProgress): Locale | undefined {
  return modes.get(host)?.contextLocale;
}

/** The card: from its data, the error state, or the skeleton while loading. */
export function render(host: KpiProgress, locale: Locale, s: Strings) {
  const mode = modes.get(host);
  const detail = host.data ?? mode?.detail;
  if (detail) return host.renderView(viewOf(detail, host.label, locale), locale, s);
  if (mode?.failed) {
    return html`<div part="base" class="base error">
      ${host.label ? html`<p part="label" class="label">${host.label}</p>` : nothing}
      ${renderError(mode.error, locale, 'indicator', host.indicator ?? '', () => void mode.load())}
    </div>`;
  }
  return host.renderSkeleton(strings[locale].loading);
}
