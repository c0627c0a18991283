import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { localize, PROPOSAL_STATUSES } from '@thidua/schemas/logic';
import type { Locale } from '@thidua/schemas';
import { css } from '../shared/css.js';
import type { Pager } from '../shared/list-loader.js';
import { pagerStyles, renderPager } from '../shared/list-pager.js';
import { renderSearch } from '../shared/list-search.js';
import { buttonLook, cardControls, cardLayout, label, listViewStyles, options } from '../shared/list-view.js';
import { deadlineBadge, deadlineStyles } from '../shared/deadline.js';
import { dossierStatus, dossierStatusStyles } from '../shared/dossier-status.js';
import { dateTimeParts } from '../shared/format.js';
import { icon } from '../shared/icons.js';
import { RowWindow } from '../shared/row-window.js';
import type { Catalogue } from '../strings/index.js';
import {
  filterItems,
  filterOptions,
  filtering,
  nextSort,
  sortItems,
  type FilterOptions,
  type QueueFilters,
  type QueueItem,
  type QueueSort,
  type QueueSortKey,
} from './nomination-queue-model.js';
import { QUEUE_SORT_KEYS } from './nomination-queue-sort.js';
import type { NominationQueue } from './nomination-queue.js';

/*
 * `<nomination-queue>`'s table, filters and pager: a chunk loaded at once, in
 * parallel with the API's answer (or with `.rows`), so that the first paint
 * of the element (its loading state) carries none of it.
 */

type Strings = Catalogue['nominationQueue'];

/** The dossiers the element holds, from `.rows` or the API, and the pager's state. */
export interface Loaded extends Pager<Strings> {
  items: readonly QueueItem[];
}

/** What the view renders: the loaded dossiers filtered and sorted, and what the filters offer. */
export interface QueueModel extends Loaded {
  shown: readonly QueueItem[];
  options: FilterOptions;
  filters: QueueFilters;
  sort: QueueSort;
}

/** The last model made, reused while neither the dossiers, the filters, the sort nor the language changed (a render per keystroke elsewhere). */
let last: { items: readonly QueueItem[]; key: string; shown: readonly QueueItem[]; options: FilterOptions } | undefined;

/** The loaded dossiers as the reader asked to see them. */
export function queueModel(host: NominationQueue, loaded: Loaded, locale: Locale): QueueModel {
  const filters = host.filters;
  const sort = host.sorting;
  const key = JSON.stringify([filters, sort, locale]);
  if (last?.items !== loaded.items || last.key !== key) {
    last = { items: loaded.items, key, shown: sortItems(filterItems(loaded.items, filters, locale), sort, locale), options: filterOptions(loaded.items, locale, filters) };
  }
  return { ...loaded, shown: last.shown, options: last.options, filters, sort };
}

/** The count above the table; a pager's news first. */
export function countText(m: QueueModel, t: Strings): string {
  return `${m.announcement ? `${m.announcement(t)} ` : ''}${t.shown(m.shown.length, m.items.length, m.more)}`;
}

/** `{id}` of an `href-template` filled in. */
const hrefOf = (template: string, id: string) => template.replaceAll('{id}', encodeURIComponent(id));

/** The search box and the filters: native controls with visible labels; a button clears them once one is set. */
export function renderFilters(host: NominationQueue, m: QueueModel, t: Strings) {
  const f = m.filters;
  const change = (key: keyof QueueFilters) => (e: Event) => host.filter({ [key]: (e.target as HTMLSelectElement).value });
  const statuses = PROPOSAL_STATUSES.filter((s) => s !== 'draft').map((s) => ({ id: s, label: t.statuses[s] }));
  const deadlines = (['dueSoon', 'overdue'] as const).map((d) => ({ id: d, label: t.deadlines[d] }));
  const clear = () => {
    host.filter({ round: '', awardType: '', unit: '', status: '', deadline: '', search: '' });
    // The clear button goes with the filters it cleared: the focus goes to the search box.
    host.renderRoot.querySelector<HTMLElement>('#search')?.focus();
  };
  return html`<div part="filters" class="filters" role="group" aria-label=${t.filters}>
    ${renderSearch(t, f.search, (search) => host.filter({ search }))}
    <div class="field">
      <label for="round">${t.round}</label>
      <select id="round" part="round-filter" @change=${change('round')}>${options(t.allRounds, f.round, m.options.rounds)}</select>
    </div>
    <div class="field">
      <label for="award">${t.awardType}</label>
      <select id="award" part="award-filter" @change=${change('awardType')}>${options(t.allAwardTypes, f.awardType, m.options.awardTypes)}</select>
    </div>
    <div class="field">
      <label for="unit">${t.unit}</label>
      <select id="unit" part="unit-filter" @change=${change('unit')}>${options(t.allUnits, f.unit, m.options.units)}</select>
    </div>
    <div class="field">
      <label for="status">${t.status}</label>
      <select id="status" part="status-filter" @change=${change('status')}>${options(t.allStatuses, f.status, statuses)}</select>
    </div>
    <div class="field">
      <label for="deadline">${t.deadline}</label>
      <select id="deadline" part="deadline-filter" @change=${change('deadline')}>${options(t.deadlines.all, f.deadline, deadlines)}</select>
    </div>
    ${filtering(f) ? html`<button part="clear" class="clear" type="button" @click=${clear}>${t.clearFilters}</button>` : nothing}
  </div>`;
}

const sortIcon = (order: 'ascending' | 'descending' | undefined) =>
  icon(order === 'ascending' ? 'M8 3 13 10H3z' : order === 'descending' ? 'M8 13 3 6h10z' : 'M8 1.5 12 6.5H4zM8 14.5 4 9.5h8z');

const titleOf = (title: QueueItem['round']['title'], id: string, locale: Locale, t: Strings) => (title ? localize(title, locale) : t.unknown(id));

/** The day a dossier was complete, on the reader's calendar; "—" before any. */
const completeDate = (iso: string | null, locale: Locale) => {
  const day = dateTimeParts(iso, locale)?.[0];
  return day ? html`<time datetime=${iso!}>${day}</time>` : '—';
};

/** Each queue's window of rows (see `RowWindow`): made with its view, so the first paint carries none of it. */
const windows = new WeakMap<NominationQueue, RowWindow>();

/** The table (or the empty message) and the pager. */
export function renderBody(host: NominationQueue, m: QueueModel, t: Strings, locale: Locale) {
  if (m.items.length === 0 && !filtering(m.filters)) return html`<slot name="empty"><p part="empty" class="empty">${t.empty}</p></slot>`;
  const c = t.columns;
  const header = (key: QueueSortKey) => {
    const sorted = m.sort.key === key ? m.sort.order : undefined;
    return html`<th scope="col" role="columnheader" class=${key} aria-sort=${sorted ?? 'none'}>
      <button part="sort" class="sort" type="button" @click=${() => host.filter({ sort: nextSort(m.sort, key) })}>
        <span>${c[key]}</span>${sortIcon(sorted)}
      </button>
    </th>`;
  };
  let rowWindow = windows.get(host);
  if (!rowWindow) windows.set(host, (rowWindow = new RowWindow(host)));
  // A long queue is rendered a window at a time (each range once, while the list stays the same); the row count
  // and each row's place are the whole table's.
  const ranges = rowWindow.ranges(m.shown.length).map(([start, end]) =>
    guard([m.shown, end, host.hrefTemplate, t, locale], () => m.shown.slice(start, end).map((item, i) => renderRow(host, item, start + i, t, locale))),
  );
  return html`${m.shown.length === 0
      ? html`<p part="empty" class="empty">${t.noMatch}</p>`
      : html`<table part="table" role="table" aria-rowcount=${m.shown.length + 1}>
          <caption part="caption">${host.label || t.caption}</caption>
          <thead role="rowgroup">
            <tr role="row" aria-rowindex="1">
              ${QUEUE_SORT_KEYS.map(header)}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${ranges}
          </tbody>
        </table>`}
    ${m.more ? renderPager(host, m, t, html`${t.more}<span class="visually-hidden">${t.moreWhat}</span>`, 'appraisals', locale) : nothing}`;
}

function renderRow(host: NominationQueue, item: QueueItem, i: number, t: Strings, locale: Locale) {
  const c = t.columns;
  const name = item.reference ?? item.id;
  const content = html`<span class="visually-hidden">${t.open} </span><span class="code">${name}</span>`;
  const open = (e: MouseEvent) => host.open(item, e);
  return html`<tr part="row" role="row" class="row ${item.status}" aria-rowindex=${i + 2}>
    <th scope="row" role="rowheader" tabindex="-1" data-key=${item.id}>
      ${label(c.reference)}${host.hrefTemplate
        ? html`<a part="open" class="open" href=${hrefOf(host.hrefTemplate, item.id)} @click=${open}>${content}</a>`
        : html`<button part="open" class="open" type="button" @click=${open}>${content}</button>`}
    </th>
    <td role="cell">${label(c.unit)}${localize(item.proposingUnit.name, locale)}</td>
    <td role="cell">${label(c.awardType)}${titleOf(item.awardType.title, item.awardType.id, locale, t)}</td>
    <td role="cell">${label(c.round)}${titleOf(item.round.title, item.round.id, locale, t)}</td>
    <td role="cell" class="num">${label(c.nominations)}${item.nominationCount}</td>
    <td role="cell">${label(c.status)}${dossierStatus(item.status, t.statuses[item.status])}</td>
    <td role="cell">${label(c.completeOn)}${completeDate(item.dossierCompleteAt, locale)}</td>
    <td role="cell">${label(c.dueOn)}${deadlineBadge(item.deadline, t)}</td>
  </tr>`;
}

/** The table's and the filters' styles, added to the element when this chunk arrives. */
export const viewStyles = [
  dossierStatusStyles,
  deadlineStyles,
  listViewStyles,
  pagerStyles,
  buttonLook('.more, .clear'),
  css`
    .filters {
      align-items: start;
    }
    .field {
      max-inline-size: 100%;
    }
    .field.search {
      flex: 1 1 18rem;
    }
    .hint {
      font-size: 0.875rem;
      color: var(--_muted);
    }
    .clear {
      align-self: end;
      color: var(--_text);
      border-color: var(--_muted);
    }
    /*
     * The table is laid out as a grid, one row at a time: each row is a
     * grid of the same columns, and a row off screen is not laid out until
     * it comes near (content-visibility), so that a queue of 2,000 dossiers
     * is laid out in the time of a screenful (a table's own layout measured
     * every cell of every row: seconds, in the bench). The roles on the
     * table's elements keep its semantics whatever a browser makes of a
     * table not displayed as one.
     */
    table,
    thead,
    tbody,
    caption {
      display: block;
    }
    tr {
      display: grid;
      grid-template-columns: 10rem repeat(3, minmax(0, 1fr)) 6.5rem 12rem 7.5rem 12.5rem;
    }
    .row {
      content-visibility: auto;
      contain-intrinsic-size: auto 5.5rem;
    }
    .base[aria-busy='true'] table {
      cursor: progress;
    }
    thead th {
      padding: 0;
      vertical-align: bottom;
    }
    .sort {
      display: flex;
      align-items: center;
      gap: 0.25rem;
      inline-size: 100%;
      padding: 0.5rem 0.625rem;
      font-weight: 700;
      text-align: start;
      color: var(--_text);
      background: none;
      border: 0;
      border-radius: 0;
      cursor: pointer;
    }
    .sort .icon {
      fill: currentColor;
    }
    [aria-sort='none'] .icon {
      opacity: 0.45;
    }
    .sort {
      border-block-end: 3px solid transparent;
    }
    [aria-sort$='ending'] .sort {
      color: var(--_primary);
      border-block-end-color: currentColor;
    }
    .num {
      text-align: end;
    }
    thead th.nominations .sort {
      justify-content: end;
    }
    .row th {
      font-weight: 700;
    }
    .open {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
      padding: 0;
      font: inherit;
      font-weight: 700;
      color: var(--_primary);
      background: none;
      border: 0;
      text-align: start;
      text-decoration: underline;
      text-underline-offset: 0.2em;
      cursor: pointer;
    }
    .code,
    time {
      white-space: nowrap;
    }
    .dossier-status {
      white-space: normal;
    }
  `,
  /* A narrow column (a 360 px phone, a sidebar): each dossier a card, each cell labelled. */
  cardLayout(
    '60rem',
    cardControls,
    css`
      th,
      td {
        display: block;
      }
      thead tr {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
      }
      thead th {
        border: 1px solid var(--_border);
        border-radius: 0.375rem;
      }
      .row {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        contain-intrinsic-size: auto 24rem;
        margin-block: 0.75rem;
        padding-block: 0.5rem;
        border: 1px solid var(--_border);
        border-radius: 0.5rem;
      }
      .row th,
      .row td {
        border: 0;
        padding: 0.25rem 0.75rem;
        text-align: start;
      }
      .pager,
      .pager button {
        inline-size: 100%;
      }
    `,
  ),
  css`
    @media (forced-colors: active) {
      .row,
      thead th {
        border: 1px solid CanvasText;
      }
      .sort {
        border-block-end-color: Canvas;
      }
      [aria-sort$='ending'] .sort {
        border-block-end-color: Highlight;
      }
      th[tabindex]:focus {
        outline-color: Highlight;
      }
    }
  `,
];
