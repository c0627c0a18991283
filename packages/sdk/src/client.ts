import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import {
  ApiErrorBody,
  PAGE_SIZES,
  operations,
  pathOf,
  queryOf,
  validate,
  type AdministrativeLevel,
  type Appraisal,
  type AppraisalList,
  type AppraisalListQuery,
  type AppraisalSummary,
  type Campaign,
  type ChecklistUpdate,
  type CommentInput,
  type CampaignList,
  type CampaignProgress,
  type Commendation,
  type IndicatorDetail,
  type IndicatorList,
  type IndicatorUnitsProgress,
  type Locale,
  type MeasurementCreated,
  type MeasurementHistory,
  type MeasurementInput,
  type EvidenceUpload,
  type NominationInput,
  type NominationList,
  type NominationSummary,
  type Operation,
  type OperationId,
  type OperationRequest,
  type OperationResponse,
  type Operations,
  type OrganisationUnit,
  type OrganisationUnitKind,
  type Proposal,
  type ProposalInput,
  type ProposalList,
  type ProposalStatus,
  type NominationStatus,
  type ProposalSummary,
  type ProposalUpdate,
  type Ranking,
  type RankingEntry,
  type RankingGroup,
  type UnitList,
  type SeedResult,
  type TokenInput,
  type TokenIssued,
  type TokenRevoked,
  type Session,
  type UnitImportInput,
  type UnitImportResult,
  type AwardList,
  type AwardListQuery,
  type AwardPublic,
  type CommendationSummary,
  type Decision,
  type DecisionInput,
  type ExportFormat,
  type FeatureInput,
  type FeaturedModel,
  type FeaturedModelList,
  type FeaturedModelQuery,
  type ProposedList,
  type Unfeatured,
} from '@thidua/schemas';
import type * as z from 'zod/mini';
import type { AppraisalAction } from '@thidua/schemas';
import { abortable, indicatorBatcher } from './indicator-batches.js';
import { ThiduaApiError } from './errors.js';
import { paged, type Paged } from './pages.js';
import { message } from './messages/index.js';

export interface ClientOptions {
  /** The API root, e.g. `https://api.thidua.example.gov.vn` (the `/v1` prefix is added). */
  baseUrl: string;
  /** A bearer token, or a function that returns the current one (called per request). */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** The language of error messages; Vietnamese by default. */
  locale?: Locale;
  /**
   * Per-attempt timeout in milliseconds (default 10 000). A file sent from a
   * browser is given up only after this long without progress, so a large
   * file on a slow line is not cut off while it still moves.
   */
  timeout?: number;
  /** How many times a request is retried on 408/429/5xx or a network failure (default 2). */
  retry?: number;
  /**
   * Whether `indicators.get()` calls made in the same task are combined into
   * one request (default true): a page of 19 cards then asks once.
   */
  batch?: boolean;
  /** A fetch implementation (for instrumentation or a non-standard runtime); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface UnitOptions extends RequestOptions {
  /** Whose measurements to include; the campaign owner by default. */
  unit?: string;
  /** The date progress is judged on, `yyyy-mm-dd`; the server's today by default. */
  asOf?: string;
}

export interface IndicatorOptions extends UnitOptions {
  /**
   * The programme whose targets to judge by, when an indicator of one plan also
   * carries a later scheme's targets; the indicator's own campaign by default.
   */
  campaign?: string;
}

export interface HistoryOptions extends RequestOptions {
  unit?: string;
  from?: string;
  to?: string;
}

export interface ReportOptions extends RequestOptions {
  /**
   * Makes the report safe to send again: the server records it once and
   * answers every retry with the same measurement. Generated when omitted,
   * and reused by the SDK's own retries.
   */
  idempotencyKey?: string;
}

/**
 * A paged list's page size and where to start. Each list has a default and a
 * maximum size (`PAGE_SIZES` in @thidua/schemas); `cursor` is a page's `next`.
 */
export interface PageOptions {
  limit?: number;
  cursor?: string;
}

export interface RankingOptions extends RequestOptions, PageOptions {
  /** A score index of the campaign (`dti`) or one of its indicator ids. */
  metric: string;
  /** The year, `2025`; the latest with data by default. */
  period?: string;
  /** `departments`, `communes` (communes and wards) or `all` (default). */
  group?: RankingGroup;
}

/** A proposal with the version it was read at: pass `etag` back to change it. */
export interface VersionedProposal {
  proposal: Proposal;
  /** The proposal's ETag, e.g. `"3"`; a write based on an older one is refused with a 412 ThiduaApiError. */
  etag: string;
}

export interface WriteOptions extends RequestOptions {
  /** The ETag of the proposal as last read (sent as If-Match), or `*` to overwrite whatever is stored. */
  etag: string;
}

export interface CreateOptions extends RequestOptions {
  /** Pass your own to repeat a create across page loads; one is generated otherwise. */
  idempotencyKey?: string;
}

export interface SubmitOptions extends WriteOptions {
  /** Pass your own to repeat a submission across page loads; one is generated otherwise. */
  idempotencyKey?: string;
}

export interface ResubmitOptions extends SubmitOptions {
  /**
   * What the unit corrected, for the appraisers (at most 2,000 characters):
   * kept in the history of the resubmission. A longer one is a 400
   * ThiduaApiError naming `body.note`.
   */
  note?: string;
}

/** Filters of the lists of a unit's dossiers; each narrows, none reaches past the token's units. */
export interface DossierListOptions<S extends string = ProposalStatus> extends RequestOptions, PageOptions {
  campaign?: string;
  round?: string;
  /** A proposal's own status in `listProposals`, a nomination's own in `list`. */
  status?: S;
  /** One of the token's units (a token scoped to several); a 403 ThiduaApiError for any other. */
  unit?: string;
}

/** The appraisers' queue's filters and order (see `AppraisalListQuery`); each narrows, none reaches past the award types the token's unit appraises. */
export type AppraisalListOptions = RequestOptions & PageOptions & Partial<Omit<AppraisalListQuery, 'limit' | 'cursor'>>;

/** An appraisal with the version it was read at: pass `etag` back to change it. */
export interface VersionedAppraisal {
  appraisal: Appraisal;
  /** The proposal's ETag, e.g. `"7"`; a change based on an older one is refused with a 412 ThiduaApiError. */
  etag: string;
}

export interface CommentOptions extends RequestOptions {
  /** Pass your own to repeat a comment across page loads; one is generated otherwise, and reused by the SDK's own retries. */
  idempotencyKey?: string;
}

export interface UploadOptions extends RequestOptions {
  kind: EvidenceUpload['kind'];
  /** The nomination the file belongs to; the proposal's shared files without it. */
  nominationId?: string;
  /** The name to list it under; a File's own name by default. */
  name?: string;
  /**
   * Called as the bytes are sent, `percent` from 0 to 1, and once more with
   * 1 when the upload is done. In a browser the file goes by
   * XMLHttpRequest, which reports progress over HTTP/1.1 and HTTP/2 alike
   * (a client made with its own `fetch` sends it through that instead, and
   * hears only the end); in Node, by a streamed fetch.
   */
  onProgress?: (progress: { percent: number; transferredBytes: number; totalBytes: number }) => void;
}

export interface ImportOptions extends RequestOptions {
  /** The ETag of the proposal as last read (sent as If-Match), or `*`. */
  etag: string;
  /** The name to send the file under; a File's own name by default (the server reads the bytes, not the name). */
  name?: string;
  /** As for `uploadEvidence`. */
  onProgress?: UploadOptions['onProgress'];
}

export interface TemplateOptions {
  /** `xlsx` (default) or `csv`. */
  format?: 'xlsx' | 'csv';
  /** The language of the headers and instructions; Vietnamese by default. */
  locale?: Locale;
}

/** Filters of a campaign's public list of awards. */
export interface AwardListOptions extends RequestOptions, PageOptions {
  roundId?: string;
  awardTypeId?: string;
  /** The proposing unit's kind: `department`, `commune`, `ward`, … */
  unitKind?: AwardListQuery['unitKind'];
  /** Words of the name, position, workplace or proposing unit; diacritics optional. */
  q?: string;
}

export interface ProposedListOptions extends RequestOptions {
  /** One award type; every one the token may see by default. */
  awardTypeId?: string;
}

export interface ExportOptions extends RequestOptions {
  /** `xlsx` (default) or `csv` (UTF-8 with a byte order mark, for Excel). */
  format?: ExportFormat;
}

export interface RecordOptions extends RequestOptions {
  /** Pass your own to repeat a decision across page loads; one is generated otherwise. */
  idempotencyKey?: string;
}

export interface CertificateOptions extends RequestOptions {
  /** Millimetres to shift every line right (negative: left) to match a printer, −30 to 30. */
  offsetX?: number;
  /** Millimetres to shift every line down (negative: up), −30 to 30. */
  offsetY?: number;
}

/** A featured model with the version it was read at: pass `etag` back to change it. */
export interface VersionedFeature {
  model: FeaturedModel;
  etag: string;
}

export interface PhotoOptions extends RequestOptions {
  /** The photo's text alternative, required: what it shows, for those who cannot see it. */
  alt: string;
  /** The name to send the file under; a File's own name by default (the server reads the bytes). */
  name?: string;
  /** As for `uploadEvidence`. */
  onProgress?: UploadOptions['onProgress'];
}

export interface ThiduaClient {
  readonly baseUrl: string;
  /** Who the client's token speaks for: its role, holder's name and unit ids (401 without a valid token). */
  session(options?: RequestOptions): Promise<Session>;
  readonly campaigns: {
    list(options?: RequestOptions): Promise<CampaignList>;
    get(campaignId: string, options?: RequestOptions): Promise<Campaign>;
    /** How one unit stands on every indicator of the campaign, with counts per status. */
    progress(campaignId: string, options?: UnitOptions): Promise<CampaignProgress>;
    /**
     * What a unit needs to nominate in the campaign: the award types its rounds
     * give and who may propose them, the criteria, the rounds with their dossier
     * windows, the achievement categories and the privacy notice (public).
     */
    commendation(campaignId: string, options?: RequestOptions): Promise<Commendation>;
  };
  readonly indicators: {
    /** A campaign's indicators with one unit's history, latest measurement and assessment. */
    list(campaignId: string, options?: UnitOptions): Promise<IndicatorList>;
    /** One indicator for one unit; calls in the same task are batched into one request. */
    get(indicatorId: string, options?: IndicatorOptions): Promise<IndicatorDetail>;
    /** One unit's figures for an indicator over time, one per date, oldest first. */
    history(indicatorId: string, options?: HistoryOptions): Promise<MeasurementHistory>;
    /**
     * Every unit of a level on one indicator: a promise of the first page, and
     * with `for await` every unit's entry, page after page (see `Paged`).
     */
    progressByUnit(
      indicatorId: string,
      options?: RequestOptions & PageOptions & { level?: AdministrativeLevel; asOf?: string },
    ): Paged<IndicatorUnitsProgress, IndicatorUnitsProgress['items'][number]>;
  };
  readonly units: {
    /** Units in Vietnamese name order: a promise of the first page, and with `for await` every unit (see `Paged`). */
    list(filter?: RequestOptions & PageOptions & { level?: AdministrativeLevel; kind?: OrganisationUnitKind; parent?: string }): Paged<UnitList, OrganisationUnit>;
    get(unitId: string, options?: RequestOptions): Promise<OrganisationUnit>;
  };
  readonly rankings: {
    /**
     * Units of a group ranked by the DTI or an indicator, with last year's
     * rank and score: a promise of the first page (`limit` entries, 100 by
     * default), and with `for await` every entry of the group (see `Paged`).
     */
    get(campaignId: string, options: RankingOptions): Paged<Ranking, RankingEntry>;
    /** The whole ranking of a group in one `Ranking`: every page's entries, asked for in pages of `limit` (1,000 by default). */
    all(campaignId: string, options: RankingOptions): Promise<Ranking>;
  };
  readonly measurements: {
    /** Records a figure (needs a reporter's token for the unit, or the coordinator's). */
    report(input: MeasurementInput, options?: ReportOptions): Promise<MeasurementCreated>;
  };
  /** The coordinating department's writes (its token); the server's CLI uses the same routes. */
  readonly admin: {
    /** Issues a reporting token, shown once. Not retried: a lost answer would leave a token nobody holds (revoke it by id). */
    issueToken(input: TokenInput, options?: RequestOptions): Promise<TokenIssued>;
    /** Revokes a token by its id: refused from the next request on. */
    revokeToken(tokenId: string, options?: RequestOptions): Promise<TokenRevoked>;
    /** Adds or updates units; all of them, or none when a row is invalid. */
    importUnits(units: UnitImportInput['units'], options?: RequestOptions): Promise<UnitImportResult>;
    /** Loads a catalog (the server's default when none is given); loading it again changes nothing. */
    loadCatalog(catalog?: unknown, options?: RequestOptions): Promise<SeedResult>;
  };
  /**
   * Nomination dossiers of the token's units (a proposer's token). Every
   * answer carries the proposal's version; every change names the version it
   * is based on, and one based on a stale version is refused (status 412)
   * without changing anything: read again, reapply, send. Changes are not
   * retried by the SDK (a retry after a lost answer would meet a new
   * version), except the two that carry an Idempotency-Key: `createProposal`
   * and `submit`.
   */
  readonly nominations: {
    /**
     * The proposals of the token's units, newest first, as a list shows them
     * (reference, status, round and award with titles, counts, last change; no
     * personal data): a promise of the first page, and with `for await` every
     * proposal (see `Paged`).
     */
    listProposals(options?: DossierListOptions): Paged<ProposalList, ProposalSummary>;
    /**
     * The nominations of the token's units, by proposal (newest first) and in
     * each proposal's order, with the nominee's name and no personal data;
     * `proposal` keeps one proposal's. Paged like `listProposals`.
     */
    list(options?: DossierListOptions<NominationStatus> & { proposal?: string }): Paged<NominationList, NominationSummary>;
    /**
     * Starts a draft. Safe to retry like `submit`: the Idempotency-Key
     * (generated when not given) is sent again by the SDK's own retries, so a
     * create whose answer was lost makes one draft, and the retry answers it.
     */
    createProposal(input: ProposalInput, options?: CreateOptions): Promise<VersionedProposal>;
    getProposal(proposalId: string, options?: RequestOptions): Promise<VersionedProposal>;
    /** Changes the draft's own fields (the contact person). */
    updateProposal(proposalId: string, update: ProposalUpdate, options: WriteOptions): Promise<VersionedProposal>;
    add(proposalId: string, nomination: NominationInput, options: WriteOptions): Promise<VersionedProposal>;
    update(proposalId: string, nominationId: string, nomination: NominationInput, options: WriteOptions): Promise<VersionedProposal>;
    remove(proposalId: string, nominationId: string, options: WriteOptions): Promise<VersionedProposal>;
    /**
     * Submits the draft: the answer carries its reference. A 400 ThiduaApiError
     * lists everything that blocks it, by field path. Safe to retry: the
     * Idempotency-Key (generated when not given) is sent again by the SDK's own
     * retries, so a submit whose answer was lost is recorded once.
     */
    submit(proposalId: string, options: SubmitOptions): Promise<VersionedProposal>;
    /** Withdraws a draft or a submitted proposal before appraisal. */
    withdraw(proposalId: string, options: WriteOptions): Promise<VersionedProposal>;
    /**
     * Resubmits a proposal returned for completion, once what was returned
     * is corrected (`update`, `updateProposal`, files): the appraisal time
     * starts again. A 400 ThiduaApiError lists what is still missing; a 409
     * one says it is not returned. Safe to retry, like `submit`; a note
     * (`{ note }`) tells the appraisers what was corrected.
     */
    resubmit(proposalId: string, options: ResubmitOptions): Promise<VersionedProposal>;
    /**
     * Uploads one evidence file to a draft (or to one of its nominations with
     * `nominationId`). The server recognises its type from its bytes; a 400,
     * 413 or 415 ThiduaApiError names `body.file` (empty, too large, not a
     * PDF, DOCX, JPEG or PNG). Not retried: a repeat would store it twice.
     */
    uploadEvidence(proposalId: string, file: Blob, options: UploadOptions): Promise<VersionedProposal>;
    /**
     * Imports nominees from a filled-in template (`.xlsx`, or `.csv` in
     * UTF-8) into a draft, after those it has: all of them, or none. A 400
     * ThiduaApiError lists every problem, each issue with its `row`,
     * `column` (letter), `header` and `path` (`body.file.<row>.<field>`); a
     * file that is neither is a 415. Not retried.
     */
    importNominations(proposalId: string, file: Blob, options: ImportOptions): Promise<VersionedProposal>;
    /** The template to fill in (public, no token needed), as a Blob. */
    importTemplate(options?: TemplateOptions & RequestOptions): Promise<Blob>;
    /** The template's address, for a plain download link. */
    importTemplateUrl(options?: TemplateOptions): string;
    /** One evidence file's bytes, typed as recognised at upload (the proposing unit's token; once submitted, an appraiser's of the award or the coordinator's). */
    downloadEvidence(proposalId: string, fileId: string, options?: RequestOptions): Promise<Blob>;
    removeEvidence(proposalId: string, fileId: string, options: WriteOptions): Promise<VersionedProposal>;
  };
  /**
   * A campaign's awardees (public, no token needed, no personal data): who
   * was awarded what, by which decision, newest decision first.
   */
  readonly awards: {
    /** A promise of the first page, and with `for await` every award (see `Paged`). */
    list(campaignId: string, options?: AwardListOptions): Paged<AwardList, AwardPublic>;
    /** Every award of the filter, asked for in pages of `limit` (500 by default). */
    all(campaignId: string, options?: Omit<AwardListOptions, 'cursor'>): Promise<AwardPublic[]>;
  };
  /** A round's results, for the appraisers and the coordinator (their tokens). */
  readonly rounds: {
    /** The list proposed to the Chairman: eligible nominations of appraised proposals, women first on equal standing. */
    proposedList(roundId: string, options?: ProposedListOptions): Promise<ProposedList>;
    /** The proposed list as a spreadsheet Blob (`.xlsx` by default, or `.csv`). */
    exportProposedList(roundId: string, options?: ProposedListOptions & ExportOptions): Promise<Blob>;
    /** The proposed list as a printable HTML document (a Blob of `text/html`; open it and print). */
    printProposedList(roundId: string, options?: ProposedListOptions): Promise<Blob>;
    /** Counts by proposing unit and award type: proposed, returned, rejected, eligible, awarded, women's share. */
    summary(roundId: string, options?: RequestOptions): Promise<CommendationSummary>;
    /** The round's summary as a spreadsheet Blob. */
    exportSummary(roundId: string, options?: ExportOptions): Promise<Blob>;
    /** The same counts over every round of a campaign (for the final-review report). */
    campaignSummary(campaignId: string, options?: RequestOptions): Promise<CommendationSummary>;
    /** The campaign's summary as a spreadsheet Blob. */
    exportCampaignSummary(campaignId: string, options?: ExportOptions): Promise<Blob>;
  };
  /** The Chairman's decisions (the coordinator records them) and their certificates. */
  readonly decisions: {
    /**
     * Records a decision: the nominations it names become awards, all or none
     * (a 400 or 409 ThiduaApiError names each refused one by
     * `body.nominationIds.<i>`). Safe to retry: the Idempotency-Key
     * (generated when not given) is sent again by the SDK's own retries, so
     * a decision whose answer was lost is recorded once.
     */
    record(roundId: string, input: DecisionInput, options?: RecordOptions): Promise<Decision>;
    get(decisionId: string, options?: RequestOptions): Promise<Decision>;
    /** The certificates to print, one sheet per awardee, as a Blob of `text/html`. */
    certificates(decisionId: string, options?: CertificateOptions): Promise<Blob>;
    /** The certificates' address (it needs the token: for a server-side fetch or a proxy that adds it). */
    certificatesUrl(decisionId: string, options?: Omit<CertificateOptions, 'signal'>): string;
  };
  /** Featured models (điển hình tiên tiến): public lists, the coordinator's writes. */
  readonly featuredModels: {
    /** A campaign's featured models, most recently featured first (public). */
    list(campaignId: string, options?: RequestOptions & FeaturedModelQuery): Promise<FeaturedModelList>;
    /** Features an award (or changes its narrative); `etag` `*` to create or overwrite. */
    feature(awardId: string, input: FeatureInput, options: WriteOptions): Promise<VersionedFeature>;
    /** Uploads (or replaces) the photo of a featured award, with its required text alternative. Not retried. */
    uploadPhoto(awardId: string, file: Blob, options: PhotoOptions): Promise<VersionedFeature>;
    unfeature(awardId: string, options: WriteOptions): Promise<Unfeatured>;
    /** A photo's absolute address from its `photo.url` (which is relative to the API root), for an `<img src>`. */
    photoUrl(photo: { url: string }): string;
    /** A photo's bytes as a Blob (public; cached by any cache for a year, its address naming its content). */
    photo(photo: { url: string }, options?: RequestOptions): Promise<Blob>;
  };
  /**
   * Appraisal (an appraiser's token, or the coordinator's to read and
   * comment). Every answer is the whole appraisal with the proposal's
   * version as ETag; a change names the version it is based on and is
   * refused with a 412 when it is stale, changing nothing. A 404 for a
   * draft, or a proposal of an award the token's unit does not appraise.
   * Changes are not retried, except `comment`, which carries an
   * Idempotency-Key.
   */
  readonly appraisals: {
    /**
     * The queue: submitted proposals of the award types the token's unit
     * appraises, by due date (or `sort`, `order`), with the deadline of each
     * and no personal data: a promise of the first page, and with
     * `for await` every dossier (see `Paged`).
     */
    list(options?: AppraisalListOptions): Paged<AppraisalList, AppraisalSummary>;
    /** Every dossier of the queue (with the same filters) in one array, asked in pages of 500: for a table that sorts and filters on the page. */
    all(options?: Omit<AppraisalListOptions, 'limit' | 'cursor'>): Promise<AppraisalSummary[]>;
    /** One proposal as the appraisers read it: everything submitted, checklists, comments, history, the actions open to the caller, the deadline. */
    get(proposalId: string, options?: RequestOptions): Promise<VersionedAppraisal>;
    /**
     * Takes a step: `startAppraisal`, `return` (with its reasons), `markEligible`,
     * `reject` (with its reason), `completeAppraisal`. A 403 ThiduaApiError when
     * the token may not, 409 when the state does not allow it (each problem
     * with its path), 400 when a reason is missing.
     */
    act(proposalId: string, action: z.input<typeof AppraisalAction>, options: WriteOptions): Promise<VersionedAppraisal>;
    /** Sets criteria of one nomination's checklist (met, not met, or null; a note) while the proposal is under appraisal. */
    updateChecklist(proposalId: string, nominationId: string, update: ChecklistUpdate, options: WriteOptions): Promise<VersionedAppraisal>;
    /** Adds a comment, internal or to the proposing unit; no ETag needed. Safe to retry under its Idempotency-Key. */
    comment(proposalId: string, comment: CommentInput, options?: CommentOptions): Promise<VersionedAppraisal>;
  };
}

/** The query parameters of an operation, as options (each optional: the server says which are required). */
type QueryOptions<K extends OperationId> = OperationRequest<Operations[K]>['query'] extends infer Q ? (Q extends object ? Partial<Q> : unknown) : unknown;


export function createClient(options: ClientOptions): ThiduaClient {
  const locale = options.locale ?? 'vi';
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const retryLimit = options.retry ?? 2;
  const http: KyInstance = ky.create({
    // Paths come from the route contract, which names them from the root (`/v1/…`).
    prefix: `${baseUrl}/`,
    timeout: options.timeout ?? 10_000,
    retry: { limit: retryLimit, methods: ['get', 'head'], backoffLimit: 3_000 },
    headers: { Accept: 'application/json', 'Accept-Language': locale },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      beforeRequest: [
        async ({ request }) => {
          const token = typeof options.token === 'function' ? await options.token() : options.token;
          if (token) request.headers.set('Authorization', `Bearer ${token}`);
        },
      ],
    },
  });

  function parse<S extends z.ZodMiniType>(schema: S, body: unknown): z.infer<S> {
    const parsed = validate(schema, body, locale);
    if (parsed.success) return parsed.data;
    throw new ThiduaApiError({
      status: 0,
      code: 'invalid_response',
      message: message(locale, 'invalidResponse'),
      issues: parsed.issues,
    });
  }

  // Cards asking for the same resource at once share one request.
  const inFlight = new Map<string, Promise<unknown>>();

  /**
   * A read of the contract's operation `id`: its path with `params` filled
   * in, the query parameters it declares taken from `options` (any other
   * option is not sent), and the answer validated with its response schema.
   */
  function read<K extends OperationId>(
    id: K,
    params: OperationRequest<Operations[K]>['params'],
    options: RequestOptions & QueryOptions<K>,
  ): Promise<OperationResponse<Operations[K]>> {
    const op = operations[id];
    const path = `${pathOf(op, params as Record<string, string> | undefined)}${queryOf(op, options as Record<string, unknown>)}`;
    return getJson(path.slice(1), op.response, options) as Promise<OperationResponse<Operations[K]>>;
  }

  function getJson<S extends z.ZodMiniType>(path: string, schema: S, request: RequestOptions = {}): Promise<z.infer<S>> {
    let shared = inFlight.get(path) as Promise<z.infer<S>> | undefined;
    if (!shared) {
      shared = (async () => {
        let body: unknown;
        try {
          body = await http.get(path).json();
        } catch (error) {
          throw toApiError(error, locale);
        }
        return parse(schema, body);
      })().finally(() => inFlight.delete(path));
      inFlight.set(path, shared);
    }
    return abortable(shared, request.signal, locale);
  }

  /**
   * A request for a proposal: the contract's path, If-Match when changing,
   * the answer validated and returned with its ETag. Reads are retried like
   * every read; changes are not (see `nominations`).
   */
  async function proposalRequest(
    id:
      | 'createProposal'
      | 'getProposal'
      | 'updateProposal'
      | 'addNomination'
      | 'updateNomination'
      | 'removeNomination'
      | 'submitProposal'
      | 'resubmitProposal'
      | 'withdrawProposal'
      | 'removeEvidence',
    params: Record<string, string> | undefined,
    request: RequestOptions & { etag?: string; json?: unknown; idempotencyKey?: string },
  ): Promise<VersionedProposal> {
    const { body, etag } = await versioned(id, params, request);
    return { proposal: body, etag };
  }

  /** The same for an appraisal: the appraisers' read and writes answer the whole appraisal and its ETag. */
  async function appraisalRequest(
    id: 'getAppraisal' | 'actOnAppraisal' | 'updateChecklist' | 'addAppraisalComment',
    params: Record<string, string>,
    request: RequestOptions & { etag?: string; json?: unknown; idempotencyKey?: string },
  ): Promise<VersionedAppraisal> {
    const { body, etag } = await versioned(id, params, request);
    return { appraisal: body, etag };
  }

  /** A read or write of a versioned resource: its answer validated, with the ETag it carries. */
  async function versioned<K extends OperationId>(
    id: K,
    params: Record<string, string> | undefined,
    request: RequestOptions & { etag?: string; json?: unknown; idempotencyKey?: string },
  ): Promise<{ body: OperationResponse<Operations[K]>; etag: string }> {
    const op: Operation = operations[id];
    let response: Response;
    try {
      response = await http(pathOf(op, params).slice(1), {
        method: op.method,
        ...(request.json === undefined ? {} : { json: request.json }),
        headers: {
          ...(request.etag === undefined ? {} : { 'If-Match': request.etag }),
          ...(request.idempotencyKey === undefined ? {} : { 'Idempotency-Key': request.idempotencyKey }),
        },
        // A write is retried only under an Idempotency-Key, which makes the server apply it once.
        ...(op.method === 'GET' ? {} : request.idempotencyKey === undefined ? { retry: 0 } : { retry: { limit: retryLimit, methods: ['post'], backoffLimit: 3_000 } }),
        ...(request.signal ? { signal: request.signal } : {}),
      });
    } catch (error) {
      throw toApiError(error, locale);
    }
    const body = parse(op.response, await response.json()) as OperationResponse<Operations[K]>;
    return { body, etag: response.headers.get('etag') ?? '' };
  }

  /**
   * Sends a file form of the contract (an evidence upload, a spreadsheet
   * import) and answers the proposal with its ETag. Never retried: a repeat
   * would store the file, or the nominees, twice.
   *
   * In a browser it goes through XMLHttpRequest. A fetch can report upload
   * progress only by streaming its body, which Chromium allows over HTTP/2
   * alone: over HTTP/1.1 (a portal on plain HTTP, many intranet proxies) a
   * streamed upload fails outright. XMLHttpRequest reports progress over
   * either, and its timeout here counts only time without progress, so a
   * large file on a slow line is not cut off while it is still moving.
   * Elsewhere (Node) ky sends it, streaming for progress.
   */
  async function sendForm<K extends 'uploadEvidence' | 'importNominations' | 'uploadFeaturePhoto'>(
    id: K,
    params: Record<string, string>,
    form: FormData,
    opts: RequestOptions & { etag?: string | undefined; onProgress?: UploadOptions['onProgress'] },
    totalBytes: number,
  ): Promise<{ body: OperationResponse<Operations[K]>; etag: string }> {
    const op = operations[id];
    const path = pathOf(op, params).slice(1);
    const headers: Record<string, string> = opts.etag === undefined ? {} : { 'If-Match': opts.etag };
    const browser = typeof XMLHttpRequest === 'function';
    if (browser && !options.fetch) {
      const answer = await sendWithXhr(op.method, `${baseUrl}/${path}`, form, headers, opts);
      if (answer.status < 200 || answer.status >= 300) throw errorFromBody(answer.status, answer.statusText, answer.json, answer.requestId);
      return { body: parse(op.response, answer.json) as OperationResponse<Operations[K]>, etag: answer.etag };
    }
    let response: Response;
    let reported = false;
    try {
      response = await http(path, {
        method: op.method,
        body: form,
        headers,
        retry: 0,
        // A browser given its own fetch: no streamed body, which would fail over HTTP/1.1; the caller hears the end.
        ...(opts.onProgress && !browser
          ? {
              onUploadProgress: ({ percent, transferredBytes, totalBytes }) => {
                reported = percent >= 1;
                opts.onProgress!({ percent, transferredBytes, totalBytes });
              },
            }
          : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
    } catch (error) {
      throw toApiError(error, locale);
    }
    // Without request streams ky never calls back: the caller still hears that it is done.
    if (opts.onProgress && !reported) opts.onProgress({ percent: 1, transferredBytes: totalBytes, totalBytes });
    return { body: parse(op.response, await response.json()) as OperationResponse<Operations[K]>, etag: response.headers.get('etag') ?? '' };
  }

  /** One XMLHttpRequest with the client's headers; resolves on any HTTP answer, rejects with a ThiduaApiError otherwise. */
  async function sendWithXhr(
    method: string,
    url: string,
    form: FormData,
    headers: Record<string, string>,
    opts: RequestOptions & { onProgress?: UploadOptions['onProgress'] },
  ): Promise<{ status: number; statusText: string; json: unknown; etag: string; requestId: string | undefined }> {
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(method, url);
      const all: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale, ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) };
      for (const [name, value] of Object.entries(all)) xhr.setRequestHeader(name, value);
      const idle = options.timeout ?? 10_000;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const fail = (code: 'timeout' | 'aborted' | 'network_error', cause?: unknown) => {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
        const key = code === 'network_error' ? 'network' : code;
        reject(new ThiduaApiError({ status: 0, code, message: message(locale, key), cause }));
      };
      // No answer and no byte sent for `timeout` ms: the request is given up.
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          xhr.abort();
          fail('timeout');
        }, idle);
      };
      const onAbort = () => {
        xhr.abort();
        fail('aborted', opts.signal?.reason);
      };
      if (opts.signal?.aborted) return onAbort();
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      // The body's size as the browser counts it (the files and the multipart framing around them).
      let bodyBytes = totalOf(form);
      xhr.upload.onprogress = (event) => {
        arm();
        if (event.lengthComputable && opts.onProgress) {
          bodyBytes = event.total;
          opts.onProgress({ percent: event.total ? event.loaded / event.total : 1, transferredBytes: event.loaded, totalBytes: event.total });
        }
      };
      xhr.onprogress = arm;
      xhr.onerror = () => fail('network_error');
      xhr.onload = () => {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
        // The last progress event may not come before the answer: the caller hears the end.
        if (opts.onProgress && xhr.status >= 200 && xhr.status < 300) opts.onProgress({ percent: 1, transferredBytes: bodyBytes, totalBytes: bodyBytes });
        let json: unknown;
        try {
          json = JSON.parse(xhr.responseText);
        } catch {
          json = undefined;
        }
        resolve({
          status: xhr.status,
          statusText: xhr.statusText,
          json,
          etag: xhr.getResponseHeader('etag') ?? '',
          requestId: xhr.getResponseHeader('x-request-id') ?? undefined,
        });
      };
      arm();
      xhr.send(form);
    });
  }

  function uploadEvidence(proposalId: string, file: Blob, opts: UploadOptions): Promise<VersionedProposal> {
    const form = new FormData();
    form.append('kind', opts.kind);
    if (opts.nominationId) form.append('nominationId', opts.nominationId);
    form.append('file', file, opts.name ?? (file as Partial<File>).name ?? 'file');
    return sendForm('uploadEvidence', { proposalId }, form, opts, file.size).then(({ body, etag }) => ({ proposal: body, etag }));
  }

  function importNominations(proposalId: string, file: Blob, opts: ImportOptions): Promise<VersionedProposal> {
    const form = new FormData();
    form.append('file', file, opts.name ?? (file as Partial<File>).name ?? 'nominees');
    return sendForm('importNominations', { proposalId }, form, opts, file.size).then(({ body, etag }) => ({ proposal: body, etag }));
  }

  function uploadPhoto(awardId: string, file: Blob, opts: PhotoOptions): Promise<VersionedFeature> {
    const form = new FormData();
    form.append('alt', opts.alt);
    form.append('file', file, opts.name ?? (file as Partial<File>).name ?? 'photo');
    return sendForm('uploadFeaturePhoto', { awardId }, form, opts, file.size).then(({ body, etag }) => ({ model: body, etag }));
  }

  /** A file the contract serves (a spreadsheet, a printout), as a Blob, with the token when the client has one; retried like every read. */
  async function download(
    id: 'exportProposedList' | 'printProposedList' | 'exportRoundSummary' | 'exportCampaignSummary' | 'printCertificates',
    params: Record<string, string>,
    query: Record<string, unknown>,
    opts: RequestOptions,
  ): Promise<Blob> {
    const op = operations[id];
    try {
      return await http(`${pathOf(op, params).slice(1)}${queryOf(op, query)}`, { method: op.method, ...(opts.signal ? { signal: opts.signal } : {}) }).blob();
    } catch (error) {
      throw toApiError(error, locale);
    }
  }

  /** A featured model's write: If-Match, the answer with its ETag; not retried (a retry after a lost answer would meet a new version). */
  async function featureRequest<K extends 'featureAward' | 'unfeatureAward'>(
    id: K,
    awardId: string,
    request: RequestOptions & { etag: string; json?: unknown },
  ): Promise<{ body: OperationResponse<Operations[K]>; etag: string }> {
    const op = operations[id];
    let response: Response;
    try {
      response = await http(pathOf(op, { awardId }).slice(1), {
        method: op.method,
        ...(request.json === undefined ? {} : { json: request.json }),
        headers: { 'If-Match': request.etag },
        retry: 0,
        ...(request.signal ? { signal: request.signal } : {}),
      });
    } catch (error) {
      throw toApiError(error, locale);
    }
    return { body: parse(op.response, await response.json()) as OperationResponse<Operations[K]>, etag: response.headers.get('etag') ?? '' };
  }

  function certificatesUrl(decisionId: string, opts: Omit<CertificateOptions, 'signal'> = {}): string {
    const op = operations.printCertificates;
    return `${baseUrl}${pathOf(op, { decisionId })}${queryOf(op, { offsetX: opts.offsetX, offsetY: opts.offsetY })}`;
  }

  function awardPages(campaignId: string, opts: AwardListOptions) {
    return paged((cursor) => read('listAwards', { campaignId }, { ...opts, cursor }), (page) => page.items, opts.cursor);
  }

  function templateUrl(opts: TemplateOptions = {}): string {
    const op = operations.getImportTemplate;
    return `${baseUrl}${pathOf(op)}${queryOf(op, { format: opts.format, locale: opts.locale })}`;
  }

  async function importTemplate(opts: TemplateOptions & RequestOptions = {}): Promise<Blob> {
    const op = operations.getImportTemplate;
    try {
      return await http(`${pathOf(op).slice(1)}${queryOf(op, { format: opts.format, locale: opts.locale })}`, {
        method: op.method,
        ...(opts.signal ? { signal: opts.signal } : {}),
      }).blob();
    } catch (error) {
      throw toApiError(error, locale);
    }
  }

  async function downloadEvidence(proposalId: string, fileId: string, opts: RequestOptions = {}): Promise<Blob> {
    const op = operations.downloadEvidence;
    try {
      return await http(pathOf(op, { proposalId, fileId }).slice(1), { method: op.method, ...(opts.signal ? { signal: opts.signal } : {}) }).blob();
    } catch (error) {
      throw toApiError(error, locale);
    }
  }

  // Cards asking in one task share one request (indicator-batches.ts, as the reader's); answers validated by `read`.
  const getBatched = indicatorBatcher(
    {
      one: (indicatorId, query) => read('getIndicator', { indicatorId }, query),
      many: (ids, query) => read('getIndicators', undefined, { ids: ids.join(','), ...query }),
      notFound: (id) => indicatorNotFound(id, locale),
    },
    locale,
  );

  /** Pages of a ranking; a cursor carries the first page's period, so every page is of one year. */
  function rankingPages(campaignId: string, opts: RankingOptions) {
    return paged((cursor) => read('getRanking', { campaignId }, { ...opts, cursor }), (page) => page.entries, opts.cursor);
  }

  return {
    baseUrl,
    session: (opts = {}) => read('getSession', undefined, opts),
    campaigns: {
      list: (opts = {}) => read('listCampaigns', undefined, opts),
      get: (campaignId, opts = {}) => read('getCampaign', { campaignId }, opts),
      progress: (campaignId, opts = {}) => read('getCampaignProgress', { campaignId }, opts),
      commendation: (campaignId, opts = {}) => read('getCommendation', { campaignId }, opts),
    },
    indicators: {
      list: (campaignId, opts = {}) => read('listIndicators', { campaignId }, opts),
      get: (indicatorId, opts = {}) =>
        options.batch === false ? read('getIndicator', { indicatorId }, opts) : getBatched(indicatorId, opts),
      history: (indicatorId, opts = {}) => read('getMeasurementHistory', { indicatorId }, opts),
      progressByUnit: (indicatorId, opts = {}) =>
        paged((cursor) => read('getIndicatorProgressByUnit', { indicatorId }, { ...opts, cursor }), (page) => page.items, opts.cursor),
    },
    units: {
      list: (filter = {}) => paged((cursor) => read('listUnits', undefined, { ...filter, cursor }), (page) => page.items, filter.cursor),
      get: (unitId, opts = {}) => read('getUnit', { unitId }, opts),
    },
    rankings: {
      get: (campaignId, opts) => rankingPages(campaignId, opts),
      async all(campaignId, opts) {
        const pages = rankingPages(campaignId, { ...opts, limit: opts.limit ?? PAGE_SIZES.rankings.max });
        const first = await pages;
        const entries: RankingEntry[] = [];
        for await (const entry of pages) entries.push(entry);
        return { ...first, entries, next: null };
      },
    },
    measurements: {
      async report(input, opts = {}) {
        const op = operations.reportMeasurement;
        const idempotencyKey = opts.idempotencyKey ?? newIdempotencyKey();
        let body: unknown;
        try {
          body = await http(pathOf(op).slice(1), {
            method: op.method,
            json: input,
            headers: { 'Idempotency-Key': idempotencyKey },
            // Safe to retry only because the key makes the server record it once.
            retry: { limit: retryLimit, methods: ['post'], backoffLimit: 3_000 },
            ...(opts.signal ? { signal: opts.signal } : {}),
          }).json();
        } catch (error) {
          throw toApiError(error, locale);
        }
        return parse(op.response, body);
      },
    },
    admin: {
      issueToken: (input, opts) => write('issueToken', undefined, input, opts, false),
      revokeToken: (tokenId, opts) => write('revokeToken', { tokenId }, {}, opts, true),
      importUnits: (units, opts) => write('importUnits', undefined, { units }, opts, true),
      loadCatalog: (catalog, opts) => write('loadCatalog', undefined, catalog === undefined ? {} : { catalog }, opts, true),
    },
    nominations: {
      listProposals: (opts = {}) => paged((cursor) => read('listProposals', undefined, { ...opts, cursor }), (page) => page.items, opts.cursor),
      list: (opts = {}) => paged((cursor) => read('listNominations', undefined, { ...opts, cursor }), (page) => page.items, opts.cursor),
      createProposal: (input, opts = {}) =>
        proposalRequest('createProposal', undefined, { ...opts, json: input, idempotencyKey: opts.idempotencyKey ?? newIdempotencyKey() }),
      getProposal: (proposalId, opts = {}) => proposalRequest('getProposal', { proposalId }, opts),
      updateProposal: (proposalId, update, opts) => proposalRequest('updateProposal', { proposalId }, { ...opts, json: update }),
      add: (proposalId, nomination, opts) => proposalRequest('addNomination', { proposalId }, { ...opts, json: nomination }),
      update: (proposalId, nominationId, nomination, opts) => proposalRequest('updateNomination', { proposalId, nominationId }, { ...opts, json: nomination }),
      remove: (proposalId, nominationId, opts) => proposalRequest('removeNomination', { proposalId, nominationId }, opts),
      submit: (proposalId, opts) => proposalRequest('submitProposal', { proposalId }, { ...opts, idempotencyKey: opts.idempotencyKey ?? newIdempotencyKey() }),
      withdraw: (proposalId, opts) => proposalRequest('withdrawProposal', { proposalId }, opts),
      resubmit: (proposalId, { note, ...opts }) =>
        proposalRequest('resubmitProposal', { proposalId }, { ...opts, ...(note === undefined ? {} : { json: { note } }), idempotencyKey: opts.idempotencyKey ?? newIdempotencyKey() }),
      uploadEvidence,
      importNominations,
      importTemplate,
      importTemplateUrl: templateUrl,
      downloadEvidence,
      removeEvidence: (proposalId, fileId, opts) => proposalRequest('removeEvidence', { proposalId, fileId }, opts),
    },
    awards: {
      list: (campaignId, opts = {}) => awardPages(campaignId, opts),
      async all(campaignId, opts = {}) {
        const items: AwardPublic[] = [];
        for await (const award of awardPages(campaignId, { ...opts, limit: opts.limit ?? PAGE_SIZES.awards.max })) items.push(award);
        return items;
      },
    },
    rounds: {
      proposedList: (roundId, opts = {}) => read('getProposedList', { roundId }, opts),
      exportProposedList: (roundId, opts = {}) => download('exportProposedList', { roundId }, { awardTypeId: opts.awardTypeId, format: opts.format }, opts),
      printProposedList: (roundId, opts = {}) => download('printProposedList', { roundId }, { awardTypeId: opts.awardTypeId }, opts),
      summary: (roundId, opts = {}) => read('getRoundSummary', { roundId }, opts),
      exportSummary: (roundId, opts = {}) => download('exportRoundSummary', { roundId }, { format: opts.format }, opts),
      campaignSummary: (campaignId, opts = {}) => read('getCampaignSummary', { campaignId }, opts),
      exportCampaignSummary: (campaignId, opts = {}) => download('exportCampaignSummary', { campaignId }, { format: opts.format }, opts),
    },
    decisions: {
      async record(roundId, input, opts = {}) {
        const op = operations.recordDecision;
        let body: unknown;
        try {
          body = await http(pathOf(op, { roundId }).slice(1), {
            method: op.method,
            json: input,
            headers: { 'Idempotency-Key': opts.idempotencyKey ?? newIdempotencyKey() },
            // Safe to retry only because the key makes the server record it once.
            retry: { limit: retryLimit, methods: ['post'], backoffLimit: 3_000 },
            ...(opts.signal ? { signal: opts.signal } : {}),
          }).json();
        } catch (error) {
          throw toApiError(error, locale);
        }
        return parse(op.response, body);
      },
      get: (decisionId, opts = {}) => read('getDecision', { decisionId }, opts),
      certificates: (decisionId, opts = {}) => download('printCertificates', { decisionId }, { offsetX: opts.offsetX, offsetY: opts.offsetY }, opts),
      certificatesUrl,
    },
    featuredModels: {
      list: (campaignId, opts = {}) => read('listFeaturedModels', { campaignId }, opts),
      feature: (awardId, input, opts) => featureRequest('featureAward', awardId, { ...opts, json: input }).then(({ body, etag }) => ({ model: body, etag })),
      uploadPhoto,
      unfeature: (awardId, opts) => featureRequest('unfeatureAward', awardId, opts).then(({ body }) => body),
      photoUrl: (photo) => `${baseUrl}${photo.url}`,
      async photo(photo, opts = {}) {
        try {
          return await http(photo.url.replace(/^\//, ''), { method: 'GET', ...(opts.signal ? { signal: opts.signal } : {}) }).blob();
        } catch (error) {
          throw toApiError(error, locale);
        }
      },
    },
    appraisals: {
      list: (opts = {}) => paged((cursor) => read('listAppraisals', undefined, { ...opts, cursor }), (page) => page.items, opts.cursor),
      async all(opts = {}) {
        const items: AppraisalSummary[] = [];
        for await (const item of paged((cursor) => read('listAppraisals', undefined, { ...opts, limit: PAGE_SIZES.appraisals.max, cursor }), (page) => page.items))
          items.push(item);
        return items;
      },
      get: (proposalId, opts = {}) => appraisalRequest('getAppraisal', { proposalId }, opts),
      act: (proposalId, action, opts) => appraisalRequest('actOnAppraisal', { proposalId }, { ...opts, json: action }),
      updateChecklist: (proposalId, nominationId, update, opts) => appraisalRequest('updateChecklist', { proposalId, nominationId }, { ...opts, json: update }),
      comment: (proposalId, comment, opts = {}) =>
        appraisalRequest('addAppraisalComment', { proposalId }, { ...opts, json: comment, idempotencyKey: opts.idempotencyKey ?? newIdempotencyKey() }),
    },
  };

  /** A JSON write of the contract; retried only when repeating it is harmless. */
  async function write<K extends 'issueToken' | 'revokeToken' | 'importUnits' | 'loadCatalog'>(
    id: K,
    params: Record<string, string> | undefined,
    json: unknown,
    opts: RequestOptions = {},
    idempotent: boolean,
  ): Promise<OperationResponse<Operations[K]>> {
    const op = operations[id];
    let body: unknown;
    try {
      body = await http(pathOf(op, params).slice(1), {
        method: op.method,
        json,
        retry: idempotent ? { limit: retryLimit, methods: ['post'], backoffLimit: 3_000 } : 0,
        ...(opts.signal ? { signal: opts.signal } : {}),
      }).json();
    } catch (error) {
      throw toApiError(error, locale);
    }
    return parse(op.response, body) as OperationResponse<Operations[K]>;
  }
}

function indicatorNotFound(id: string, locale: Locale) {
  const text = message(locale, 'indicatorNotFound');
  return new ThiduaApiError({ status: 404, code: 'not_found', message: text, issues: [{ path: ['path', 'indicatorId'], message: text, code: 'not_found' }] });
}

/** A random UUID, also on pages served over plain HTTP where `crypto.randomUUID` is missing. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The error of an HTTP answer: the API's own body, or (a proxy's page) its status. */
function errorFromBody(status: number, statusText: string, data: unknown, requestId: string | undefined, cause?: unknown): ThiduaApiError {
  const parsed = validate(ApiErrorBody, data);
  if (parsed.success) {
    const { code, message, issues } = parsed.data.error;
    return new ThiduaApiError({ status, code, message, issues, requestId: parsed.data.error.requestId ?? requestId, cause });
  }
  // A proxy or gateway in front of the API answered with its own page.
  return new ThiduaApiError({
    status,
    code: status >= 500 ? 'internal' : 'not_found',
    message: `HTTP ${status} ${statusText}`.trim(),
    requestId,
    cause,
  });
}

/** The form's bytes as counted for progress: its file parts' sizes. */
function totalOf(form: FormData): number {
  let total = 0;
  for (const [, value] of form) if (typeof value !== 'string') total += value.size;
  return total;
}

function toApiError(error: unknown, locale: Locale): ThiduaApiError {
  if (error instanceof ThiduaApiError) return error;
  if (error instanceof HTTPError) {
    return errorFromBody(error.response.status, error.response.statusText, error.data, error.response.headers.get('x-request-id') ?? undefined, error);
  }
  if (error instanceof TimeoutError) {
    return new ThiduaApiError({ status: 0, code: 'timeout', message: message(locale, 'timeout'), cause: error });
  }
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new ThiduaApiError({ status: 0, code: 'aborted', message: message(locale, 'aborted'), cause: error });
  }
  return new ThiduaApiError({
    status: 0,
    code: 'network_error',
    message: message(locale, 'network'),
    cause: error,
  });
}
