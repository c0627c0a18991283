import { html, nothing, svg } from 'lit';
import { css } from '../shared/css.js';
import { directionOf, localize } from '@thidua/schemas/logic';
import type { Locale, Measurement } from '@thidua/schemas';
import { formatIsoDate, formatMeasure, formatNumber, todayIso } from '../shared/format.js';
import { provideStrings, type Catalogue } from '../strings/index.js';
import { kpi } from '../strings/vi/kpi.js';
import type { KpiProgress, View } from './kpi-progress.js';
// The card this part belongs to. Imported, not only its types, so that a bundler that
// splits code (esbuild) puts everything the card's first paint shares with this part
// in one chunk, instead of one chunk per combination of parts that use a module.
import './kpi-progress.js';

/*
 * The detailed variant of `<kpi-progress>`: days left, the share of the way
 * covered against the share the path expects, the baseline, the trend, and
 * where the target and the figure come from. A chunk of its own, loaded when
 * a card asks for `variant="detailed"`; its words are the catalogue's `kpi.detail`.
 */

provideStrings('vi', { kpi }, { kpi: () => import('../strings/en/kpi.js') });

export const styles = css`
  .detail {
    display: grid;
    gap: 0.5rem;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--kpi-color-border, var(--thidua-color-border, #d0d7de));
    font-size: 0.875rem;
  }
  .days {
    font-weight: 600;
  }
  .trend {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .sparkline {
    flex: none;
    inline-size: 7.5rem;
    block-size: 2rem;
    overflow: visible;
  }
  .sparkline polyline {
    fill: none;
    stroke: var(--_s);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .sparkline circle {
    fill: var(--_s);
  }
  .sparkline line {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.125rem 0.75rem;
    color: var(--_muted);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_primary);
  }
  a:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .sparkline polyline,
    .sparkline line {
      stroke: CanvasText;
    }
    .sparkline circle {
      fill: CanvasText;
    }
  }
`;

/** Brings this part's styles into a card's shadow root. */
export function adopt(host: KpiProgress): void {
  host.addStyles(styles);
}

const WIDTH = 120;
const HEIGHT = 32;

/**
 * The trend line: x by date, y by value, the target as a dashed line. Up is
 * always better, so a rank that improves from 12 to 7 rises.
 */
function sparkline(history: readonly Measurement[], target: number | undefined, lowerIsBetter: boolean) {
  const values = history.map((m) => m.value);
  const range = target === undefined ? values : [...values, target];
  const min = Math.min(...range);
  const span = Math.max(...range) - min || 1;
  const first = Date.parse(history[0]!.measuredOn);
  const period = Date.parse(history.at(-1)!.measuredOn) - first || 1;
  const x = (m: Measurement) => (2 + ((Date.parse(m.measuredOn) - first) / period) * (WIDTH - 4)).toFixed(1);
  const y = (value: number) => {
    const share = (value - min) / span;
    return (2 + (lowerIsBetter ? share : 1 - share) * (HEIGHT - 4)).toFixed(1);
  };
  const last = history.at(-1)!;
  return html`<svg part="sparkline" class="sparkline" viewBox="0 0 120 32" aria-hidden="true" focusable="false">
    ${target === undefined ? nothing : svg`<line x1="0" x2=${WIDTH} y1=${y(target)} y2=${y(target)} />`}
    <polyline points=${history.map((m) => `${x(m)},${y(m.value)}`).join(' ')} />
    <circle cx=${x(last)} cy=${y(last.value)} r="3" />
  </svg>`;
}

/** What the detailed variant adds under the target line. */
export function render(host: KpiProgress, view: View, locale: Locale, s: Catalogue['common']) {
  const t = host.strings('kpi', locale)?.detail;
  if (!t) return nothing;
  const { target, unit, detail } = view;
  const measure = (value: number) => formatMeasure(value, unit, locale, s);
  const percent = (share: number) => formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 0 });
  const history = detail?.indicator.history ?? [];
  const lowerIsBetter = target ? directionOf(target.comparator) === 'lower' : false;
  const latest = detail?.indicator.latestMeasurement;
  const document = detail?.sourceDocuments.find((d) => d.id === target?.sourceDocumentId);
  const onPath = view.status === 'onTrack' || view.status === 'atRisk' || view.status === 'offTrack';

  let trend: unknown = nothing;
  if (history.length > 1) {
    const first = history[0]!;
    const last = history.at(-1)!;
    const change = last.value - first.value;
    const word = change === 0 ? t.trend.same : change > 0 !== lowerIsBetter ? t.trend.better : t.trend.worse;
    const point = (m: Measurement) => `${measure(m.value)} (${formatIsoDate(m.measuredOn)})`;
    trend = html`<div part="trend" class="trend">
      ${sparkline(history, target?.value, lowerIsBetter)}
      <p>${t.trendText(word, point(first), point(last))}</p>
    </div>`;
  }

  const documentTitle = document
    ? [localize(document.title, locale), document.reference, target?.sourceSection && t.section(target.sourceSection)]
        .filter(Boolean)
        .join(', ')
    : '';
  const url = document?.url && /^https?:/i.test(document.url) ? document.url : undefined;

  const ended = Boolean(view.result);
  return html`<div part="detail" class="detail">
    ${ended
      ? html`<p part="days-left" class="days">
          ${view.result!.measuredOn ? t.final(formatIsoDate(view.result!.measuredOn)!) : t.finalNoFigure(formatIsoDate(target?.deadline) ?? '')}
        </p>`
      : target?.deadline && view.daysLeft !== undefined && view.status !== 'achieved'
        ? html`<p part="days-left" class="days">${t.daysLeft(view.daysLeft)}</p>`
        : nothing}
    ${!ended && onPath && view.progress != null && view.expected != null
      ? html`<p part="path">${t.path(percent(view.progress), percent(view.expected))}</p>`
      : nothing}
    ${!ended && view.belowBaseline ? html`<p part="path">${t.belowBaseline}</p>` : nothing}
    ${target?.baseline
      ? html`<p part="baseline">${t.baseline(measure(target.baseline.value), formatIsoDate(target.baseline.date) ?? target.baseline.date)}</p>`
      : nothing}
    ${trend}
    ${documentTitle || view.source || view.measuredOn
      ? html`<dl part="source">
          ${documentTitle
            ? html`<dt>${t.targetSource}</dt>
                <dd>${url ? html`<a href=${url} rel="noopener noreferrer">${documentTitle}</a>` : documentTitle}</dd>`
            : nothing}
          ${view.source ? html`<dt>${t.figureSource}</dt><dd>${view.source}</dd>` : nothing}
          ${latest
            ? html`<dt>${t.updated}</dt><dd>${formatIsoDate(todayIso(new Date(latest.recordedAt)))}</dd>`
            : view.measuredOn
              ? html`<dt>${t.measuredOn}</dt><dd>${formatIsoDate(view.measuredOn) ?? view.measuredOn}</dd>`
              : nothing}
        </dl>`
      : nothing}
  </div>`;
}
