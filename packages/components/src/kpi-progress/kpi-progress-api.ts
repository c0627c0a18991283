import { css, html, nothing, type PropertyValues } from 'lit';
import { localize } from '@thidua/schemas/logic';
import type { IndicatorDetail, Locale } from '@thidua/schemas';
import { ApiLoader, type Ask } from '../shared/api-loader.js';
import { errorStyles, renderError } from '../shared/errors.js';
import { formatIsoDate } from '../shared/format.js';
import { statusOf } from '../shared/status.js';
import { provideStrings, type Catalogue } from '../strings/index.js';
import { errors } from '../strings/vi/errors.js';
import { kpi } from '../strings/vi/kpi.js';
import type { KpiProgress, View } from './kpi-progress.js';

/*
 * `<kpi-progress>` with data shaped by the API: from `.data`, or loaded from
 * the API (the live mode: finding the client, loading, the error state). A
 * chunk of its own, loaded when a card is given data or an indicator id: a
 * static card needs none of it, and a live card waits for the network anyway.
 */

provideStrings('vi', { kpi, errors });

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
export function viewOf(detail: IndicatorDetail, label: string | undefined, locale: Locale, t: Catalogue['kpi']['live']): View {
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

/** One card's live mode: loads its indicator (see `ApiLoader`). */
class LiveMode extends ApiLoader<IndicatorDetail, KpiProgress> {
  constructor(host: KpiProgress) {
    super(host);
    host.addStyles(styles, errorStyles);
  }

  /** Nothing to load when the card was given `.data`. */
  protected override request(): Ask<IndicatorDetail> | undefined {
    const host = this.host;
    if (!host.indicator || host.data) return undefined;
    return (client, signal) => client.indicators.get(host.indicator!, { ...(host.orgUnit ? { unit: host.orgUnit } : {}), signal });
  }

  /** A new client loads at once (the provider's answer to an earlier request included). */
  protected override sourceChanged() {
    void this.load();
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

/** The card: from its data, the error state, or the skeleton while loading (also while its strings load). */
export function render(host: KpiProgress, locale: Locale, s: Catalogue['common']) {
  const mode = modes.get(host);
  const state = mode?.state;
  const t = host.strings('kpi', locale);
  const e = host.strings('errors', locale);
  if (!t || !e) return host.renderSkeleton();
  const detail = host.data ?? (state?.status === 'ready' ? state.value : undefined);
  if (detail) return host.renderView(viewOf(detail, host.label, locale, t.live), locale, s);
  if (state?.status === 'error') {
    return html`<div part="base" class="base error">
      ${host.label ? html`<p part="label" class="label">${host.label}</p>` : nothing}
      ${renderError(state.error, e, 'indicator', [host.indicator ?? ''], () => void mode!.load())}
    </div>`;
  }
  return host.renderSkeleton(t.live.loading);
}
