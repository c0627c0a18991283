import { EVIDENCE_LIMITS, evidenceProblem } from '@thidua/schemas/logic';
import type { Commendation, EvidenceUpload, FieldIssue, Locale, OrganisationUnit, Proposal } from '@thidua/schemas';
import type { ThiduaClient, VersionedProposal } from '@thidua/sdk';
import {
  contactDraft,
  emptyNominee,
  fromProposal,
  nomineeDraft,
  toContact,
  toNominationInput,
  type NomineeDraft,
  type ProposalDraft,
} from './nomination-form-model.js';
import { contactSavable, nomineeSavable } from './nomination-form-validation.js';

/*
 * One proposal being edited: what the server last answered (the proposal and
 * its ETag), what is on screen (`draft`), and the writes between them. Every
 * write goes through one queue, one at a time, each naming the ETag the
 * previous one answered: the form never races itself into a 412, so a 412 is
 * always someone else's change. Then the queue stops, nothing typed is
 * touched, and the person chooses (`resolveConflict`).
 *
 * Autosave: a section changed is marked dirty and saved after a pause in
 * typing (`AUTOSAVE_DELAY`), when the shared schema accepts it; one it does
 * not accept yet stays on screen, dirty, and is saved once it does.
 */

/** The pause in typing after which a change is saved. */
export const AUTOSAVE_DELAY = 800;

/** The contact's scope among the dirty sections; a nominee's is its key. */
export const CONTACT = 'contact';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'failed' }
  /** The server refused the write (a nominee proposed already, a proposal sent meanwhile): its words. */
  | { state: 'refused'; message: string }
  | { state: 'conflict' };

export type UploadProblem = 'empty' | 'tooLarge' | 'unsupportedType' | 'dossierTooLarge' | 'failed';

/** A file being uploaded, or refused: the uploaded ones are the proposal's and nominations' `files`. */
export interface Upload {
  id: number;
  /** `p` for the proposal's shared files, else the nominee's key. */
  scope: string;
  kind: EvidenceUpload['kind'];
  file: File;
  state: 'uploading' | 'refused';
  /** 0–1. */
  progress: number;
  problem?: UploadProblem;
}

/** A list of nominees being imported from a spreadsheet, or its outcome. */
export type ImportState =
  | { state: 'idle' }
  | { state: 'uploading'; name: string; progress: number }
  /** The server read the file and refused it, nothing imported: each problem placed by row and column. */
  | { state: 'refused'; issues: FieldIssue[] }
  | { state: 'failed' }
  | { state: 'imported'; count: number };

/** `message`: the server's own words, for a refusal no field explains (a 409: the dossier is no longer in a state to send). */
export type SubmitState = { state: 'idle' } | { state: 'submitting' } | { state: 'failed' } | { state: 'refused'; issues: FieldIssue[]; message?: string | undefined };

interface ErrorLike {
  message?: string;
  status?: number;
  code?: string;
  issues?: FieldIssue[];
}

/** A fresh key per submission; also on a page served over plain HTTP, where `randomUUID` is missing. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class FormSession {
  draft: ProposalDraft;
  save: SaveStatus = { state: 'idle' };
  submitState: SubmitState = { state: 'idle' };
  importState: ImportState = { state: 'idle' };
  uploads: Upload[] = [];
  /** Sections changed on screen and not saved yet. */
  readonly dirty = new Set<string>();

  #etag: string;
  #queue: Promise<unknown> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Edits per section, to tell whether a section changed while its save was on the way. */
  #edits = new Map<string, number>();
  #uploadIds = 0;
  /** Kept until the submission is answered, so that a retried submit is the same submission. */
  #submitKey: string | undefined;
  /** The note sent with the kept key: a retry sends the same request. */
  #submitNote: string | undefined;
  /** The note typed for the appraisers with a resubmission (a returned dossier). */
  resubmitNote = '';

  constructor(
    readonly client: ThiduaClient,
    readonly commendation: Commendation,
    readonly unit: OrganisationUnit,
    public proposal: Proposal,
    etag: string,
    /** Renders the form again: the session's state changed. */
    private readonly changedState: () => void,
    private readonly locale: () => Locale,
  ) {
    this.#etag = etag;
    this.draft = fromProposal(proposal);
  }

  /** Reads a stored proposal with the catalog and unit the form needs. */
  static async open(client: ThiduaClient, proposalId: string, signal: AbortSignal, changed: () => void, locale: () => Locale): Promise<FormSession> {
    const { proposal, etag } = await client.nominations.getProposal(proposalId, { signal });
    const [commendation, unit] = await Promise.all([
      client.campaigns.commendation(proposal.campaignId, { signal }),
      client.units.get(proposal.proposingUnitId, { signal }),
    ]);
    return new FormSession(client, commendation, unit, proposal, etag, changed, locale);
  }

  get etag(): string {
    return this.#etag;
  }

  /** Whether everything on screen has reached the server. */
  get settled(): boolean {
    return this.dirty.size === 0 && this.uploads.every((u) => u.state !== 'uploading');
  }

  /** A section was edited: saved after a pause in typing (or at once with `now`). */
  changed(scope: string, now = false): void {
    this.dirty.add(scope);
    this.#edits.set(scope, (this.#edits.get(scope) ?? 0) + 1);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), now ? 0 : AUTOSAVE_DELAY);
  }

  /** Saves every dirty section the schema accepts, one after the other; resolves when done. */
  flush(): Promise<unknown> {
    clearTimeout(this.#timer);
    return this.#enqueue(async () => {
      for (const scope of [...this.dirty]) {
        if (this.save.state === 'conflict') return;
        await this.#saveSection(scope);
      }
    });
  }

  /** A nominee added on screen, saved once its nominee is complete. */
  addNominee(): NomineeDraft {
    const nominee = emptyNominee();
    this.draft.nominees.push(nominee);
    this.changedState();
    return nominee;
  }

  /** Removes a nominee from the screen and, when it was saved, from the proposal. */
  removeNominee(key: string): Promise<unknown> {
    const nominee = this.draft.nominees.find((n) => n.key === key);
    if (!nominee) return Promise.resolve();
    this.draft.nominees = this.draft.nominees.filter((n) => n !== nominee);
    this.dirty.delete(key);
    this.uploads = this.uploads.filter((u) => u.scope !== key);
    this.changedState();
    if (!nominee.id) return Promise.resolve();
    const id = nominee.id;
    return this.#enqueue(() => this.#write(() => this.client.nominations.remove(this.proposal.id, id, { etag: this.#etag })));
  }

  /** Checks a file where it is picked, then uploads it (in the queue, after the saves before it). */
  async upload(file: File, scope: string, kind: EvidenceUpload['kind']): Promise<void> {
    const upload: Upload = { id: ++this.#uploadIds, scope, kind, file, state: 'uploading', progress: 0 };
    this.uploads = [...this.uploads, upload];
    this.changedState();
    // The same checks as the server's, before sending (it checks again).
    const problem =
      file.size === 0 ? 'empty' : file.size > EVIDENCE_LIMITS.fileBytes ? 'tooLarge' : evidenceProblem(new Uint8Array(await file.arrayBuffer()));
    if (problem) return this.#refuse(upload, problem);
    await this.#enqueue(async () => {
      if (!this.uploads.includes(upload)) return; // dismissed meanwhile
      const nominationId = scope === 'p' ? undefined : this.draft.nominees.find((n) => n.key === scope)?.id;
      try {
        const answer = await this.client.nominations.uploadEvidence(this.proposal.id, file, {
          kind,
          ...(nominationId ? { nominationId } : {}),
          name: file.name,
          onProgress: ({ percent }) => {
            upload.progress = percent;
            this.changedState();
          },
        });
        this.uploads = this.uploads.filter((u) => u !== upload);
        this.#accept(answer);
        this.changedState();
      } catch (error) {
        const e = error as ErrorLike;
        const refused: UploadProblem =
          e.status === 415 ? 'unsupportedType' : e.status === 413 ? (file.size > EVIDENCE_LIMITS.fileBytes ? 'tooLarge' : 'dossierTooLarge') : e.status === 400 && e.issues?.some((i) => i.code === 'empty') ? 'empty' : 'failed';
        this.#refuse(upload, refused);
      }
    });
  }

  /**
   * Imports nominees from a spreadsheet, in the queue after what is on screen
   * is saved, with the ETag that save answered: all rows or none (the
   * server's rule). The imported nominees join the screen after those there.
   */
  async importList(file: File): Promise<ImportState> {
    this.importState = { state: 'uploading', name: file.name, progress: 0 };
    this.changedState();
    await this.flush();
    await this.#enqueue(async () => {
      if (this.save.state === 'conflict') {
        this.importState = { state: 'idle' };
        return;
      }
      const before = new Set(this.proposal.nominations.map((n) => n.id));
      try {
        const answer = await this.client.nominations.importNominations(this.proposal.id, file, {
          etag: this.#etag,
          name: file.name,
          onProgress: ({ percent }) => {
            if (this.importState.state === 'uploading') this.importState = { ...this.importState, progress: percent };
            this.changedState();
          },
        });
        this.#accept(answer);
        const added = answer.proposal.nominations.filter((n) => !before.has(n.id));
        this.draft.nominees.push(...added.map((n) => nomineeDraft(n)));
        this.importState = { state: 'imported', count: added.length };
      } catch (error) {
        const e = error as ErrorLike;
        if (e.status === 412) this.save = { state: 'conflict' };
        this.importState =
          (e.status === 400 || e.status === 409 || e.status === 413 || e.status === 415) && (e.issues?.length || e.message)
            ? { state: 'refused', issues: e.issues?.length ? e.issues : [{ path: ['file'], code: 'refused', message: e.message ?? '' }] }
            : e.status === 412
              ? { state: 'idle' }
              : { state: 'failed' };
      }
    });
    this.changedState();
    return this.importState;
  }

  /** Tries a failed upload again. */
  retryUpload(id: number): Promise<void> {
    const upload = this.uploads.find((u) => u.id === id);
    if (!upload) return Promise.resolve();
    this.uploads = this.uploads.filter((u) => u !== upload);
    return this.upload(upload.file, upload.scope, upload.kind);
  }

  /** Forgets a refused upload. */
  dismissUpload(id: number): void {
    this.uploads = this.uploads.filter((u) => u.id !== id);
    this.changedState();
  }

  /** Removes an uploaded file from the proposal. */
  removeFile(fileId: string): Promise<unknown> {
    return this.#enqueue(() => this.#write(() => this.client.nominations.removeEvidence(this.proposal.id, fileId, { etag: this.#etag })));
  }

  /**
   * After a 412: `mine` reads the proposal again and saves what is on screen
   * over it (sections not edited here take the other change); `theirs` shows
   * the stored proposal and drops what was not saved.
   */
  async resolveConflict(choice: 'mine' | 'theirs'): Promise<void> {
    const { proposal, etag } = await this.client.nominations.getProposal(this.proposal.id);
    this.proposal = proposal;
    this.#etag = etag;
    const keyOf = (id: string) => this.draft.nominees.find((n) => n.id === id)?.key;
    const stored = fromProposal(proposal, keyOf);
    if (choice === 'theirs') {
      this.draft = stored;
      this.dirty.clear();
    } else {
      const mine = this.draft;
      const nominees = stored.nominees.map((s) => {
        const local = mine.nominees.find((n) => n.key === s.key);
        return local && this.dirty.has(local.key) ? { ...local, files: s.files } : s;
      });
      // Nominees only on screen: those never saved, and those removed elsewhere while being edited here.
      for (const local of mine.nominees) {
        if (nominees.some((n) => n.key === local.key)) continue;
        if (!local.id || this.dirty.has(local.key)) {
          nominees.push({ ...local, id: undefined, files: [] });
          this.dirty.add(local.key);
        }
      }
      this.draft = { contact: this.dirty.has(CONTACT) ? mine.contact : stored.contact, files: stored.files, nominees };
    }
    this.save = { state: 'idle' };
    this.changedState();
    if (choice === 'mine') await this.flush();
  }

  /**
   * Submits the proposal (a draft), or resubmits it once corrected (a
   * returned one): once everything is saved, with an Idempotency-Key kept
   * until an answer comes, so that sending again after a lost answer is the
   * same submission (the server records it once).
   */
  async submit(): Promise<boolean> {
    this.submitState = { state: 'submitting' };
    this.changedState();
    await this.flush();
    if (this.save.state === 'conflict' || this.save.state === 'failed' || this.save.state === 'refused') {
      this.submitState = { state: 'idle' };
      this.changedState();
      return false;
    }
    if (this.#submitKey === undefined) {
      this.#submitKey = newKey();
      this.#submitNote = this.resubmitNote.trim() || undefined;
    }
    const key = this.#submitKey;
    const note = this.#submitNote;
    let ok = false;
    await this.#enqueue(async () => {
      try {
        const options = { etag: this.#etag, idempotencyKey: key };
        const nominations = this.client.nominations;
        this.#accept(
          await (this.proposal.status === 'returned'
            ? nominations.resubmit(this.proposal.id, { ...options, ...(note === undefined ? {} : { note }) })
            : nominations.submit(this.proposal.id, options)),
        );
        this.#submitKey = undefined;
        this.resubmitNote = '';
        this.submitState = { state: 'idle' };
        ok = true;
      } catch (error) {
        const e = error as ErrorLike;
        if (e.status === 412) this.save = { state: 'conflict' };
        this.submitState = e.status === 400 || e.status === 409 ? { state: 'refused', issues: e.issues ?? [], message: e.message } : e.status === 412 ? { state: 'idle' } : { state: 'failed' };
        // A refusal is an answer: the next submission is a new one.
        if (e.status === 400 || e.status === 409) this.#submitKey = undefined;
      }
    });
    this.changedState();
    return ok;
  }

  async #saveSection(scope: string): Promise<void> {
    const edits = this.#edits.get(scope);
    const locale = this.locale();
    if (scope === CONTACT) {
      if (!contactSavable(this.draft, locale)) return;
      const contact = toContact(this.draft.contact);
      await this.#write(() => this.client.nominations.updateProposal(this.proposal.id, { contact }, { etag: this.#etag }), scope, edits);
      return;
    }
    const nominee = this.draft.nominees.find((n) => n.key === scope);
    if (!nominee) return void this.dirty.delete(scope);
    if (!nomineeSavable(nominee, locale)) return;
    const input = toNominationInput(nominee);
    const before = new Set(this.proposal.nominations.map((n) => n.id));
    const saved = await this.#write(
      () =>
        nominee.id
          ? this.client.nominations.update(this.proposal.id, nominee.id, input, { etag: this.#etag })
          : this.client.nominations.add(this.proposal.id, input, { etag: this.#etag }),
      scope,
      edits,
    );
    // The new nomination is the one the answer has and the proposal had not.
    if (saved && !nominee.id) {
      nominee.id = this.proposal.nominations.find((n) => !before.has(n.id))?.id;
      this.changedState();
    }
  }

  /** One write: the answer accepted, or the failure recorded. True when it was saved. */
  async #write(send: () => Promise<VersionedProposal>, scope?: string, edits?: number): Promise<boolean> {
    if (this.save.state === 'conflict') return false;
    this.save = { state: 'saving' };
    this.changedState();
    try {
      const answer = await send();
      this.#accept(answer);
      // Edited again while on the way: still dirty, saved in the next round.
      if (scope && this.#edits.get(scope) === edits) this.dirty.delete(scope);
      this.save = { state: 'saved', at: new Date() };
      return true;
    } catch (error) {
      const e = error as ErrorLike;
      const said = [...new Set([e.message ?? '', ...(e.issues ?? []).map((i) => i.message)])].filter(Boolean).join(' — ');
      this.save = e.status === 412 ? { state: 'conflict' } : e.status === 400 || e.status === 409 ? { state: 'refused', message: said } : { state: 'failed' };
      return false;
    } finally {
      this.changedState();
    }
  }

  /** Takes what the server answered: ids, references and files; never a field typed on screen. */
  #accept({ proposal, etag }: VersionedProposal): void {
    this.proposal = proposal;
    this.#etag = etag;
    this.draft.files = proposal.files;
    for (const nominee of this.draft.nominees) {
      const stored = proposal.nominations.find((n) => n.id === nominee.id);
      if (stored) {
        nominee.files = stored.files;
        nominee.reference = stored.reference;
      }
    }
    // A submitted proposal is shown as stored; a returned one is still being corrected.
    if (proposal.status !== 'draft' && proposal.status !== 'returned') {
      const keyOf = (id: string) => this.draft.nominees.find((n) => n.id === id)?.key;
      this.draft = { contact: contactDraft(proposal.contact), files: proposal.files, nominees: proposal.nominations.map((n) => nomineeDraft(n, keyOf(n.id))) };
    }
  }

  #refuse(upload: Upload, problem: UploadProblem): void {
    upload.state = 'refused';
    upload.problem = problem;
    this.uploads = [...this.uploads];
    this.changedState();
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => {});
    return next;
  }
}
