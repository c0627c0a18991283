import { html, nothing, type PropertyValues } from 'lit';
import { css } from '../shared/css.js';
import { localize } from '@thidua/schemas/logic';
import type { IndicatorDetail, Locale } from '@thidua/schemas';
import type { ThiduaReader } from '@thidua/sdk/reader';
import { ApiLoader, type Ask } from '../shared/api-loader.js';
import { loadReader, type ClientConfig } from '../shared/client-loader.js';
import { errorStyles, renderError } from '../shared/errors.js';
import { formatIsoDate } from '../shared/format.js';
import { outcomeTone, statusOf } from '../shared/status.js';
import { provideStrings, type Catalogue } from '../strings/index.js';
import { errors } from '../strings/vi/errors.js';
import { kpi } from '../strings/vi/kpi.js';
// The card this part belongs to. Imported, not only its types (also for its early reads), so
// that a bundler that splits code (esbuild) puts everything the card's first paint shares with
// this part in one chunk, instead of one chunk per combination of parts that use a module.
import { earlyReads, type KpiProgress, type View } from './kpi-progress.js';

/*
 * `<kpi-progress>` with data shaped by the API: from `.data`, or loaded from
 * the API (the live mode: finding the client, loading, the error state). A
 * chunk of its own, loaded when a card is given data or an indicator id: a
 * static card needs none of it, and a live card waits for the network anyway.
 */

provideStrings('vi', { kpi, errors }, { kpi: () => import('../strings/en/kpi.js'), errors: () => import('../strings/en/errors.js') });

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

/*
 * The loading skeleton's details: where the title and the value will be, a
 * pulse, and the note that says what loads. Until this part is here (and on
 * a card waiting for its English words) the skeleton is plain bars.
 */
const skeletonStyles = css`
  .sk:first-child {
    height: 1.25rem;
    width: 70%;
  }
  .sk-v {
    height: 2.5rem;
    width: 6rem;
  }
  .note {
    color: var(--_muted);
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  /* Movement only for those who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    .sk {
      animation: pulse 1.5s infinite;
    }
  }
`;

/** A card from an API answer: the server's assessment says which target applies and where the unit stands. */
export function viewOf(detail: IndicatorDetail, label: string | undefined, locale: Locale, k: Catalogue['kpi']): View {
  const t = k.live;
  const { indicator, unit } = detail;
  const assessment = indicator.assessment;
  const result = indicator.result;
  // Once the campaign has ended, the figure judged (the last by the deadline), not a later one.
  const latest = result ? (result.value === null ? null : (indicator.history.find((m) => m.measuredOn === result.measuredOn) ?? indicator.latestMeasurement)) : indicator.latestMeasurement;
  return {
    ...assessment,
    result,
    title: label || localize(indicator.title, locale),
    value: result ? result.value : (latest?.value ?? null),
    unit: indicator.unit,
    target: indicator.targets.find((target) => target.id === assessment?.targetId),
    // An ended campaign's card says met or not met, in the place and colours of a status.
    status: result ? outcomeTone[result.outcome] : statusOf(indicator),
    statusWords: result ? k.outcome[result.outcome] : undefined,
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
 * One card's live mode: loads its indicator (see `ApiLoader`). From `api-base` or a provider's
 * `api-base` it reads with the SDK's reader (one batched GET, no ky or zod: the card's page
 * stays within its budget, bench/suites/15-cdn-live-card); a client of the page's is used as it is.
 */
class LiveMode extends ApiLoader<IndicatorDetail, KpiProgress, ThiduaReader> {
  constructor(host: KpiProgress) {
    super(host);
    host.addStyles(styles, skeletonStyles, errorStyles);
  }

  protected override clientFor(config: ClientConfig): Promise<ThiduaReader> {
    return loadReader(config);
  }

  /** Nothing to load when the card was given `.data`. */
  protected override request(): Ask<IndicatorDetail, ThiduaReader> | undefined {
    const host = this.host;
    if (!host.indicator || host.data) return undefined;
    const [id, query] = host.liveAsk();
    return async (client, signal) => {
      // The card's first read may have started before this part loaded (KpiProgress.willUpdate):
      // taken once, if it asked the same of the same reader.
      const early = earlyReads.get(host);
      earlyReads.delete(host);
      const read = early?.asked === JSON.stringify([id, query]) ? await early.read.catch(() => undefined) : undefined;
      return read?.reader === client ? read.value : client.indicators.get(id, { ...query, signal });
    };
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
const sources = ['indicator', 'orgUnit', 'campaign', 'apiBase', 'client', 'data'];

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
  if (detail) return host.renderView(viewOf(detail, host.label, locale, t), locale, s);
  if (state?.status === 'error') {
    return html`<div part="base" class="base error">
      ${host.label ? html`<p part="label" class="label">${host.label}</p>` : nothing}
      ${renderError(state.error, e, 'indicator', [host.indicator ?? ''], () => void mode!.load())}
    </div>`;
  }
  return host.renderSkeleton(t.live.loading);
}
