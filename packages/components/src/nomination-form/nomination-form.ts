import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { AwardType, Commendation, OrganisationUnit, Proposal, ProposalStatus } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import { ThiduaElement } from '../shared/thidua-element.js';
import { provideStrings } from '../strings/index.js';
import { errors } from '../strings/vi/errors.js';
import { nomination } from '../strings/vi/nomination.js';
import type { FormApp } from './nomination-form-app.js';
import { styles } from './nomination-form.styles.js';

/**
 * The `detail` of `<nomination-form>`'s `thidua-load`: what the form opened, for the page
 * around it (a heading, a breadcrumb, the address). A copy: changing it changes nothing in
 * the form.
 */
export interface NominationFormLoad {
  /** The campaign nominated in. */
  campaignId: string;
  /** The proposing unit. */
  unit: OrganisationUnit;
  /** The campaign's rounds, each with whether it takes dossiers on the server's today. */
  rounds: Commendation['rounds'];
  /** The award types the rounds give, in catalog order. */
  awardTypes: AwardType[];
  /** Whether a stored proposal was opened (`proposal`: a draft restored, a returned dossier to correct, a submitted one to show) rather than a new one started. */
  restored: boolean;
  /** The stored proposal opened; null when a new one is to be started. */
  proposal: { id: string; status: ProposalStatus; reference: string | null } | null;
}

provideStrings('vi', { nomination, errors }, { nomination: () => import('../strings/en/nomination.js'), errors: () => import('../strings/en/errors.js') });

/**
 * A unit's proposal for an award (hồ sơ đề nghị khen thưởng), after GOV.UK's
 * patterns: a task list of sections done in any order and come back to — the
 * proposal's contact and shared files (submission letter, council minutes),
 * then each nominee, a collective or an individual, with achievements,
 * attested criteria and achievement report ("add another", or a list
 * imported from an .xlsx/.csv template, each bad row named by row and column
 * and nothing imported unless all are right) — then check your
 * answers with a "Thay đổi" link per answer, submit, and a receipt with the
 * reference, the time and a printable summary.
 *
 * Fields are checked with the shared schemas and rules of `@thidua/schemas`
 * in the reader's language, when a field is left or a section is submitted,
 * never while typing; an error summary takes focus and links to each field.
 * The draft is saved to the server as the person types (a pause of under a
 * second), said politely ("Đã lưu lúc 10:42"); a change made meanwhile
 * elsewhere (HTTP 412) is explained and nothing typed is lost. Evidence is
 * uploaded with a native file input (drag and drop as an extra), each file
 * with its progress and its own error. The submission carries an
 * Idempotency-Key, so that one sent again after a lost answer is recorded once.
 *
 * A dossier returned for completion (`proposal` of a returned one) opens for
 * correction: the return's reasons at the top ("Hồ sơ được trả lại để hoàn
 * thiện": the whole dossier's, each returned nominee's, the appraisers'
 * messages), each linking to its section; only what was returned may change
 * — the returned nominees, and the contact and shared files when the whole
 * dossier was returned (`editRefusal` of `@thidua/schemas`, the server's own
 * rule) — the rest listed as not returned, no nominee added, removed or
 * imported; saved as typed like a draft, then "Gửi lại hồ sơ" resubmits it
 * (If-Match and an Idempotency-Key) and shows the receipt.
 *
 * ```html
 * <thidua-provider api-base="https://api.example.gov.vn" token="…">
 *   <!-- a new proposal: choose the round and award, then the task list -->
 *   <nomination-form campaign="bn2026" org-unit="phuong-kinh-bac"></nomination-form>
 *   <!-- a draft, restored; or a returned dossier, to correct and resubmit -->
 *   <nomination-form proposal="4b0c…"></nomination-form>
 * </thidua-provider>
 * ```
 *
 * Everything past "loading" is a chunk of its own, loaded with the SDK.
 *
 * @summary A nomination dossier, from an empty form to the receipt: task list, autosave, uploads, check your answers.
 *
 * @csspart base - The form.
 * @csspart save-status - The autosave line ("Đã lưu lúc 10:42").
 * @csspart conflict - The notice of a change made elsewhere, with the two ways out.
 * @csspart privacy - The privacy notice (catalog text).
 * @csspart task-list - The list of sections and their statuses.
 * @csspart returned - A returned dossier's panel of the return's reasons and the appraisers' messages.
 * @csspart error-summary - "Có vấn đề cần sửa", linking to each field.
 * @csspart receipt - The confirmation panel with the reference.
 * @csspart error - The message of a failed load.
 * @csspart retry - The retry button of a failed load.
 *
 * @cssproperty --nomination-font-family - Font. Inherits by default.
 * @cssproperty --nomination-color-text - Text colour.
 * @cssproperty --nomination-color-muted - Hints and secondary text.
 * @cssproperty --nomination-color-surface - Background of the inputs and of a warning banner.
 * @cssproperty --nomination-color-border - Rules, the borders of a nominee's items and of the file drop zone, the inset notices' bar.
 * @cssproperty --nomination-color-primary - Links and the in-progress tag.
 * @cssproperty --nomination-color-success - The primary buttons, the completed tag and the receipt panel.
 * @cssproperty --nomination-color-error - Error messages and borders.
 * @cssproperty --nomination-color-focus - The focus ring.
 * @cssproperty --nomination-radius - Corner radius of a nominee's items, the tags and the buttons.
 * @cssproperty --nomination-max-width - The widest the form gets (48rem).
 * @cssproperty [--thidua-font-family=inherit] - Kit-wide token: font.
 * @cssproperty [--thidua-color-text=#1b1f24] - Kit-wide token: text colour.
 * @cssproperty [--thidua-color-muted=#4b5563] - Kit-wide token: secondary text.
 * @cssproperty [--thidua-color-surface=#fff] - Kit-wide token: background.
 * @cssproperty [--thidua-color-border=#6b7280] - Kit-wide token: borders and rules (darker by default here).
 * @cssproperty [--thidua-color-primary=#0b5cad] - Kit-wide token: brand colour (bars, "on track", links, buttons and focus rings).
 * @cssproperty [--thidua-color-on-primary=#fff] - Kit-wide token: words on a filled button or panel (primary, success and danger fills).
 * @cssproperty [--thidua-color-success=#0f6b3a] - Kit-wide token: "achieved", a rise in rank (here the primary buttons, the completed tag and the receipt).
 * @cssproperty [--thidua-color-danger=#b3261e] - Kit-wide token: errors, "off track", a fall in rank.
 * @cssproperty [--thidua-color-focus=#ffbf47] - Kit-wide token: the focus ring (and the focused link's background).
 * @cssproperty [--thidua-radius=0.25rem] - Kit-wide token: corner radius.
 *
 * @event {CustomEvent<NominationFormLoad>} thidua-load - The form loaded. `detail.rounds` and `detail.awardTypes` are what it offers, `detail.unit` the proposing unit, `detail.restored` whether a stored proposal was opened (then `detail.proposal` is its id, status and reference; null when starting one).
 * @event {CustomEvent<{ proposal: Proposal }>} thidua-proposal-created - A draft was started. `detail.proposal` is the proposal; put its id in the page's address to come back.
 * @event {CustomEvent<{ proposal: Proposal }>} thidua-submit - The proposal was submitted, or a returned one resubmitted (`detail.proposal.status` `resubmitted`). `detail.proposal` carries its reference.
 * @event {CustomEvent<{ error: unknown }>} thidua-error - The first load failed. `detail.error` is the error (a `ThiduaApiError` for API errors).
 */
export class NominationForm extends ThiduaElement {
  static override styles = styles;

  /** The id of a stored proposal to continue (a draft), correct (a returned one) or show (a submitted one). Set by the form when it starts one. */
  @property({ reflect: true }) proposal = '';

  /** For a new proposal: the campaign, e.g. `bn2026`. */
  @property() campaign = '';

  /** For a new proposal: the proposing unit (the token's). */
  @property({ attribute: 'org-unit' }) orgUnit = '';

  /** For a new proposal: the round chosen in advance (else the only open one, or the person's choice). */
  @property() round = '';

  /** For a new proposal: the award type chosen in advance. */
  @property() award = '';

  /** The API's base URL, when there is no `<thidua-provider>` around the form. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The proposing unit's bearer token, with `api-base` (a provider's `token` otherwise). */
  @property() token = '';

  /** A client to use instead of `api-base` or the provider's. */
  @property({ attribute: false }) client: ThiduaClient | undefined;

  #app: FormApp | undefined;
  #appLoad: Promise<unknown> | undefined;

  protected override willUpdate(): void {
    if (!this.#appLoad && !this.client) {
      // The SDK is asked for by the views' chunk once it runs: fetched alongside it rather than after.
      void import('@thidua/sdk').catch(() => {});
    }
    if (!this.#app) void this.loadChunk((this.#appLoad ??= import('./nomination-form-app.js').then((m) => (this.#app = new m.FormApp(this)))));
    this.#app?.update();
  }

  protected override updated(): void {
    this.#app?.updated();
  }

  /** The retry button's words (the kit's error state). @internal */
  retryLabel(): string {
    return this.strings('errors')?.retry ?? '';
  }

  protected override render() {
    const t = this.strings('nomination');
    if (!t) return html``;
    return this.#app ? this.#app.render(t, this.locale) : html`<p class="loading" role="status">${t.loading}</p>`;
  }
}

NominationForm.define('nomination-form');

declare global {
  interface HTMLElementTagNameMap {
    'nomination-form': NominationForm;
  }
}
