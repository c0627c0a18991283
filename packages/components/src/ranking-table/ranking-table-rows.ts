import { html, nothing, svg, type TemplateResult } from 'lit';
import { bandsBestFirst, localize, rankChange } from '@thidua/schemas/logic';
import type { Locale, Ranking, RankingEntry, RankingSort, RankingSortKey } from '@thidua/schemas';
import { formatFigure, formatFigureChange, numberFormat } from '../shared/format.js';
import type { RankingStrings } from '../strings/vi/ranking.js';

/*
 * What `<ranking-table>` shows once there is a ranking: the rows shown
 * (`rankingView`), the columns, a data row, the change since the previous
 * period, the legend. A chunk loaded when the element connects, in parallel
 * with its data: the first paint (the loading state) needs none of it.
 * Templates only; the element decides which rows to render.
 */

export { defaultSortOrder, rankingView } from '@thidua/schemas/logic';
// The controllers of a rendered table, which join the element with this chunk.
export { SidewaysCue } from './sideways-cue.js';
export { VirtualRows } from './virtual-rows.js';

const arrow = (d: string) =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${svg`<path d=${d} />`}</svg>`;
const upIcon = arrow('M8 2.5 14 10H2z');
const downIcon = arrow('M8 13.5 2 6h12z');
const sameIcon = arrow('M2.5 7h11v2h-11z');
const sortIcon = (order: 'ascending' | 'descending' | undefined) =>
  arrow(order === 'ascending' ? 'M8 3 13 10H3z' : order === 'descending' ? 'M8 13 3 6h10z' : 'M8 1.5 12 6.5H4zM8 14.5 4 9.5h8z');

export interface TableColumn {
  key: RankingSortKey;
  label: string;
  className: string;
}

/** The columns shown: rank, name, value, then band, change and the chosen sub-indices when there are any. */
export function tableColumns(ranking: Ranking, shownSubs: ReadonlySet<string>, locale: Locale, s: RankingStrings): TableColumn[] {
  const metric = ranking.metric;
  const columns: TableColumn[] = [
    { key: 'rank', label: s.columns.rank, className: 'rank' },
    { key: 'name', label: s.columns.name, className: 'name' },
    { key: 'value', label: metric.kind === 'index' ? s.columns.score : s.columns.value, className: 'num' },
  ];
  if (metric.bands.length) columns.push({ key: 'band', label: s.columns.band, className: 'band-col' });
  if (ranking.entries.some((e) => e.previous)) columns.push({ key: 'change', label: s.columns.change, className: 'change-col' });
  for (const sub of metric.subIndices) {
    if (shownSubs.has(sub.id)) columns.push({ key: `sub:${sub.id}`, label: localize(sub.title, locale), className: 'num sub' });
  }
  return columns;
}

/** Renders the cells of one row; made once per render, for the rows in view. */
export function rowCells(ranking: Ranking, columns: TableColumn[], highlight: string, locale: Locale, s: RankingStrings) {
  const metric = ranking.metric;
  const bandLevel = new Map(bandsBestFirst(metric.bands).map((b, i) => [b.id, i]));
  const bandLabel = new Map(metric.bands.map((b) => [b.id, localize(b.label, locale)]));
  const subUnit = metric.unit === 'index' ? 'index' : 'count';
  const change = columns.some((c) => c.key === 'change');
  const subs = columns.filter((c) => c.key.startsWith('sub:')).map((c) => c.key.slice(4));
  return (e: RankingEntry) => html`<td class="rank">
      ${e.rank}${e.tied ? html`<span class="tie" aria-hidden="true">=</span><span class="visually-hidden"> (${s.tied})</span>` : nothing}
    </td>
    <th scope="row" class="name">
      <span class="name-text">${localize(e.unit.name, locale)}</span>${e.unit.id === highlight ? html` <span class="ours">${s.ours}</span>` : nothing}
    </th>
    <td class="num">${formatFigure(e.value, metric.unit, locale, metric.decimals)}</td>
    ${metric.bands.length
      ? html`<td class="band-col">
          ${e.band !== null ? html`<span part="band" class="band band-${bandLevel.get(e.band) ?? 'x'}">${bandLabel.get(e.band) ?? e.band}</span>` : nothing}
        </td>`
      : nothing}
    ${change ? html`<td class="change-col">${renderChange(e, ranking, locale, s)}</td>` : nothing}
    ${subs.map((id) => {
      const v = e.subScores[id];
      return html`<td class="num sub">${v === undefined ? '—' : formatFigure(v, subUnit, locale, metric.decimals)}</td>`;
    })}`;
}

/** The change in rank as an arrow with words, and the change in value. */
function renderChange(e: RankingEntry, ranking: Ranking, locale: Locale, s: RankingStrings): TemplateResult {
  const change = rankChange(e);
  if (!change) {
    return html`<span part="change" class="change new"><span aria-hidden="true">${s.change.newShort}</span><span class="visually-hidden">${s.change.new}</span></span>`;
  }
  const places = numberFormat(locale).format(Math.abs(change.rank));
  const [icon, className, words, shown] =
    change.rank > 0
      ? [upIcon, 'up', s.change.up(places), `+${places}`]
      : change.rank < 0
        ? [downIcon, 'down', s.change.down(places), `−${places}`]
        : [sameIcon, 'same', s.change.same, '0'];
  const { unit, decimals } = ranking.metric;
  const delta = Number.isFinite(change.value) ? formatFigureChange(change.value, unit, locale, decimals) : '';
  return html`<span part="change" class="change ${className}">
      ${icon}<span aria-hidden="true">${shown}</span><span class="visually-hidden">${words}</span>
    </span>
    ${delta ? html`<span class="delta">${unit === 'percent' ? s.change.percentPoints(delta) : s.change.points(delta)}</span>` : nothing}`;
}

/** The bands and their thresholds, and what the change is compared with. */
export function renderMeta(ranking: Ranking, legend: boolean, locale: Locale, s: RankingStrings) {
  const bands = bandsBestFirst(ranking.metric.bands);
  const demo = ranking.entries.some((e) => e.demo);
  const compared = ranking.previousPeriod && ranking.entries.some((e) => e.previous) ? s.comparedWith(ranking.previousPeriod) : '';
  return html`${bands.length && legend
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
    ${compared || demo ? html`<p part="meta" class="meta">${[compared, demo ? s.demo : ''].filter(Boolean).join(' · ')}</p>` : nothing}`;
}

export interface TableModel {
  ranking: Ranking;
  columns: TableColumn[];
  caption: string;
  /** Every row shown, and which of them to render now (see `VirtualRows`). */
  view: readonly RankingEntry[];
  range: { start: number; end: number };
  /** Whether only the rows in view are rendered: spacer rows then hold the others' place. */
  virtual: boolean;
  /** N of a top-N table (a gap row goes before the host's unit below them); 0 otherwise. */
  top: number;
  highlight: string;
  sort: RankingSort;
  onSort: (key: RankingSortKey) => void;
  locale: Locale;
  s: RankingStrings;
}

/**
 * The table in its scrolling region, and the hint shown when it is wider
 * than the region (see `SidewaysCue`). The region has `overflow-anchor: none`
 * (see `VirtualRows`).
 */
export function renderTable(m: TableModel) {
  const { columns, view, highlight } = m;
  const { start, end } = m.range;
  const cells = rowCells(m.ranking, columns, highlight, m.locale, m.s);
  const rows = view.slice(start, end).map((e, i) => {
    const ours = e.unit.id === highlight;
    const gap = m.top && ours && e.rank > m.top;
    return html`${gap ? html`<tr class="gap" aria-hidden="true"><td colspan=${columns.length}>…</td></tr>` : nothing}<tr
        part=${ours ? 'row highlight' : 'row'}
        class=${ours ? 'row highlight' : 'row'}
        aria-rowindex=${start + i + 2}
        aria-current=${ours ? 'true' : nothing}
        tabindex=${ours ? '-1' : nothing}
      >
        ${cells(e)}
      </tr>`;
  });
  const spacer = (where: string) =>
    m.virtual ? html`<tr class="spacer ${where}" aria-hidden="true"><td colspan=${columns.length}></td></tr>` : nothing;
  return html`<div class="frame">
    <div class="edge">
      <div part="scroller" class="scroller ${m.virtual ? 'virtual' : ''}" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table" aria-rowcount=${view.length + 1}>
          <caption part="caption" id="caption">${m.caption}</caption>
          <thead>
            <tr aria-rowindex="1">
              ${columns.map((c) => {
                const sorted = m.sort.key === c.key ? m.sort.order : undefined;
                return html`<th scope="col" class=${c.className} aria-sort=${sorted ?? 'none'}>
                  <button type="button" class="sort" @click=${() => m.onSort(c.key)}><span>${c.label}</span>${sortIcon(sorted)}</button>
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${spacer('before')}${rows}${spacer('after')}
          </tbody>
        </table>
      </div>
    </div>
    <p part="scroll-hint" class="scroll-hint" id="scroll-hint">${m.s.scrollHint}</p>
  </div>`;
}

