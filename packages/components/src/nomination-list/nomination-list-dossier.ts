import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { localize } from '@thidua/schemas/logic';
import type { HistoryEntry, Locale, Proposal, ProposalSummary } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import { css } from '../shared/css.js';
import { dossierStatus } from '../shared/dossier-status.js';
import { errorMessage } from '../shared/errors.js';
import { dateTimeParts, formatIsoDate } from '../shared/format.js';
import { provideStrings, type Catalogue } from '../strings/index.js';
import { errors } from '../strings/vi/errors.js';
import { nominationDossier } from '../strings/vi/nomination-dossier.js';
import type { NominationList } from './nomination-list.js';

/*
 * A submitted dossier as its proposing unit follows it, under its row of
 * `<nomination-list>`: why it was returned (the whole dossier's reason and
 * each nomination's), the appraisers' messages addressed to the unit, which
 * nominations were found not eligible and why, which were awarded by which
 * decision, and the history as a timeline; and, for a returned dossier, the
 * resubmission, confirmed in a modal dialog and sent with the ETag the
 * dossier was read with (If-Match) and an Idempotency-Key kept until an
 * answer comes, so a retry after a lost answer resubmits once. A 412 (the
 * dossier changed since it was read) and a 409 (no longer returned) are
 * explained and the dossier read again.
 *
 * A chunk loaded with the list's view; the details of a dossier are read
 * (`nominations.getProposal`) when shown: at once for a returned one, on
 * request for the others.
 */

provideStrings('vi', { errors, nominationDossier }, { errors: () => import('../strings/en/errors.js'), nominationDossier: () => import('../strings/en/nomination-dossier.js') });

/** The list's words (the statuses) and this part's own. */
type Strings = Catalogue['nominationList'] & Catalogue['nominationDossier'];

type Details =
  | { status: 'loading' }
  | { status: 'ready'; proposal: Proposal; etag: string | undefined }
  | { status: 'error'; error: unknown };

/** Where a resubmission stands. */
type Sending =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'done' }
  | { status: 'failed'; message: (t: Strings) => string; error?: unknown };

/** A statement of fact kept to two lines at most: date, then time. */
const time = (iso: string, locale: Locale) => {
  const [date, clock] = dateTimeParts(iso, locale) ?? ['', ''];
  return html`<time datetime=${iso}>${date} ${clock}</time>`;
};

const newKey = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');

export class Dossiers {
  private readonly _details = new Map<string, Details>();
  /** The reader's choice to show or hide a dossier's details; a returned dossier is shown until hidden. */
  private readonly _open = new Map<string, boolean>();
  private readonly _sending = new Map<string, Sending>();
  /** A resubmission's Idempotency-Key and the note sent with it, kept until an answer: a retry is the same request. */
  private readonly _keys = new Map<string, { key: string; note: string | undefined }>();
  /** The note typed in a dossier's confirmation, for the appraisers. */
  private readonly _notes = new Map<string, string>();

  constructor(private readonly host: NominationList) {}

  /** Forgets what was read: the list was loaded again. */
  clear(): void {
    this._details.clear();
  }

  private _client(): ThiduaClient | undefined {
    return this.host.dossierClient();
  }

  isOpen(p: ProposalSummary): boolean {
    return this._open.get(p.id) ?? p.status === 'returned';
  }

  private _toggle(p: ProposalSummary): void {
    this._open.set(p.id, !this.isOpen(p));
    this.host.requestUpdate();
  }

  /** The details of a dossier shown: given with `.data`, or read from the API once. */
  private _detailsOf(p: ProposalSummary): Details | undefined {
    const given = this.host.data?.details?.find((d) => d.id === p.id);
    if (given) return { status: 'ready', proposal: given, etag: undefined };
    const known = this._details.get(p.id);
    if (known) return known;
    if (!this._client()) return undefined;
    void this.load(p.id);
    return this._details.get(p.id);
  }

  /** Reads a dossier (and its ETag) from the API. */
  async load(id: string): Promise<void> {
    const client = this._client();
    if (!client) return;
    const previous = this._details.get(id);
    if (previous?.status !== 'ready') this._details.set(id, { status: 'loading' });
    this.host.requestUpdate();
    try {
      const { proposal, etag } = await client.nominations.getProposal(id);
      this._details.set(id, { status: 'ready', proposal, etag });
    } catch (error) {
      await this.host.errorStrings();
      this._details.set(id, { status: 'error', error });
    }
    this.host.requestUpdate();
  }

  /** Opens the confirmation dialog of a dossier's resubmission. */
  private _confirm(p: ProposalSummary): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>(`dialog[data-for="${CSS.escape(p.id)}"]`);
    dialog?.showModal();
  }

  /** Resubmits a returned dossier with the ETag it was read with; says what happened. */
  async resubmit(p: ProposalSummary, name: string): Promise<void> {
    const client = this._client();
    const details = this._details.get(p.id);
    if (!client || details?.status !== 'ready' || this._sending.get(p.id)?.status === 'sending') return;
    const sent = this._keys.get(p.id) ?? { key: newKey(), note: this._notes.get(p.id)?.trim() || undefined };
    this._keys.set(p.id, sent);
    const { key, note } = sent;
    this._sending.set(p.id, { status: 'sending' });
    this._open.set(p.id, true);
    this.host.requestUpdate();
    try {
      const answer = await client.nominations.resubmit(p.id, { etag: details.etag ?? '*', idempotencyKey: key, ...(note === undefined ? {} : { note }) });
      this._keys.delete(p.id);
      this._notes.delete(p.id);
      this._details.set(p.id, { status: 'ready', proposal: answer.proposal, etag: answer.etag });
      this._sending.set(p.id, { status: 'done' });
      const words = this.host.strings('nominationDossier');
      this.host.proposalChanged(answer.proposal, () => words?.resubmitted(name) ?? '');
      // The button is gone with the state it belonged to: the focus goes to the dossier's row.
      this.host.focusRow(p.id);
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 412 || status === 409) {
        // A definitive answer: the next attempt is a new one, with the dossier read again.
        this._keys.delete(p.id);
        this._sending.set(p.id, { status: 'failed', message: (t) => (status === 412 ? t.stale : t.notReturned) });
        await this.load(p.id);
        const now = this._details.get(p.id);
        if (now?.status === 'ready' && now.proposal.status !== p.status) this.host.proposalChanged(now.proposal);
      } else {
        await this.host.errorStrings();
        this._sending.set(p.id, { status: 'failed', message: (t) => t.resubmitFailed, error });
      }
      // The focus stays on the button, next to the explanation.
      this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`[data-resubmit="${CSS.escape(p.id)}"]`)?.focus());
    }
    this.host.requestUpdate();
  }

  /** The row under a dossier: the toggle and, when shown, the details; nothing for a draft. */
  render(p: ProposalSummary, name: string, list: Catalogue['nominationList'], locale: Locale) {
    if (p.status === 'draft') return nothing;
    // This part's words, in the list's language: none until they are here (the list renders again then).
    const own = this.host.strings('nominationDossier', locale);
    if (!own) return nothing;
    const t: Strings = { ...list, ...own };
    const open = this.isOpen(p);
    const id = `dossier-${p.id}`;
    return html`<tr class="dossier-row">
      <td colspan="6">
        <button part="details-toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => this._toggle(p)}>
          ${t.details}<span class="visually-hidden">${t.detailsOf(name)}</span>
        </button>
        <div part="dossier" class="dossier" id=${id} ?hidden=${!open}>${open ? this._renderDetails(p, name, t, locale) : nothing}</div>
      </td>
    </tr>`;
  }

  private _renderDetails(p: ProposalSummary, name: string, t: Strings, locale: Locale) {
    const details = this._detailsOf(p);
    const sending = this._sending.get(p.id) ?? { status: 'idle' };
    if (!details || details.status === 'loading') return html`<p class="muted" role="status">${t.detailsLoading}</p>`;
    if (details.status === 'error') {
      const e = this.host.strings('errors', locale);
      return html`<p class="failed" role="alert">${t.detailsFailed} ${e ? errorMessage(details.error, e, 'nominations', [this.host.campaign]) : ''}</p>
        <button class="secondary" type="button" @click=${() => void this.load(p.id)}>${t.retry}</button>`;
    }
    const d = details.proposal;
    const nameOf = new Map(d.nominations.map((n) => [n.id, nomineeName(n.nominee)]));
    const returned = d.status === 'returned';
    const ownReasons = d.nominations.filter((n) => n.status === 'returned' && n.reason);
    const rejected = d.nominations.filter((n) => n.status === 'rejected');
    const awarded = d.nominations.filter((n) => n.status === 'awarded' && n.decision);
    const canResubmit = returned && Boolean(this._client()) && !this.host.data;
    const e = sending.status === 'failed' && sending.error ? this.host.strings('errors', locale) : undefined;
    return html`
      ${returned
        ? html`<div part="reasons" class="reasons">
            <p class="title">${dossierStatus('returned', t.returnedTitle)}</p>
            ${d.returnReason ? html`<p><strong>${t.returnReason}:</strong> <span class="text">${d.returnReason}</span></p>` : nothing}
            ${ownReasons.length
              ? html`<p><strong>${t.nominationReasons}:</strong></p>
                  <ul>
                    ${ownReasons.map((n) => html`<li><span class="name">${nameOf.get(n.id)}</span>: <span class="text">${n.reason}</span></li>`)}
                  </ul>`
              : nothing}
          </div>`
        : nothing}
      ${rejected.length
        ? html`<div class="outcome">
            <p>${dossierStatus('rejected', t.rejected)}</p>
            <ul>
              ${rejected.map((n) => html`<li><span class="name">${nameOf.get(n.id)}</span>${n.reason ? html` — ${t.reason}: <span class="text">${n.reason}</span>` : nothing}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${awarded.length
        ? html`<div class="outcome">
            <p>${dossierStatus('awarded', t.awarded)}</p>
            <ul>
              ${awarded.map(
                (n) =>
                  html`<li><span class="name">${nameOf.get(n.id)}</span> — ${t.decision(n.decision!.number, formatIsoDate(n.decision!.signedOn) ?? '', n.decision!.signer.title)}</li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${d.messages.length
        ? html`<div class="messages">
            <p><strong>${t.messages}</strong></p>
            <ul>
              ${d.messages.map(
                (m) => html`<li>
                  <span class="meta">${time(m.at, locale)} · ${m.author.unit ? localize(m.author.unit.name, locale) : t.roles[m.author.role]}${m.nominationId && nameOf.get(m.nominationId) ? html` · ${nameOf.get(m.nominationId)}` : nothing}</span>
                  <span class="text">${m.text}</span>
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${canResubmit || sending.status !== 'idle'
        ? html`<div class="resubmit">
            ${canResubmit
              ? html`<p class="muted">${t.resubmitHint}</p>
                  <button
                    part="resubmit"
                    class="primary"
                    type="button"
                    data-resubmit=${p.id}
                    aria-disabled=${sending.status === 'sending' ? 'true' : nothing}
                    @click=${() => sending.status !== 'sending' && this._confirm(p)}
                  >
                    ${sending.status === 'sending' ? t.resubmitting : t.resubmit}<span class="visually-hidden">${t.detailsOf(name)}</span>
                  </button>
                  ${this._renderDialog(p, name, t)}`
              : nothing}
            ${sending.status === 'failed'
              ? html`<p part="resubmit-error" class="failed" role="alert">
                  ${sending.message(t)} ${e && sending.error ? errorMessage(sending.error, e, 'nominations', [this.host.campaign]) : ''}
                </p>`
              : nothing}
          </div>`
        : nothing}
      ${d.history.length ? this._renderHistory(d.history, nameOf, t, locale) : nothing}
    `;
  }

  private _renderDialog(p: ProposalSummary, name: string, t: Strings) {
    const title = `confirm-title-${p.id}`;
    const text = `confirm-text-${p.id}`;
    const note = `confirm-note-${p.id}`;
    const close = (e: Event) => (e.target as HTMLElement).closest('dialog')!.close();
    return html`<dialog part="confirm" class="confirm" data-for=${p.id} aria-labelledby=${title} aria-describedby=${text}
      @close=${() => this.host.renderRoot.querySelector<HTMLElement>(`[data-resubmit="${CSS.escape(p.id)}"]`)?.focus()}>
      <p class="dialog-title" id=${title}>${t.confirmTitle(name)}</p>
      <p id=${text}>${t.confirmText}</p>
      <div class="note">
        <label for=${note}>${t.noteLabel}</label>
        <p class="muted" id="${note}-hint">${t.noteHint}</p>
        <textarea
          id=${note}
          rows="3"
          maxlength="2000"
          aria-describedby="${note}-hint"
          .value=${live(this._notes.get(p.id) ?? '')}
          @input=${(e: Event) => this._notes.set(p.id, (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <div class="dialog-actions">
        <button class="primary" type="button" autofocus @click=${(e: Event) => {
          close(e);
          void this.resubmit(p, name);
        }}>${t.confirm}</button>
        <button class="secondary" type="button" @click=${close}>${t.cancel}</button>
      </div>
    </dialog>`;
  }

  private _renderHistory(history: readonly HistoryEntry[], nameOf: Map<string, string>, t: Strings, locale: Locale) {
    return html`<div class="history">
      <p><strong>${t.history}</strong></p>
      <ol part="history">
        ${history.map((h) => {
          const who = h.actor ? (h.actor.unit ? localize(h.actor.unit.name, locale) : t.roles[h.actor.role]) : t.roles.system;
          const about = h.nominationId ? nameOf.get(h.nominationId) : undefined;
          return html`<li>
            <span class="meta">${time(h.at, locale)} · ${who}</span>
            <span class="what">${t.actions[h.action]}${about ? html` — ${about}` : nothing}${h.to && h.from !== h.to ? html` ${dossierStatus(h.to, t.statuses[h.to])}` : nothing}</span>
            ${h.reason ? html`<span class="text">${t.reason}: ${h.reason}</span>` : nothing}
            ${(h.nominations ?? []).filter((n) => n.reason).map((n) => html`<span class="text">${nameOf.get(n.nominationId) ?? ''}: ${n.reason}</span>`)}
            ${h.note ? html`<span class="text">${t.note}: ${h.note}</span>` : nothing}
          </li>`;
        })}
      </ol>
    </div>`;
  }
}

/** A nominee as the list names it: the collective's name, or the person's three names. */
function nomineeName(n: Proposal['nominations'][number]['nominee']): string {
  return n.type === 'collective' ? n.name : [n.familyName, n.middleName, n.givenName].filter(Boolean).join(' ');
}

/** The details' styles, added to the element with this chunk. */
export const dossierStyles = css`
  .dossier-row td {
    padding-block: 0.25rem 0.75rem;
  }
  .toggle {
    min-block-size: 2.75rem;
    font: inherit;
    font-weight: 600;
    color: var(--_primary);
    background: transparent;
    border: 1px solid transparent;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .toggle::before {
    content: '▸ ';
  }
  .toggle[aria-expanded='true']::before {
    content: '▾ ';
  }
  .dossier {
    display: grid;
    gap: 0.75rem;
    margin-block-start: 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  .dossier[hidden] {
    display: none;
  }
  .dossier ul,
  .dossier ol {
    display: grid;
    gap: 0.375rem;
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .reasons {
    padding: 0.75rem 1rem;
    border: 1px solid color-mix(in srgb, var(--thidua-status-returned, #9a3412) 45%, transparent);
    border-inline-start-width: 4px;
    border-radius: 0.375rem;
  }
  .reasons,
  .outcome,
  .messages,
  .history {
    display: grid;
    gap: 0.375rem;
  }
  .text {
    white-space: pre-line;
  }
  .history li,
  .messages li {
    display: grid;
  }
  .meta,
  .muted {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .name {
    font-weight: 600;
  }
  .failed {
    color: var(--_error);
    font-weight: 600;
  }
  .dossier button.primary,
  .dossier button.secondary,
  .confirm button {
    min-block-size: 2.75rem;
    padding: 0.375rem 1rem;
    font: inherit;
    font-weight: 600;
    border-radius: 0.375rem;
    cursor: pointer;
  }
  button.primary {
    color: var(--thidua-color-on-primary, #fff);
    background: var(--_primary);
    border: 1px solid var(--_primary);
  }
  button.secondary {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
  }
  .resubmit {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .toggle:focus-visible,
  .dossier button:focus-visible,
  .confirm button:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  .confirm {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    padding: 1.25rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.5rem;
  }
  .confirm::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .confirm > * + * {
    margin-block-start: 0.75rem;
  }
  .dialog-title {
    font-weight: 700;
    font-size: 1.125rem;
  }
  .note {
    display: grid;
    gap: 0.25rem;
  }
  .note label {
    font-weight: 700;
  }
  .note textarea {
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    padding: 0.5rem;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_muted);
    border-radius: 0.25rem;
  }
  .note textarea:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  @media (forced-colors: active) {
    button.primary {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .reasons,
    .confirm {
      border-color: CanvasText;
    }
  }
`;
