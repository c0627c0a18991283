import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { IMPORT_LIMITS, applicableCriteria, displayDate, editRefusal, localize, nomineeGroup, proposableGroups } from '@thidua/schemas/logic';
import type { AwardType, Commendation, EvidenceUpload, FieldIssue, Locale, NominationFile, OrganisationUnit, ProposalFile, ProposalPart } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import { ApiLoader, type Ask } from '../shared/api-loader.js';
import { errorStyles } from '../shared/errors.js';
import { dateTimeParts, formatFileSize, numberFormat } from '../shared/format.js';
import type { NominationStrings } from '../strings/vi/nomination.js';
import type { NominationForm, NominationFormLoad } from './nomination-form.js';
import {
  contactTouched,
  nomineeName,
  nomineeTouched,
  toNominee,
  type AchievementDraft,
  type NomineeDraft,
  type PriorAwardDraft,
} from './nomination-form-model.js';
import { CONTACT, FormSession, type Upload } from './nomination-form-session.js';
import { sectionStyles } from './nomination-form-sections.styles.js';
import {
  PROPOSAL_SCOPE,
  fieldId,
  nomineeProblems,
  proposalLevelProblems,
  proposalSectionProblems,
  serverProblems,
  type Problem,
  type RuleContext,
} from './nomination-form-validation.js';

/*
 * Everything of `<nomination-form>` past its first paint, in one chunk
 * loaded alongside the SDK: loading the proposal and the catalog, the task
 * list, the sections, check your answers and the receipt. The element itself
 * (nomination-form.ts) only shows that it is loading.
 *
 * GOV.UK's patterns: a task list of sections done in any order; each section
 * a page with its own "save and go back"; errors shown when a field is left
 * or the section is submitted, never while typing, in an error summary that
 * takes focus and links to each field, with the same words inline; check
 * your answers with a "change" link per answer; a confirmation with the
 * reference.
 *
 * A dossier returned for completion opens on the same task list, headed by
 * the return's reasons; only what was returned may change (`editRefusal`,
 * the server's own rule): the other sections are listed but not opened, no
 * nominee is added, removed or imported, and the last step resubmits.
 */

/** Whether the proposer still edits the proposal: a draft, or a dossier returned for completion. */
const correcting = (status: string) => status === 'draft' || status === 'returned';

type View = { name: 'start' } | { name: 'tasks' } | { name: 'proposal' } | { name: 'nominee'; key: string } | { name: 'import' } | { name: 'review' } | { name: 'receipt' };

/** What a new proposal starts from: the client, the campaign's commendation rules and the proposing unit. */
export interface StartData {
  client: ThiduaClient;
  commendation: Commendation;
  unit: OrganisationUnit;
}

/** The form's first load: a stored proposal's session, or what a new one starts from (announced as a `NominationFormLoad`). */
export type FormLoad = { session: FormSession } | { start: StartData };

type Strings = NominationStrings;

/** A text field: its id, words, value and where a change goes. */
interface TextOptions {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  set: (v: string) => void;
  session: FormSession;
  /** The section the field belongs to (what autosave saves). */
  scope: string;
  t: Strings;
  multiline?: boolean;
  autocomplete?: string;
  inputmode?: string;
  type?: string;
  width?: 'short' | 'medium';
  optional?: boolean;
  spellcheck?: boolean;
}

/** Where the form's first load comes from: a stored proposal, or a campaign and unit to start one. */
class FormLoader extends ApiLoader<FormLoad, NominationForm> {
  constructor(
    host: NominationForm,
    private readonly app: FormApp,
  ) {
    super(host);
  }

  protected override request(): Ask<FormLoad> | undefined {
    const host = this.host;
    const changed = () => host.requestUpdate();
    const locale = () => host.locale;
    if (host.proposal) {
      const id = host.proposal;
      return async (client, signal) => ({ session: await FormSession.open(client, id, signal, changed, locale) });
    }
    if (!host.campaign) throw Object.assign(new Error('No campaign'), { code: 'no_campaign' });
    if (!host.orgUnit) throw Object.assign(new Error('No unit'), { code: 'no_unit' });
    const { campaign, orgUnit } = host;
    return async (client, signal) => {
      const [commendation, unit] = await Promise.all([client.campaigns.commendation(campaign, { signal }), client.units.get(orgUnit, { signal })]);
      return { start: { client, commendation, unit } };
    };
  }

  protected override sourceChanged(): void {
    if (!this.app.session) super.sourceChanged();
  }

  /** What a page may rely on, as copies: never the session, its client or the draft being edited. */
  protected override loadDetail(value: FormLoad): NominationFormLoad {
    const { commendation, unit } = 'session' in value ? value.session : value.start;
    const proposal = 'session' in value ? value.session.proposal : undefined;
    return structuredClone({
      campaignId: commendation.campaignId,
      unit,
      rounds: commendation.rounds,
      awardTypes: commendation.awardTypes,
      restored: proposal !== undefined,
      proposal: proposal ? { id: proposal.id, status: proposal.status, reference: proposal.reference } : null,
    });
  }
}

/** The reader's clock, as every element shows an instant (shared/format.ts): "10:42". */
const timeOf = (date: Date, locale: Locale) => dateTimeParts(date.toISOString(), locale)?.[1] ?? '';
/** A receipt's time, time first as a Vietnamese sentence says it: "Gửi lúc 10:42 25/11/2026". */
const dateTimeOf = (iso: string, locale: Locale) => {
  const [date, time] = dateTimeParts(iso, locale) ?? ['', ''];
  return `${time} ${date}`;
};

/** A nominee list: what the import reads (the server recognises the bytes, not the name). */
const ACCEPT_LIST = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

const ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/jpeg,image/png';

/** The controller and views of a loaded form (see the module's comment). */
export class FormApp {
  readonly loader: FormLoader;
  view: View = { name: 'tasks' };
  /** Messages shown inline, by field id: set when a field is left or its section submitted, never while typing. */
  shown = new Map<string, string>();
  /** The error summary of the view, when its section was submitted with problems. */
  summary: { id: string; text: string }[] | undefined;
  /** Said politely on the task list after a list was imported ("Đã nhập 30 đối tượng"). */
  announced = '';
  /** A nominee whose removal awaits confirmation. */
  removing: string | undefined;
  #focus: string | undefined;
  #start: { round: string; award: string; problems: Map<string, string>; busy: boolean } = { round: '', award: '', problems: new Map(), busy: false };
  #startError: unknown;
  #sessionKey: unknown;

  constructor(readonly host: NominationForm) {
    this.loader = new FormLoader(host, this);
    host.addStyles(errorStyles, sectionStyles);
  }

  get session(): FormSession | undefined {
    const state = this.loader.state;
    if (state.status === 'ready' && 'session' in state.value) return state.value.session;
    return this.#created;
  }
  #created: FormSession | undefined;

  /** Before each update of the host: loads again when what it shows changed (not for the proposal it created itself). */
  update(): void {
    const h = this.host;
    const session = this.session;
    const wanted = session && h.proposal === session.proposal.id ? this.#sessionKey : h.proposal ? `p:${h.proposal}` : `c:${h.campaign}:${h.orgUnit}`;
    this.#sessionKey = wanted;
    this.loader.loadOnChange([wanted, h.apiBase, h.token, h.client]);
    if (this.loader.state.status === 'ready' && !this.#created && 'session' in this.loader.state.value && this.view.name === 'tasks') {
      if (!correcting(this.loader.state.value.session.proposal.status)) this.view = { name: 'receipt' };
    }
  }

  /** After each render: moves focus where the last action asked. */
  updated(): void {
    const id = this.#focus;
    if (!id) return;
    this.#focus = undefined;
    const target = this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  render(t: Strings, locale: Locale): TemplateResult {
    const state = this.loader.state;
    if (this.#created) return this.#renderSession(this.#created, t, locale);
    if (state.status === 'error') return this.#renderLoadError(state.error, t);
    if (state.status !== 'ready') return html`<p class="loading" role="status">${t.loading}</p>`;
    if ('start' in state.value) return this.#renderStart(state.value.start, t, locale);
    return this.#renderSession(state.value.session, t, locale);
  }

  // ——— The frame: landmark, save status, conflict ———

  #renderSession(session: FormSession, t: Strings, locale: Locale): TemplateResult {
    const award = session.commendation.awardTypes.find((a) => a.id === session.proposal.awardTypeId);
    // Past the proposer's edits (sent, or resubmitted from another tab and taken here) only the receipt is shown.
    const view: View = correcting(session.proposal.status) ? this.view : { name: 'receipt' };
    const body =
      view.name === 'proposal'
        ? this.#renderProposalSection(session, t, locale)
        : view.name === 'nominee'
          ? this.#renderNomineeSection(session, view.key, t, locale)
          : view.name === 'import' && this.#mayChange(session, 'draft')
            ? this.#renderImport(session, t, locale)
            : view.name === 'review'
            ? this.#renderReview(session, t, locale)
            : view.name === 'receipt'
              ? this.#renderReceipt(session, t, locale)
              : this.#renderTasks(session, t, locale);
    return html`<section part="base" class="base" aria-label=${t.region(award ? localize(award.title, locale) : t.title)}>
      ${correcting(session.proposal.status) ? this.#renderSaveStatus(session, t, locale) : nothing}
      ${correcting(session.proposal.status) ? html`<p role="status" class="import-said">${this.announced}</p>` : nothing}
      ${session.save.state === 'conflict' ? this.#renderConflict(session, t) : nothing} ${body}
    </section>`;
  }

  #renderSaveStatus(session: FormSession, t: Strings, locale: Locale) {
    const save = session.save;
    const pending = !session.settled && (save.state === 'idle' || save.state === 'saved');
    // Only the saved time and a failure are announced (politely): "saving" on every pause in typing would talk over the reader.
    const said = save.state === 'saved' ? t.save.saved(timeOf(save.at, locale)) : save.state === 'failed' ? t.save.failed : save.state === 'refused' ? save.message : '';
    return html`<div part="save-status" class="save-status">
      <p role="status" class="save-said">${said}</p>
      ${save.state === 'saving' ? html`<p class="save-note">${t.save.saving}</p>` : nothing}
      ${pending && session.dirty.size > 0 ? html`<p class="save-note">${t.save.pending}</p>` : nothing}
      ${save.state === 'failed' ? html`<button type="button" class="secondary" @click=${() => void session.flush()}>${t.save.retry}</button>` : nothing}
    </div>`;
  }

  #renderConflict(session: FormSession, t: Strings) {
    return html`<div part="conflict" class="banner warning" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title" class="banner-title">${t.conflict.title}</h3>
      <p>${t.conflict.body}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${() => void this.#resolve(session, 'mine')}>${t.conflict.keepMine}</button>
        <button type="button" class="secondary" aria-describedby="take-theirs-hint" @click=${() => void this.#resolve(session, 'theirs')}>${t.conflict.takeTheirs}</button>
      </div>
      <p id="take-theirs-hint" class="hint">${t.conflict.takeTheirsHint}</p>
    </div>`;
  }

  async #resolve(session: FormSession, choice: 'mine' | 'theirs') {
    await session.resolveConflict(choice);
    this.shown.clear();
    this.summary = undefined;
    this.#focus = this.#headingId();
    this.host.requestUpdate();
  }

  #renderLoadError(error: unknown, t: Strings) {
    const e = (error ?? {}) as { status?: number; code?: string; requestId?: string; message?: string };
    const m = t.loadError;
    const text =
      e.code === 'no_campaign'
        ? m.noCampaign
        : e.code === 'no_unit'
          ? m.noUnit
          : e.status === 401
            ? m.unauthorized
            : e.status === 403
              ? m.forbidden
              : e.status === 404
                ? this.host.proposal
                  ? m.notFound
                  : m.noNominations
                : (e.message ?? m.title);
    return html`<div part="base" class="base">
      <div role="alert" class="error-box">
        <p class="error-title">${m.title}</p>
        <p part="error" class="error-message">${text}</p>
        ${e.requestId ? html`<p class="request-id">${e.requestId}</p>` : nothing}
      </div>
      <button part="retry" class="retry" type="button" @click=${() => void this.loader.load()}>${this.host.retryLabel()}</button>
    </div>`;
  }

  // ——— Start: the privacy notice, the round and the award ———

  #openRounds(c: Commendation) {
    return c.rounds.filter((r) => r.dossierWindow === 'open');
  }

  #awardsFor(start: StartData, roundId: string): AwardType[] {
    const round = start.commendation.rounds.find((r) => r.round.id === roundId)?.round;
    return start.commendation.awardTypes.filter((a) => round?.awardTypeIds?.includes(a.id) && proposableGroups(a, start.unit).length > 0);
  }

  #renderStart(start: StartData, t: Strings, locale: Locale) {
    const s = this.#start;
    const rounds = this.#openRounds(start.commendation);
    if (!s.round && rounds.length === 1) s.round = this.host.round || rounds[0]!.round.id;
    if (!s.round && this.host.round) s.round = this.host.round;
    const awards = s.round ? this.#awardsFor(start, s.round) : [];
    if (!s.award && (this.host.award || awards.length === 1)) s.award = this.host.award || awards[0]!.id;
    const summary = [...s.problems].map(([id, text]) => ({ id, text }));
    return html`<section part="base" class="base" aria-labelledby="start-heading">
      ${this.#renderErrorSummary(summary, t)}
      <h2 id="start-heading" class="heading" tabindex="-1">${t.start.heading}</h2>
      ${this.#renderPrivacy(start.commendation, t, locale)}
      ${rounds.length === 0
        ? html`<p class="inset">${t.start.noRound}</p>`
        : html`<form novalidate @submit=${(e: Event) => this.#begin(e, start, t)}>
            ${this.#radios({
              id: 'start-round',
              legend: t.start.round,
              value: s.round,
              error: s.problems.get('start-round'),
              t,
              options: rounds.map((r) => ({
                value: r.round.id,
                label: localize(r.round.title, locale),
                hint: r.round.dossierDeadline ? t.start.roundHint(displayDate(r.round.dossierDeadline)) : undefined,
              })),
              set: (v) => {
                s.round = v;
                s.award = '';
                this.host.requestUpdate();
              },
            })}
            ${s.round && awards.length === 0 ? html`<p class="inset">${t.start.noAward}</p>` : nothing}
            ${awards.length
              ? this.#radios({
                  id: 'start-award',
                  legend: t.start.award,
                  value: s.award,
                  error: s.problems.get('start-award'),
                  t,
                  options: awards.map((a) => ({ value: a.id, label: localize(a.title, locale), hint: localize(a.grantingAuthority.title, locale) })),
                  set: (v) => {
                    s.award = v;
                    this.host.requestUpdate();
                  },
                })
              : nothing}
            ${this.#startError ? html`<p class="error-message" role="alert">${(this.#startError as Error).message}</p>` : nothing}
            <div class="actions"><button class="primary" id="start-begin" type="submit" ?disabled=${s.busy}>${t.start.begin}</button></div>
          </form>`}
    </section>`;
  }

  async #begin(e: Event, start: StartData, t: Strings) {
    e.preventDefault();
    const s = this.#start;
    s.problems = new Map();
    if (!s.round) s.problems.set('start-round', `${t.start.round}: ${t.start.chooseRound}`);
    else if (!s.award) s.problems.set('start-award', `${t.start.award}: ${t.start.chooseAward}`);
    if (s.problems.size) {
      this.#focus = 'error-summary';
      return this.host.requestUpdate();
    }
    s.busy = true;
    this.#startError = undefined;
    this.host.requestUpdate();
    try {
      const { proposal, etag } = await start.client.nominations.createProposal({
        campaignId: start.commendation.campaignId,
        roundId: s.round,
        awardTypeId: s.award,
        proposingUnitId: start.unit.id,
      });
      const host = this.host;
      this.#created = new FormSession(start.client, start.commendation, start.unit, proposal, etag, () => host.requestUpdate(), () => host.locale);
      this.view = { name: 'tasks' };
      host.proposal = proposal.id;
      this.#focus = 'tasks-heading';
      host.dispatchEvent(new CustomEvent('thidua-proposal-created', { detail: { proposal }, bubbles: true, composed: true }));
    } catch (error) {
      this.#startError = error;
    } finally {
      s.busy = false;
      this.host.requestUpdate();
    }
  }

  #renderPrivacy(c: Commendation, t: Strings, locale: Locale) {
    return html`<div part="privacy" class="privacy" role="note" aria-labelledby="privacy-heading">
      <h3 id="privacy-heading" class="subheading">${t.privacy.heading}</h3>
      <p>${localize(c.privacyNotice, locale)}</p>
    </div>`;
  }

  // ——— The task list ———

  #context(session: FormSession): RuleContext {
    return { commendation: session.commendation, unit: session.unit, proposal: session.proposal, now: new Date() };
  }

  #proposalStatus(session: FormSession, locale: Locale): keyof Strings['tasks']['status'] {
    const touched = contactTouched(session.draft.contact) || session.draft.files.length > 0;
    if (!touched) return 'notStarted';
    return proposalSectionProblems(session.draft, this.#context(session), locale).length ? 'inProgress' : 'completed';
  }

  #nomineeStatus(session: FormSession, n: NomineeDraft, locale: Locale): keyof Strings['tasks']['status'] {
    if (!nomineeTouched(n)) return 'notStarted';
    return nomineeProblems(n, this.#context(session), locale, session.draft).length ? 'inProgress' : 'completed';
  }

  #renderTasks(session: FormSession, t: Strings, locale: Locale) {
    const c = session.commendation;
    const round = c.rounds.find((r) => r.round.id === session.proposal.roundId)?.round;
    const award = c.awardTypes.find((a) => a.id === session.proposal.awardTypeId);
    const proposalStatus = this.#proposalStatus(session, locale);
    const nominees = session.draft.nominees.map((n) => ({ n, status: this.#nomineeStatus(session, n, locale) }));
    const done = [proposalStatus, ...nominees.map((x) => x.status)].filter((s) => s === 'completed').length;
    const total = 1 + Math.max(1, nominees.length);
    const ready = done === total && nominees.length > 0;
    if (session.proposal.status === 'returned') return this.#renderReturnedTasks(session, t, locale, proposalStatus, nominees);
    return html`${this.#renderErrorSummary(this.summary, t)}
      <h2 id="tasks-heading" class="heading" tabindex="-1">${t.title}</h2>
      <p class="caption">${t.tasks.roundAward(round ? localize(round.title, locale) : session.proposal.roundId, award ? localize(award.title, locale) : session.proposal.awardTypeId)}</p>
      ${round?.dossierDeadline ? html`<p class="caption">${t.tasks.deadline(displayDate(round.dossierDeadline))}</p>` : nothing}
      ${this.#renderPrivacy(c, t, locale)}
      <p>${t.tasks.intro}</p>
      <p class="progress-count">${t.tasks.progress(done, total)}</p>
      <h3 class="subheading">${t.tasks.heading}</h3>
      <ul part="task-list" class="task-list">
        ${this.#task('task-proposal', t.tasks.proposal, proposalStatus, t, () => this.#go({ name: 'proposal' }, fieldId(PROPOSAL_SCOPE, 'heading')))}
      </ul>
      <h3 class="subheading">${t.tasks.nominees}</h3>
      ${nominees.length === 0 ? html`<p>${t.tasks.noNominees}</p>` : nothing}
      <ul class="task-list" id="nominee-tasks">
        ${nominees.map(({ n, status }) =>
          this.#task(`task-${n.key}`, nomineeName(n) || t.nominee.untitled, status, t, () => this.#go({ name: 'nominee', key: n.key }, fieldId(n.key, 'heading'))),
        )}
      </ul>
      <div class="actions">
        <button type="button" class="secondary" id="add-nominee" @click=${() => this.#addNominee(session)}>
          ${nominees.length ? t.tasks.addAnother : t.tasks.addNominee}
        </button>
        <button type="button" class="secondary" id="import-nominees" @click=${() => this.#go({ name: 'import' }, 'import-heading')}>${t.tasks.importList}</button>
      </div>
      <h3 class="subheading">${t.tasks.review}</h3>
      <ul class="task-list">
        ${this.#task('task-review', t.tasks.review, ready ? 'notStarted' : 'cannotStart', t, () => this.#go({ name: 'review' }, 'review-heading'))}
      </ul>`;
  }

  #task(id: string, label: string, status: keyof Strings['tasks']['status'], t: Strings, open: () => void) {
    return html`<li class="task">
      <a id=${id} href="#" class="task-link" aria-describedby="${id}-status" @click=${(e: Event) => (e.preventDefault(), open())}>${label}</a>
      <strong id="${id}-status" class="tag tag-${status}">${t.tasks.status[status]}</strong>
    </li>`;
  }

  #go(view: View, focus: string) {
    this.view = view;
    this.summary = undefined;
    this.shown = new Map();
    this.removing = undefined;
    this.announced = '';
    this.#focus = focus;
    this.host.requestUpdate();
  }

  #addNominee(session: FormSession) {
    const n = session.addNominee();
    this.#go({ name: 'nominee', key: n.key }, fieldId(n.key, 'heading'));
  }

  #backToTasks(session: FormSession, from: string) {
    void session.flush();
    this.#go({ name: 'tasks' }, from);
  }

  #headingId(): string {
    const v = this.view;
    return v.name === 'proposal' ? fieldId(PROPOSAL_SCOPE, 'heading') : v.name === 'nominee' ? fieldId(v.key, 'heading') : v.name === 'review' ? 'review-heading' : v.name === 'import' ? 'import-heading' : v.name === 'receipt' ? 'receipt-heading' : 'tasks-heading';
  }

  // ——— Errors ———

  #renderErrorSummary(summary: { id: string; text: string }[] | undefined, t: Strings) {
    if (!summary?.length) return nothing;
    return html`<div part="error-summary" class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="error-summary-title">${t.errorSummary}</h2>
      <ul class="error-summary-list">
        ${summary.map(
          (p) => html`<li><a href="#${p.id}" @click=${(e: Event) => (e.preventDefault(), this.followReviewLink(p.id) || this.#focusField(p.id))}>${p.text}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  #focusField(id: string) {
    const field = this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    field?.focus();
    field?.scrollIntoView?.({ block: 'center' });
  }

  /** The words of a problem as shown in the summary and inline alike: the field's label, then the message. */
  #wording(problem: Problem, t: Strings): string {
    const label = problem.whole ? '' : this.#labelOf(problem.field, t);
    return label ? `${label}: ${problem.message}` : problem.message;
  }

  /** The label of the control with this id (see `fieldId`). */
  #labelOf(id: string, t: Strings): string {
    const [scope, a, b, c] = id.split('-');
    if (scope === PROPOSAL_SCOPE) {
      if (a === 'contact') return t.contact[b as 'name' | 'position' | 'phone' | 'email'] ?? '';
      if (a === 'file') return '';
    }
    const n = t.nominee;
    const s = t.achievements;
    switch (a) {
      case 'type':
        return n.type;
      case 'familyName':
      case 'middleName':
      case 'givenName':
      case 'gender':
      case 'dateOfBirth':
      case 'position':
      case 'workplace':
      case 'name':
      case 'kind':
      case 'headcount':
      case 'women':
        return n[a];
      case 'summary':
        return s.summary;
      case 'achievements':
        return `${s.item(Number(b) + 1)}, ${c === 'description' ? s.description : s.period}`;
      case 'priorAwards':
        return `${s.priorAward(Number(b) + 1)}, ${c === 'year' ? s.priorYear : c === 'decisionNumber' ? s.priorDecision : s.priorKind}`;
      case 'categories':
        return s.categories;
      default:
        return '';
    }
  }

  /** The current section's problems, worded. */
  #sectionProblems(session: FormSession, t: Strings, locale: Locale): { id: string; text: string }[] {
    const v = this.view;
    const ctx = this.#context(session);
    const problems =
      v.name === 'proposal'
        ? proposalSectionProblems(session.draft, ctx, locale)
        : v.name === 'nominee'
          ? nomineeProblems(session.draft.nominees.find((n) => n.key === v.key)!, ctx, locale, session.draft)
          : [];
    return this.#inPageOrder(problems.map((p) => ({ id: p.field, text: this.#wording(p, t) })));
  }

  /** Problems in the order their fields come on the page, as a person reads it. */
  #inPageOrder<P extends { id: string }>(problems: P[]): P[] {
    const fields = [...this.host.renderRoot.querySelectorAll('[id]')].map((el) => el.id);
    const at = (id: string) => {
      const i = fields.indexOf(id);
      return i < 0 ? fields.length : i;
    };
    return [...problems].sort((a, b) => at(a.id) - at(b.id));
  }

  /** A field was left: its message (or none) as it stands now; the summary drops what is fixed. */
  #check(session: FormSession, t: Strings, ids: string[]) {
    const problems = this.#sectionProblems(session, t, this.host.locale);
    for (const id of ids) {
      const problem = problems.find((p) => p.id === id);
      if (problem) this.shown.set(id, problem.text);
      else this.shown.delete(id);
    }
    if (this.summary) this.summary = this.summary.filter((p) => this.shown.has(p.id) || !ids.includes(p.id));
    this.host.requestUpdate();
  }

  /** "Save and go back": the section's problems in the summary, or back to the task list. */
  #submitSection(e: Event, session: FormSession, t: Strings, from: string) {
    e.preventDefault();
    const problems = this.#sectionProblems(session, t, this.host.locale);
    if (problems.length === 0) return this.#backToTasks(session, from);
    this.shown = new Map(problems.map((p) => [p.id, p.text]));
    this.summary = problems;
    this.#focus = 'error-summary';
    this.host.requestUpdate();
  }

  // ——— Controls ———

  #described(id: string, hint: boolean, error: boolean) {
    const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return ids || undefined;
  }

  #error(id: string, t: Strings) {
    const text = this.shown.get(id);
    return text ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${t.errorPrefix}</span> ${text}</p>` : nothing;
  }

  #text(o: TextOptions) {
    const error = this.shown.has(o.id);
    const input = (e: Event) => {
      o.set((e.target as HTMLInputElement).value);
      o.session.changed(o.scope);
      this.host.requestUpdate();
    };
    const blur = () => {
      this.#check(o.session, o.t, [o.id]);
      o.session.changed(o.scope, true);
    };
    const describedBy = this.#described(o.id, Boolean(o.hint), error);
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${o.id}>${o.label}${o.optional ? html` <span class="optional">${o.t.section.optional}</span>` : nothing}</label>
      ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing} ${this.#error(o.id, o.t)}
      ${o.multiline
        ? html`<textarea
            id=${o.id}
            rows="5"
            class="input"
            .value=${live(o.value)}
            aria-describedby=${ifDefined(describedBy)}
            aria-invalid=${error ? 'true' : 'false'}
            @input=${input}
            @blur=${blur}
          ></textarea>`
        : html`<input
            id=${o.id}
            class="input ${o.width ?? ''}"
            type=${o.type ?? 'text'}
            .value=${live(o.value)}
            autocomplete=${o.autocomplete ?? 'off'}
            inputmode=${ifDefined(o.inputmode)}
            spellcheck=${o.spellcheck === false ? 'false' : 'true'}
            aria-describedby=${ifDefined(describedBy)}
            aria-invalid=${error ? 'true' : 'false'}
            @input=${input}
            @blur=${blur}
          />`}
    </div>`;
  }

  #radios(o: {
    id: string;
    legend: string;
    hint?: string | undefined;
    value: string;
    options: { value: string; label: string; hint?: string | undefined }[];
    set: (v: string) => void;
    error?: string | undefined;
    t: Strings;
  }) {
    const error = o.error ?? this.shown.get(o.id);
    return html`<fieldset class="field ${error ? 'has-error' : ''}" aria-describedby=${ifDefined(this.#described(o.id, Boolean(o.hint), Boolean(error)))}>
      <legend>${o.legend}</legend>
      ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
      ${error ? html`<p class="error-message" id="${o.id}-error"><span class="visually-hidden">${o.t.errorPrefix}</span> ${error}</p>` : nothing}
      <div class="choices">
        ${o.options.map(
          (option, i) => html`<div class="choice">
            <input
              type="radio"
              name=${o.id}
              id=${i === 0 ? o.id : `${o.id}-${option.value}`}
              .value=${option.value}
              .checked=${live(o.value === option.value)}
              aria-describedby=${ifDefined(option.hint ? `${o.id}-${option.value}-hint` : undefined)}
              @change=${() => o.set(option.value)}
            />
            <label for=${i === 0 ? o.id : `${o.id}-${option.value}`}>${option.label}</label>
            ${option.hint ? html`<p class="hint choice-hint" id="${o.id}-${option.value}-hint">${option.hint}</p>` : nothing}
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  #checkboxes(o: {
    id: string;
    legend: string;
    hint?: string | undefined;
    values: string[];
    options: { value: string; label: string; id?: string }[];
    set: (values: string[]) => void;
    t: Strings;
    /** Each option's own message (a criterion not attested). */
    optionErrors?: boolean;
  }) {
    const error = this.shown.get(o.id);
    return html`<fieldset class="field ${error ? 'has-error' : ''}" aria-describedby=${ifDefined(this.#described(o.id, Boolean(o.hint), Boolean(error)))}>
      <legend>${o.legend}</legend>
      ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing} ${this.#error(o.id, o.t)}
      <div class="choices">
        ${o.options.map((option, i) => {
          const id = option.id ?? (i === 0 ? o.id : `${o.id}-${option.value}`);
          const optionError = o.optionErrors && this.shown.get(id);
          return html`<div class="choice ${optionError ? 'has-error' : ''}">
            <input
              type="checkbox"
              id=${id}
              .checked=${live(o.values.includes(option.value))}
              aria-describedby=${ifDefined(optionError ? `${id}-error` : undefined)}
              aria-invalid=${optionError ? 'true' : 'false'}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                o.set(on ? [...o.values.filter((v) => v !== option.value), option.value] : o.values.filter((v) => v !== option.value));
              }}
            />
            <label for=${id}>${option.label}</label>
            ${optionError ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${o.t.errorPrefix}</span> ${optionError}</p>` : nothing}
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  // ——— The proposal's section ———

  #renderProposalSection(session: FormSession, t: Strings, locale: Locale) {
    // A part not returned is not opened (a stale link): the task list says why.
    if (!this.#mayChange(session, 'dossier')) return this.#renderTasks(session, t, locale);
    const contact = session.draft.contact;
    const award = session.commendation.awardTypes.find((a) => a.id === session.proposal.awardTypeId);
    const required = new Set<string>(award?.requiredFiles.proposal ?? []);
    const text = (key: 'name' | 'position' | 'phone' | 'email', extra: Partial<TextOptions> = {}) =>
      this.#text({
        id: fieldId(PROPOSAL_SCOPE, 'contact', key),
        label: t.contact[key],
        value: contact[key],
        set: (v) => (contact[key] = v),
        session,
        scope: CONTACT,
        t,
        ...extra,
      });
    return html`${this.#renderErrorSummary(this.summary, t)}
      ${this.#backLink(session, t, 'task-proposal')}
      <h2 id=${fieldId(PROPOSAL_SCOPE, 'heading')} class="heading" tabindex="-1">${t.tasks.proposal}</h2>
      <form novalidate @submit=${(e: Event) => this.#submitSection(e, session, t, 'task-proposal')}>
        <fieldset class="group">
          <legend class="group-legend">${t.contact.legend}</legend>
          <p class="hint">${t.contact.hint}</p>
          ${text('name', { autocomplete: 'name' })} ${text('position', { autocomplete: 'organization-title', optional: true })}
          ${text('phone', { autocomplete: 'tel', type: 'tel', hint: t.contact.phoneHint, width: 'medium' })}
          ${text('email', { autocomplete: 'email', type: 'email', spellcheck: false })}
        </fieldset>
        <fieldset class="group">
          <legend class="group-legend">${t.files.proposalLegend}</legend>
          <p class="hint">${t.files.proposalHint}</p>
          ${(['submissionLetter', 'councilMinutes', 'other'] as const).map((kind) =>
            this.#renderFiles(session, PROPOSAL_SCOPE, kind, required.has(kind), session.draft.files, t, locale),
          )}
        </fieldset>
        <div class="actions"><button type="submit" class="primary" id="section-save">${t.section.save}</button></div>
      </form>`;
  }

  #backLink(session: FormSession, t: Strings, from: string) {
    return html`<a href="#" class="back-link" @click=${(e: Event) => (e.preventDefault(), this.#backToTasks(session, from))}>${t.section.back}</a>`;
  }

  // ——— Evidence ———

  #renderFiles(session: FormSession, scope: string, kind: EvidenceUpload['kind'], required: boolean, files: readonly (ProposalFile | NominationFile)[], t: Strings, locale: Locale, disabled = false) {
    const id = fieldId(scope, 'file', kind);
    const label = t.files.kind[kind];
    const error = this.shown.has(id);
    const mine = files.filter((f) => f.kind === kind);
    const uploads = session.uploads.filter((u) => u.scope === scope && u.kind === kind);
    const pick = (list: FileList | null | undefined) => {
      for (const file of list ?? []) void session.upload(file, scope, kind).then(() => this.#check(session, t, [id]));
    };
    const hintId = disabled ? `${id}-wait` : `${id}-hint`;
    return html`<div
      class="field file-field ${error ? 'has-error' : ''}"
      @dragover=${(e: DragEvent) => {
        if (disabled) return;
        e.preventDefault();
        (e.currentTarget as HTMLElement).classList.add('dragging');
      }}
      @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('dragging')}
      @drop=${(e: DragEvent) => {
        (e.currentTarget as HTMLElement).classList.remove('dragging');
        if (disabled) return;
        e.preventDefault();
        pick(e.dataTransfer?.files);
      }}
    >
      <label for=${id}>${label}${required ? html` <span class="required">${t.files.required}</span>` : nothing}</label>
      <p class="hint" id=${hintId}>${disabled ? t.files.saveFirst : t.files.hint}</p>
      ${this.#error(id, t)}
      <input
        type="file"
        id=${id}
        class="file-input"
        multiple
        accept=${ACCEPT}
        ?disabled=${disabled}
        aria-describedby=${[hintId, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          pick(input.files);
          input.value = '';
        }}
      />
      <ul class="file-list" aria-live="polite">
        ${mine.map(
          (f) => html`<li class="file">
            <span class="file-name">${t.files.uploaded(f.name, formatFileSize(f.size, locale))}</span>
            <button type="button" class="link-button" @click=${() => void this.#removeFile(session, f.id, id, t)}>
              ${t.files.remove}<span class="visually-hidden"> ${f.name}</span>
            </button>
          </li>`,
        )}
        ${uploads.map((u) => this.#renderUpload(session, u, t))}
      </ul>
    </div>`;
  }

  #renderUpload(session: FormSession, u: Upload, t: Strings) {
    const name = u.file.name;
    if (u.state === 'uploading') {
      return html`<li class="file uploading">
        <span class="file-name">${t.files.uploading(name)}</span>
        <progress max="1" .value=${u.progress} aria-label=${t.files.progress(name)}></progress>
      </li>`;
    }
    const message = t.files.error[u.problem ?? 'failed'](name);
    return html`<li class="file refused">
      <p class="error-message upload-error"><span class="visually-hidden">${t.errorPrefix}</span> ${message}</p>
      ${u.problem === 'failed'
        ? html`<button type="button" class="link-button" @click=${() => void session.retryUpload(u.id)}>
            ${t.files.retry}<span class="visually-hidden"> ${name}</span>
          </button>`
        : nothing}
      <button type="button" class="link-button" @click=${() => session.dismissUpload(u.id)}>${t.files.dismiss}<span class="visually-hidden"> ${name}</span></button>
    </li>`;
  }

  async #removeFile(session: FormSession, fileId: string, inputId: string, t: Strings) {
    await session.removeFile(fileId);
    this.#focus = inputId;
    this.#check(session, t, []);
  }

  // ——— Importing a list of nominees ———

  #renderImport(session: FormSession, t: Strings, locale: Locale) {
    const s = t.importList;
    const id = 'import-file';
    const error = this.shown.has(id);
    const state = session.importState;
    const uploading = state.state === 'uploading';
    const template = (format: 'xlsx' | 'csv') => session.client.nominations.importTemplateUrl({ format, locale });
    return html`${this.#renderErrorSummary(this.summary, t)} ${this.#backLink(session, t, 'import-nominees')}
      <h2 id="import-heading" class="heading" tabindex="-1">${s.heading}</h2>
      <p>${s.intro}</p>
      <p class="inset">${s.allOrNothing}</p>
      <h3 class="subheading">${s.templates}</h3>
      <ul class="plain">
        <li><a href=${template('xlsx')} download>${s.templateXlsx}</a></li>
        <li><a href=${template('csv')} download>${s.templateCsv}</a></li>
      </ul>
      <p class="hint">${s.templateHint}</p>
      <form novalidate @submit=${(e: Event) => void this.#importList(e, session, t)}>
        <div class="field file-field ${error ? 'has-error' : ''}">
          <label for=${id}>${s.file}</label>
          <p class="hint" id="${id}-hint">${s.fileHint(formatFileSize(IMPORT_LIMITS.fileBytes, locale))}</p>
          ${this.#error(id, t)}
          <input
            type="file"
            id=${id}
            class="file-input"
            accept=${ACCEPT_LIST}
            aria-describedby=${[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
            aria-invalid=${error ? 'true' : 'false'}
          />
          ${uploading
            ? html`<p class="file uploading">
                <span class="file-name">${s.uploading(state.name)}</span>
                <progress max="1" .value=${state.progress} aria-label=${s.progress(state.name)}></progress>
              </p>`
            : nothing}
        </div>
        <div class="actions">
          <button type="submit" class="primary" id="import-submit" aria-disabled=${uploading ? 'true' : 'false'}>${s.submit}</button>
        </div>
      </form>`;
  }

  /** The words of a problem of the file, placed in it: "Dòng 12, cột D (Ngày sinh): …". */
  #importProblem(issue: FieldIssue, t: Strings): string {
    const s = t.importList;
    if (typeof issue.row === 'number' && issue.column) return s.rowProblem(issue.row, issue.column, issue.header ?? '', issue.message);
    if (typeof issue.row === 'number') return s.rowOnly(issue.row, issue.message);
    return issue.message;
  }

  async #importList(e: Event, session: FormSession, t: Strings) {
    e.preventDefault();
    if (session.importState.state === 'uploading') return;
    const id = 'import-file';
    const input = this.host.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
    const file = input?.files?.[0];
    const refuse = (summary: string[], inline: string) => {
      this.shown = new Map([[id, inline]]);
      this.summary = summary.map((text) => ({ id, text }));
      this.#focus = 'error-summary';
      this.host.requestUpdate();
    };
    if (!file) return refuse([`${t.importList.file}: ${t.importList.choose}`], `${t.importList.file}: ${t.importList.choose}`);
    this.shown = new Map();
    this.summary = undefined;
    const outcome = await session.importList(file);
    if (outcome.state === 'imported') {
      if (input) input.value = '';
      this.#go({ name: 'tasks' }, 'tasks-heading');
      // After #go, which clears it: said once, on the task list that shows them.
      this.announced = t.importList.imported(outcome.count);
      return;
    }
    if (outcome.state === 'refused') {
      const problems = outcome.issues.map((i) => this.#importProblem(i, t));
      const placed = outcome.issues.some((i) => typeof i.row === 'number');
      return refuse(problems, placed ? t.importList.nothingImported(problems.length) : problems.join(' — '));
    }
    if (outcome.state === 'failed') return refuse([t.importList.failed], t.importList.failed);
    // A conflict: its notice says what happened and how to go on.
    this.host.requestUpdate();
  }

  // ——— A nominee's section ———

  #renderNomineeSection(session: FormSession, key: string, t: Strings, locale: Locale) {
    const n = session.draft.nominees.find((x) => x.key === key);
    if (!n || !this.#mayChangeNominee(session, n)) return this.#renderTasks(session, t, locale);
    const index = session.draft.nominees.indexOf(n);
    const c = session.commendation;
    const award = c.awardTypes.find((a) => a.id === session.proposal.awardTypeId);
    const set = <K extends keyof NomineeDraft>(k: K) => (v: NomineeDraft[K]) => void (n[k] = v);
    const text = (k: 'familyName' | 'middleName' | 'givenName' | 'dateOfBirth' | 'position' | 'workplace' | 'name' | 'headcount' | 'women' | 'summary', extra: Partial<TextOptions> = {}) =>
      this.#text({ id: fieldId(key, k), label: k === 'summary' ? t.achievements.summary : t.nominee[k], value: n[k], set: set(k), session, scope: key, t, ...extra });
    const choose = (ids: string[], after: () => void) => {
      after();
      session.changed(key, true);
      this.#check(session, t, ids);
    };
    const group = n.type ? nomineeGroup(toNominee(n)) : undefined;
    const criteria = group ? applicableCriteria(c.criteria, group) : [];
    const title = nomineeName(n) || t.nominee.heading(index + 1);
    return html`${this.#renderErrorSummary(this.summary, t)} ${this.#backLink(session, t, `task-${key}`)}
      <h2 id=${fieldId(key, 'heading')} class="heading" tabindex="-1">${title}</h2>
      <form novalidate @submit=${(e: Event) => this.#submitSection(e, session, t, `task-${key}`)}>
        ${this.#radios({
          id: fieldId(key, 'type'),
          legend: t.nominee.type,
          value: n.type,
          t,
          options: [
            { value: 'individual', label: t.nominee.individual },
            { value: 'collective', label: t.nominee.collective },
          ],
          set: (v) =>
            choose([fieldId(key, 'type')], () => {
              n.type = v as NomineeDraft['type'];
              // Criteria attested for the other kind of nominee no longer apply.
              const applicable = new Set(applicableCriteria(c.criteria, nomineeGroup(toNominee(n))).map((x) => x.id));
              n.attestedCriterionIds = n.attestedCriterionIds.filter((id) => applicable.has(id));
            }),
        })}
        ${n.type === 'individual'
          ? html`<fieldset class="group">
                <legend class="group-legend">${t.nominee.nameLegend}</legend>
                ${text('familyName', { width: 'medium' })} ${text('middleName', { width: 'medium', optional: true, hint: t.nominee.middleNameHint })}
                ${text('givenName', { width: 'medium' })}
              </fieldset>
              <p class="inset" id=${fieldId(key, 'personal')}>${t.nominee.personalHint}</p>
              ${this.#radios({
                id: fieldId(key, 'gender'),
                legend: t.nominee.gender,
                value: n.gender,
                t,
                options: [
                  { value: 'female', label: t.nominee.female },
                  { value: 'male', label: t.nominee.male },
                ],
                set: (v) => choose([fieldId(key, 'gender')], () => (n.gender = v as NomineeDraft['gender'])),
              })}
              ${text('dateOfBirth', { hint: t.nominee.dateHint, inputmode: 'numeric', width: 'short' })}
              ${text('position', { hint: t.nominee.positionHint })} ${text('workplace', { hint: t.nominee.workplaceHint })}
              <div class="choice single">
                <input
                  type="checkbox"
                  id=${fieldId(key, 'communityTeamMember')}
                  .checked=${live(n.communityTeamMember)}
                  @change=${(e: Event) =>
                    choose([], () => {
                      n.communityTeamMember = (e.target as HTMLInputElement).checked;
                      const applicable = new Set(applicableCriteria(c.criteria, nomineeGroup(toNominee(n))).map((x) => x.id));
                      n.attestedCriterionIds = n.attestedCriterionIds.filter((id) => applicable.has(id));
                    })}
                />
                <label for=${fieldId(key, 'communityTeamMember')}>${t.nominee.communityTeamMember}</label>
              </div>`
          : n.type === 'collective'
            ? html`${text('name', { hint: t.nominee.nameHint })}
              ${this.#radios({
                id: fieldId(key, 'kind'),
                legend: t.nominee.kind,
                value: n.kind,
                t,
                options: (Object.keys(t.nominee.kinds) as (keyof Strings['nominee']['kinds'])[]).map((k) => ({ value: k, label: t.nominee.kinds[k] })),
                set: (v) =>
                  choose([fieldId(key, 'kind')], () => {
                    n.kind = v as NomineeDraft['kind'];
                    const applicable = new Set(applicableCriteria(c.criteria, nomineeGroup(toNominee(n))).map((x) => x.id));
                    n.attestedCriterionIds = n.attestedCriterionIds.filter((id) => applicable.has(id));
                  }),
              })}
              ${text('headcount', { inputmode: 'numeric', width: 'short', optional: true })} ${text('women', { inputmode: 'numeric', width: 'short', optional: true })}`
            : nothing}
        ${this.#checkboxes({
          id: fieldId(key, 'categories'),
          legend: t.achievements.categories,
          hint: t.achievements.categoriesHint,
          values: n.achievementCategoryIds,
          t,
          options: c.achievementCategories.map((cat) => ({ value: cat.id, label: localize(cat.title, locale) })),
          set: (v) => choose([fieldId(key, 'categories')], () => (n.achievementCategoryIds = v)),
        })}
        ${text('summary', { multiline: true, hint: t.achievements.summaryHint(numberFormat(locale).format(2000)) })}
        ${this.#renderAchievements(session, n, t)} ${this.#renderPriorAwards(session, n, t)}
        ${criteria.length
          ? this.#checkboxes({
              id: fieldId(key, 'criteria'),
              legend: t.achievements.criteria,
              hint: t.achievements.criteriaHint,
              values: n.attestedCriterionIds,
              t,
              optionErrors: true,
              options: criteria.map((crit) => ({ value: crit.id, label: localize(crit.text, locale), id: fieldId(key, 'criterion', crit.id) })),
              set: (v) => choose(criteria.map((crit) => fieldId(key, 'criterion', crit.id)), () => (n.attestedCriterionIds = v)),
            })
          : nothing}
        <fieldset class="group">
          <legend class="group-legend">${t.files.nominationLegend}</legend>
          ${(['achievementReport', 'other'] as const).map((kind) =>
            this.#renderFiles(session, key, kind, award?.requiredFiles.nomination.includes(kind) ?? false, n.files, t, locale, !n.id),
          )}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" id="section-save">${t.section.save}</button>
          ${this.#mayChange(session, 'draft')
            ? html`<button type="button" class="warning" id=${fieldId(key, 'remove')} @click=${() => this.#askRemove(key)}>${t.section.remove}</button>`
            : nothing}
        </div>
        ${this.removing === key
          ? html`<div class="banner warning" role="alertdialog" aria-labelledby=${fieldId(key, 'remove-question')}>
              <p id=${fieldId(key, 'remove-question')}>${t.section.removeConfirm(nomineeName(n) || t.nominee.untitled)}</p>
              <div class="actions">
                <button type="button" class="warning" id=${fieldId(key, 'confirm-remove')} @click=${() => void this.#remove(session, key)}>${t.section.confirmRemove}</button>
                <button type="button" class="secondary" @click=${() => this.#cancelRemove(key)}>${t.section.cancel}</button>
              </div>
            </div>`
          : nothing}
      </form>`;
  }

  #renderAchievements(session: FormSession, n: NomineeDraft, t: Strings) {
    const s = t.achievements;
    const key = n.key;
    const row = (a: AchievementDraft, i: number) => {
      const id = (f: string) => fieldId(key, 'achievements', i, f);
      return html`<fieldset class="item">
        <legend class="item-legend">${s.item(i + 1)}</legend>
        ${this.#text({ id: id('period'), label: s.period, hint: s.periodHint, value: a.period, set: (v) => (a.period = v), session, scope: key, t, width: 'medium' })}
        ${this.#text({ id: id('description'), label: s.description, value: a.description, set: (v) => (a.description = v), session, scope: key, t, multiline: true })}
        ${n.achievements.length > 1
          ? html`<button type="button" class="link-button" @click=${() => this.#removeRow(session, n, 'achievements', i)}>${s.remove(i + 1)}</button>`
          : nothing}
      </fieldset>`;
    };
    return html`<fieldset class="group">
      <legend class="group-legend">${s.list}</legend>
      ${n.achievements.map(row)}
      <button type="button" class="secondary" @click=${() => this.#addRow(n, 'achievements')}>${s.add}</button>
    </fieldset>`;
  }

  #renderPriorAwards(session: FormSession, n: NomineeDraft, t: Strings) {
    const s = t.achievements;
    const key = n.key;
    const row = (p: PriorAwardDraft, i: number) => {
      const id = (f: string) => fieldId(key, 'priorAwards', i, f);
      return html`<fieldset class="item">
        <legend class="item-legend">${s.priorAward(i + 1)}</legend>
        ${this.#text({ id: id('kind'), label: s.priorKind, value: p.kind, set: (v) => (p.kind = v), session, scope: key, t })}
        ${this.#text({ id: id('year'), label: s.priorYear, value: p.year, set: (v) => (p.year = v), session, scope: key, t, inputmode: 'numeric', width: 'short' })}
        ${this.#text({ id: id('decisionNumber'), label: s.priorDecision, hint: s.priorDecisionHint, value: p.decisionNumber, set: (v) => (p.decisionNumber = v), session, scope: key, t, width: 'medium' })}
        <button type="button" class="link-button" @click=${() => this.#removeRow(session, n, 'priorAwards', i)}>${s.removePrior(i + 1)}</button>
      </fieldset>`;
    };
    return html`<fieldset class="group">
      <legend class="group-legend">${s.priorAwards} <span class="optional">${t.section.optional}</span></legend>
      ${n.priorAwards.map(row)}
      <button type="button" class="secondary" @click=${() => this.#addRow(n, 'priorAwards')}>${s.addPrior}</button>
    </fieldset>`;
  }

  #addRow(n: NomineeDraft, list: 'achievements' | 'priorAwards') {
    const index = n[list].length;
    if (list === 'achievements') n.achievements.push({ period: '', description: '' });
    else n.priorAwards.push({ kind: '', year: '', decisionNumber: '' });
    this.#focus = fieldId(n.key, list, index, list === 'achievements' ? 'period' : 'kind');
    this.host.requestUpdate();
  }

  #removeRow(session: FormSession, n: NomineeDraft, list: 'achievements' | 'priorAwards', index: number) {
    n[list].splice(index, 1);
    // Messages are tied to row numbers: they are checked again when their fields are left.
    for (const id of [...this.shown.keys()]) if (id.startsWith(fieldId(n.key, list))) this.shown.delete(id);
    session.changed(n.key, true);
    this.#focus = list === 'achievements' ? fieldId(n.key, 'summary') : fieldId(n.key, 'achievements', 0, 'period');
    this.host.requestUpdate();
  }

  #askRemove(key: string) {
    this.removing = key;
    this.#focus = fieldId(key, 'confirm-remove');
    this.host.requestUpdate();
  }

  #cancelRemove(key: string) {
    this.removing = undefined;
    this.#focus = fieldId(key, 'remove');
    this.host.requestUpdate();
  }

  async #remove(session: FormSession, key: string) {
    this.removing = undefined;
    this.#go({ name: 'tasks' }, 'add-nominee');
    await session.removeNominee(key);
  }

  // ——— Check your answers ———

  #allProblems(session: FormSession, t: Strings, locale: Locale): { id: string; text: string; view: View }[] {
    const ctx = this.#context(session);
    const worded = (p: Problem, view: View) => ({ id: p.field, text: this.#wording(p, t), view });
    // A returned dossier is checked where it can change: the rest was accepted as sent, and the round's window is not asked again.
    return [
      ...(this.#mayChange(session, 'draft') ? proposalLevelProblems(session.draft, ctx, locale).map((p) => worded(p, { name: 'tasks' })) : []),
      ...(this.#mayChange(session, 'dossier') ? proposalSectionProblems(session.draft, ctx, locale).map((p) => worded(p, { name: 'proposal' })) : []),
      ...session.draft.nominees
        .filter((n) => this.#mayChangeNominee(session, n))
        .flatMap((n) => nomineeProblems(n, ctx, locale, session.draft).map((p) => worded(p, { name: 'nominee', key: n.key }))),
    ];
  }

  /** A link to a field in another view: opens the view, then focuses the field. */
  #changeLink(view: View, field: string, label: string, hidden: string) {
    return html`<a
      href="#${field}"
      @click=${(e: Event) => {
        e.preventDefault();
        this.#go(view, field);
      }}
      >${label}<span class="visually-hidden"> ${hidden}</span></a
    >`;
  }

  #row(key: string, value: unknown, change?: { view: View; field: string; t: Strings }) {
    return html`<div class="summary-row">
      <dt class="summary-key">${key}</dt>
      <dd class="summary-value">${value}</dd>
      ${change ? html`<dd class="summary-actions">${this.#changeLink(change.view, change.field, change.t.review.change, key)}</dd>` : nothing}
    </div>`;
  }

  #renderAnswers(session: FormSession, t: Strings, locale: Locale, editable: boolean) {
    const c = session.commendation;
    const p = session.proposal;
    const r = t.review;
    const d = session.draft;
    const round = c.rounds.find((x) => x.round.id === p.roundId)?.round;
    const award = c.awardTypes.find((a) => a.id === p.awardTypeId);
    const change = (view: View, field: string) => (editable && this.#mayChange(session, 'dossier') ? { view, field, t } : undefined);
    const files = (list: readonly { name: string; kind: string }[], kinds: readonly EvidenceUpload['kind'][]) =>
      list.length
        ? html`<ul class="plain">
            ${list.filter((f) => kinds.includes(f.kind as EvidenceUpload['kind'])).map((f) => html`<li>${t.files.kind[f.kind as EvidenceUpload['kind']]}: ${f.name}</li>`)}
          </ul>`
        : r.none;
    const contact = d.contact;
    const proposalView: View = { name: 'proposal' };
    return html`<h3 class="subheading">${r.proposal}</h3>
      <dl class="summary-list">
        ${this.#row(r.unit, localize(session.unit.name, locale))} ${this.#row(r.round, round ? localize(round.title, locale) : p.roundId)}
        ${this.#row(r.award, award ? localize(award.title, locale) : p.awardTypeId)}
        ${this.#row(
          r.contact,
          contactTouched(contact)
            ? html`<ul class="plain">
                ${[contact.name, contact.position, contact.phone, contact.email].filter((x) => x.trim()).map((x) => html`<li>${x}</li>`)}
              </ul>`
            : r.none,
          change(proposalView, fieldId(PROPOSAL_SCOPE, 'contact', 'name')),
        )}
        ${this.#row(r.files, files(d.files, ['submissionLetter', 'councilMinutes', 'other']), change(proposalView, fieldId(PROPOSAL_SCOPE, 'file', 'submissionLetter')))}
      </dl>
      ${d.nominees.map((n, i) => this.#renderNomineeAnswers(session, n, i, t, locale, editable && this.#mayChangeNominee(session, n), files))}`;
  }

  #renderNomineeAnswers(
    session: FormSession,
    n: NomineeDraft,
    i: number,
    t: Strings,
    locale: Locale,
    editable: boolean,
    files: (list: readonly { name: string; kind: string }[], kinds: readonly EvidenceUpload['kind'][]) => unknown,
  ) {
    const c = session.commendation;
    const r = t.review;
    const view: View = { name: 'nominee', key: n.key };
    const change = (field: string) => (editable ? { view, field: fieldId(n.key, field), t } : undefined);
    const list = (items: string[]) => (items.length ? html`<ul class="plain">${items.map((x) => html`<li>${x}</li>`)}</ul>` : r.none);
    const reference = n.reference ? ` — ${n.reference}` : '';
    return html`<h3 class="subheading">${r.nominee} ${i + 1}: ${nomineeName(n) || t.nominee.untitled}${reference}</h3>
      <dl class="summary-list">
        ${this.#row(r.type, n.type ? t.nominee[n.type] : r.none, change('type'))}
        ${n.type === 'individual'
          ? html`${this.#row(r.name, nomineeName(n) || r.none, change('familyName'))}
            ${this.#row(r.gender, n.gender ? t.nominee[n.gender] : r.none, change('gender'))} ${this.#row(r.dateOfBirth, n.dateOfBirth || r.none, change('dateOfBirth'))}
            ${this.#row(r.position, n.position || r.none, change('position'))} ${this.#row(r.workplace, n.workplace || r.none, change('workplace'))}`
          : n.type === 'collective'
            ? html`${this.#row(r.name, n.name || r.none, change('name'))} ${this.#row(r.kind, n.kind ? t.nominee.kinds[n.kind] : r.none, change('kind'))}
              ${this.#row(r.headcount, n.headcount ? `${n.headcount}${n.women ? ` (${n.women})` : ''}` : r.none, change('headcount'))}`
            : nothing}
        ${this.#row(r.categories, list(c.achievementCategories.filter((x) => n.achievementCategoryIds.includes(x.id)).map((x) => localize(x.title, locale))), change('categories'))}
        ${this.#row(r.summary, n.summary || r.none, change('summary'))}
        ${this.#row(
          r.achievements,
          list(n.achievements.filter((a) => a.period.trim() || a.description.trim()).map((a) => `${a.period}: ${a.description}`)),
          change('achievements-0-period'),
        )}
        ${this.#row(
          r.priorAwards,
          list(n.priorAwards.map((p) => `${p.kind} (${p.year}, ${p.decisionNumber})`)),
          editable ? { view, field: n.priorAwards.length ? fieldId(n.key, 'priorAwards', 0, 'kind') : fieldId(n.key, 'summary'), t } : undefined,
        )}
        ${this.#row(
          r.criteria,
          list(c.criteria.filter((x) => n.attestedCriterionIds.includes(x.id)).map((x) => localize(x.text, locale))),
          editable ? { view, field: fieldId(n.key, 'criteria'), t } : undefined,
        )}
        ${this.#row(r.files, files(n.files, ['achievementReport', 'other']), change('file-achievementReport'))}
      </dl>`;
  }

  #renderReview(session: FormSession, t: Strings, locale: Locale) {
    const r = t.review;
    const submitting = session.submitState.state === 'submitting';
    // A returned dossier is resubmitted: the same checks and queue, other words.
    const again = session.proposal.status === 'returned' ? t.returned : undefined;
    return html`${this.#renderErrorSummary(this.summary, t)} ${this.#backLink(session, t, 'task-review')}
      <h2 id="review-heading" class="heading" tabindex="-1">${r.heading}</h2>
      ${this.#renderAnswers(session, t, locale, true)}
      <h3 class="subheading">${again?.resubmit ?? r.declarationHeading}</h3>
      <p>${again?.declaration ?? r.declaration}</p>
      ${session.submitState.state === 'failed' ? html`<p class="error-message" role="alert">${again?.failed ?? r.failed}</p>` : nothing}
      <form novalidate @submit=${(e: Event) => void this.#submit(e, session, t, locale)}>
        ${again
          ? html`<div class="field">
              <label for="resubmit-note">${again.note}</label>
              <p class="hint" id="resubmit-note-hint">${again.noteHint}</p>
              <textarea
                id="resubmit-note"
                rows="3"
                class="input"
                maxlength="2000"
                aria-describedby="resubmit-note-hint"
                .value=${live(session.resubmitNote)}
                @input=${(e: Event) => (session.resubmitNote = (e.target as HTMLTextAreaElement).value)}
              ></textarea>
            </div>`
          : nothing}
        <div class="actions">
          <button type="submit" class="primary" id="submit-proposal" aria-disabled=${submitting ? 'true' : 'false'}>
            ${submitting ? (again?.resubmitting ?? r.submitting) : (again?.resubmit ?? r.submit)}
          </button>
        </div>
      </form>`;
  }

  async #submit(e: Event, session: FormSession, t: Strings, locale: Locale) {
    e.preventDefault();
    if (session.submitState.state === 'submitting') return;
    const problems = this.#allProblems(session, t, locale);
    if (problems.length) return this.#showReviewProblems(problems.map((p) => ({ id: p.id, text: p.text, view: p.view })));
    const ok = await session.submit();
    if (ok) {
      this.host.dispatchEvent(new CustomEvent('thidua-submit', { detail: { proposal: session.proposal }, bubbles: true, composed: true }));
      return this.#go({ name: 'receipt' }, 'receipt-heading');
    }
    const state = session.submitState;
    if (state.state === 'refused') {
      const worded = serverProblems(state.issues, session.draft).map((p) => ({
        id: p.field,
        text: this.#wording(p, t),
        view: this.#viewOf(session, p.field),
      }));
      this.#showReviewProblems(worded.length ? worded : [{ id: 'review-heading', text: state.message || t.review.notReady, view: { name: 'review' } }]);
    } else if (session.save.state === 'failed' || session.save.state === 'refused') {
      // Something typed could not be saved: sending now would send the older version.
      const text = session.save.state === 'refused' ? session.save.message : t.save.failed;
      this.#showReviewProblems([{ id: 'review-heading', text, view: { name: 'review' } }]);
    } else {
      this.#focus = 'review-heading';
      this.host.requestUpdate();
    }
  }

  #viewOf(session: FormSession, field: string): View {
    const scope = field.split('-')[0]!;
    if (scope === PROPOSAL_SCOPE) return { name: 'proposal' };
    if (session.draft.nominees.some((n) => n.key === scope)) return { name: 'nominee', key: scope };
    return { name: 'tasks' };
  }

  /** The review's summary links to fields in other views: each link opens its view first. */
  #showReviewProblems(problems: { id: string; text: string; view: View }[]) {
    this.#reviewLinks = new Map(problems.map((p) => [p.id, p.view]));
    this.summary = problems.map(({ id, text }) => ({ id, text }));
    this.#focus = 'error-summary';
    this.host.requestUpdate();
  }
  #reviewLinks = new Map<string, View>();

  /** Follows a summary link of the review: opens the section and shows the same messages there. */
  followReviewLink(id: string): boolean {
    const view = this.#reviewLinks.get(id);
    if (!view || this.view.name !== 'review') return false;
    const session = this.session!;
    const t = this.host.strings('nomination')!;
    this.#go(view, id === 'tasks' ? 'tasks-heading' : id);
    if (view.name !== 'tasks') {
      const problems = this.#sectionProblems(session, t, this.host.locale);
      this.shown = new Map(problems.map((p) => [p.id, p.text]));
      this.summary = problems;
    }
    return true;
  }

  // ——— A dossier returned for completion ———

  /** Whether the proposer may change `part` now: the server's rule (`editRefusal`), so the form offers only the writes it accepts. */
  #mayChange(session: FormSession, part: ProposalPart): boolean {
    return editRefusal(session.proposal, part) === undefined;
  }

  /** A nominee not yet saved has no nomination: only a draft has those. */
  #mayChangeNominee(session: FormSession, n: NomineeDraft): boolean {
    return this.#mayChange(session, n.id ? { nominationId: n.id } : 'draft');
  }

  /**
   * The task list of a returned dossier: the return's reasons first (the
   * whole dossier's, each returned nominee's, the appraisers' messages), each
   * linking to its section; the sections that may change as links, the others
   * listed as not returned; no adding, removing or importing nominees.
   */
  #renderReturnedTasks(
    session: FormSession,
    t: Strings,
    locale: Locale,
    proposalStatus: keyof Strings['tasks']['status'],
    nominees: { n: NomineeDraft; status: keyof Strings['tasks']['status'] }[],
  ) {
    const p = session.proposal;
    const s = t.returned;
    const dossier = this.#mayChange(session, 'dossier');
    const openProposal = () => this.#go({ name: 'proposal' }, fieldId(PROPOSAL_SCOPE, 'heading'));
    const openNominee = (key: string) => () => this.#go({ name: 'nominee', key }, fieldId(key, 'heading'));
    const nomineeOf = (nominationId: string | null) => session.draft.nominees.find((n) => n.id !== undefined && n.id === nominationId);
    const editable = (n: NomineeDraft) => this.#mayChangeNominee(session, n);
    const link = (label: string, open: () => void) => html`<a href="#" class="task-link" @click=${(e: Event) => (e.preventDefault(), open())}>${label}</a>`;
    const reasons = [
      ...(p.returnReason ? [{ about: s.wholeDossier, text: p.returnReason, open: dossier ? openProposal : undefined }] : []),
      ...p.nominations
        .filter((x) => x.status === 'returned' && x.reason)
        .map((x) => {
          const n = nomineeOf(x.id);
          return { about: s.nominee((n && nomineeName(n)) || t.nominee.untitled), text: x.reason!, open: n ? openNominee(n.key) : undefined };
        }),
      // Messages addressed to the unit (the proposer's view never holds internal ones; filtered all the same).
      ...p.messages
        .filter((m) => m.audience === 'proposer')
        .map((m) => {
          const n = nomineeOf(m.nominationId);
          return {
            about: n ? s.nominee(nomineeName(n) || t.nominee.untitled) : s.message,
            text: `${m.text} (${dateTimeOf(m.at, locale)})`,
            open: n && editable(n) ? openNominee(n.key) : undefined,
          };
        }),
    ];
    const done = [...(dossier ? [proposalStatus] : []), ...nominees.filter(({ n }) => editable(n)).map((x) => x.status)];
    const ready = done.every((x) => x === 'completed');
    const locked = (id: string, label: string) => html`<li class="task">
      <span id=${id} class="task-name" aria-describedby="${id}-status">${label}</span>
      <strong id="${id}-status" class="tag tag-cannotStart">${s.locked}</strong>
    </li>`;
    return html`${this.#renderErrorSummary(this.summary, t)}
      <h2 id="tasks-heading" class="heading" tabindex="-1">${t.title}</h2>
      <section part="returned" class="banner returned" aria-labelledby="returned-heading">
        <h3 id="returned-heading" class="subheading">${s.title}</h3>
        <p>${s.intro}</p>
        <dl class="summary-list">
          ${reasons.map(
            (r) => html`<div class="summary-row">
              <dt class="summary-key">${r.open ? link(r.about, r.open) : r.about}</dt>
              <dd class="summary-value">${r.text}</dd>
            </div>`,
          )}
        </dl>
      </section>
      <h3 class="subheading">${t.tasks.heading}</h3>
      <ul part="task-list" class="task-list">
        ${dossier ? this.#task('task-proposal', t.tasks.proposal, proposalStatus, t, openProposal) : locked('task-proposal', t.tasks.proposal)}
      </ul>
      <h3 class="subheading">${t.tasks.nominees}</h3>
      <ul class="task-list" id="nominee-tasks">
        ${nominees.map(({ n, status }) =>
          editable(n)
            ? this.#task(`task-${n.key}`, nomineeName(n) || t.nominee.untitled, status, t, openNominee(n.key))
            : locked(`task-${n.key}`, nomineeName(n) || t.nominee.untitled),
        )}
      </ul>
      <h3 class="subheading">${s.review}</h3>
      <ul class="task-list">
        ${this.#task('task-review', s.review, ready ? 'notStarted' : 'cannotStart', t, () => this.#go({ name: 'review' }, 'review-heading'))}
      </ul>`;
  }

  // ——— The receipt ———

  #renderReceipt(session: FormSession, t: Strings, locale: Locale) {
    const p = session.proposal;
    const r = t.receipt;
    return html`<div part="receipt" class="panel">
        <h2 id="receipt-heading" class="panel-title" tabindex="-1">${p.status === 'submitted' ? r.title : p.status === 'resubmitted' ? t.returned.done : r.status[p.status]}</h2>
        <p class="panel-body">${r.reference}</p>
        <p><strong class="reference">${p.reference ?? ''}</strong></p>
        ${p.submittedAt ? html`<p class="panel-time">${r.at(dateTimeOf(p.submittedAt, locale))}</p>` : nothing}
      </div>
      <p>${r.next}</p>
      <div class="actions no-print"><button type="button" class="secondary" @click=${() => window.print()}>${r.print}</button></div>
      <h3 class="subheading">${r.summary}</h3>
      ${this.#renderAnswers(session, t, locale, false)}`;
  }
}

