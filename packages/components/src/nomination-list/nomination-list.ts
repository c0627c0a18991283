import { nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale, NominationSummary, Proposal, ProposalStatus, ProposalSummary } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import { PagedListElement } from '../shared/list-element.js';
import { provideStrings, stringsFor, type Catalogue } from '../strings/index.js';
import { nominationList as vi } from '../strings/vi/nomination-list.js';
import type { NominationListLoad, ProposalsLoader } from './nomination-list-api.js';
import type { ListModel } from './nomination-list-model.js';
import type { Dossiers } from './nomination-list-dossier.js';
import { styles } from './nomination-list.styles.js';

provideStrings('vi', { nominationList: vi }, { nominationList: () => import('../strings/en/nomination-list.js') });

/** A unit's dossiers given as data (`.data`): summaries as the API's lists answer them. */
export interface NominationListData {
  proposals: readonly ProposalSummary[];
  /** The proposals' nominations, in each proposal's order; those of proposals not listed are ignored. */
  nominations: readonly NominationSummary[];
  /**
   * Submitted proposals in full (the API's `Proposal`, as `getProposal` answers it), for their reasons,
   * messages, outcomes and history under their rows; a proposal without one shows no details.
   */
  details?: readonly Proposal[];
}

/** How a proposal is opened: a draft to go on writing, anything else to read. */
export type NominationOpenMode = 'edit' | 'read-only';

/** The `detail` of `nomination-open`. */
export interface NominationOpenDetail {
  /** The proposal's id: what `<nomination-form proposal="…">` takes. */
  proposal: string;
  mode: NominationOpenMode;
  /** Null for a draft. */
  reference: string | null;
  status: ProposalStatus;
}

/**
 * A proposing unit's nomination dossiers (hồ sơ đề nghị khen thưởng): its
 * proposals, newest first, each with its nominations — reference, nominee,
 * award, round, status with an icon and words, and last change — in a real
 * table that becomes a stack of cards in a narrow column (a 320 px phone).
 * A draft is continued and a submitted proposal opened to read: the element
 * says so with `nomination-open` (and, given `form-href`, is a link the page's
 * form answers). Filters by round and status; older proposals and the other
 * nominees of a long proposal are loaded a page at a time by a button, the
 * counts said to screen readers and the focus brought to the first new row.
 *
 * The unit is the token's: inside a `<thidua-provider>` whose `token` is a
 * proposer's (or with `.client`, a client made with one). Nothing personal is
 * in these lists (no date of birth, gender, contact or file name).
 *
 * ```html
 * <thidua-provider api-base="https://api.example.gov.vn" token="…">
 *   <nomination-list campaign="bn2026" form-href="/de-nghi?proposal={id}"></nomination-list>
 * </thidua-provider>
 * ```
 *
 * Without a server, set `.data` to `{ proposals, nominations }` (the API's
 * summaries); the filters then apply to what was given, with no pager.
 *
 * Under a submitted dossier's row, its reasons, the appraisers' messages to
 * the unit, its outcome (not eligible and why; awarded by which decision) and
 * its history, read with `nominations.getProposal` (open at once for a
 * returned dossier); a returned dossier is resubmitted after a confirmation
 * dialog, with If-Match and an Idempotency-Key (`nominations.resubmit`), and
 * a 412 or 409 is explained. `.data.details` (the proposals in full) shows the
 * same without a server.
 *
 * @summary A proposing unit's award proposals and their nominees, filtered by round and status, paged.
 *
 * @slot empty - Shown when the unit has no proposal at all (a call to start one, say); a sentence saying so by default.
 *
 * @csspart base - The whole element.
 * @csspart filters - The round and status filters.
 * @csspart round-filter - The round `<select>`.
 * @csspart status-filter - The status `<select>`.
 * @csspart clear - The button that clears the filters.
 * @csspart count - How many proposals are shown (a polite live region).
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption.
 * @csspart proposal - A proposal's rows (a `<tbody>`): its own row, then its nominees.
 * @csspart nominee - A nominee's row.
 * @csspart status - A status badge (icon and words).
 * @csspart open - The link or button that opens a proposal (`.edit` for a draft or a dossier returned for correction, `.read-only` otherwise).
 * @csspart more-nominees - The button that shows a proposal's other nominees.
 * @csspart more - The button that loads older proposals.
 * @csspart details-toggle - The button that shows or hides a submitted dossier's reasons, messages and history.
 * @csspart dossier - A submitted dossier's details, under its row.
 * @csspart reasons - Why a returned dossier was returned: the whole dossier's reason and each nominee's.
 * @csspart history - A dossier's history, a list of steps.
 * @csspart resubmit - The button that resubmits a returned dossier (after a confirmation).
 * @csspart confirm - The resubmission's confirmation dialog (`<dialog>`).
 * @csspart resubmit-error - Why a resubmission failed (a 412: the dossier changed elsewhere; a 409: no longer returned).
 * @csspart empty - The message when there is nothing to list.
 * @csspart error - The error message.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --nomination-list-font-family - Font. Inherits by default.
 * @cssproperty --nomination-list-color-text - Text colour.
 * @cssproperty --nomination-list-color-muted - Secondary text colour (labels, nominee kinds).
 * @cssproperty --nomination-list-color-surface - Background.
 * @cssproperty --nomination-list-color-border - Rules and card borders.
 * @cssproperty --nomination-list-color-header - Header row and proposal row background.
 * @cssproperty --nomination-list-color-primary - Links, buttons and focus rings.
 * @cssproperty --nomination-list-color-error - Error colour.
 * @cssproperty [--thidua-font-family=inherit] - Kit-wide token: font.
 * @cssproperty [--thidua-color-text=#1b1f24] - Kit-wide token: text colour.
 * @cssproperty [--thidua-color-muted=#4b5563] - Kit-wide token: secondary text.
 * @cssproperty [--thidua-color-surface=#fff] - Kit-wide token: background.
 * @cssproperty [--thidua-color-border=#d0d7de] - Kit-wide token: borders and rules.
 * @cssproperty [--thidua-color-header=#f3f5f8] - Kit-wide token: a table's header row (here also each proposal's row).
 * @cssproperty [--thidua-color-primary=#0b5cad] - Kit-wide token: brand colour (bars, "on track", links, buttons and focus rings).
 * @cssproperty [--thidua-color-on-primary=#fff] - Kit-wide token: words on a filled button or panel (primary, success and danger fills).
 * @cssproperty [--thidua-color-danger=#b3261e] - Kit-wide token: errors, "off track", a fall in rank.
 * @cssproperty [--thidua-status-draft=#4b5563] - Colour of the "draft" status badge (its words, its border and a light tint behind it).
 * @cssproperty [--thidua-status-submitted=#0b5cad] - Colour of the "submitted" status badge.
 * @cssproperty [--thidua-status-withdrawn=#57534e] - Colour of the "withdrawn" status badge.
 * @cssproperty [--thidua-status-under-appraisal=#6d28d9] - Colour of the "under appraisal" status badge.
 * @cssproperty [--thidua-status-returned=#9a3412] - Colour of the "returned" status badge.
 * @cssproperty [--thidua-status-resubmitted=#0b5cad] - Colour of the "resubmitted" status badge.
 * @cssproperty [--thidua-status-appraised=#166534] - Colour of the "appraised" status badge.
 * @cssproperty [--thidua-status-eligible=#166534] - Colour of the "eligible" status badge.
 * @cssproperty [--thidua-status-rejected=#b3261e] - Colour of the "rejected" status badge.
 * @cssproperty [--thidua-status-awarded=#166534] - Colour of the "awarded" status badge.
 *
 * @event {CustomEvent<NominationOpenDetail>} nomination-open - A proposal is to be opened: `detail` is `NominationOpenDetail` (`proposal` id, `mode` `edit` (a draft, or a returned dossier to correct) or `read-only`, `reference`, `status`). Cancelable: with `form-href`, cancelling it keeps the link from being followed (a router opens the form instead).
 * @event {CustomEvent<{ round: string; status: ProposalStatus | '' }>} thidua-filter - The reader chose a filter. `detail` is `{ round, status }` (`''` for all).
 * @event {CustomEvent<NominationListLoad>} thidua-load - The first page loaded. `detail.proposals` are the proposals, `detail.next` the cursor of the next page (null when there is none), `detail.nominees` each proposal's first nominees by its id, `detail.rounds` the rounds the filter offers.
 * @event {CustomEvent<{ error: unknown }>} thidua-error - Loading the first page failed. `detail.error` is the error (a `ThiduaApiError` for API errors).
 */
export class NominationList extends PagedListElement<'nominationList', ListModel, typeof import('./nomination-list-view.js'), ProposalsLoader> {
  static override styles = styles;
  protected override readonly words = ['nominationList', vi] as const;

  /** Only this campaign's dossiers, e.g. `bn2026`; the round filter then offers its rounds. Every campaign's when empty. */
  @property() campaign = '';

  /** Only dossiers of this award round (the round filter's value); all rounds when empty. */
  @property({ reflect: true, converter: { fromAttribute: (value) => value ?? '', toAttribute: (value: string) => value || null } })
  round = '';

  /** Only proposals in this status (the status filter's value: `draft`, `submitted`, `withdrawn`, …); all when empty. */
  @property({ reflect: true, converter: { fromAttribute: (value) => value ?? '', toAttribute: (value: string) => value || null } })
  status: ProposalStatus | '' = '';

  /** One of the token's units, for a token that proposes for several; all of them when empty. */
  @property({ attribute: 'org-unit' }) orgUnit = '';

  /**
   * Where the page's form opens a proposal: a template whose `{id}` is replaced by the proposal's id and
   * `{mode}` by `edit` or `read-only`, e.g. `/de-nghi?proposal={id}`. The open controls are then links;
   * without it they are buttons, and the page listens to `nomination-open`.
   */
  @property({ attribute: 'form-href' }) formHref = '';

  /** Proposals asked for at a time (the first page and each "show older"), 1–200. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** Nominees shown under a proposal before "show more", and asked for at a time, 1–500. */
  @property({ attribute: 'nominee-page-size', type: Number }) nomineePageSize = 10;

  /** The table's caption; "Hồ sơ đề nghị khen thưởng của đơn vị" by default. */
  @property() label = '';

  /** The dossiers as data; the element then makes no request. */
  @property({ attribute: false }) data: NominationListData | undefined;

  /** A client made with a proposer's token, instead of the provider's. */
  @property({ attribute: false }) client: ThiduaClient | undefined;

  /** Submitted dossiers' details and resubmissions, a chunk loaded with the view. */
  private _dossiers: Dossiers | undefined;
  private _dossiersLoad: Promise<unknown> | undefined;

  /** Loads the first page again (API mode); dossiers' details shown are read again too. */
  async reload(): Promise<void> {
    this._dossiers?.clear();
    await this.loadAgain();
  }

  /** Loads the next page of older proposals, if there is one, and focuses the first of them. */
  async loadMore(): Promise<void> {
    const first = await this.loader?.loadMore();
    if (first) this.focusRow(first);
  }

  /** Loads a proposal's next nominees (`name` is how the announcement names the proposal). @internal */
  loadMoreNominees(proposal: ProposalSummary, name: string): Promise<string | undefined> {
    return this.loader?.loadMoreNominees(proposal, name) ?? Promise.resolve(undefined);
  }

  /**
   * Says that a proposal is to be opened (`nomination-open`); a listener that
   * cancels it keeps a `form-href` link from being followed. A click that
   * opens a new tab or window is left to the browser. @internal
   */
  open(proposal: ProposalSummary, mode: NominationOpenMode, event: MouseEvent): void {
    this.opening(event, () => {
      const detail: NominationOpenDetail = { proposal: proposal.id, mode, reference: proposal.reference, status: proposal.status };
      return this.dispatchEvent(new CustomEvent('nomination-open', { detail, bubbles: true, composed: true, cancelable: true }));
    });
  }

  /** Sets the filters as the reader chose them and says so (`thidua-filter`). @internal */
  filter(change: { round?: string; status?: ProposalStatus | '' }): void {
    if (change.round !== undefined) this.round = change.round;
    if (change.status !== undefined) this.status = change.status;
    this.dispatchEvent(new CustomEvent('thidua-filter', { detail: { round: this.round, status: this.status }, bubbles: true, composed: true }));
  }

  /** The client a dossier's details and its resubmission use: the one the list was read with. @internal */
  dossierClient(): ThiduaClient | undefined {
    return this.data ? this.client : this.loader?.client();
  }

  /** Waits for the error state's words in the element's language. @internal */
  async errorStrings(): Promise<void> {
    await stringsFor(this.locale, 'errors');
  }

  /** A dossier changed here (resubmitted): its row follows, and `announce` is said. @internal */
  proposalChanged(proposal: Proposal, announce?: (t: Catalogue['nominationList']) => string): void {
    this.loader?.patch(proposal, announce);
  }

  /** The row of a submitted dossier's details (reasons, messages, outcome, history, resubmit). @internal */
  renderDossier(p: ProposalSummary, name: string, t: Catalogue['nominationList'], locale: Locale) {
    return this._dossiers?.render(p, name, t, locale) ?? nothing;
  }

  protected override importView() {
    return import('./nomination-list-view.js');
  }

  protected override makeLoader() {
    return import('./nomination-list-api.js').then(({ ProposalsLoader }) => new ProposalsLoader(this));
  }

  protected override given(): boolean {
    return Boolean(this.data);
  }

  protected override model(view: typeof import('./nomination-list-view.js')): ListModel | undefined {
    return this.data ? view.modelOfData(this.data, this.round, this.status) : this.loader?.model();
  }

  protected override willUpdate(): void {
    if (!this._dossiers) {
      void this.loadChunk(
        (this._dossiersLoad ??= import('./nomination-list-dossier.js').then(({ Dossiers, dossierStyles }) => {
          this.addStyles(dossierStyles);
          this._dossiers = new Dossiers(this);
        })),
      );
    }
    super.willUpdate();
  }
}

NominationList.define('nomination-list');

declare global {
  interface HTMLElementTagNameMap {
    'nomination-list': NominationList;
  }
}
