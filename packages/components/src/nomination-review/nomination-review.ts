import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Appraisal, FeaturedModel, WorkflowActionType } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import { ThiduaElement } from '../shared/thidua-element.js';
import { provideStrings } from '../strings/index.js';
import { nominationReview as vi } from '../strings/vi/nomination-review.js';
import type { ReviewApp, NominationReviewLoad, ReviewResults, AwardOfNomination } from './nomination-review-app.js';
import { styles } from './nomination-review.styles.js';

provideStrings('vi', { nominationReview: vi }, { nominationReview: () => import('../strings/en/nomination-review.js') });

export type { NominationReviewLoad, ReviewResults, AwardOfNomination };

/** The `detail` of `featured-model-change`. */
export interface FeaturedModelChangeDetail {
  awardId: string;
  /** The featured model as saved; null once unfeatured. */
  model: FeaturedModel | null;
}

/** The `detail` of `appraisal-change`: what was done, and the dossier as the server answered it. */
export interface AppraisalChangeDetail {
  /** A workflow action, `checklist` (a nomination's criteria check saved) or `comment`. */
  change: WorkflowActionType | 'checklist' | 'comment';
  appraisal: Appraisal;
}

/**
 * One award proposal as its appraiser reads it (thẩm định hồ sơ đề nghị
 * khen thưởng), on the coordinating department's own site: the proposing
 * unit and its contact, each nominee — who, their achievements, awards
 * already received, the criteria their unit attests, their documents (each
 * downloaded with the appraiser's token) — with the criteria **checklist**
 * the appraiser fills (met, not met, not checked, and a note), the
 * **comments** (internal among the appraisers, or addressed to the
 * proposing unit, labelled as such), the **deadline** in working days, the
 * **history** as a timeline, and the **actions** open now
 * (`availableActions`): take into appraisal; return for completion with
 * reasons, one for the dossier or one per nominee; find a nominee eligible,
 * or not eligible with the reason; complete the appraisal. Each action that
 * needs words opens a modal `<dialog>` (the focus moves into it and back,
 * Escape closes it, a missing reason is named in an error summary linked to
 * its field).
 *
 * Every write names the version it was based on (If-Match). When someone else
 * changed the dossier meanwhile, the element loads it again and says so,
 * keeping what the person typed — an open dialog, a checklist not yet saved,
 * a comment — to be checked and sent again.
 *
 * ```html
 * <thidua-provider api-base="https://api.example.gov.vn" token="…">
 *   <nomination-review proposal-id="…"></nomination-review>
 * </thidua-provider>
 * ```
 *
 * The token is an appraiser's (who acts) or the coordinator's (who reads
 * and comments, and once the dossier is appraised, records the Chairman's
 * decision — number, date signed, signer, the eligible nominees it awards —
 * and features awarded nominees as exemplary models, with a narrative, an
 * achievement category, a story link and a photo whose description is
 * required; the decision's certificates and the round's proposed list are
 * downloaded with the token as HTML files to print). The dossier holds personal data (dates of birth, contacts,
 * evidence): the element is for the department's own authenticated pages.
 *
 * @summary An award proposal under appraisal: its sections, criteria checklist, comments, actions in dialogs, deadline and history.
 *
 * @csspart base - The whole element.
 * @csspart header - The dossier's heading, status and facts.
 * @csspart status - A status badge (icon and words).
 * @csspart deadline - The deadline badge (icon and words: working days left, due soon, overdue).
 * @csspart notice - The live region that says what was done (polite).
 * @csspart alert - What went wrong with a write, or that the dossier changed meanwhile.
 * @csspart actions - The dossier's action buttons.
 * @csspart action - An action button (its action's name is also a class: `.startAppraisal`, `.return`, …).
 * @csspart section - A section: the proposing unit, a nominee, comments, history.
 * @csspart nomination - A nominee's section.
 * @csspart download - A document's download button.
 * @csspart checklist - A nominee's criteria checklist.
 * @csspart save-checklist - The button that saves a checklist.
 * @csspart comments - The comments and the form that adds one.
 * @csspart comment - A comment.
 * @csspart audience - A comment's audience badge (internal, or to the proposing unit).
 * @csspart history - The history timeline (an `<ol>`).
 * @csspart results - The coordinator's section: record the decision, the printouts.
 * @csspart print - A printout's download button (certificates of a decision, the proposed list).
 * @csspart award - An awarded nominee's decision and exemplary-model actions.
 * @csspart featured - The "exemplary model" badge (icon and words) of a featured nominee.
 * @csspart dialog - The action dialog (`<dialog>`).
 * @csspart error-summary - The dialog's "Có vấn đề cần sửa", linking to each field.
 * @csspart error - The error message of the load.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --nomination-review-font-family - Font. Inherits by default.
 * @cssproperty --nomination-review-color-text - Text colour.
 * @cssproperty --nomination-review-color-muted - Secondary text colour (labels, times, hints).
 * @cssproperty --nomination-review-color-surface - Background.
 * @cssproperty --nomination-review-color-border - Rules and section borders.
 * @cssproperty --nomination-review-color-header - Section headings' background and the internal comments' tint.
 * @cssproperty --nomination-review-color-primary - Links, buttons and focus rings.
 * @cssproperty --nomination-review-color-error - Errors and the "overdue" badge.
 * @cssproperty --nomination-review-color-due-soon - The "due soon" badge's colour.
 * @cssproperty --nomination-review-color-overdue - The "overdue" badge's colour (the error colour by default).
 * @cssproperty [--thidua-font-family=inherit] - Kit-wide token: font.
 * @cssproperty [--thidua-color-text=#1b1f24] - Kit-wide token: text colour.
 * @cssproperty [--thidua-color-muted=#4b5563] - Kit-wide token: secondary text.
 * @cssproperty [--thidua-color-surface=#fff] - Kit-wide token: background.
 * @cssproperty [--thidua-color-border=#d0d7de] - Kit-wide token: borders and rules.
 * @cssproperty [--thidua-color-header=#f3f5f8] - Kit-wide token: a table's header row (here section headings).
 * @cssproperty [--thidua-color-primary=#0b5cad] - Kit-wide token: brand colour (bars, "on track", links, buttons and focus rings).
 * @cssproperty [--thidua-color-on-primary=#fff] - Kit-wide token: words on a filled button or panel (primary, success and danger fills).
 * @cssproperty [--thidua-color-warning=#8a4b00] - Kit-wide token: "at risk", here "due soon".
 * @cssproperty [--thidua-color-danger=#b3261e] - Kit-wide token: errors, "off track", here "overdue".
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
 * @event {CustomEvent<AppraisalChangeDetail>} appraisal-change - A write succeeded: `detail.change` is the workflow action (`startAppraisal`, `return`, `markEligible`, `reject`, `completeAppraisal`, the coordinator's `recordDecision`), `checklist` or `comment`; `detail.appraisal` the dossier as it now is. A page refreshes its `<nomination-queue>` on it.
 * @event {CustomEvent<{ fileId: string; name: string; size: number }>} thidua-download - A document or printout was downloaded (fetched with the token and handed to the browser as a file): `detail` names it (a printout's `fileId` is `certificates-<decisionId>` or `proposed-list`).
 * @event {CustomEvent<FeaturedModelChangeDetail>} featured-model-change - The coordinator featured an award, changed its featured model or unfeatured it (`model` null). A page refreshes its `<featured-models>` on it.
 * @event {CustomEvent<NominationReviewLoad>} thidua-load - The dossier loaded. `detail.appraisal` is the dossier, `detail.commendation` its campaign's criteria and categories.
 * @event {CustomEvent<{ error: unknown }>} thidua-error - Loading the dossier failed. `detail.error` is the error (a `ThiduaApiError` for API errors).
 */
export class NominationReview extends ThiduaElement {
  static override styles = styles;

  /** The id of the proposal to appraise (what `<nomination-queue>`'s `appraisal-open` gives). */
  @property({ attribute: 'proposal-id', reflect: true }) proposalId = '';

  /** The API's base URL, when there is no `<thidua-provider>` around the element. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** An appraiser's (or the coordinator's) bearer token, with `api-base` (a provider's `token` otherwise). */
  @property() token = '';

  /** A client to use instead of `api-base` or the provider's. */
  @property({ attribute: false }) client: ThiduaClient | undefined;

  #app: ReviewApp | undefined;
  #appLoad: Promise<unknown> | undefined;

  /** Loads the dossier again, keeping what was typed. */
  async reload(): Promise<void> {
    await this.#appLoad;
    await this.#app?.loader.load();
  }

  protected override willUpdate(): void {
    this.strings('nominationReview');
    // The queue's words (statuses, deadlines) are the dossier's only: its chunk provides them.
    if (this.#app) this.strings('nominationQueue');
    else {
      void this.loadChunk(
        (this.#appLoad ??= import('./nomination-review-app.js').then((m) => {
          this.addStyles(...m.appStyles);
          this.#app = new m.ReviewApp(this);
        })),
      );
    }
    this.#app?.update();
  }

  protected override updated(): void {
    this.#app?.updated();
  }

  protected override render() {
    const t = this.strings('nominationReview');
    const q = this.#app && this.strings('nominationQueue');
    const loading = html`<p part="base" class="loading" role="status" aria-busy="true">${(t ?? vi).loading}</p>`;
    return t && q && this.#app ? this.#app.render(t, q, this.locale) : loading;
  }
}

NominationReview.define('nomination-review');

declare global {
  interface HTMLElementTagNameMap {
    'nomination-review': NominationReview;
  }
}
