import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { PHOTO_LIMITS, PHOTO_MEDIA_TYPES, actionProblems, dateIn, localize, nomineeGroup } from '@thidua/schemas/logic';
import type {
  Appraisal,
  AppraisalAction,
  Commendation,
  CommentAudience,
  Decision,
  FeaturedModel,
  HistoryEntry,
  Locale,
  Nomination,
  NominationChecklist,
  WorkflowActionType,
} from '@thidua/schemas';
import type { ThiduaClient, VersionedAppraisal } from '@thidua/sdk';
import { ApiLoader, type Ask } from '../shared/api-loader.js';
import { css } from '../shared/css.js';
import { deadlineBadge, deadlineStyles } from '../shared/deadline.js';
import { dossierStatus, dossierStatusStyles } from '../shared/dossier-status.js';
import { errorStyles, renderError } from '../shared/errors.js';
import { dateTimeParts, formatDateTime, formatFileSize, formatIsoDate } from '../shared/format.js';
import { icon } from '../shared/icons.js';
import { newIdempotencyKey } from '../shared/idempotency-key.js';
import { provideStrings, stringsFor, type Catalogue } from '../strings/index.js';
import { errors } from '../strings/vi/errors.js';
import { nominationQueue } from '../strings/vi/nomination-queue.js';
import { dmyToIso } from '../nomination-form/nomination-form-model.js';
import type { AppraisalChangeDetail, NominationReview } from './nomination-review.js';

/*
 * `<nomination-review>`'s whole working part, a chunk loaded at once (the
 * element's first paint is its loading line): the dossier and its
 * campaign's criteria from the API, the sections, the checklist, comments,
 * the action dialogs and the history; and what the person typed, kept apart
 * from the dossier the server answered, so that a reload — after a 412, when
 * someone else changed it — replaces the one and keeps the other.
 */

provideStrings(
  'vi',
  { errors, nominationQueue },
  { errors: () => import('../strings/en/errors.js'), nominationQueue: () => import('../strings/en/nomination-queue.js') },
);

type T = Catalogue['nominationReview'];
type Q = Catalogue['nominationQueue'];

/** What the element loads: the dossier with its version, and its campaign's criteria and categories. */
export interface NominationReviewLoad {
  appraisal: Appraisal;
  /** The `If-Match` of the next write. */
  etag: string;
  commendation: Commendation;
  /**
   * The coordinator's view of the awarded nominations: each one's award and
   * decision (by nomination id), and the featured models (by award id).
   * Empty for an appraiser, and while nothing is awarded.
   */
  results: ReviewResults;
}

/** An awarded nomination's award, and the decision that made it. */
export interface AwardOfNomination {
  awardId: string;
  decision: Pick<Decision, 'id' | 'number' | 'signedOn' | 'signer'>;
}

export interface ReviewResults {
  awards: Map<string, AwardOfNomination>;
  featured: Map<string, FeaturedModel>;
}

/**
 * The awards of a dossier's awarded nominations, asked for only by the
 * coordinator (whose `availableActions` on an appraised dossier include
 * `recordDecision`): the round's proposed list names each one's decision,
 * the decision its award; the campaign's featured models say which are featured.
 */
async function resultsOf(client: ThiduaClient, a: Appraisal, signal: AbortSignal): Promise<ReviewResults> {
  const results: ReviewResults = { awards: new Map(), featured: new Map() };
  if (!a.availableActions.includes('recordDecision') || !a.nominations.some((n) => n.status === 'awarded')) return results;
  const [list, models] = await Promise.all([
    client.rounds.proposedList(a.round.id, { awardTypeId: a.awardType.id, signal }),
    client.featuredModels.list(a.campaignId, { roundId: a.round.id, signal }),
  ]);
  const ids = new Set(list.items.filter((i) => i.proposal.id === a.id && i.decision).map((i) => i.decision!.id));
  const decisions = await Promise.all([...ids].map((id) => client.decisions.get(id, { signal })));
  for (const d of decisions)
    for (const award of d.awards) results.awards.set(award.nominationId, { awardId: award.id, decision: { id: d.id, number: d.number, signedOn: d.signedOn, signer: d.signer } });
  for (const m of models.items) results.featured.set(m.awardId, m);
  return results;
}

/** The API mode: the dossier and its campaign's commendation catalog, asked for together once the dossier says which campaign. */
class ReviewLoader extends ApiLoader<NominationReviewLoad, NominationReview> {
  constructor(host: NominationReview) {
    super(host);
    host.addStyles(errorStyles);
  }

  update(): void {
    const h = this.host;
    this.loadOnChange([h.proposalId, h.client, h.apiBase, h.token]);
  }

  protected override request(): Ask<NominationReviewLoad> | undefined {
    const id = this.host.proposalId;
    if (!id) return undefined;
    return async (client, signal) => {
      const { appraisal, etag } = await client.appraisals.get(id, { signal });
      const [commendation, results] = await Promise.all([client.campaigns.commendation(appraisal.campaignId, { signal }), resultsOf(client, appraisal, signal)]);
      return { appraisal, etag, commendation, results };
    };
  }

  /** The dossier as a write answered it: shown at once, with the version the next write names. */
  replace({ appraisal, etag }: VersionedAppraisal): void {
    const state = this.state;
    if (state.status !== 'ready') return;
    this.state = { status: 'ready', value: { ...state.value, appraisal, etag } };
    this.host.requestUpdate();
  }

  /** The client of the dossier shown, for the writes. */
  async client(): Promise<ThiduaClient> {
    const h = this.host;
    if (h.client) return h.client;
    if (h.apiBase) return (await import('../shared/client-loader.js')).loadClient({ apiBase: h.apiBase, locale: this.locale(), token: h.token || undefined });
    const client = await this.source?.();
    if (!client) throw Object.assign(new Error('No API configured'), { code: 'no_api' });
    return client;
  }
}

/** One criterion as the checklist shows it: the server's finding, or the person's change not yet saved. */
interface CheckDraft {
  met: boolean | null;
  note: string;
}

type DialogKind = 'return' | 'reject' | 'markEligible' | 'completeAppraisal' | 'recordDecision' | 'feature' | 'unfeature';

/** The decision as typed (the date as dd/mm/yyyy), and the Idempotency-Key of its sending. */
interface DecisionDraft {
  number: string;
  signedOn: string;
  signerName: string;
  signerTitle: string;
  chosen: Set<string>;
  /** Kept from a send until an answer comes: a send whose answer was lost, sent again, is recorded once. */
  key: string | undefined;
}

/** A featured model as typed: a new photo chosen, and its text alternative. */
interface FeatureDraft {
  awardId: string;
  existing: FeaturedModel | undefined;
  categoryId: string;
  narrative: string;
  storyUrl: string;
  alt: string;
  file: File | undefined;
}

/** The open dialog: which, about which nominee, what is typed, and what is wrong with it. */
interface DialogState {
  kind: DialogKind;
  nominationId?: string | undefined;
  /** The reason or note (the shared reason for a return). */
  text: string;
  /** A return's nominees chosen, each with its own reason. */
  chosen: Map<string, string>;
  problems: { field: string; text: string }[];
  /** The button that opened it: the focus goes back there. */
  opener: HTMLElement | null;
  decision?: DecisionDraft;
  feature?: FeatureDraft;
}

/** The full name of a nominee as the award writes it. */
function nomineeName(n: Nomination): string {
  const e = n.nominee;
  return e.type === 'collective' ? e.name : [e.familyName, e.middleName, e.givenName].map((s) => s?.trim()).filter(Boolean).join(' ');
}

/** Statuses a nominee may be returned from: any but withdrawn (the workflow's `counts`). */
const returnable = (n: Nomination) => n.status !== 'withdrawn';
const decided = (n: Nomination) => n.status === 'eligible' || n.status === 'rejected';

const AUDIENCE_ICONS: Record<CommentAudience, string> = {
  // A padlock: among the appraisers only.
  internal: 'M4 7.5h8v6.5H4zM5.5 7.5V5a2.5 2.5 0 015 0v2.5',
  // An envelope: sent to the proposing unit.
  proposer: 'M1.5 3.5h13v9h-13zM1.5 3.5 8 9l6.5-5.5',
};

/** `FeatureInput`'s narrative limit (`NARRATIVE_MAX` of the schemas' results module, which brings zod: kept out of this chunk). */
const NARRATIVE_MAX = 4000;

/** An https address, as `FeatureInput`'s `storyUrl` takes it. */
function isStoryUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

const DOWNLOAD_ICON = 'M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11';

/** The working part of one `<nomination-review>`. */
export class ReviewApp {
  readonly loader: ReviewLoader;
  /** Checklist changes not yet saved: by nomination, by criterion. */
  #checks = new Map<string, Map<string, CheckDraft>>();
  #comment: { text: string; audience: CommentAudience; nominationId: string; problem: string } = { text: '', audience: 'internal', nominationId: '', problem: '' };
  #dialog: DialogState | undefined;
  /** The dialog state the `<dialog>` was opened for: a late `close` of an earlier one leaves a newer one alone. */
  #shown: DialogState | undefined;
  /** What is being sent (one write at a time: each names the version the previous answered). */
  #busy: string | undefined;
  /** Said politely after a write. */
  #notice = '';
  /** What went wrong, or that the dossier changed meanwhile. */
  #alert = '';
  #downloads = new Map<string, 'loading' | 'failed'>();
  /** The element to focus after the next render. */
  #focus: string | undefined;
  /** Featured models written here (null: unfeatured), over the public list, which a cache may serve a minute old. */
  #featuredHere = new Map<string, FeaturedModel | null>();
  /** The versions of featured models written here: the next write names it (If-Match), before the version the list gave. */
  #featureEtags = new Map<string, string>();
  /** Printouts being fetched. */
  #printing = new Set<string>();

  constructor(private readonly host: NominationReview) {
    this.loader = new ReviewLoader(host);
  }

  update(): void {
    this.loader.update();
  }

  updated(): void {
    const root = this.host.renderRoot;
    const dialog = root.querySelector<HTMLDialogElement>('dialog');
    if (dialog && this.#dialog && !dialog.open) {
      this.#shown = this.#dialog;
      dialog.showModal();
      // The first field, else the first button: where a keyboard user starts.
      dialog.querySelector<HTMLElement>('textarea, input, select, button.primary')?.focus();
    }
    if (dialog?.open && !this.#dialog) dialog.close();
    const id = this.#focus;
    if (id) {
      const target = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
      if (target) {
        this.#focus = undefined;
        target.focus();
      }
    }
  }

  #state(): NominationReviewLoad | undefined {
    const s = this.loader.state;
    return s.status === 'ready' ? s.value : s.status === 'loading' ? s.previous : undefined;
  }

  render(t: T, q: Q, locale: Locale): TemplateResult {
    const state = this.loader.state;
    if (state.status === 'error') return html`<div part="base" class="base">${this.#renderError(locale)}</div>`;
    const loaded = this.#state();
    if (!loaded) return html`<p part="base" class="loading" role="status" aria-busy="true">${t.loading}</p>`;
    const a = loaded.appraisal;
    return html`<article part="base" class="base" aria-busy=${state.status === 'loading' ? 'true' : nothing} aria-labelledby="title">
      ${this.#renderHeader(a, t, q, locale)}
      <p part="notice" class="notice" role="status">${this.#notice}</p>
      <div part="alert" class="alert" role="alert">${this.#alert ? html`<p>${icon(ALERT_ICON)}<span>${this.#alert}</span></p>` : nothing}</div>
      ${this.#renderActions(a, t)} ${this.#renderResults(a, loaded.results, t, locale)}
      ${this.#renderProposer(a, t, locale)}
      <section part="section" class="section" aria-labelledby="nominations-title">
        <h3 id="nominations-title">${t.nominations}</h3>
        ${a.nominations.map((n) => this.#renderNomination(a, loaded.commendation, loaded.results, n, t, q, locale))}
      </section>
      ${this.#renderComments(a, t, locale)} ${this.#renderHistory(a, t, q, locale)} ${this.#renderDialog(a, t)}
    </article>`;
  }

  #renderError(locale: Locale) {
    const error = this.loader.state.status === 'error' ? this.loader.state.error : undefined;
    const m = stringsFor(locale, 'errors');
    if (m instanceof Promise) {
      void m.then(() => this.host.requestUpdate());
      return nothing;
    }
    return renderError(error, m as Catalogue['errors'], 'appraisal', [this.host.proposalId], () => void this.loader.load());
  }

  // ——— Header: the dossier, its status and deadline ———

  #renderHeader(a: Appraisal, t: T, q: Q, locale: Locale) {
    const f = t.facts;
    const complete = a.deadline?.completeOn ? formatIsoDate(a.deadline.completeOn) : dateTimeParts(a.submittedAt, locale)?.[0];
    return html`<header part="header" class="header">
      <h2 id="title" tabindex="-1">${t.title(a.reference ?? a.id)}</h2>
      <dl class="facts">
        <div><dt>${f.status}</dt><dd>${dossierStatus(a.status, q.statuses[a.status])}</dd></div>
        <div><dt>${f.deadline}</dt><dd>${deadlineBadge(a.deadline, q)}</dd></div>
        <div><dt>${f.unit}</dt><dd>${localize(a.proposingUnit.name, locale)}</dd></div>
        <div><dt>${f.awardType}</dt><dd>${localize(a.awardType.title, locale)}</dd></div>
        <div><dt>${f.round}</dt><dd>${a.round.title ? localize(a.round.title, locale) : q.unknown(a.round.id)}</dd></div>
        <div><dt>${f.completeOn}</dt><dd>${complete ?? '—'}</dd></div>
      </dl>
      ${a.returnReason ? html`<div class="reason"><p class="label">${t.returnReason}</p><p class="text">${a.returnReason}</p></div>` : nothing}
    </header>`;
  }

  // ——— Actions ———

  /** The dossier's own actions: take into appraisal, return, complete (a nominee's are in its section). */
  #renderActions(a: Appraisal, t: T) {
    const open = (['startAppraisal', 'return', 'completeAppraisal'] as const).filter((x) => a.availableActions.includes(x));
    return html`<section part="section actions" class="actions" aria-labelledby="actions-title">
      <h3 id="actions-title">${t.actionsTitle}</h3>
      ${open.length
        ? html`<div class="buttons">
            ${open.map(
              (x) => html`<button
                part="action"
                class="action ${x} ${x === 'startAppraisal' ? 'primary' : ''}"
                id="action-${x}"
                type="button"
                aria-disabled=${this.#busy ? 'true' : nothing}
                @click=${(e: Event) => (x === 'startAppraisal' ? void this.#act({ type: 'startAppraisal' }, t) : this.#openDialog(x, e.currentTarget as HTMLElement))}
              >
                ${this.#busy === x ? t.working : t.actions[x]}
              </button>`,
            )}
          </div>`
        : html`<p class="muted">${t.noActions}</p>`}
    </section>`;
  }

  // ——— The proposing unit ———

  #renderProposer(a: Appraisal, t: T, locale: Locale) {
    const p = t.proposer;
    const c = a.contact;
    return html`<section part="section" class="section" aria-labelledby="proposer-title">
      <h3 id="proposer-title">${p.title}</h3>
      <p class="unit">${localize(a.proposingUnit.name, locale)}</p>
      ${c
        ? html`<dl class="pairs">
            <div><dt>${p.contact}</dt><dd>${c.name}</dd></div>
            ${c.position ? html`<div><dt>${p.position}</dt><dd>${c.position}</dd></div>` : nothing}
            <div><dt>${p.phone}</dt><dd><a href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a></dd></div>
            <div><dt>${p.email}</dt><dd><a href="mailto:${c.email}">${c.email}</a></dd></div>
          </dl>`
        : html`<p class="muted">${p.noContact}</p>`}
      <h4>${p.files}</h4>
      ${this.#renderFiles(a, a.files, t, locale)}
    </section>`;
  }

  #renderFiles(a: Appraisal, files: Appraisal['files'] | Nomination['files'], t: T, locale: Locale) {
    if (!files.length) return html`<p class="muted">${t.noFiles}</p>`;
    return html`<ul class="files">
      ${files.map((f) => {
        const state = this.#downloads.get(f.id);
        return html`<li>
          <span class="file-kind">${t.fileKinds[f.kind]}</span>
          <button part="download" class="download" type="button" aria-disabled=${state === 'loading' ? 'true' : nothing} @click=${() => void this.#download(a, f)}>
            ${icon(DOWNLOAD_ICON)}<span>${state === 'loading' ? t.downloading : t.download}</span><span class="visually-hidden">${t.downloadWhat(f.name)}</span>
          </button>
          <span class="file-name">${f.name}</span> <span class="muted">${t.fileSize(formatFileSize(f.size, locale))}</span>
          ${state === 'failed' ? html`<p class="field-error" role="alert">${t.downloadFailed(f.name)}</p>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  /**
   * A document's bytes, asked for with the token (a plain link would go
   * without it), saved under its name from a blob URL.
   */
  async #download(a: Appraisal, file: { id: string; name: string }) {
    if (this.#downloads.get(file.id) === 'loading') return;
    this.#downloads.set(file.id, 'loading');
    this.host.requestUpdate();
    try {
      const client = await this.loader.client();
      const blob = await client.nominations.downloadEvidence(a.id, file.id);
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: file.name });
      this.host.renderRoot.appendChild(link);
      link.click();
      link.remove();
      // The browser has taken the bytes once the click is handled.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.#downloads.delete(file.id);
      this.host.dispatchEvent(new CustomEvent('thidua-download', { detail: { fileId: file.id, name: file.name, size: blob.size }, bubbles: true, composed: true }));
    } catch {
      this.#downloads.set(file.id, 'failed');
    }
    this.host.requestUpdate();
  }

  // ——— A nominee ———

  #renderNomination(a: Appraisal, c: Commendation, results: ReviewResults, n: Nomination, t: T, q: Q, locale: Locale) {
    const name = nomineeName(n);
    const m = t.nominee;
    const e = n.nominee;
    const pairs: [string, string][] =
      e.type === 'individual'
        ? [
            [m.kind, q.groups[nomineeGroup(e)]],
            [m.position, e.position],
            [m.workplace, e.workplace],
            [m.gender, m.genders[e.gender]],
            [m.dateOfBirth, formatIsoDate(e.dateOfBirth) ?? ''],
          ]
        : [
            [m.kind, t.collectiveKinds[e.kind]],
            ...(e.headcount === undefined ? [] : ([[m.headcount, String(e.headcount)]] as [string, string][])),
            ...(e.women === undefined ? [] : ([[m.women, String(e.women)]] as [string, string][])),
          ];
    const categories = n.achievementCategoryIds.map((id) => c.achievementCategories.find((x) => x.id === id)).filter((x) => x !== undefined);
    const criterion = (id: string) => {
      const found = c.criteria.find((x) => x.id === id);
      return found ? localize(found.text, locale) : t.checklist.unknownCriterion(id);
    };
    const key = n.id;
    const mayDecide = a.availableActions.includes('markEligible') && n.status !== 'withdrawn';
    return html`<section part="section nomination" class="nomination" aria-labelledby="n-${key}">
      <div class="nomination-head">
        <h4 id="n-${key}" tabindex="-1">${name}</h4>
        ${n.reference ? html`<span class="code">${n.reference}</span>` : nothing} ${dossierStatus(n.status, q.statuses[n.status])}
      </div>
      ${n.reason ? html`<div class="reason"><p class="label">${m.reason}</p><p class="text">${n.reason}</p></div>` : nothing}
      ${n.status === 'awarded' ? this.#renderAward(n, name, c, results, t, locale) : nothing}
      ${mayDecide
        ? html`<div class="buttons">
            ${(['markEligible', 'reject'] as const).map(
              (x) => html`<button
                part="action"
                class="action ${x}"
                id="action-${x}-${key}"
                type="button"
                aria-disabled=${this.#busy ? 'true' : nothing}
                @click=${(ev: Event) => this.#openDialog(x, ev.currentTarget as HTMLElement, n.id)}
              >
                ${t.actions[x]}<span class="visually-hidden">${t.actionFor(name)}</span>
              </button>`,
            )}
          </div>`
        : nothing}
      <dl class="pairs">${pairs.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
      ${n.summary ? html`<h5>${m.summary}</h5><p class="text">${n.summary}</p>` : nothing}
      <h5>${m.achievements}</h5>
      ${n.achievements.length
        ? html`<table class="achievements">
            <thead><tr><th scope="col">${m.period}</th><th scope="col">${m.description}</th></tr></thead>
            <tbody>${n.achievements.map((x) => html`<tr><td>${x.period}</td><td class="text">${x.description}</td></tr>`)}</tbody>
          </table>`
        : html`<p class="muted">${m.noAchievements}</p>`}
      <h5>${m.priorAwards}</h5>
      ${n.priorAwards.length
        ? html`<ul>${n.priorAwards.map((x) => html`<li>${m.priorAward(x.kind, x.year, x.decisionNumber)}</li>`)}</ul>`
        : html`<p class="muted">${m.noPriorAwards}</p>`}
      ${categories.length ? html`<h5>${m.categories}</h5><ul>${categories.map((x) => html`<li>${localize(x.title, locale)}</li>`)}</ul>` : nothing}
      <h5>${m.attested}</h5>
      ${n.attestedCriterionIds.length ? html`<ul>${n.attestedCriterionIds.map((id) => html`<li>${criterion(id)}</li>`)}</ul>` : html`<p class="muted">${m.noneAttested}</p>`}
      <h5>${m.files}</h5>
      ${this.#renderFiles(a, n.files, t, locale)}
      ${this.#renderChecklist(a, n, name, criterion, t, locale)}
    </section>`;
  }

  // ——— The checklist ———

  /** A criterion as shown: the person's change if any, else the server's finding. */
  #check(list: NominationChecklist | undefined, nominationId: string, criterionId: string): CheckDraft {
    const draft = this.#checks.get(nominationId)?.get(criterionId);
    if (draft) return draft;
    const stored = list?.criteria.find((x) => x.criterionId === criterionId);
    return { met: stored?.met ?? null, note: stored?.note ?? '' };
  }

  #setCheck(list: NominationChecklist | undefined, nominationId: string, criterionId: string, change: Partial<CheckDraft>) {
    let drafts = this.#checks.get(nominationId);
    if (!drafts) this.#checks.set(nominationId, (drafts = new Map()));
    drafts.set(criterionId, { ...this.#check(list, nominationId, criterionId), ...change });
    this.host.requestUpdate();
  }

  #renderChecklist(a: Appraisal, n: Nomination, name: string, criterion: (id: string) => string, t: T, locale: Locale) {
    const s = t.checklist;
    const list = a.checklists.find((x) => x.nominationId === n.id);
    if (!list || !list.criteria.length) return nothing;
    // The appraisers fill it while the dossier is under appraisal (when they may decide); the coordinator reads it.
    const editable = a.availableActions.includes('markEligible');
    const unsaved = (this.#checks.get(n.id)?.size ?? 0) > 0;
    const id = (c: string, what: string) => `check-${n.id}-${c}-${what}`;
    const options: [string, boolean | null][] = [
      [s.met, true],
      [s.notMet, false],
      [s.unchecked, null],
    ];
    const saved = list.updatedAt ? s.saved(formatDateTime(list.updatedAt, locale) ?? '') : s.never;
    return html`<form part="checklist" class="checklist" aria-labelledby="checklist-${n.id} n-${n.id}" @submit=${(e: Event) => (e.preventDefault(), void this.#saveChecklist(a, n, name, t))}>
      <h5 id="checklist-${n.id}">${s.title}</h5>
      <p class="muted">${editable ? saved : s.readOnly}</p>
      <ol class="criteria">
        ${list.criteria.map((c) => {
          const value = this.#check(list, n.id, c.criterionId);
          const attested = n.attestedCriterionIds.includes(c.criterionId);
          return html`<li>
            <fieldset ?disabled=${!editable}>
              <legend>${criterion(c.criterionId)}</legend>
              ${attested ? html`<p class="attested">${icon('M2 8.5l4 4L14 4')}<span>${s.attested}</span></p>` : nothing}
              <div class="choices">
                ${options.map(
                  ([label, met]) => html`<label class="choice">
                    <input
                      type="radio"
                      name=${id(c.criterionId, 'met')}
                      .checked=${live(value.met === met)}
                      @change=${() => this.#setCheck(list, n.id, c.criterionId, { met })}
                    />
                    <span>${label}</span>
                  </label>`,
                )}
              </div>
              <label for=${id(c.criterionId, 'note')}>${s.note}</label>
              <textarea
                id=${id(c.criterionId, 'note')}
                rows="2"
                maxlength="1000"
                .value=${live(value.note)}
                @input=${(e: Event) => this.#setCheck(list, n.id, c.criterionId, { note: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
            </fieldset>
          </li>`;
        })}
      </ol>
      ${editable
        ? html`<div class="buttons">
            <button part="save-checklist" class="primary" id="save-${n.id}" type="submit" aria-disabled=${this.#busy ? 'true' : nothing}>
              ${this.#busy === `checklist-${n.id}` ? t.working : s.save}<span class="visually-hidden">${t.actionFor(name)}</span>
            </button>
            ${unsaved ? html`<span class="unsaved">${icon(ALERT_ICON)}${s.unsaved}</span>` : nothing}
          </div>`
        : nothing}
    </form>`;
  }

  async #saveChecklist(a: Appraisal, n: Nomination, name: string, t: T) {
    const drafts = this.#checks.get(n.id);
    if (!drafts?.size || this.#busy) return;
    const criteria = [...drafts].map(([criterionId, d]) => ({ criterionId, met: d.met, note: d.note.trim() || null }));
    const sent = new Map(drafts);
    await this.#write(`checklist-${n.id}`, t, async (client, etag) => client.appraisals.updateChecklist(a.id, n.id, { criteria }, { etag }), {
      change: 'checklist',
      notice: t.done.checklist(name),
      done: () => {
        // Only what was sent is saved: a change typed meanwhile stays a change.
        for (const [criterionId, d] of sent) if (drafts.get(criterionId) === d) drafts.delete(criterionId);
      },
    });
  }

  // ——— Comments ———

  #renderComments(a: Appraisal, t: T, locale: Locale) {
    const s = t.comments;
    const named = (id: string | null) => {
      const n = id ? a.nominations.find((x) => x.id === id) : undefined;
      return n ? s.about(nomineeName(n)) : s.wholeDossier;
    };
    const draft = this.#comment;
    return html`<section part="section comments" class="section comments" aria-labelledby="comments-title">
      <h3 id="comments-title">${s.title}</h3>
      ${a.comments.length
        ? html`<ul class="comment-list">
            ${a.comments.map(
              (c) => html`<li part="comment" class="comment ${c.audience}">
                <p class="comment-meta">
                  <span part="audience" class="audience ${c.audience}">${icon(AUDIENCE_ICONS[c.audience])}<span>${s.audiences[c.audience]}</span></span>
                  <span>${named(c.nominationId)}</span>
                  <span class="muted">${this.#actor(c.author, t, locale)} · <time datetime=${c.at}>${formatDateTime(c.at, locale)}</time></span>
                </p>
                <p class="text">${c.text}</p>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${s.none}</p>`}
      <form class="comment-form" novalidate @submit=${(e: Event) => (e.preventDefault(), void this.#sendComment(a, t))}>
        <h4>${s.add}</h4>
        <label for="comment-text">${s.text}</label>
        ${draft.problem ? html`<p class="field-error" id="comment-error">${draft.problem}</p>` : nothing}
        <textarea
          id="comment-text"
          rows="3"
          maxlength="2000"
          aria-invalid=${draft.problem ? 'true' : nothing}
          aria-describedby=${draft.problem ? 'comment-error' : nothing}
          .value=${live(draft.text)}
          @input=${(e: Event) => ((draft.text = (e.target as HTMLTextAreaElement).value), (draft.problem = ''))}
        ></textarea>
        <fieldset class="audience-choice">
          <legend>${s.audience}</legend>
          ${(['internal', 'proposer'] as const).map(
            (x) => html`<label class="choice">
              <input type="radio" name="comment-audience" .checked=${draft.audience === x} @change=${() => ((draft.audience = x), this.host.requestUpdate())} />
              ${icon(AUDIENCE_ICONS[x])}<span>${s.audiences[x]}</span>
            </label>`,
          )}
        </fieldset>
        ${a.nominations.length > 1
          ? html`<label for="comment-about">${s.nomination}</label>
              <select id="comment-about" @change=${(e: Event) => (draft.nominationId = (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!draft.nominationId}>${s.wholeDossier}</option>
                ${a.nominations.map((n) => html`<option value=${n.id} ?selected=${draft.nominationId === n.id}>${nomineeName(n)}</option>`)}
              </select>`
          : nothing}
        <div class="buttons">
          <button class="primary" id="comment-send" type="submit" aria-disabled=${this.#busy ? 'true' : nothing}>${this.#busy === 'comment' ? t.working : s.send}</button>
        </div>
      </form>
    </section>`;
  }

  async #sendComment(a: Appraisal, t: T) {
    const draft = this.#comment;
    if (this.#busy) return;
    if (!draft.text.trim()) {
      draft.problem = t.comments.required;
      this.#focus = 'comment-text';
      this.host.requestUpdate();
      return;
    }
    const input = { text: draft.text.trim(), audience: draft.audience, ...(draft.nominationId ? { nominationId: draft.nominationId } : {}) };
    await this.#write('comment', t, (client) => client.appraisals.comment(a.id, input), {
      change: 'comment',
      notice: t.done.comment,
      done: () => {
        this.#comment = { text: '', audience: draft.audience, nominationId: draft.nominationId, problem: '' };
      },
    });
  }

  // ——— History ———

  #actor(actor: HistoryEntry['actor'], t: T, locale: Locale): string {
    const h = t.history;
    if (!actor) return h.roles.system;
    return actor.unit ? `${h.roles[actor.role]} — ${localize(actor.unit.name, locale)}` : h.roles[actor.role];
  }

  #renderHistory(a: Appraisal, t: T, q: Q, locale: Locale) {
    const h = t.history;
    const name = (id: string | null) => {
      const n = id ? a.nominations.find((x) => x.id === id) : undefined;
      return n ? nomineeName(n) : undefined;
    };
    // Newest first: what the appraiser asks is what happened last.
    const entries = [...a.history].reverse();
    return html`<section part="section" class="section" aria-labelledby="history-title">
      <h3 id="history-title">${h.title}</h3>
      ${entries.length
        ? html`<ol part="history" class="timeline" reversed>
            ${entries.map((e) => {
              const about = name(e.nominationId);
              return html`<li class="step ${e.action}">
                <p class="step-head">
                  <time datetime=${e.at}>${formatDateTime(e.at, locale)}</time>
                  <strong>${h.actions[e.action]}</strong>${about ? html`: <span>${about}</span>` : nothing}
                </p>
                <p class="muted">
                  ${h.by(this.#actor(e.actor, t, locale))}${e.from && e.to && e.from !== e.to ? html` · ${h.moved(q.statuses[e.from], q.statuses[e.to])}` : nothing}
                </p>
                ${e.reason ? html`<p><span class="label">${h.reason}:</span> <span class="text">${e.reason}</span></p>` : nothing}
                ${e.nominations?.length
                  ? html`<ul>
                      ${e.nominations.map((r) => html`<li>${name(r.nominationId) ?? t.unnamed}${r.reason ? html`: <span class="text">${r.reason}</span>` : nothing}</li>`)}
                    </ul>`
                  : nothing}
                ${e.note ? html`<p><span class="label">${h.note}:</span> <span class="text">${e.note}</span></p>` : nothing}
              </li>`;
            })}
          </ol>`
        : html`<p class="muted">${h.none}</p>`}
    </section>`;
  }


  // ——— The coordinator's steps: the decision, exemplary models, printouts ———

  /** The version a featured model's next write names: the one written here, else `*` (the list gives none). */
  #featureOf(results: ReviewResults, awardId: string): FeaturedModel | undefined {
    const here = this.#featuredHere.get(awardId);
    return here === null ? undefined : (here ?? results.featured.get(awardId));
  }

  /** The coordinator's part: record the Chairman's decision for the eligible nominees, and the printouts. */
  #renderResults(a: Appraisal, results: ReviewResults, t: T, locale: Locale) {
    if (!a.availableActions.includes('recordDecision')) return nothing;
    const r = t.results;
    const eligible = a.nominations.some((n) => n.status === 'eligible');
    const decisions = new Map([...results.awards.values()].map((x) => [x.decision.id, x.decision]));
    void locale;
    return html`<section part="section results" class="section results" aria-labelledby="results-title">
      <h3 id="results-title">${r.title}</h3>
      <div class="buttons">
        ${eligible
          ? html`<button
              part="action"
              class="action recordDecision primary"
              id="action-recordDecision"
              type="button"
              aria-haspopup="dialog"
              aria-disabled=${this.#busy ? 'true' : nothing}
              @click=${(e: Event) => this.#openDecision(a, e.currentTarget as HTMLElement)}
            >
              ${r.recordDecision}
            </button>`
          : nothing}
        ${[...decisions.values()].map((d) => this.#printButton(`certificates-${d.id}`, r.printCertificates(d.number), t, (client) => client.decisions.certificates(d.id), `bang-khen-${d.number}`))}
        ${this.#printButton('proposed-list', r.printList, t, (client) => client.rounds.printProposedList(a.round.id, { awardTypeId: a.awardType.id }), `danh-sach-de-nghi-${a.round.id}`)}
      </div>
    </section>`;
  }

  /**
   * A printout the API serves only with the token: fetched with it and saved
   * as an HTML file to open and print. Not opened from a blob: URL in a tab —
   * such a document takes this page's Content-Security-Policy, which refuses
   * the printout's own styles — and never a link with the token in it.
   */
  #printButton(id: string, label: string, t: T, fetchIt: (client: ThiduaClient) => Promise<Blob>, fileName: string) {
    const busy = this.#printing.has(id);
    return html`<button part="print" class="print" id="print-${id}" type="button" aria-disabled=${busy ? 'true' : nothing} @click=${() => void this.#print(id, fetchIt, fileName, t)}>
      ${icon(DOWNLOAD_ICON)}<span>${busy ? t.results.preparing : label}</span>
    </button>`;
  }

  async #print(id: string, fetchIt: (client: ThiduaClient) => Promise<Blob>, fileName: string, t: T) {
    if (this.#printing.has(id)) return;
    this.#printing.add(id);
    this.#alert = '';
    this.host.requestUpdate();
    try {
      const blob = await fetchIt(await this.loader.client());
      const url = URL.createObjectURL(blob);
      const name = `${fileName.replace(/[^\p{L}\p{N}.-]+/gu, '-')}.html`;
      const link = Object.assign(document.createElement('a'), { href: url, download: name });
      this.host.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.host.dispatchEvent(new CustomEvent('thidua-download', { detail: { fileId: id, name, size: blob.size }, bubbles: true, composed: true }));
    } catch {
      this.#alert = t.results.printFailed;
    }
    this.#printing.delete(id);
    this.host.requestUpdate();
  }

  /** An awarded nominee: its decision, and for the coordinator, featuring it as an exemplary model. */
  #renderAward(n: Nomination, name: string, c: Commendation, results: ReviewResults, t: T, locale: Locale) {
    const r = t.results;
    const d = n.decision;
    const award = results.awards.get(n.id);
    const model = award ? this.#featureOf(results, award.awardId) : undefined;
    const category = model ? (c.achievementCategories.find((x) => x.id === model.category.id)?.title ?? model.category.title) : undefined;
    return html`<div part="award" class="award">
      ${d ? html`<p><span class="label">${r.decision}:</span> <span>${r.decisionLine(d.number, formatIsoDate(d.signedOn) ?? d.signedOn, d.signer.title, d.signer.name)}</span></p>` : nothing}
      ${model
        ? html`<p part="featured" class="featured">${icon(STAR_ICON)}<span>${r.featured}</span>${category ? html` <span class="muted">— ${localize(category, locale)}</span>` : nothing}</p>`
        : nothing}
      ${award
        ? html`<div class="buttons">
            <button
              part="action"
              class="action feature"
              id="action-feature-${n.id}"
              type="button"
              aria-haspopup="dialog"
              aria-disabled=${this.#busy ? 'true' : nothing}
              @click=${(e: Event) => this.#openFeature(n.id, award.awardId, model, e.currentTarget as HTMLElement)}
            >
              ${model ? r.editFeature : r.feature}<span class="visually-hidden">${t.actionFor(name)}</span>
            </button>
            ${model
              ? html`<button
                  part="action"
                  class="action unfeature"
                  id="action-unfeature-${n.id}"
                  type="button"
                  aria-haspopup="dialog"
                  aria-disabled=${this.#busy ? 'true' : nothing}
                  @click=${(e: Event) => this.#openDialog('unfeature', e.currentTarget as HTMLElement, n.id, { feature: this.#featureDraft(award.awardId, model) })}
                >
                  ${r.unfeature}<span class="visually-hidden">${t.actionFor(name)}</span>
                </button>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  #openDecision(a: Appraisal, opener: HTMLElement) {
    const chosen = new Set(a.nominations.filter((n) => n.status === 'eligible').map((n) => n.id));
    this.#openDialog('recordDecision', opener, undefined, { decision: { number: '', signedOn: '', signerName: '', signerTitle: '', chosen, key: undefined } });
  }

  #featureDraft(awardId: string, model: FeaturedModel | undefined): FeatureDraft {
    return {
      awardId,
      existing: model,
      categoryId: model?.category.id ?? '',
      narrative: model?.narrative ?? '',
      storyUrl: model?.storyUrl ?? '',
      alt: model?.photo?.alt ?? '',
      file: undefined,
    };
  }

  #openFeature(nominationId: string, awardId: string, model: FeaturedModel | undefined, opener: HTMLElement) {
    this.#openDialog('feature', opener, nominationId, { feature: this.#featureDraft(awardId, model) });
  }

  /** A one-line field of a dialog, labelled, with its hint and error (the summary links to it). */
  #input(d: DialogState, id: string, label: string, value: string, set: (v: string) => void, o: { hint?: string; required?: boolean; type?: string; max?: number; autocomplete?: string } = {}) {
    const problem = d.problems.find((p) => p.field === id);
    const described = [problem ? `${id}-error` : '', o.hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${o.hint ? html`<span class="muted" id="${id}-hint">${o.hint}</span>` : nothing}
      ${problem ? html`<p class="field-error" id="${id}-error">${problem.text}</p>` : nothing}
      <input
        id=${id}
        type=${o.type ?? 'text'}
        maxlength=${o.max ?? nothing}
        autocomplete=${o.autocomplete ?? 'off'}
        ?required=${o.required}
        aria-required=${o.required ? 'true' : nothing}
        aria-invalid=${problem ? 'true' : nothing}
        aria-describedby=${described || nothing}
        .value=${live(value)}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  #decisionFields(a: Appraisal, d: DialogState, t: T) {
    const r = t.results;
    const x = d.decision!;
    const eligible = a.nominations.filter((n) => n.status === 'eligible');
    const problem = d.problems.find((p) => p.field === 'decision-which');
    return html`<p>${r.decisionIntro(localize(a.awardType.title, this.host.locale))}</p>
      ${this.#input(d, 'decision-number', r.number, x.number, (v) => (x.number = v), { hint: r.numberHint, required: true, max: 50 })}
      ${this.#input(d, 'decision-date', r.signedOn, x.signedOn, (v) => (x.signedOn = v), { hint: r.dateHint, required: true, max: 10 })}
      ${this.#input(d, 'decision-signer', r.signerName, x.signerName, (v) => (x.signerName = v), { required: true, max: 100, autocomplete: 'name' })}
      ${this.#input(d, 'decision-title', r.signerTitle, x.signerTitle, (v) => (x.signerTitle = v), { hint: r.signerTitleHint, required: true, max: 200, autocomplete: 'organization-title' })}
      <fieldset class="decision-which" aria-describedby=${problem ? 'decision-which-error decision-which-hint' : 'decision-which-hint'}>
        <legend>${r.which}</legend>
        <p class="muted" id="decision-which-hint">${r.whichHint}</p>
        ${problem ? html`<p class="field-error" id="decision-which-error">${problem.text}</p>` : nothing}
        ${eligible.map(
          (n, i) => html`<label class="choice">
            <input
              type="checkbox"
              id=${i === 0 ? 'decision-which' : `decision-which-${n.id}`}
              .checked=${live(x.chosen.has(n.id))}
              @change=${(e: Event) => {
                if ((e.target as HTMLInputElement).checked) x.chosen.add(n.id);
                else x.chosen.delete(n.id);
                this.host.requestUpdate();
              }}
            />
            <span>${nomineeName(n)}</span>
          </label>`,
        )}
      </fieldset>`;
  }

  #featureFields(d: DialogState, t: T) {
    const r = t.results;
    const f = d.feature!;
    const locale = this.host.locale;
    const loaded = this.#state();
    const categories = loaded?.commendation.achievementCategories ?? [];
    const problem = (id: string) => d.problems.find((p) => p.field === id);
    const field = (id: string, label: string, control: TemplateResult, hint?: string) => html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="muted" id="${id}-hint">${hint}</span>` : nothing}
      ${problem(id) ? html`<p class="field-error" id="${id}-error">${problem(id)!.text}</p>` : nothing}
      ${control}
    </div>`;
    const described = (id: string, hint: boolean) => [problem(id) ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || nothing;
    const max = String(NARRATIVE_MAX);
    const size = formatFileSize(PHOTO_LIMITS.fileBytes, locale);
    const photo = Boolean(f.file || f.existing?.photo);
    return html`${field(
        'feature-category',
        r.category,
        html`<select
          id="feature-category"
          required
          aria-required="true"
          aria-invalid=${problem('feature-category') ? 'true' : nothing}
          aria-describedby=${described('feature-category', false)}
          @change=${(e: Event) => (f.categoryId = (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!f.categoryId}>${r.chooseCategory}</option>
          ${categories.map((c) => html`<option value=${c.id} ?selected=${f.categoryId === c.id}>${localize(c.title, locale)}</option>`)}
        </select>`,
      )}
      ${field(
        'feature-narrative',
        r.narrative,
        html`<textarea
            id="feature-narrative"
            rows="6"
            maxlength=${NARRATIVE_MAX}
            required
            aria-required="true"
            aria-invalid=${problem('feature-narrative') ? 'true' : nothing}
            aria-describedby="${problem('feature-narrative') ? 'feature-narrative-error ' : ''}feature-narrative-hint feature-narrative-count"
            .value=${live(f.narrative)}
            @input=${(e: Event) => ((f.narrative = (e.target as HTMLTextAreaElement).value), this.host.requestUpdate())}
          ></textarea>
          <span class="muted count" id="feature-narrative-count">${r.narrativeCount(String(f.narrative.length), max)}</span>`,
        r.narrativeHint(max),
      )}
      ${this.#input(d, 'feature-story', r.storyUrl, f.storyUrl, (v) => (f.storyUrl = v), { hint: r.storyUrlHint, type: 'url', max: 2000, autocomplete: 'url' })}
      ${field(
        'feature-photo',
        r.photo,
        html`${f.existing?.photo && !f.file ? html`<p class="muted">${r.currentPhoto}</p>` : nothing}
          <input
            id="feature-photo"
            type="file"
            accept=${Object.values(PHOTO_MEDIA_TYPES).join(',')}
            aria-invalid=${problem('feature-photo') ? 'true' : nothing}
            aria-describedby=${described('feature-photo', true)}
            @change=${(e: Event) => ((f.file = (e.target as HTMLInputElement).files?.[0]), this.host.requestUpdate())}
          />`,
        r.photoHint(size),
      )}
      ${this.#input(d, 'feature-alt', r.alt, f.alt, (v) => (f.alt = v), { hint: r.altHint, required: photo, max: PHOTO_LIMITS.altLength })}`;
  }

  /** Problems shown, the summary focused: nothing is sent. */
  #refuse(d: DialogState, problems: { field: string; text: string }[]) {
    d.problems = problems;
    this.#focus = 'dialog-errors';
    this.host.requestUpdate();
  }

  /** The dialog done: closed, the focus back on its button (or the heading). */
  #closeDialog() {
    const d = this.#dialog;
    if (!d) return;
    this.#dialog = undefined;
    this.#shown = undefined;
    this.host.renderRoot.querySelector('dialog')?.close();
    this.#focusOpener(d.opener);
  }

  /**
   * The decision as typed, checked as the server will (number, a real date
   * not after today in Vietnam, signer, at least one nominee), then recorded
   * with an Idempotency-Key kept until an answer comes: a send whose answer
   * was lost, sent again, is the same request, recorded once. Then the
   * dossier is loaded again (its nominees now awarded).
   */
  async #submitDecision(a: Appraisal, d: DialogState, t: T) {
    const r = t.results;
    const x = d.decision!;
    const problems: { field: string; text: string }[] = [];
    const number = x.number.trim();
    const iso = dmyToIso(x.signedOn);
    if (!number) problems.push({ field: 'decision-number', text: r.numberRequired });
    if (!x.signedOn.trim()) problems.push({ field: 'decision-date', text: r.dateRequired });
    else if (!iso) problems.push({ field: 'decision-date', text: r.dateFormat });
    else if (iso > dateIn(new Date())) problems.push({ field: 'decision-date', text: r.dateFuture });
    if (!x.signerName.trim()) problems.push({ field: 'decision-signer', text: r.signerNameRequired });
    if (!x.signerTitle.trim()) problems.push({ field: 'decision-title', text: r.signerTitleRequired });
    const nominationIds = a.nominations.filter((n) => n.status === 'eligible' && x.chosen.has(n.id)).map((n) => n.id);
    if (!nominationIds.length) problems.push({ field: 'decision-which', text: r.nominationsRequired });
    if (problems.length) return this.#refuse(d, problems);
    d.problems = [];
    x.key ??= newIdempotencyKey();
    this.#busy = 'recordDecision';
    this.#notice = '';
    this.#alert = '';
    this.host.requestUpdate();
    let decision: Decision | undefined;
    try {
      const client = await this.loader.client();
      decision = await client.decisions.record(
        a.round.id,
        { decision: { number, signedOn: iso!, signer: { name: x.signerName.trim(), title: x.signerTitle.trim() } }, awardTypeId: a.awardType.id, nominationIds },
        { idempotencyKey: x.key },
      );
      x.key = undefined;
    } catch (error) {
      const e = error as { status?: number; message?: string; issues?: { path: (string | number)[]; message: string }[] };
      // An answer came: the next send is a new request. None came: the same one, sent again.
      if (e.status) x.key = undefined;
      const onNumber = e.issues?.some((i) => i.path.join('.') === 'body.decision.number');
      const text =
        e.status === 409 && onNumber
          ? r.numberTaken(number)
          : e.status === 409
            ? [r.stateChanged, e.message].filter(Boolean).join(' ')
            : !e.status
              ? r.noAnswer
              : [t.failed, ...(e.issues?.length ? e.issues.map((i) => i.message) : e.message ? [e.message] : [])].join(' ');
      this.#busy = undefined;
      this.#refuse(d, [{ field: onNumber ? 'decision-number' : e.status === 409 ? 'decision-which' : 'decision-number', text }]);
      // A state change: the dossier as it now is, the dialog and what was typed kept.
      if (e.status === 409 && !onNumber) await this.loader.load();
      return;
    }
    this.#busy = undefined;
    this.#closeDialog();
    await this.loader.load();
    this.#notice = r.recorded(decision.number, decision.awards.length);
    const loaded = this.#state();
    if (loaded) this.host.dispatchEvent(new CustomEvent<AppraisalChangeDetail>('appraisal-change', { detail: { change: 'recordDecision', appraisal: loaded.appraisal }, bubbles: true, composed: true }));
    this.host.requestUpdate();
  }

  /**
   * The featured model as typed, checked first (category, narrative, an
   * https link, a photo's type, size and its required description), then
   * saved: the narrative with the version last written here (If-Match), then
   * the photo with its description.
   */
  async #submitFeature(a: Appraisal, d: DialogState, t: T) {
    const r = t.results;
    const f = d.feature!;
    const problems: { field: string; text: string }[] = [];
    const narrative = f.narrative.trim();
    const storyUrl = f.storyUrl.trim();
    const alt = f.alt.trim();
    if (!f.categoryId) problems.push({ field: 'feature-category', text: r.categoryRequired });
    if (!narrative) problems.push({ field: 'feature-narrative', text: r.narrativeRequired });
    if (storyUrl && !isStoryUrl(storyUrl)) problems.push({ field: 'feature-story', text: r.storyUrlInvalid });
    if (f.file && !(Object.values(PHOTO_MEDIA_TYPES) as string[]).includes(f.file.type)) problems.push({ field: 'feature-photo', text: r.photoType });
    else if (f.file && f.file.size > PHOTO_LIMITS.fileBytes) problems.push({ field: 'feature-photo', text: r.photoTooLarge(formatFileSize(PHOTO_LIMITS.fileBytes, this.host.locale)) });
    if ((f.file || f.existing?.photo) && !alt) problems.push({ field: 'feature-alt', text: r.altRequired });
    if (problems.length) return this.#refuse(d, problems);
    d.problems = [];
    const nomination = a.nominations.find((n) => n.id === d.nominationId);
    const name = nomination ? nomineeName(nomination) : t.unnamed;
    this.#busy = 'feature';
    this.#notice = '';
    this.#alert = '';
    this.host.requestUpdate();
    try {
      const client = await this.loader.client();
      const altChanged = !f.file && f.existing?.photo && alt !== f.existing.photo.alt;
      let saved = await client.featuredModels.feature(
        f.awardId,
        { categoryId: f.categoryId, narrative, ...(storyUrl ? { storyUrl } : {}), ...(altChanged ? { photoAlt: alt } : {}) },
        { etag: this.#featureEtag(f) },
      );
      this.#remember(f.awardId, saved.model, saved.etag);
      // Saved: what is shown from now on, should the photo fail.
      f.existing = saved.model;
      if (f.file) {
        saved = await client.featuredModels.uploadPhoto(f.awardId, f.file, { alt });
        this.#remember(f.awardId, saved.model, saved.etag);
        f.existing = saved.model;
        f.file = undefined;
      }
      this.#busy = undefined;
      this.#closeDialog();
      this.#notice = r.featuredDone(name);
      this.host.dispatchEvent(new CustomEvent('featured-model-change', { detail: { awardId: f.awardId, model: saved.model }, bubbles: true, composed: true }));
    } catch (error) {
      this.#busy = undefined;
      const e = error as { status?: number; message?: string; issues?: { path: (string | number)[]; message: string }[] };
      const at = (i: { path: (string | number)[] }) =>
        ({ categoryId: 'feature-category', narrative: 'feature-narrative', storyUrl: 'feature-story', photoAlt: 'feature-alt', alt: 'feature-alt', file: 'feature-photo' })[String(i.path[1])] ?? 'feature-narrative';
      const issues = e.issues?.filter((i) => i.path[0] === 'body') ?? [];
      if (e.status === 412) this.#featureEtags.delete(f.awardId);
      this.#refuse(
        d,
        issues.length && e.status !== 412
          ? issues.map((i) => ({ field: at(i), text: i.message }))
          : [{ field: 'feature-narrative', text: e.status === 412 ? t.conflict : [t.failed, e.message].filter(Boolean).join(' ') }],
      );
      if (e.status === 412) await this.loader.load();
    }
    this.host.requestUpdate();
  }

  async #submitUnfeature(a: Appraisal, d: DialogState, t: T) {
    const f = d.feature!;
    const nomination = a.nominations.find((n) => n.id === d.nominationId);
    const name = nomination ? nomineeName(nomination) : t.unnamed;
    this.#busy = 'unfeature';
    this.#notice = '';
    this.host.requestUpdate();
    try {
      const client = await this.loader.client();
      await client.featuredModels.unfeature(f.awardId, { etag: this.#featureEtag(f) });
      this.#featuredHere.set(f.awardId, null);
      this.#featureEtags.delete(f.awardId);
      this.#busy = undefined;
      this.#closeDialog();
      this.#notice = t.results.unfeatured(name);
      this.host.dispatchEvent(new CustomEvent('featured-model-change', { detail: { awardId: f.awardId, model: null }, bubbles: true, composed: true }));
    } catch (error) {
      this.#busy = undefined;
      const e = error as { status?: number; message?: string };
      if (e.status === 412) this.#featureEtags.delete(f.awardId);
      this.#refuse(d, [{ field: 'dialog-title', text: e.status === 412 ? t.conflict : [t.failed, e.message].filter(Boolean).join(' ') }]);
      if (e.status === 412) await this.loader.load();
    }
    this.host.requestUpdate();
  }

  /**
   * The If-Match of a write to a featured model: the version last written here, else the one the
   * list showed (a change by someone else in between is then a 412, never overwritten), `*` for a
   * model not featured yet.
   */
  #featureEtag(f: { awardId: string; existing: FeaturedModel | undefined }): string {
    return this.#featureEtags.get(f.awardId) ?? (f.existing ? `"${f.existing.version}"` : '*');
  }

  #remember(awardId: string, model: FeaturedModel, etag: string) {
    this.#featuredHere.set(awardId, model);
    if (etag) this.#featureEtags.set(awardId, etag);
  }

  // ——— Dialogs ———

  #openDialog(kind: DialogKind, opener: HTMLElement, nominationId?: string, extra: Pick<DialogState, 'decision' | 'feature'> = {}) {
    if (this.#busy) return;
    this.#dialog = { kind, nominationId, text: '', chosen: new Map(), problems: [], opener, ...extra };
    this.#alert = '';
    this.host.requestUpdate();
  }

  /** The dialog closed by the person (Cancel, Escape): its state goes, the focus goes back to its button. */
  #closed() {
    const d = this.#dialog;
    if (!d || d !== this.#shown) return;
    this.#dialog = undefined;
    this.#shown = undefined;
    this.#focusOpener(d.opener);
    this.host.requestUpdate();
  }

  /**
   * The focus back on the button that opened a dialog, once rendered again
   * (found by its id); on the dossier's heading when the action took the
   * button away (the appraisal completed).
   */
  #focusOpener(opener: HTMLElement | null) {
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot;
      const target = (opener?.id ? root.querySelector<HTMLElement>(`#${CSS.escape(opener.id)}`) : null) ?? root.querySelector<HTMLElement>('#title');
      target?.focus();
    });
  }

  #renderDialog(a: Appraisal, t: T) {
    const d = this.#dialog;
    const s = t.dialog;
    const nomination = d?.nominationId ? a.nominations.find((n) => n.id === d.nominationId) : undefined;
    const name = nomination ? nomineeName(nomination) : t.unnamed;
    let title = '';
    let body: TemplateResult | typeof nothing = nothing;
    let submit = '';
    if (d?.kind === 'return') {
      title = s.returnTitle;
      submit = s.returnSubmit;
      body = this.#returnFields(a, d, t);
    } else if (d?.kind === 'reject') {
      title = s.rejectTitle(name);
      submit = s.rejectSubmit;
      body = this.#textField(d, 'reject-reason', s.rejectReason, true);
    } else if (d?.kind === 'markEligible') {
      title = s.eligibleTitle(name);
      submit = s.eligibleSubmit;
      body = this.#textField(d, 'eligible-note', s.eligibleNote, false);
    } else if (d?.kind === 'recordDecision') {
      title = t.results.decisionTitle;
      submit = t.results.decisionSubmit;
      body = this.#decisionFields(a, d, t);
    } else if (d?.kind === 'feature') {
      title = d.feature?.existing ? t.results.editTitle(name) : t.results.featureTitle(name);
      submit = t.results.featureSubmit;
      body = this.#featureFields(d, t);
    } else if (d?.kind === 'unfeature') {
      title = t.results.unfeatureTitle(name);
      submit = t.results.unfeatureSubmit;
      body = html`<p>${t.results.unfeatureIntro}</p>`;
    } else if (d?.kind === 'completeAppraisal') {
      title = s.completeTitle;
      submit = s.completeSubmit;
      const counted = a.nominations.filter(returnable);
      const undecided = counted.filter((n) => !decided(n)).length;
      body = html`<p>${s.completeIntro(counted.filter((n) => n.status === 'eligible').length, counted.filter((n) => n.status === 'rejected').length)}</p>
        ${undecided ? html`<p class="warning">${icon(ALERT_ICON)}<span>${s.undecided(undecided)}</span></p>` : nothing}
        ${this.#textField(d, 'complete-note', s.completeNote, false)}`;
    }
    return html`<dialog part="dialog" class="dialog" aria-labelledby="dialog-title" @close=${() => this.#closed()}>
      ${d
        ? html`<form novalidate @submit=${(e: Event) => (e.preventDefault(), void this.#submitDialog(a, t))}>
            <h3 id="dialog-title">${title}</h3>
            ${d.problems.length
              ? html`<div part="error-summary" class="error-summary" id="dialog-errors" tabindex="-1" role="alert" aria-labelledby="dialog-errors-title">
                  <h4 id="dialog-errors-title">${s.errorSummary}</h4>
                  <ul>
                    ${d.problems.map(
                      (p) => html`<li>
                        <a href="#${p.field}" @click=${(e: Event) => (e.preventDefault(), this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(p.field)}`)?.focus())}>${p.text}</a>
                      </li>`,
                    )}
                  </ul>
                </div>`
              : nothing}
            ${body}
            <div class="buttons">
              <button class="primary ${d.kind === 'reject' || d.kind === 'unfeature' ? 'danger' : ''}" type="submit" aria-disabled=${this.#busy ? 'true' : nothing}>${this.#busy ? t.working : submit}</button>
              <button class="secondary" type="button" @click=${() => this.host.renderRoot.querySelector('dialog')?.close()}>${s.cancel}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  /** A reason or note field of the dialog, with its error inline (the summary links to it). */
  #textField(d: DialogState, id: string, label: string, required: boolean) {
    const problem = d.problems.find((p) => p.field === id);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${problem ? html`<p class="field-error" id="${id}-error">${problem.text}</p>` : nothing}
      <textarea
        id=${id}
        rows="4"
        maxlength="2000"
        ?required=${required}
        aria-required=${required ? 'true' : nothing}
        aria-invalid=${problem ? 'true' : nothing}
        aria-describedby=${problem ? `${id}-error` : nothing}
        .value=${live(d.text)}
        @input=${(e: Event) => (d.text = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }

  #returnFields(a: Appraisal, d: DialogState, t: T) {
    const s = t.dialog;
    const candidates = a.nominations.filter(returnable);
    return html`<p>${s.returnIntro}</p>
      ${this.#textField(d, 'return-reason', s.returnReason, false)}
      ${candidates.length > 1
        ? html`<fieldset class="return-which">
            <legend>${s.returnWhich}</legend>
            <p class="muted" id="return-which-hint">${s.returnWhichHint}</p>
            ${candidates.map((n) => {
              const name = nomineeName(n);
              const chosen = d.chosen.has(n.id);
              const reasonId = `return-reason-${n.id}`;
              const problem = d.problems.find((p) => p.field === reasonId);
              return html`<div class="return-nominee">
                <label class="choice">
                  <input
                    type="checkbox"
                    id="return-${n.id}"
                    .checked=${chosen}
                    @change=${(e: Event) => {
                      if ((e.target as HTMLInputElement).checked) d.chosen.set(n.id, d.chosen.get(n.id) ?? '');
                      else d.chosen.delete(n.id);
                      this.host.requestUpdate();
                    }}
                  />
                  <span>${name}</span>
                </label>
                ${chosen
                  ? html`<div class="field nested">
                      <label for=${reasonId}>${s.ownReason(name)}</label>
                      <span class="muted" id="${reasonId}-hint">${s.ownReasonHint}</span>
                      ${problem ? html`<p class="field-error" id="${reasonId}-error">${problem.text}</p>` : nothing}
                      <textarea
                        id=${reasonId}
                        rows="3"
                        maxlength="2000"
                        aria-invalid=${problem ? 'true' : nothing}
                        aria-describedby=${problem ? `${reasonId}-error ${reasonId}-hint` : `${reasonId}-hint`}
                        .value=${live(d.chosen.get(n.id) ?? '')}
                        @input=${(e: Event) => d.chosen.set(n.id, (e.target as HTMLTextAreaElement).value)}
                      ></textarea>
                    </div>`
                  : nothing}
              </div>`;
            })}
          </fieldset>`
        : nothing}`;
  }

  /** The dialog's action as typed, checked with the workflow's own rules (`actionProblems`), then sent. */
  async #submitDialog(a: Appraisal, t: T) {
    const d = this.#dialog;
    if (!d || this.#busy) return;
    if (d.kind === 'recordDecision') return this.#submitDecision(a, d, t);
    if (d.kind === 'feature') return this.#submitFeature(a, d, t);
    if (d.kind === 'unfeature') return this.#submitUnfeature(a, d, t);
    const s = t.dialog;
    const text = d.text.trim();
    const nominations = a.nominations;
    const nameOf = (id: string) => {
      const n = nominations.find((x) => x.id === id);
      return n ? nomineeName(n) : t.unnamed;
    };
    let action: AppraisalAction;
    if (d.kind === 'return') {
      const chosen = [...d.chosen].map(([nominationId, reason]) => ({ nominationId, ...(reason.trim() ? { reason: reason.trim() } : {}) }));
      action = { type: 'return', ...(text ? { reason: text } : {}), ...(chosen.length ? { nominations: chosen } : {}) };
    } else if (d.kind === 'reject') action = { type: 'reject', nominationId: d.nominationId!, reason: text };
    else if (d.kind === 'markEligible') action = { type: 'markEligible', nominationId: d.nominationId!, ...(text ? { note: text } : {}) };
    else action = { type: 'completeAppraisal', ...(text ? { note: text } : {}) };

    const field = d.kind === 'return' ? 'return-reason' : d.kind === 'reject' ? 'reject-reason' : d.kind === 'markEligible' ? 'eligible-note' : 'complete-note';
    const problems = actionProblems({ nominations }, action).map((p) => {
      const [first, index, last] = p.path;
      if (first === 'nominations' && typeof index === 'number' && last === 'reason' && action.type === 'return') {
        const id = action.nominations![index]!.nominationId;
        return { field: `return-reason-${id}`, text: s.ownReasonRequired(nameOf(id)) };
      }
      return { field, text: d.kind === 'return' ? s.returnReasonRequired : s.reasonRequired };
    });
    if (problems.length) {
      d.problems = problems;
      this.#focus = 'dialog-errors';
      this.host.requestUpdate();
      return;
    }
    d.problems = [];
    const name = 'nominationId' in action ? nameOf(action.nominationId) : '';
    await this.#act(action, t, name);
  }

  /** A workflow action, sent with the version shown. */
  async #act(action: AppraisalAction, t: T, name = '') {
    const done = t.done;
    const notice =
      action.type === 'markEligible' ? done.markEligible(name) : action.type === 'reject' ? done.reject(name) : done[action.type];
    await this.#write(action.type, t, (client, etag) => client.appraisals.act(this.host.proposalId, action, { etag }), {
      change: action.type,
      notice,
      done: () => {
        const d = this.#dialog;
        if (d) {
          this.#dialog = undefined;
          this.#shown = undefined;
          this.host.renderRoot.querySelector('dialog')?.close();
          this.#focusOpener(d.opener);
        } else this.#focus = 'title';
      },
    });
  }

  /**
   * One write: with the version shown (If-Match), one at a time. Done, the
   * dossier the server answered replaces the one shown and the change is
   * announced. Refused because someone else changed the dossier (412), it
   * is loaded again and the person told; what was typed stays (the open
   * dialog, the checklist's changes, the comment) to be sent again. Another
   * refusal is said in words, in the dialog when one is open.
   */
  async #write(busy: string, t: T, send: (client: ThiduaClient, etag: string) => Promise<VersionedAppraisal>, then: { change: AppraisalChangeDetail['change']; notice: string; done: () => void }) {
    const loaded = this.#state();
    if (!loaded || this.#busy) return;
    this.#busy = busy;
    this.#notice = '';
    this.#alert = '';
    this.host.requestUpdate();
    try {
      const client = await this.loader.client();
      const answered = await send(client, loaded.etag);
      const appraisal = answered.appraisal;
      this.#busy = undefined;
      then.done();
      this.loader.replace(answered);
      this.#notice = then.notice;
      const detail: AppraisalChangeDetail = { change: then.change, appraisal };
      this.host.dispatchEvent(new CustomEvent('appraisal-change', { detail, bubbles: true, composed: true }));
    } catch (error) {
      this.#busy = undefined;
      const e = error as { status?: number; message?: string; issues?: { message: string }[] };
      if (e.status === 412) {
        this.#alert = t.conflict;
        await this.loader.load();
      } else {
        const words = [t.failed, ...(e.issues?.length ? e.issues.map((i) => i.message) : e.message ? [e.message] : [])].join(' ');
        const d = this.#dialog;
        if (d) {
          d.problems = [{ field: d.kind === 'return' ? 'return-reason' : d.kind === 'reject' ? 'reject-reason' : d.kind === 'markEligible' ? 'eligible-note' : 'complete-note', text: words }];
          this.#focus = 'dialog-errors';
        } else this.#alert = words;
      }
    }
    this.host.requestUpdate();
  }
}

const ALERT_ICON = 'M8 1.5L15 14H1zM8 6v4m0 1.5V13';
// A star: an exemplary model.
const STAR_ICON = 'M8 1.5l2 4.2 4.5.6-3.3 3.1.8 4.5L8 11.7l-4 2.2.8-4.5L1.5 6.3 6 5.7z';

/** The sections', checklist's, comments', timeline's and dialog's styles, added when this chunk arrives. */
export const appStyles = [
  dossierStatusStyles,
  deadlineStyles,
  css`
    .base {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 1.25rem;
      container-type: inline-size;
    }
    .base[aria-busy='true'] > :not(.alert, .notice) {
      opacity: 0.6;
    }
    h2 {
      font-size: 1.375rem;
    }
    h3 {
      font-size: 1.125rem;
      padding-block-end: 0.25rem;
      border-block-end: 2px solid var(--_border);
    }
    h4 {
      font-size: 1.0625rem;
    }
    h5 {
      margin-block-start: 0.75rem;
      font-size: 1rem;
    }
    .header,
    .section,
    .nomination,
    .actions {
      display: grid;
      gap: 0.5rem;
      min-inline-size: 0;
    }
    .nomination {
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: 0.5rem;
    }
    .nomination-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
    }
    .facts,
    .pairs {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 0.5rem 1.5rem;
    }
    dt,
    .label {
      font-size: 0.875rem;
      font-weight: 600;
      color: var(--_muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .text {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .muted {
      color: var(--_muted);
    }
    .code {
      font-variant-numeric: tabular-nums;
      color: var(--_muted);
    }
    ul,
    ol {
      padding-inline-start: 1.25rem;
    }
    .reason {
      padding: 0.5rem 0.75rem;
      border-inline-start: 4px solid var(--thidua-status-returned, #9a3412);
      background: var(--_header);
    }
    .notice:empty,
    .alert:empty {
      display: none;
    }
    .notice {
      padding: 0.5rem 0.75rem;
      border-inline-start: 4px solid var(--thidua-status-eligible, #166534);
      background: var(--_header);
      font-weight: 600;
    }
    .alert p,
    .warning,
    .unsaved,
    .attested {
      display: flex;
      align-items: center;
      gap: 0.375rem;
    }
    .alert p {
      padding: 0.75rem 1rem;
      font-weight: 600;
      color: var(--_error);
      border-inline-start: 4px solid var(--_error);
      background: color-mix(in srgb, var(--_error) 6%, var(--_surface));
    }
    .warning,
    .unsaved {
      color: var(--_due-soon);
      font-weight: 600;
    }
    .alert .icon,
    .warning .icon,
    .unsaved .icon,
    .attested .icon,
    .download .icon,
    .audience .icon,
    .choice .icon {
      fill: none;
      stroke: currentColor;
      stroke-width: 1.75;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .attested {
      font-size: 0.875rem;
      color: var(--thidua-status-eligible, #166534);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
    }
    button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.375rem;
      min-block-size: 2.75rem;
      padding: 0.375rem 1rem;
      font: inherit;
      font-weight: 600;
      color: var(--_primary);
      background: var(--_surface);
      border: 1px solid currentColor;
      border-radius: 0.375rem;
      cursor: pointer;
    }
    button.primary {
      color: var(--thidua-color-on-primary, #fff);
      background: var(--_primary);
      border-color: var(--_primary);
    }
    button.danger {
      background: var(--_error);
      border-color: var(--_error);
    }
    button.action.reject {
      color: var(--_error);
    }
    button.secondary {
      color: var(--_text);
      border-color: var(--_muted);
    }
    button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.75;
    }
    .download {
      min-block-size: 2.75rem;
      padding-inline: 0.75rem;
    }
    button:focus-visible,
    a:focus-visible,
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible,
    [tabindex='-1']:focus-visible {
      outline: 3px solid var(--_primary);
      outline-offset: 2px;
    }
    .files {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .files li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    .file-kind {
      font-weight: 600;
      min-inline-size: 10rem;
    }
    .file-name {
      overflow-wrap: anywhere;
    }
    table.achievements {
      inline-size: 100%;
      border-collapse: collapse;
    }
    .achievements th,
    .achievements td {
      padding: 0.375rem 0.5rem;
      text-align: start;
      vertical-align: top;
      border-block-end: 1px solid var(--_border);
    }
    .achievements th {
      font-size: 0.875rem;
      background: var(--_header);
    }
    .checklist {
      display: grid;
      gap: 0.5rem;
      margin-block-start: 0.5rem;
      padding: 0.75rem;
      background: var(--_header);
      border-radius: 0.375rem;
    }
    .criteria {
      display: grid;
      gap: 0.75rem;
    }
    fieldset {
      display: grid;
      gap: 0.375rem;
      min-inline-size: 0;
      padding: 0.5rem 0.75rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: 0.375rem;
      background: var(--_surface);
    }
    legend {
      padding-inline: 0.25rem;
      font-weight: 600;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-block-size: 2.75rem;
      cursor: pointer;
    }
    input[type='radio'],
    input[type='checkbox'] {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0;
      accent-color: var(--_primary);
    }
    textarea,
    select,
    input[type='text'],
    input[type='url'],
    input[type='file'] {
      inline-size: 100%;
      min-block-size: 2.75rem;
      padding: 0.375rem 0.5rem;
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_muted);
      border-radius: 0.375rem;
    }
    textarea[aria-invalid='true'] {
      border: 2px solid var(--_error);
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    .field > label,
    .comment-form > label {
      font-weight: 600;
    }
    .field.nested {
      margin-inline-start: 1.75rem;
    }
    .field-error {
      font-weight: 600;
      color: var(--_error);
    }
    .award {
      display: grid;
      gap: 0.5rem;
      padding: 0.5rem 0.75rem;
      border-inline-start: 4px solid var(--thidua-status-awarded, #166534);
      background: var(--_header);
    }
    .featured {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.375rem;
      font-weight: 700;
      color: var(--thidua-status-awarded, #166534);
    }
    .featured .icon,
    .print .icon {
      fill: none;
      stroke: currentColor;
      stroke-width: 1.75;
      stroke-linejoin: round;
    }
    input[aria-invalid='true'],
    select[aria-invalid='true'] {
      border: 2px solid var(--_error);
    }
    .decision-which .choice span,
    .count {
      overflow-wrap: anywhere;
    }
    .comment-list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .comment {
      display: grid;
      gap: 0.25rem;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: 0.375rem;
    }
    .comment.internal {
      background: var(--_header);
      border-style: dashed;
    }
    .comment-meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    .audience {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      padding: 0.125rem 0.5rem;
      font-size: 0.875rem;
      font-weight: 700;
      border: 1px solid currentColor;
      border-radius: 0.25rem;
    }
    .audience.internal {
      color: var(--thidua-status-under-appraisal, #6d28d9);
    }
    .audience.proposer {
      color: var(--thidua-status-submitted, #0b5cad);
    }
    .comment-form {
      display: grid;
      gap: 0.5rem;
      max-inline-size: 48rem;
    }
    .audience-choice .choice .icon {
      inline-size: 1rem;
    }
    .timeline {
      list-style: none;
      padding: 0;
      margin-inline-start: 0.5rem;
      border-inline-start: 2px solid var(--_border);
    }
    .step {
      position: relative;
      display: grid;
      gap: 0.125rem;
      padding: 0 0 1rem 1.25rem;
    }
    .step::before {
      content: '';
      position: absolute;
      inset-inline-start: -0.4375rem;
      inset-block-start: 0.375rem;
      inline-size: 0.75rem;
      block-size: 0.75rem;
      border: 2px solid var(--_primary);
      border-radius: 50%;
      background: var(--_surface);
    }
    .step-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
    }
    .step time {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .dialog {
      /* Centred, as a modal dialog is by default (the element's reset of margins would pin it to a corner). */
      margin: auto;
      inline-size: min(40rem, calc(100vw - 1rem));
      max-block-size: calc(100vh - 2rem);
      padding: 1.25rem;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: 0.5rem;
    }
    .dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    .dialog form {
      display: grid;
      gap: 0.75rem;
    }
    .error-summary {
      display: grid;
      gap: 0.25rem;
      padding: 0.75rem 1rem;
      border: 3px solid var(--_error);
      border-radius: 0.375rem;
    }
    .error-summary h4 {
      color: var(--_error);
    }
    .error-summary a {
      color: var(--_error);
      font-weight: 600;
    }
    .error-box {
      margin-block-end: 0.5rem;
    }

    /* A phone: the facts and answers one under the other, the buttons the column's width. */
    @container (max-width: 36rem) {
      .facts,
      .pairs {
        grid-template-columns: minmax(0, 1fr);
      }
      .buttons button {
        inline-size: 100%;
      }
      .nomination {
        padding: 0.75rem;
      }
      .file-kind {
        min-inline-size: 0;
        inline-size: 100%;
      }
    }

    @media (forced-colors: active) {
      button.primary,
      button.danger {
        color: ButtonText;
        background: ButtonFace;
        border-color: ButtonText;
      }
      .audience,
      .award,
      .nomination,
      .comment,
      .error-summary,
      .alert p,
      .notice,
      .reason {
        border: 1px solid CanvasText;
      }
      .step::before {
        border-color: CanvasText;
      }
    }
  `,
];
