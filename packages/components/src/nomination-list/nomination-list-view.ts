import { html, nothing } from 'lit';
import { localize, PROPOSAL_STATUSES } from '@thidua/schemas/logic';
import type { Locale, NominationSummary, ProposalStatus, ProposalSummary } from '@thidua/schemas';
import { dossierStatus, dossierStatusStyles } from '../shared/dossier-status.js';
import { errorMessage } from '../shared/errors.js';
import { dateTimeParts, formatDateTime } from '../shared/format.js';
import { css } from '../shared/css.js';
import { buttonLook, cardControls, cardLayout, label, listViewStyles, options, stackedTable, tableHead } from '../shared/list-view.js';
import { pagerStyles, renderPager } from '../shared/list-pager.js';
import type { Catalogue } from '../strings/index.js';
import type { ListModel, Nominees, RoundOption } from './nomination-list-model.js';
import type { NominationList, NominationListData, NominationOpenMode } from './nomination-list.js';

/*
 * `<nomination-list>`'s table, filters and pager: a chunk loaded at once, in
 * parallel with the API's answer (or with `.data`), so that the first paint
 * of the element (its loading state) carries none of it.
 */

type Strings = Catalogue['nominationList'];

/** `{id}` and `{mode}` of a `form-href` template filled in: the address of a proposal in the page's form. */
const formHref = (template: string, proposal: string, mode: NominationOpenMode) =>
  template.replaceAll('{id}', encodeURIComponent(proposal)).replaceAll('{mode}', mode);

/** `.data` as the view shows it: filtered by round and status (the proposal's own), each proposal with its nominees. */
export function modelOfData(data: NominationListData, round: string, status: ProposalStatus | ''): ListModel {
  const rounds = new Map<string, RoundOption>();
  for (const p of data.proposals) if (!rounds.has(p.round.id)) rounds.set(p.round.id, { id: p.round.id, title: p.round.title });
  const proposals = data.proposals.filter((p) => (!round || p.round.id === round) && (!status || p.status === status));
  const byProposal = new Map<string, NominationSummary[]>(proposals.map((p) => [p.id, []]));
  for (const n of data.nominations) byProposal.get(n.proposal.id)?.push(n);
  const nominees = new Map<string, Nominees>([...byProposal].map(([id, items]) => [id, { items, remaining: 0, loading: false, error: undefined }]));
  return { proposals, nominees, rounds: [...rounds.values()], more: false, loadingMore: false, moreError: undefined, busy: false, announcement: undefined };
}

/** The count above the table; a pager's news first. */
export function countText(m: ListModel, t: Strings): string {
  return `${m.announcement ? `${m.announcement(t)} ` : ''}${t.shown(m.proposals.length, m.more)}`;
}

const roundTitle = (round: { id: string; title: RoundOption['title'] }, locale: Locale, t: Strings) =>
  round.title ? localize(round.title, locale) : t.unknownRound(round.id);

/** The round and status filters, native `<select>`s with visible labels; a button clears them once one is set. */
export function renderFilters(host: NominationList, m: ListModel, t: Strings) {
  const locale = host.locale;
  // A round given by attribute that the list does not offer is still shown as chosen.
  const rounds = host.round && !m.rounds.some((r) => r.id === host.round) ? [...m.rounds, { id: host.round, title: null }] : m.rounds;
  const option = (r: RoundOption) => html`<option value=${r.id} ?selected=${r.id === host.round}>${roundTitle(r, locale, t)}</option>`;
  const campaigns = [...new Map(rounds.filter((r) => r.campaign).map((r) => [r.campaign!.id, r.campaign!])).values()];
  const clear = () => {
    host.filter({ round: '', status: '' });
    // The clear button goes with the filters it cleared: the focus goes to the first filter.
    host.renderRoot.querySelector<HTMLElement>('#round')?.focus();
  };
  return html`<div part="filters" class="filters" role="group" aria-label=${t.filters}>
    <div class="field">
      <label for="round">${t.round}</label>
      <select id="round" part="round-filter" @change=${(e: Event) => host.filter({ round: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!host.round}>${t.allRounds}</option>
        ${campaigns.length
          ? campaigns.map(
              (c) => html`<optgroup label=${localize(c.title, locale)}>${rounds.filter((r) => r.campaign?.id === c.id).map(option)}</optgroup>`,
            )
          : nothing}
        ${rounds.filter((r) => !campaigns.length || !r.campaign).map(option)}
      </select>
    </div>
    <div class="field">
      <label for="status">${t.status}</label>
      <select
        id="status"
        part="status-filter"
        @change=${(e: Event) => host.filter({ status: (e.target as HTMLSelectElement).value as ProposalStatus | '' })}
      >
        ${options(
          t.allStatuses,
          host.status,
          PROPOSAL_STATUSES.map((s) => ({ id: s, label: t.statuses[s] })),
        )}
      </select>
    </div>
    ${host.round || host.status ? html`<button part="clear" class="clear" type="button" @click=${clear}>${t.clearFilters}</button>` : nothing}
  </div>`;
}

/** The table (or the empty message) and the pager. */
export function renderBody(host: NominationList, m: ListModel, t: Strings, locale: Locale) {
  if (m.proposals.length === 0) {
    return host.round || host.status
      ? html`<p part="empty" class="empty">${t.noMatch}</p>`
      : html`<slot name="empty"><p part="empty" class="empty">${t.empty}</p></slot>`;
  }
  const c = t.columns;
  return html`<table part="table">
      ${tableHead(host.label || t.caption, [
        ['reference', c.reference],
        ['', c.nominee],
        ['', c.award],
        ['status', c.status],
        ['updated', c.updated],
        ['open', c.open],
      ])}
      ${m.proposals.map((p) => renderProposal(host, p, m.nominees.get(p.id), t, locale))}
    </table>
    ${m.more ? renderPager(host, m, t, t.more, 'nominations', locale) : nothing}`;
}

/** Date and time may go on two lines in a narrow column, each whole. */
const time = (iso: string, locale: Locale) => {
  const [date, clock] = dateTimeParts(iso, locale) ?? ['', ''];
  return html`<time datetime=${iso}><span>${date}</span> <span>${clock}</span></time>`;
};

function renderProposal(host: NominationList, p: ProposalSummary, nominees: Nominees | undefined, t: Strings, locale: Locale) {
  const c = t.columns;
  const name = p.reference ? t.proposalName(p.reference) : t.draftName(formatDateTime(p.createdAt, locale) ?? '');
  // A returned dossier opens for correction: the form lets the returned parts change.
  const mode: NominationOpenMode = p.status === 'draft' || p.status === 'returned' ? 'edit' : 'read-only';
  const [words, what] = mode === 'edit' ? [t.continue, t.continueWhat(name)] : [t.view, t.viewWhat(name)];
  const content = html`${words}<span class="visually-hidden">${what}</span>`;
  const open = (e: MouseEvent) => host.open(p, mode, e);
  return html`<tbody part="proposal" class="proposal ${p.status}">
    <tr class="proposal-row">
      <th scope="row" tabindex="-1" data-key=${p.id}>${label(c.reference)}<span class="reference ${p.reference ? 'code' : ''}">${p.reference ?? name}</span></th>
      <td>${label(c.nominee)}${t.nomineeCount(p.counts.nominations, p.counts.individuals, p.counts.collectives)}</td>
      <td>${label(c.award)}${localize(p.awardType.title, locale)}<span class="round">${roundTitle(p.round, locale, t)}</span></td>
      <td>${label(c.status)}${dossierStatus(p.status, t.statuses[p.status])}</td>
      <td>${label(c.updated)}${time(p.updatedAt, locale)}</td>
      <td class="action">
        ${host.formHref
          ? html`<a part="open" class="open ${mode}" href=${formHref(host.formHref, p.id, mode)} @click=${open}>${content}</a>`
          : html`<button part="open" class="open ${mode}" type="button" @click=${open}>${content}</button>`}
      </td>
    </tr>
    ${(nominees?.items ?? []).map(
      (n) => html`<tr part="nominee" class="nominee">
        <td>${label(c.reference)}${n.reference ?? html`<span class="muted">${t.noReference}</span>`}</td>
        <th scope="row" colspan="2" tabindex="-1" data-key=${n.id}>
          <span class="name">${n.nominee.name}</span> <span class="group">${t.groups[n.nominee.group]}</span>
        </th>
        <td>${label(c.status)}${dossierStatus(n.status, t.statuses[n.status])}</td>
        <td>${label(c.updated)}${time(n.updatedAt, locale)}</td>
        <td class="action"></td>
      </tr>`,
    )}
    ${nominees && (nominees.remaining > 0 || nominees.error) ? renderMoreNominees(host, p, nominees, name, t, locale) : nothing}
    ${host.renderDossier(p, name, t, locale)}
  </tbody>`;
}

function renderMoreNominees(host: NominationList, p: ProposalSummary, nominees: Nominees, name: string, t: Strings, locale: Locale) {
  const more = async () => {
    const first = await host.loadMoreNominees(p, name);
    if (first) host.focusRow(first);
  };
  const e = nominees.error ? host.strings('errors', locale) : undefined;
  return html`<tr class="more-nominees">
    <td colspan="6">
      <button part="more-nominees" class="more" type="button" aria-disabled=${nominees.loading ? 'true' : nothing} @click=${() => void more()}>
        ${t.moreNominees(nominees.remaining)}<span class="visually-hidden">${t.moreNomineesOf(name)}</span>
      </button>
      ${nominees.error
        ? html`<p class="more-error" role="alert">${t.moreNomineesFailed} ${e ? errorMessage(nominees.error, e, 'nominations', [host.campaign]) : ''}</p>`
        : nothing}
    </td>
  </tr>`;
}

/** The table's and the filters' styles, added to the element when this chunk arrives. */
export const viewStyles = [
  dossierStatusStyles,
  listViewStyles,
  pagerStyles,
  buttonLook('button, a.open'),
  css`
    .filters {
      align-items: end;
    }
    a.open {
      min-block-size: 2.75rem;
      font: inherit;
      border-radius: 0.375rem;
    }
    a.open {
      text-decoration: none;
    }
    a.open.edit,
    button.open.edit {
      color: var(--thidua-color-on-primary, #fff);
      background: var(--_primary);
      border-color: var(--_primary);
    }
    .clear {
      color: var(--_text);
      border-color: var(--_muted);
    }
    /*
     * Fixed columns for the reference, status, date and button (what their content needs), the nominees
     * and the award sharing the rest: an automatic layout gives a long draft name or nominee the room.
     */
    table {
      border-collapse: collapse;
      table-layout: fixed;
    }
    thead th {
      color: var(--_muted);
    }
    col.reference {
      inline-size: 10.5rem;
    }
    col.status {
      inline-size: 13.5rem;
    }
    col.updated {
      inline-size: 7.5rem;
    }
    col.open {
      inline-size: 8.5rem;
    }
    .base[aria-busy='true'] table {
      opacity: 0.6;
    }
    .proposal-row > * {
      background: var(--_header);
    }
    .proposal-row th {
      font-weight: 700;
    }
    .code,
    .nominee td:first-child,
    time span,
    .open {
      white-space: nowrap;
    }
    .nominee td:first-child {
      font-size: 0.875rem;
    }
    /* A long status wraps inside its badge rather than widen its column. */
    .dossier-status {
      white-space: normal;
    }
    .nominee th {
      font-weight: 400;
      padding-inline-start: 1.5rem;
      border-inline-start: 3px solid var(--_border);
    }
    .group,
    .muted {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .group,
    .round {
      display: block;
    }
    .round {
      margin-block-start: 0.25rem;
      font-size: 0.875rem;
    }
    .more-nominees td {
      padding-inline-start: 1.5rem;
    }
  `,
  /* A narrow column (a 320 px phone, a sidebar): each proposal a card, each cell labelled, the nominees a list within it. */
  cardLayout(
    '56rem',
    stackedTable,
    cardControls,
    css`
      tbody {
        margin-block-end: 1rem;
        border: 1px solid var(--_border);
        border-radius: 0.5rem;
        overflow: hidden;
      }
      .proposal-row {
        display: grid;
        padding-block: 0.5rem;
      }
      .proposal-row .action {
        padding-block: 0.5rem 0.25rem;
      }
      .proposal-row .open {
        inline-size: 100%;
      }
      .nominee {
        display: grid;
        grid-template-columns: 1fr;
        margin: 0.5rem 0.75rem;
        padding-block: 0.25rem;
        border-inline-start: 3px solid var(--_border);
      }
      .nominee th {
        border: 0;
        padding-inline-start: 0.75rem;
        font-weight: 600;
      }
      .nominee .action {
        display: none;
      }
      .more-nominees td {
        padding: 0.5rem 0.75rem 0.75rem;
      }
      .more-nominees button,
      .pager,
      .pager button {
        inline-size: 100%;
      }
    `,
  ),
  css`
    @media (forced-colors: active) {
      a.open.edit,
      button.open.edit {
        color: LinkText;
        background: Canvas;
        border-color: LinkText;
      }
      tbody,
      .nominee,
      .nominee th {
        border-color: CanvasText;
      }
      th[tabindex]:focus {
        outline-color: Highlight;
      }
    }
  `,
];
