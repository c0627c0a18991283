import { html, nothing } from 'lit';
import { foldForSearch, localize, matchesSearch } from '@thidua/schemas/logic';
import type { AwardPublic, Locale, OrganisationUnitKind } from '@thidua/schemas';
import { css } from '../shared/css.js';
import { formatIsoDate } from '../shared/format.js';
import { buttonLook, cardControls, cardLayout, label, listViewStyles, options, stackedTable, tableHead } from '../shared/list-view.js';
import { renderSearch } from '../shared/list-search.js';
import type { Catalogue } from '../strings/index.js';
import type { AwardListData } from './award-list-api.js';
import type { AwardListModel, AwardRow, Option } from './award-list-model.js';
import type { AwardList } from './award-list.js';

/*
 * `<award-list>`'s table, filters, search and count: a chunk loaded at once,
 * in parallel with the API's answer, so that the first paint of the element
 * (its loading state) carries none of it.
 */

type Strings = Catalogue['awardList'];

/** The API's awards as rows: the public fields, read one by one (nothing else given is kept). */
export function rowsOfData(data: AwardListData): AwardRow[] {
  return data.items.map(rowOfAward);
}

/** One award of the API's answer as a row. */
export function rowOfAward(a: AwardPublic): AwardRow {
  const n = a.awardee;
  return {
    id: a.id,
    awardee: n.type === 'individual' ? { type: 'individual', name: n.name, position: n.position, workplace: n.workplace } : { type: 'collective', name: n.name },
    awardType: { id: a.awardType.id, title: a.awardType.title },
    decision: { number: a.decision.number, date: a.decision.signedOn },
    proposingUnit: { id: a.proposingUnit.id, name: a.proposingUnit.name, kind: a.proposingUnit.kind },
    round: a.round.title ? { id: a.round.id, title: a.round.title } : undefined,
  };
}

/** What the search reads of a row, folded once per row (a list of thousands is searched at each keystroke). */
const folded = new WeakMap<AwardRow, string>();
function searchText(row: AwardRow): string {
  let text = folded.get(row);
  if (text === undefined) {
    const a = row.awardee;
    const parts = [a.name, a.type === 'individual' ? a.position : '', a.type === 'individual' ? a.workplace : '', ...Object.values(row.proposingUnit.name)];
    folded.set(row, (text = foldForSearch(parts.filter(Boolean).join(' | '))));
  }
  return text;
}

/** The rows the filters and the search keep, in the published order. */
export function filterRows(rows: readonly AwardRow[], f: { awardType: string; unitKind: string; query: string }): AwardRow[] {
  const query = f.query.trim();
  return rows.filter(
    (r) =>
      (!f.awardType || r.awardType.id === f.awardType) &&
      (!f.unitKind || r.proposingUnit.kind === f.unitKind) &&
      (!query || matchesSearch(searchText(r), query)),
  );
}

/** The award types present in the list, in the order they first appear (the published order puts the highest first). */
export function awardTypeOptions(rows: readonly AwardRow[], locale: Locale): Option[] {
  const seen = new Map<string, Option>();
  for (const r of rows) if (!seen.has(r.awardType.id)) seen.set(r.awardType.id, { id: r.awardType.id, label: localize(r.awardType.title, locale) });
  return [...seen.values()];
}

/** The kinds of proposing unit present in the list, in the catalogue's order. */
export function unitKindOptions(rows: readonly AwardRow[], t: Strings): Option[] {
  const kinds = new Set(rows.map((r) => r.proposingUnit.kind));
  return (Object.keys(t.unitKinds) as OrganisationUnitKind[]).filter((k) => kinds.has(k)).map((k) => ({ id: k, label: t.unitKinds[k] }));
}

/** The count above the table: how many are shown of how many; then what the last download made. */
export function countText(m: AwardListModel, t: Strings, host: AwardList): string {
  if (m.loadingMore) return t.loadingMore(m.rows.length);
  const shown = filterRows(m.rows, host).length;
  return `${t.shown(shown, m.rows.length)}${host.downloaded ? ` ${host.downloaded}` : ''}`;
}

/** Search, award and unit-kind filters (native controls with visible labels), clear and download. */
export function renderFilters(host: AwardList, m: AwardListModel, t: Strings) {
  const locale = host.locale;
  const awards = awardTypeOptions(m.rows, locale);
  const kinds = unitKindOptions(m.rows, t);
  // A value given by attribute that the list does not hold is still shown as chosen.
  if (host.awardType && !awards.some((o) => o.id === host.awardType)) awards.push({ id: host.awardType, label: host.awardType });
  if (host.unitKind && !kinds.some((o) => o.id === host.unitKind)) kinds.push({ id: host.unitKind, label: t.unitKinds[host.unitKind] ?? host.unitKind });
  const clear = () => {
    host.filter({ awardType: '', unitKind: '', query: '' });
    // The clear button goes with what it cleared: the focus goes to the search.
    host.renderRoot.querySelector<HTMLElement>('#search')?.focus();
  };
  const filtered = Boolean(host.awardType || host.unitKind || host.query.trim());
  return html`<div part="filters" class="filters" role="search" aria-label=${t.filters}>
    ${renderSearch(t, host.query, (query) => host.filter({ query }))}
    <div class="field">
      <label for="award-type">${t.awardType}</label>
      <select id="award-type" part="award-filter" @change=${(e: Event) => host.filter({ awardType: (e.target as HTMLSelectElement).value })}>
        ${options(t.allAwardTypes, host.awardType, awards)}
      </select>
    </div>
    <div class="field">
      <label for="unit-kind">${t.unitKind}</label>
      <select
        id="unit-kind"
        part="unit-kind-filter"
        @change=${(e: Event) => host.filter({ unitKind: (e.target as HTMLSelectElement).value as OrganisationUnitKind | '' })}
      >
        ${options(t.allUnitKinds, host.unitKind, kinds)}
      </select>
    </div>
    <div class="actions">
      ${filtered ? html`<button part="clear" class="clear" type="button" @click=${clear}>${t.clearFilters}</button>` : nothing}
      <button
        part="download"
        class="download"
        type="button"
        aria-disabled=${m.loadingMore || m.rows.length === 0 ? 'true' : nothing}
        @click=${() => !m.loadingMore && m.rows.length > 0 && void host.downloadCsv()}
      >
        ${t.downloadCsv}<span class="visually-hidden">${t.downloadWhat}</span>
      </button>
    </div>
  </div>`;
}

/** The table (or the empty message). */
export function renderBody(host: AwardList, m: AwardListModel, t: Strings, locale: Locale) {
  if (m.rows.length === 0) return html`<p part="empty" class="empty">${t.empty}</p>`;
  const rows = filterRows(m.rows, host);
  if (rows.length === 0) return html`<p part="empty" class="empty">${t.noMatch}</p>`;
  const c = t.columns;
  return html`<table part="table">
    ${tableHead(host.label || t.caption, [
      ['index', c.index],
      ['', c.awardee],
      ['award', c.award],
      ['decision', c.decision],
      ['', c.proposer],
    ])}
    <tbody>
      ${rows.map((r, i) => renderRow(r, i, t, locale))}
    </tbody>
  </table>`;
}

function renderRow(r: AwardRow, i: number, t: Strings, locale: Locale) {
  const c = t.columns;
  const a = r.awardee;
  const date = formatIsoDate(r.decision.date) ?? r.decision.date;
  const details = a.type === 'individual' ? [a.position, a.workplace].filter(Boolean).join(', ') : '';
  return html`<tr part="row" class=${a.type}>
    <td class="index">${label(c.index)}${i + 1}</td>
    <th scope="row">
      ${label(c.awardee)}<span class="name">${a.name}</span>
      <span class="kind">${t.kinds[a.type]}${details ? html`<span class="details">, ${details}</span>` : nothing}</span>
    </th>
    <td>${label(c.award)}${localize(r.awardType.title, locale)}${r.round ? html`<span class="round">${localize(r.round.title, locale)}</span>` : nothing}</td>
    <td>${label(c.decision)}<span class="decision">${t.decision(r.decision.number, date)}</span></td>
    <td>${label(c.proposer)}${localize(r.proposingUnit.name, locale)}</td>
  </tr>`;
}

/** The table's and the filters' styles, added to the element when this chunk arrives. */
export const viewStyles = [
  listViewStyles,
  buttonLook('button'),
  css`
    .filters {
      align-items: start;
    }
    .field.search {
      flex: 1 1 16rem;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.8125rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-self: end;
      /* The search's hint sits under its box: the buttons line up with the boxes, not the hint. */
      margin-block-end: 1.4rem;
    }
    button.download {
      color: var(--thidua-color-on-primary, #fff);
      background: var(--_primary);
      border-color: var(--_primary);
    }
    button[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.7;
    }
    .clear {
      color: var(--_text);
      border-color: var(--_muted);
    }
    table {
      border-collapse: collapse;
    }
    thead th {
      color: var(--_muted);
    }
    col.index {
      inline-size: 3.5rem;
    }
    col.award {
      inline-size: 22%;
    }
    col.decision {
      inline-size: 11rem;
    }
    .base[aria-busy='true'] table {
      opacity: 0.6;
    }
    th,
    td {
      /* A long collective's name breaks rather than widen the page. */
      overflow-wrap: anywhere;
    }
    tbody th {
      font-weight: 400;
    }
    .name {
      display: block;
      font-weight: 700;
    }
    .kind,
    .round {
      display: block;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    td.index {
      font-variant-numeric: tabular-nums;
    }
  `,
  /* A narrow column (a 360 px phone, a sidebar): each awardee a card, each cell labelled. */
  cardLayout(
    '44rem',
    stackedTable,
    cardControls,
    css`
      tr {
        display: grid;
        margin-block-end: 0.75rem;
        padding-block: 0.5rem;
        border: 1px solid var(--_border);
        border-radius: 0.5rem;
      }
      td.index {
        display: none;
      }
      th > .label {
        display: none;
      }
      .actions,
      .actions button {
        inline-size: 100%;
      }
      .actions {
        margin-block-end: 0;
      }
    `,
  ),
  css`
    @media (forced-colors: active) {
      button.download {
        color: ButtonText;
        background: ButtonFace;
        border-color: ButtonText;
      }
      tr {
        border-color: CanvasText;
      }
    }
  `,
];
