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
import { abortReason, responseInfo, withResponse, type LastResponse, type WithResponse } from './responses.js';
import { ThiduaApiError } from './errors.js';
import { paged, type Paged } from './pages.js';
import { message } from './messages/index.js';

export interface ClientOptions {
  /** The API root, e.g. `https://api.thidua.example.gov.vn` (the `/v1` prefix is added). */
  baseUrl: string;
  /**
   * A bearer token, or a function that returns the current one (called per
   * request). It is set on the request after every `beforeRequest` hook,
   * so no hook is handed it (see `Hooks`).
   */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** The language of error messages; Vietnamese by default. */
  locale?: Locale;
  /**
   * Per-attempt timeout in milliseconds (default 10 000). A file sent from a
   * browser is given up only after this long without progress, so a large
   * file on a slow line is not cut off while it still moves.
   */
  timeout?: number;
  /**
   * How a failed request is retried: a number of retries, or ky's retry
   * options (default 2 retries on 408, 413, 429, 500, 502, 503, 504 or a
   * network failure, waiting 0.3 s, 0.6 s, … at most 3 s). Reads are
   * retried, and the writes that carry an Idempotency-Key; the other writes
   * never are, whatever this says (a repeat could apply them twice).
   */
  retry?: number | RetryOptions;
  /** Headers sent with every request (a request's own `headers` win over them). */
  headers?: HeadersInit;
  /** Functions called around every request (see `Hooks`); a request's own run after these. */
  hooks?: Hooks;
  /**
   * Whether `indicators.get()` calls made in the same task are combined into
   * one request (default true): a page of 19 cards then asks once.
   */
  batch?: boolean;
  /** A fetch implementation (for instrumentation or a non-standard runtime); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/**
 * ky's retry options (https://github.com/sindresorhus/ky#retry), save
 * `methods`: which methods are retried is the SDK's to say (see
 * `ClientOptions.retry`).
 */
export interface RetryOptions {
  /** How many times to retry (default 2). */
  limit?: number;
  /** The statuses retried (default 408, 413, 429, 500, 502, 503, 504). */
  statusCodes?: number[];
  /** The statuses whose `Retry-After` is waited for (default 413, 429, 503). */
  afterStatusCodes?: number[];
  /** The longest `Retry-After` waited for, in milliseconds. */
  maxRetryAfter?: number;
  /** The longest wait between two attempts, in milliseconds (default 3 000). */
  backoffLimit?: number;
  /** The wait before retry `attemptCount` (from 1), in milliseconds; `0.3 * 2 ** (attemptCount - 1) * 1000` by default. */
  delay?: (attemptCount: number) => number;
  /** Randomises the waits (`true`: between 0 and the computed wait), so that many clients do not retry at once. */
  jitter?: boolean | ((delay: number) => number);
}

/** What a `beforeRequest` hook is handed. */
export interface BeforeRequestContext {
  /**
   * The request about to be sent: set headers on it (a trace header, say).
   * It has no `Authorization` yet: the client's token is set after the
   * hooks, so a hook that logs the request cannot log the token.
   */
  readonly request: Request;
}

/** The request an `afterResponse` hook is handed: what was sent, without the `Authorization` header. */
export interface SentRequest {
  readonly method: string;
  readonly url: string;
  /** A copy of the headers sent, `Authorization` left out: safe to log. */
  readonly headers: Headers;
}

/** What an `afterResponse` hook is handed, once per attempt. */
export interface AfterResponseContext {
  readonly request: SentRequest;
  /** A clone of the answer: reading its body does not take it from the SDK. */
  readonly response: Response;
  /** The server's id of the request (`X-Request-Id`), as the result's `lastResponse` carries it. */
  readonly requestId: string | undefined;
  /** Milliseconds from sending this attempt to its answer's headers. */
  readonly durationMs: number;
  /** 0 for the first attempt, 1 for the first retry, … */
  readonly retryCount: number;
}

/**
 * Functions called around the requests of a client (`ClientOptions.hooks`)
 * or of one call (`RequestOptions.hooks`, after the client's), in the
 * spirit of ky's hooks. Each may be async; one that throws fails the call
 * with its error, unchanged. A file sent from a browser through
 * XMLHttpRequest (uploads, imports) calls them too.
 *
 * ```ts
 * hooks: {
 *   beforeRequest: [({ request }) => request.headers.set('traceparent', traceparent())],
 *   afterResponse: [({ request, response, requestId, durationMs }) =>
 *     console.log(request.method, request.url, response.status, requestId, `${durationMs.toFixed(0)} ms`)],
 * }
 * ```
 */
export interface Hooks {
  /** Before a request is sent (once per call: retries send the same request). What it returns is ignored; a promise is awaited. */
  beforeRequest?: readonly ((context: BeforeRequestContext) => unknown)[];
  /** After each attempt's answer came, whatever its status, before the SDK reads it. What it returns is ignored; a promise is awaited. */
  afterResponse?: readonly ((context: AfterResponseContext) => unknown)[];
}

/**
 * What every call takes, overriding the client's options for that call
 * alone (Stripe's "per-request options").
 */
export interface RequestOptions {
  /**
   * Gives the call up: it then rejects with the signal's reason, a
   * `DOMException` named `AbortError` unless one was given (see `isAbort`).
   */
  signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds, instead of the client's. */
  timeout?: number;
  /** Headers for this call, over the client's; the SDK's own (`If-Match`, `Idempotency-Key`, `Authorization`) win over them. */
  headers?: HeadersInit;
  /**
   * Retries of this call, instead of the client's (a number, or ky's
   * options). A write the SDK never retries stays unretried; one with an
   * Idempotency-Key sends the same key on every attempt.
   */
  retry?: number | RetryOptions;
  /** Hooks for this call, run after the client's. */
  hooks?: Hooks;
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

/** Filters of `indicators.progressByUnit`. */
export interface ProgressByUnitOptions extends RequestOptions, PageOptions {
  /** The administrative level whose units are listed; every unit by default. */
  level?: AdministrativeLevel;
  /** The date progress is judged on, `yyyy-mm-dd`; the server's today by default. */
  asOf?: string;
}

/** Filters of `units.list`. */
export interface UnitListOptions extends RequestOptions, PageOptions {
  level?: AdministrativeLevel;
  kind?: OrganisationUnitKind;
  /** The parent unit's id: its children only. */
  parent?: string;
}

/** Filters of `featuredModels.list`. */
export interface FeaturedModelListOptions extends RequestOptions {
  /** One round's featured models. */
  roundId?: FeaturedModelQuery['roundId'];
  /** One achievement category's. */
  categoryId?: FeaturedModelQuery['categoryId'];
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

/** Filters of `nominations.list`: a unit's nominations, or one proposal's. */
export interface NominationListOptions extends DossierListOptions<NominationStatus> {
  /** One proposal's nominations, in its order. */
  proposal?: string;
}

/** The appraisers' queue's filters and order (see `AppraisalListQuery`); each narrows, none reaches past the award types the token's unit appraises. */
export interface AppraisalListOptions extends RequestOptions, PageOptions, Partial<Omit<AppraisalListQuery, 'limit' | 'cursor'>> {}

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

/** `nominations.importTemplate`'s options. */
export interface ImportTemplateOptions extends TemplateOptions, RequestOptions {}

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

/** `rounds.exportProposedList`'s options: the list's filter and the file's format. */
export interface ProposedListExportOptions extends ProposedListOptions, ExportOptions {}

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

/** Campaigns (public): the programmes whose indicators are reported and whose rounds give awards. */
export interface CampaignsApi {
  /** Every campaign, in one page: a promise of it, and with `for await` every campaign (see `Paged`). */
  list(options?: RequestOptions): Paged<CampaignList, Campaign>;
  get(campaignId: string, options?: RequestOptions): Promise<WithResponse<Campaign>>;
  /** How one unit stands on every indicator of the campaign, with counts per status. */
  progress(campaignId: string, options?: UnitOptions): Promise<WithResponse<CampaignProgress>>;
  /**
   * What a unit needs to nominate in the campaign: the award types its rounds
   * give and who may propose them, the criteria, the rounds with their dossier
   * windows, the achievement categories and the privacy notice (public).
   */
  commendation(campaignId: string, options?: RequestOptions): Promise<WithResponse<Commendation>>;
}

/** Indicators (public): targets, measurements and how a unit stands on each. */
export interface IndicatorsApi {
  /** A campaign's indicators with one unit's history, latest measurement and assessment: one page, iterable with `for await` (see `Paged`). */
  list(campaignId: string, options?: UnitOptions): Paged<IndicatorList, IndicatorList['items'][number]>;
  /**
   * One indicator for one unit; calls in the same task are batched into one
   * request (its `lastResponse` is then the batch's). A call with its own
   * `headers`, `timeout`, `retry` or `hooks` is sent alone.
   */
  get(indicatorId: string, options?: IndicatorOptions): Promise<WithResponse<IndicatorDetail>>;
  /** One unit's figures for an indicator over time, one per date, oldest first: one page, iterable with `for await` (see `Paged`). */
  history(indicatorId: string, options?: HistoryOptions): Paged<MeasurementHistory, MeasurementHistory['items'][number]>;
  /**
   * Every unit of a level on one indicator: a promise of the first page, and
   * with `for await` every unit's entry, page after page (see `Paged`).
   */
  progressByUnit(indicatorId: string, options?: ProgressByUnitOptions): Paged<IndicatorUnitsProgress, IndicatorUnitsProgress['items'][number]>;
}

/** The organisation units (public): departments, communes and wards. */
export interface UnitsApi {
  /** Units in Vietnamese name order: a promise of the first page, and with `for await` every unit (see `Paged`). */
  list(filter?: UnitListOptions): Paged<UnitList, OrganisationUnit>;
  get(unitId: string, options?: RequestOptions): Promise<WithResponse<OrganisationUnit>>;
}

/** Rankings (public) of a campaign's units by the DTI or an indicator. */
export interface RankingsApi {
  /**
   * Units of a group ranked by the DTI or an indicator, with last year's
   * rank and score: a promise of the first page (`limit` entries, 100 by
   * default), and with `for await` every entry of the group (see `Paged`).
   */
  get(campaignId: string, options: RankingOptions): Paged<Ranking, RankingEntry>;
  /** The whole ranking of a group in one `Ranking`: every page's entries, asked for in pages of `limit` (1,000 by default); its `lastResponse` is the last page's. */
  all(campaignId: string, options: RankingOptions): Promise<WithResponse<Ranking>>;
}

/** Reported figures. */
export interface MeasurementsApi {
  /** Records a figure (needs a reporter's token for the unit, or the coordinator's). */
  report(input: MeasurementInput, options?: ReportOptions): Promise<WithResponse<MeasurementCreated>>;
}

/** The coordinating department's writes (its token); the server's CLI uses the same routes. */
export interface AdminApi {
  /** Issues a reporting token, shown once. Not retried: a lost answer would leave a token nobody holds (revoke it by id). */
  issueToken(input: TokenInput, options?: RequestOptions): Promise<WithResponse<TokenIssued>>;
  /** Revokes a token by its id: refused from the next request on. */
  revokeToken(tokenId: string, options?: RequestOptions): Promise<WithResponse<TokenRevoked>>;
  /** Adds or updates units; all of them, or none when a row is invalid. */
  importUnits(units: UnitImportInput['units'], options?: RequestOptions): Promise<WithResponse<UnitImportResult>>;
  /** Loads a catalog (the server's default when none is given); loading it again changes nothing. */
  loadCatalog(catalog?: unknown, options?: RequestOptions): Promise<WithResponse<SeedResult>>;
}

/**
 * Nomination dossiers of the token's units (a proposer's token). Every
 * answer carries the proposal's version; every change names the version it
 * is based on, and one based on a stale version is refused (status 412)
 * without changing anything: read again, reapply, send. Changes are not
 * retried by the SDK (a retry after a lost answer would meet a new
 * version), except the two that carry an Idempotency-Key: `createProposal`
 * and `submit`.
 */
export interface NominationsApi {
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
  list(options?: NominationListOptions): Paged<NominationList, NominationSummary>;
  /**
   * Starts a draft. Safe to retry like `submit`: the Idempotency-Key
   * (generated when not given) is sent again by the SDK's own retries, so a
   * create whose answer was lost makes one draft, and the retry answers it.
   */
  createProposal(input: ProposalInput, options?: CreateOptions): Promise<WithResponse<VersionedProposal>>;
  getProposal(proposalId: string, options?: RequestOptions): Promise<WithResponse<VersionedProposal>>;
  /** Changes the draft's own fields (the contact person). */
  updateProposal(proposalId: string, update: ProposalUpdate, options: WriteOptions): Promise<WithResponse<VersionedProposal>>;
  add(proposalId: string, nomination: NominationInput, options: WriteOptions): Promise<WithResponse<VersionedProposal>>;
  update(proposalId: string, nominationId: string, nomination: NominationInput, options: WriteOptions): Promise<WithResponse<VersionedProposal>>;
  remove(proposalId: string, nominationId: string, options: WriteOptions): Promise<WithResponse<VersionedProposal>>;
  /**
   * Submits the draft: the answer carries its reference. A 400 ThiduaApiError
   * lists everything that blocks it, by field path. Safe to retry: the
   * Idempotency-Key (generated when not given) is sent again by the SDK's own
   * retries, so a submit whose answer was lost is recorded once.
   */
  submit(proposalId: string, options: SubmitOptions): Promise<WithResponse<VersionedProposal>>;
  /** Withdraws a draft or a submitted proposal before appraisal. */
  withdraw(proposalId: string, options: WriteOptions): Promise<WithResponse<VersionedProposal>>;
  /**
   * Resubmits a proposal returned for completion, once what was returned
   * is corrected (`update`, `updateProposal`, files): the appraisal time
   * starts again. A 400 ThiduaApiError lists what is still missing; a 409
   * one says it is not returned. Safe to retry, like `submit`; a note
   * (`{ note }`) tells the appraisers what was corrected.
   */
  resubmit(proposalId: string, options: ResubmitOptions): Promise<WithResponse<VersionedProposal>>;
  /**
   * Uploads one evidence file to a draft (or to one of its nominations with
   * `nominationId`). The server recognises its type from its bytes; a 400,
   * 413 or 415 ThiduaApiError names `body.file` (empty, too large, not a
   * PDF, DOCX, JPEG or PNG). Not retried: a repeat would store it twice.
   */
  uploadEvidence(proposalId: string, file: Blob, options: UploadOptions): Promise<WithResponse<VersionedProposal>>;
  /**
   * Imports nominees from a filled-in template (`.xlsx`, or `.csv` in
   * UTF-8) into a draft, after those it has: all of them, or none. A 400
   * ThiduaApiError lists every problem, each issue with its `row`,
   * `column` (letter), `header` and `path` (`body.file.<row>.<field>`); a
   * file that is neither is a 415. Not retried.
   */
  importNominations(proposalId: string, file: Blob, options: ImportOptions): Promise<WithResponse<VersionedProposal>>;
  /** The template to fill in (public, no token needed), as a Blob. */
  importTemplate(options?: ImportTemplateOptions): Promise<WithResponse<Blob>>;
  /** The template's address, for a plain download link. */
  importTemplateUrl(options?: TemplateOptions): string;
  /** One evidence file's bytes, typed as recognised at upload (the proposing unit's token; once submitted, an appraiser's of the award or the coordinator's). */
  downloadEvidence(proposalId: string, fileId: string, options?: RequestOptions): Promise<WithResponse<Blob>>;
  removeEvidence(proposalId: string, fileId: string, options: WriteOptions): Promise<WithResponse<VersionedProposal>>;
}

/**
 * A campaign's awardees (public, no token needed, no personal data): who
 * was awarded what, by which decision, newest decision first.
 */
export interface AwardsApi {
  /** A promise of the first page, and with `for await` every award (see `Paged`). */
  list(campaignId: string, options?: AwardListOptions): Paged<AwardList, AwardPublic>;
  /** Every award of the filter, asked for in pages of `limit` (500 by default); the array's `lastResponse` is the last page's. */
  all(campaignId: string, options?: Omit<AwardListOptions, 'cursor'>): Promise<WithResponse<AwardPublic[]>>;
}

/** A round's results, for the appraisers and the coordinator (their tokens). */
export interface RoundsApi {
  /** The list proposed to the Chairman: eligible nominations of appraised proposals, women first on equal standing; one page, iterable with `for await` (see `Paged`). */
  proposedList(roundId: string, options?: ProposedListOptions): Paged<ProposedList, ProposedList['items'][number]>;
  /** The proposed list as a spreadsheet Blob (`.xlsx` by default, or `.csv`). */
  exportProposedList(roundId: string, options?: ProposedListExportOptions): Promise<WithResponse<Blob>>;
  /** The proposed list as a printable HTML document (a Blob of `text/html`; open it and print). */
  printProposedList(roundId: string, options?: ProposedListOptions): Promise<WithResponse<Blob>>;
  /** Counts by proposing unit and award type: proposed, returned, rejected, eligible, awarded, women's share. */
  summary(roundId: string, options?: RequestOptions): Promise<WithResponse<CommendationSummary>>;
  /** The round's summary as a spreadsheet Blob. */
  exportSummary(roundId: string, options?: ExportOptions): Promise<WithResponse<Blob>>;
  /** The same counts over every round of a campaign (for the final-review report). */
  campaignSummary(campaignId: string, options?: RequestOptions): Promise<WithResponse<CommendationSummary>>;
  /** The campaign's summary as a spreadsheet Blob. */
  exportCampaignSummary(campaignId: string, options?: ExportOptions): Promise<WithResponse<Blob>>;
}

/** The Chairman's decisions (the coordinator records them) and their certificates. */
export interface DecisionsApi {
  /**
   * Records a decision: the nominations it names become awards, all or none
   * (a 400 or 409 ThiduaApiError names each refused one by
   * `body.nominationIds.<i>`). Safe to retry: the Idempotency-Key
   * (generated when not given) is sent again by the SDK's own retries, so
   * a decision whose answer was lost is recorded once.
   */
  record(roundId: string, input: DecisionInput, options?: RecordOptions): Promise<WithResponse<Decision>>;
  get(decisionId: string, options?: RequestOptions): Promise<WithResponse<Decision>>;
  /** The certificates to print, one sheet per awardee, as a Blob of `text/html`. */
  certificates(decisionId: string, options?: CertificateOptions): Promise<WithResponse<Blob>>;
  /** The certificates' address (it needs the token: for a server-side fetch or a proxy that adds it). */
  certificatesUrl(decisionId: string, options?: Pick<CertificateOptions, 'offsetX' | 'offsetY'>): string;
}

/** Featured models (điển hình tiên tiến): public lists, the coordinator's writes. */
export interface FeaturedModelsApi {
  /** A campaign's featured models, most recently featured first (public): one page, iterable with `for await` (see `Paged`). */
  list(campaignId: string, options?: FeaturedModelListOptions): Paged<FeaturedModelList, FeaturedModel>;
  /** Features an award (or changes its narrative); `etag` `*` to create or overwrite. */
  feature(awardId: string, input: FeatureInput, options: WriteOptions): Promise<WithResponse<VersionedFeature>>;
  /** Uploads (or replaces) the photo of a featured award, with its required text alternative. Not retried. */
  uploadPhoto(awardId: string, file: Blob, options: PhotoOptions): Promise<WithResponse<VersionedFeature>>;
  unfeature(awardId: string, options: WriteOptions): Promise<WithResponse<Unfeatured>>;
  /** A photo's absolute address from its `photo.url` (which is relative to the API root), for an `<img src>`. */
  photoUrl(photo: { url: string }): string;
  /** A photo's bytes as a Blob (public; cached by any cache for a year, its address naming its content). */
  photo(photo: { url: string }, options?: RequestOptions): Promise<WithResponse<Blob>>;
}

/**
 * Appraisal (an appraiser's token, or the coordinator's to read and
 * comment). Every answer is the whole appraisal with the proposal's
 * version as ETag; a change names the version it is based on and is
 * refused with a 412 when it is stale, changing nothing. A 404 for a
 * draft, or a proposal of an award the token's unit does not appraise.
 * Changes are not retried, except `comment`, which carries an
 * Idempotency-Key.
 */
export interface AppraisalsApi {
  /**
   * The queue: submitted proposals of the award types the token's unit
   * appraises, by due date (or `sort`, `order`), with the deadline of each
   * and no personal data: a promise of the first page, and with
   * `for await` every dossier (see `Paged`).
   */
  list(options?: AppraisalListOptions): Paged<AppraisalList, AppraisalSummary>;
  /** Every dossier of the queue (with the same filters) in one array, asked in pages of 500: for a table that sorts and filters on the page. The array's `lastResponse` is the last page's. */
  all(options?: Omit<AppraisalListOptions, 'limit' | 'cursor'>): Promise<WithResponse<AppraisalSummary[]>>;
  /** One proposal as the appraisers read it: everything submitted, checklists, comments, history, the actions open to the caller, the deadline. */
  get(proposalId: string, options?: RequestOptions): Promise<WithResponse<VersionedAppraisal>>;
  /**
   * Takes a step: `startAppraisal`, `return` (with its reasons), `markEligible`,
   * `reject` (with its reason), `completeAppraisal`. A 403 ThiduaApiError when
   * the token may not, 409 when the state does not allow it (each problem
   * with its path), 400 when a reason is missing.
   */
  act(proposalId: string, action: z.input<typeof AppraisalAction>, options: WriteOptions): Promise<WithResponse<VersionedAppraisal>>;
  /** Sets criteria of one nomination's checklist (met, not met, or null; a note) while the proposal is under appraisal. */
  updateChecklist(proposalId: string, nominationId: string, update: ChecklistUpdate, options: WriteOptions): Promise<WithResponse<VersionedAppraisal>>;
  /** Adds a comment, internal or to the proposing unit; no ETag needed. Safe to retry under its Idempotency-Key. */
  comment(proposalId: string, comment: CommentInput, options?: CommentOptions): Promise<WithResponse<VersionedAppraisal>>;
}

/**
 * The client `createClient` makes: one namespace per resource of the API.
 * Every method takes `RequestOptions` (signal, timeout, headers, retry,
 * hooks) for that call alone; every result carries `lastResponse` (its
 * `requestId`); every list is walked with `for await` (see `Paged`).
 */
export interface ThiduaClient {
  /** The API root the client was made with, without a trailing slash. */
  readonly baseUrl: string;
  /** Who the client's token speaks for: its role, holder's name and unit ids (401 without a valid token). */
  session(options?: RequestOptions): Promise<WithResponse<Session>>;
  /** Campaigns (public). */
  readonly campaigns: CampaignsApi;
  /** Indicators (public): targets, measurements and how a unit stands on each. */
  readonly indicators: IndicatorsApi;
  /** The organisation units (public). */
  readonly units: UnitsApi;
  /** Rankings (public) by the DTI or an indicator. */
  readonly rankings: RankingsApi;
  /** Reported figures (a reporter's token, or the coordinator's). */
  readonly measurements: MeasurementsApi;
  /** The coordinating department's writes (its token); the server's CLI uses the same routes. */
  readonly admin: AdminApi;
  /**
   * Nomination dossiers of the token's units (a proposer's token). Every
   * answer carries the proposal's version; every change names the version it
   * is based on, and one based on a stale version is refused (status 412)
   * without changing anything: read again, reapply, send. Changes are not
   * retried by the SDK (a retry after a lost answer would meet a new
   * version), except the two that carry an Idempotency-Key: `createProposal`
   * and `submit`.
   */
  readonly nominations: NominationsApi;
  /**
   * A campaign's awardees (public, no token needed, no personal data): who
   * was awarded what, by which decision, newest decision first.
   */
  readonly awards: AwardsApi;
  /** A round's results, for the appraisers and the coordinator (their tokens). */
  readonly rounds: RoundsApi;
  /** The Chairman's decisions (the coordinator records them) and their certificates. */
  readonly decisions: DecisionsApi;
  /** Featured models (điển hình tiên tiến): public lists, the coordinator's writes. */
  readonly featuredModels: FeaturedModelsApi;
  /**
   * Appraisal (an appraiser's token, or the coordinator's to read and
   * comment). Every answer is the whole appraisal with the proposal's
   * version as ETag; a change names the version it is based on and is
   * refused with a 412 when it is stale, changing nothing. A 404 for a
   * draft, or a proposal of an award the token's unit does not appraise.
   * Changes are not retried, except `comment`, which carries an
   * Idempotency-Key.
   */
  readonly appraisals: AppraisalsApi;
}

/** The query parameters of an operation, as options (each optional: the server says which are required). */
type QueryOptions<K extends OperationId> = OperationRequest<Operations[K]>['query'] extends infer Q ? (Q extends object ? Partial<Q> : unknown) : unknown;


/**
 * Which requests may be sent again: a read; a write that carries an
 * Idempotency-Key (the server applies it once); or a write sent once only.
 */
type Repeat = 'read' | 'keyed' | 'once';

/** What `send` sends besides the per-call options. */
interface SendInit {
  method: string;
  json?: unknown;
  body?: BodyInit;
  /** The SDK's own headers (If-Match, Idempotency-Key): over the caller's. */
  headers?: Record<string, string>;
  onUploadProgress?: (progress: { percent: number; transferredBytes: number; totalBytes: number }) => void;
}

/** The options that shape a request: a call with any of them has a request of its own, not shared with the page's others. */
const SHAPING = ['timeout', 'headers', 'retry', 'hooks'] as const;
const shaped = (request: RequestOptions) => SHAPING.some((name) => request[name] !== undefined);

export function createClient(options: ClientOptions): ThiduaClient {
  const locale = options.locale ?? 'vi';
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const http: KyInstance = ky.create({
    // Paths come from the route contract, which names them from the root (`/v1/…`).
    prefix: `${baseUrl}/`,
    headers: { Accept: 'application/json', 'Accept-Language': locale },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const token = async () => (typeof options.token === 'function' ? await options.token() : options.token);

  /** The retry of one call: the client's, then the call's, over the SDK's defaults; the methods are the SDK's to say. */
  function retryOf(repeat: Repeat, method: string, request: RequestOptions) {
    if (repeat === 'once') return 0;
    const asked = (r: number | RetryOptions | undefined) => (r === undefined ? {} : typeof r === 'number' ? { limit: r } : r);
    const methods = repeat === 'read' ? (['get', 'head'] as const) : [method.toLowerCase() as Lowercase<Operation['method']>];
    return { limit: 2, backoffLimit: 3_000, ...asked(options.retry), ...asked(request.retry), methods: [...methods] };
  }

  /** The headers of a call: the client's, the call's, then the SDK's own. */
  function headersOf(request: RequestOptions, own: Record<string, string> = {}): Headers {
    const headers = new Headers(options.headers);
    new Headers(request.headers).forEach((value, name) => headers.set(name, value));
    for (const [name, value] of Object.entries(own)) headers.set(name, value);
    return headers;
  }

  /**
   * Runs the caller's hooks around one call, the token set after them. A
   * hook's error is kept so that the call fails with it, not as a network error.
   */
  function hooksOf(request: RequestOptions) {
    const before = [...(options.hooks?.beforeRequest ?? []), ...(request.hooks?.beforeRequest ?? [])];
    const after = [...(options.hooks?.afterResponse ?? []), ...(request.hooks?.afterResponse ?? [])];
    const state: { failure?: { error: unknown }; sentAt: number } = { sentAt: 0 };
    const run = async <C>(hooks: readonly ((context: C) => unknown)[], context: C) => {
      for (const hook of hooks) {
        try {
          await hook(context);
        } catch (error) {
          state.failure = { error };
          throw error;
        }
      }
    };
    return {
      state,
      before: async (request: Request) => {
        await run(before, { request });
        const bearer = await token();
        if (bearer) request.headers.set('Authorization', `Bearer ${bearer}`);
        state.sentAt = performance.now();
      },
      retried: () => {
        state.sentAt = performance.now();
      },
      after: after.length
        ? (request: { method: string; url: string; headers: Headers }, response: Response, retryCount: number) =>
            run(after, { request: sentRequest(request), response, requestId: responseInfo(response).requestId, durationMs: performance.now() - state.sentAt, retryCount })
        : undefined,
    };
  }

  /**
   * Sends one request of the API with the call's options over the client's,
   * and answers its response (any 2xx). Fails with the signal's reason when
   * the call was aborted, a hook's own error, or a ThiduaApiError.
   */
  async function send(path: string, init: SendInit, request: RequestOptions, repeat: Repeat): Promise<Response> {
    const hooks = hooksOf(request);
    try {
      return await http(path, {
        method: init.method,
        ...(init.json === undefined ? {} : { json: init.json }),
        ...(init.body === undefined ? {} : { body: init.body }),
        headers: headersOf(request, init.headers),
        timeout: request.timeout ?? options.timeout ?? 10_000,
        retry: retryOf(repeat, init.method, request),
        hooks: {
          beforeRequest: [({ request }) => hooks.before(request)],
          beforeRetry: [hooks.retried],
          afterResponse: hooks.after ? [({ request, response, retryCount }) => hooks.after!(request, response, retryCount)] : [],
        },
        ...(init.onUploadProgress ? { onUploadProgress: init.onUploadProgress } : {}),
        ...(request.signal ? { signal: request.signal } : {}),
      });
    } catch (error) {
      if (request.signal?.aborted) throw abortReason(request.signal);
      if (hooks.state.failure) throw hooks.state.failure.error;
      throw toApiError(error, locale);
    }
  }

  /** The answer's body validated with `schema`, carrying the answer as `lastResponse`; `signal` may still abort its reading. */
  async function result<S extends z.ZodMiniType>(response: Response, schema: S, signal?: AbortSignal): Promise<WithResponse<z.infer<S>>> {
    const info = responseInfo(response);
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      throw new ThiduaApiError({ status: 0, code: 'invalid_response', message: message(locale, 'invalidResponse'), requestId: info.requestId, cause: error });
    }
    return withResponse(parse(schema, body, info.requestId) as object, info) as WithResponse<z.infer<S>>;
  }

  /** A file the API answered, as a Blob carrying the answer as `lastResponse`. */
  async function blobOf(response: Response, signal?: AbortSignal): Promise<WithResponse<Blob>> {
    try {
      return withResponse(await response.blob(), responseInfo(response));
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      throw toApiError(error, locale);
    }
  }

  function parse<S extends z.ZodMiniType>(schema: S, body: unknown, requestId: string | undefined): z.infer<S> {
    const parsed = validate(schema, body, locale);
    if (parsed.success) return parsed.data;
    throw new ThiduaApiError({
      status: 0,
      code: 'invalid_response',
      message: message(locale, 'invalidResponse'),
      issues: parsed.issues,
      requestId,
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
  ): Promise<WithResponse<OperationResponse<Operations[K]>>> {
    const op = operations[id];
    const path = `${pathOf(op, params as Record<string, string> | undefined)}${queryOf(op, options as Record<string, unknown>)}`;
    return getJson(path.slice(1), op.response, options) as unknown as Promise<WithResponse<OperationResponse<Operations[K]>>>;
  }

  function getJson<S extends z.ZodMiniType>(path: string, schema: S, request: RequestOptions = {}): Promise<WithResponse<z.infer<S>>> {
    const ask = (own: RequestOptions) => send(path, { method: 'GET' }, own, 'read').then((response) => result(response, schema, own.signal));
    // A call that shapes its request (headers, timeout, retry, hooks) has one of its own, which its signal cancels.
    if (shaped(request)) return ask(request);
    let shared = inFlight.get(path) as Promise<WithResponse<z.infer<S>>> | undefined;
    if (!shared) {
      // Shared: no one caller's signal cancels it; each stops waiting on its own (`abortable`).
      shared = ask({}).finally(() => inFlight.delete(path));
      inFlight.set(path, shared);
    }
    return abortable(shared, request.signal);
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
  ): Promise<WithResponse<VersionedProposal>> {
    const { body, etag } = await versioned(id, params, request);
    return withResponse({ proposal: body, etag }, body.lastResponse);
  }

  /** The same for an appraisal: the appraisers' read and writes answer the whole appraisal and its ETag. */
  async function appraisalRequest(
    id: 'getAppraisal' | 'actOnAppraisal' | 'updateChecklist' | 'addAppraisalComment',
    params: Record<string, string>,
    request: RequestOptions & { etag?: string; json?: unknown; idempotencyKey?: string },
  ): Promise<WithResponse<VersionedAppraisal>> {
    const { body, etag } = await versioned(id, params, request);
    return withResponse({ appraisal: body, etag }, body.lastResponse);
  }

  /** A read or write of a versioned resource: its answer validated, with the ETag it carries. */
  async function versioned<K extends OperationId>(
    id: K,
    params: Record<string, string> | undefined,
    request: RequestOptions & { etag?: string; json?: unknown; idempotencyKey?: string },
  ): Promise<{ body: WithResponse<OperationResponse<Operations[K]>>; etag: string }> {
    const op: Operation = operations[id];
    const response = await send(
      pathOf(op, params).slice(1),
      {
        method: op.method,
        ...(request.json === undefined ? {} : { json: request.json }),
        headers: {
          ...(request.etag === undefined ? {} : { 'If-Match': request.etag }),
          ...(request.idempotencyKey === undefined ? {} : { 'Idempotency-Key': request.idempotencyKey }),
        },
      },
      request,
      // A write is retried only under an Idempotency-Key, which makes the server apply it once.
      op.method === 'GET' ? 'read' : request.idempotencyKey === undefined ? 'once' : 'keyed',
    );
    const body = (await result(response, op.response, request.signal)) as unknown as WithResponse<OperationResponse<Operations[K]>>;
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
  ): Promise<{ body: WithResponse<OperationResponse<Operations[K]>>; etag: string }> {
    const op = operations[id];
    const path = pathOf(op, params).slice(1);
    const headers: Record<string, string> = opts.etag === undefined ? {} : { 'If-Match': opts.etag };
    const browser = typeof XMLHttpRequest === 'function';
    if (browser && !options.fetch) {
      const answer = await sendWithXhr(op.method, `${baseUrl}/${path}`, form, headers, opts);
      if (answer.response.status < 200 || answer.response.status >= 300) throw errorFromBody(answer.response.status, answer.statusText, answer.json, answer.response.requestId);
      const body = withResponse(parse(op.response, answer.json, answer.response.requestId) as object, answer.response) as unknown as WithResponse<OperationResponse<Operations[K]>>;
      return { body, etag: answer.response.headers.get('etag') ?? '' };
    }
    let reported = false;
    const response = await send(
      path,
      {
        method: op.method,
        body: form,
        headers,
        // A browser given its own fetch: no streamed body, which would fail over HTTP/1.1; the caller hears the end.
        ...(opts.onProgress && !browser
          ? {
              onUploadProgress: ({ percent, transferredBytes, totalBytes }) => {
                reported = percent >= 1;
                opts.onProgress!({ percent, transferredBytes, totalBytes });
              },
            }
          : {}),
      },
      opts,
      'once',
    );
    // Without request streams ky never calls back: the caller still hears that it is done.
    if (opts.onProgress && !reported) opts.onProgress({ percent: 1, transferredBytes: totalBytes, totalBytes });
    return { body: (await result(response, op.response, opts.signal)) as unknown as WithResponse<OperationResponse<Operations[K]>>, etag: response.headers.get('etag') ?? '' };
  }

  /**
   * One XMLHttpRequest with the client's headers and the call's, through the
   * same hooks as a fetch; resolves on any HTTP answer, rejects with the
   * signal's reason, a hook's error or a ThiduaApiError otherwise.
   */
  async function sendWithXhr(
    method: string,
    url: string,
    form: FormData,
    own: Record<string, string>,
    opts: RequestOptions & { onProgress?: UploadOptions['onProgress'] },
  ): Promise<{ statusText: string; json: unknown; response: LastResponse }> {
    const hooks = hooksOf(opts);
    // The hooks set headers on a Request, as with ky; the XMLHttpRequest sends what they set.
    const request = new Request(url, { method, headers: headersOf(opts, { Accept: 'application/json', 'Accept-Language': locale, ...own }) });
    if (opts.signal?.aborted) throw abortReason(opts.signal);
    await hooks.before(request);
    const answer = await new Promise<{ statusText: string; json: unknown; response: LastResponse; text: string }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(method, url);
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      const idle = opts.timeout ?? options.timeout ?? 10_000;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = () => {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
      };
      const fail = (code: 'timeout' | 'network_error') => {
        settle();
        reject(new ThiduaApiError({ status: 0, code, message: message(locale, code === 'network_error' ? 'network' : code) }));
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
        settle();
        reject(abortReason(opts.signal!));
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
        settle();
        // The last progress event may not come before the answer: the caller hears the end.
        if (opts.onProgress && xhr.status >= 200 && xhr.status < 300) opts.onProgress({ percent: 1, transferredBytes: bodyBytes, totalBytes: bodyBytes });
        let json: unknown;
        try {
          json = JSON.parse(xhr.responseText);
        } catch {
          json = undefined;
        }
        const headers = new Headers();
        for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
          const colon = line.indexOf(':');
          if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
        }
        resolve({ statusText: xhr.statusText, json, text: xhr.responseText, response: responseInfo({ status: xhr.status, headers }) });
      };
      arm();
      xhr.send(form);
    });
    const response = answer.response;
    // A Response for the hooks, as ky gives them; null-body statuses cannot carry one.
    if (hooks.after) await hooks.after(request, new Response([101, 204, 205, 304].includes(response.status) ? null : answer.text, { status: response.status, statusText: answer.statusText, headers: response.headers }), 0);
    return answer;
  }

  function uploadEvidence(proposalId: string, file: Blob, opts: UploadOptions): Promise<WithResponse<VersionedProposal>> {
    const form = new FormData();
    form.append('kind', opts.kind);
    if (opts.nominationId) form.append('nominationId', opts.nominationId);
    form.append('file', file, opts.name ?? (file as Partial<File>).name ?? 'file');
    return sendForm('uploadEvidence', { proposalId }, form, opts, file.size).then(({ body, etag }) => withResponse({ proposal: body, etag }, body.lastResponse));
  }

  function importNominations(proposalId: string, file: Blob, opts: ImportOptions): Promise<WithResponse<VersionedProposal>> {
    const form = new FormData();
    form.append('file', file, opts.name ?? (file as Partial<File>).name ?? 'nominees');
    return sendForm('importNominations', { proposalId }, form, opts, file.size).then(({ body, etag }) => withResponse({ proposal: body, etag }, body.lastResponse));
  }

  function uploadPhoto(awardId: string, file: Blob, opts: PhotoOptions): Promise<WithResponse<VersionedFeature>> {
    const form = new FormData();
    form.append('alt', opts.alt);
    form.append('file', file, opts.name ?? (file as Partial<File>).name ?? 'photo');
    return sendForm('uploadFeaturePhoto', { awardId }, form, opts, file.size).then(({ body, etag }) => withResponse({ model: body, etag }, body.lastResponse));
  }

  /** A file the contract serves (a spreadsheet, a printout), as a Blob, with the token when the client has one; retried like every read. */
  async function download(
    id: 'exportProposedList' | 'printProposedList' | 'exportRoundSummary' | 'exportCampaignSummary' | 'printCertificates',
    params: Record<string, string>,
    query: Record<string, unknown>,
    opts: RequestOptions,
  ): Promise<WithResponse<Blob>> {
    const op = operations[id];
    return blobOf(await send(`${pathOf(op, params).slice(1)}${queryOf(op, query)}`, { method: op.method }, opts, 'read'), opts.signal);
  }

  /** A featured model's write: If-Match, the answer with its ETag; not retried (a retry after a lost answer would meet a new version). */
  async function featureRequest<K extends 'featureAward' | 'unfeatureAward'>(
    id: K,
    awardId: string,
    request: RequestOptions & { etag: string; json?: unknown },
  ): Promise<{ body: WithResponse<OperationResponse<Operations[K]>>; etag: string }> {
    const op = operations[id];
    const response = await send(
      pathOf(op, { awardId }).slice(1),
      { method: op.method, ...(request.json === undefined ? {} : { json: request.json }), headers: { 'If-Match': request.etag } },
      request,
      'once',
    );
    return { body: (await result(response, op.response, request.signal)) as unknown as WithResponse<OperationResponse<Operations[K]>>, etag: response.headers.get('etag') ?? '' };
  }

  function certificatesUrl(decisionId: string, opts: Pick<CertificateOptions, 'offsetX' | 'offsetY'> = {}): string {
    const op = operations.printCertificates;
    return `${baseUrl}${pathOf(op, { decisionId })}${queryOf(op, { offsetX: opts.offsetX, offsetY: opts.offsetY })}`;
  }

  function templateUrl(opts: TemplateOptions = {}): string {
    const op = operations.getImportTemplate;
    return `${baseUrl}${pathOf(op)}${queryOf(op, { format: opts.format, locale: opts.locale })}`;
  }

  async function importTemplate(opts: ImportTemplateOptions = {}): Promise<WithResponse<Blob>> {
    const op = operations.getImportTemplate;
    return blobOf(await send(`${pathOf(op).slice(1)}${queryOf(op, { format: opts.format, locale: opts.locale })}`, { method: op.method }, opts, 'read'), opts.signal);
  }

  async function downloadEvidence(proposalId: string, fileId: string, opts: RequestOptions = {}): Promise<WithResponse<Blob>> {
    const op = operations.downloadEvidence;
    return blobOf(await send(pathOf(op, { proposalId, fileId }).slice(1), { method: op.method }, opts, 'read'), opts.signal);
  }

  // Cards asking in one task share one request (indicator-batches.ts, as the reader's); answers validated by `read`.
  const getBatched = indicatorBatcher({
    one: (indicatorId, query) => read('getIndicator', { indicatorId }, query),
    many: (ids, query) => read('getIndicators', undefined, { ids: ids.join(','), ...query }),
    notFound: (id) => indicatorNotFound(id, locale),
  });

  /** A list's pages: `read` of the page at `cursor`, its items, from the caller's cursor on. */
  function pages<Page extends object, Item>(
    read: (cursor: string | undefined) => Promise<WithResponse<Page>>,
    items: (page: Page) => readonly Item[],
    cursor?: string,
  ): Paged<Page, Item> {
    return paged(read, items, cursor);
  }

  /** Every item of a paged list in one array, carrying the last page's answer. */
  async function all<Page extends object, Item>(list: Paged<Page, Item>, items: (page: Page) => readonly Item[]): Promise<WithResponse<Item[]>> {
    const found: Item[] = [];
    let last: LastResponse | undefined;
    for await (const page of list.pages()) {
      found.push(...items(page));
      last = page.lastResponse;
    }
    return withResponse(found, last!);
  }

  /** Pages of a ranking; a cursor carries the first page's period, so every page is of one year. */
  function rankingPages(campaignId: string, opts: RankingOptions) {
    return pages((cursor) => read('getRanking', { campaignId }, { ...opts, cursor }), (page) => page.entries, opts.cursor);
  }

  function awardPages(campaignId: string, opts: AwardListOptions) {
    return pages((cursor) => read('listAwards', { campaignId }, { ...opts, cursor }), (page) => page.items, opts.cursor);
  }

  /** A write that carries an Idempotency-Key (generated when not given): retried with the same key, so the server records it once. */
  async function keyedWrite<K extends 'reportMeasurement' | 'recordDecision'>(
    id: K,
    params: Record<string, string> | undefined,
    json: unknown,
    opts: RequestOptions & { idempotencyKey?: string },
  ): Promise<WithResponse<OperationResponse<Operations[K]>>> {
    const op = operations[id];
    const headers = { 'Idempotency-Key': opts.idempotencyKey ?? newIdempotencyKey() };
    return result(await send(pathOf(op, params).slice(1), { method: op.method, json, headers }, opts, 'keyed'), op.response, opts.signal) as unknown as Promise<WithResponse<OperationResponse<Operations[K]>>>;
  }

  return {
    baseUrl,
    session: (opts = {}) => read('getSession', undefined, opts),
    campaigns: {
      list: (opts = {}) => pages(() => read('listCampaigns', undefined, opts), (page) => page.items),
      get: (campaignId, opts = {}) => read('getCampaign', { campaignId }, opts),
      progress: (campaignId, opts = {}) => read('getCampaignProgress', { campaignId }, opts),
      commendation: (campaignId, opts = {}) => read('getCommendation', { campaignId }, opts),
    },
    indicators: {
      list: (campaignId, opts = {}) => pages(() => read('listIndicators', { campaignId }, opts), (page) => page.items),
      get: (indicatorId, opts = {}) =>
        options.batch === false || shaped(opts) ? read('getIndicator', { indicatorId }, opts) : getBatched(indicatorId, opts),
      history: (indicatorId, opts = {}) => pages(() => read('getMeasurementHistory', { indicatorId }, opts), (page) => page.items),
      progressByUnit: (indicatorId, opts = {}) =>
        pages((cursor) => read('getIndicatorProgressByUnit', { indicatorId }, { ...opts, cursor }), (page) => page.items, opts.cursor),
    },
    units: {
      list: (filter = {}) => pages((cursor) => read('listUnits', undefined, { ...filter, cursor }), (page) => page.items, filter.cursor),
      get: (unitId, opts = {}) => read('getUnit', { unitId }, opts),
    },
    rankings: {
      get: (campaignId, opts) => rankingPages(campaignId, opts),
      async all(campaignId, opts) {
        const list = rankingPages(campaignId, { ...opts, limit: opts.limit ?? PAGE_SIZES.rankings.max });
        const first = await list;
        const entries = await all(list, (page) => page.entries);
        return withResponse({ ...first, entries, next: null }, entries.lastResponse);
      },
    },
    measurements: {
      report: (input, opts = {}) => keyedWrite('reportMeasurement', undefined, input, opts),
    },
    admin: {
      issueToken: (input, opts) => write('issueToken', undefined, input, opts, false),
      revokeToken: (tokenId, opts) => write('revokeToken', { tokenId }, {}, opts, true),
      importUnits: (units, opts) => write('importUnits', undefined, { units }, opts, true),
      loadCatalog: (catalog, opts) => write('loadCatalog', undefined, catalog === undefined ? {} : { catalog }, opts, true),
    },
    nominations: {
      listProposals: (opts = {}) => pages((cursor) => read('listProposals', undefined, { ...opts, cursor }), (page) => page.items, opts.cursor),
      list: (opts = {}) => pages((cursor) => read('listNominations', undefined, { ...opts, cursor }), (page) => page.items, opts.cursor),
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
      all: (campaignId, opts = {}) => all(awardPages(campaignId, { ...opts, limit: opts.limit ?? PAGE_SIZES.awards.max }), (page) => page.items),
    },
    rounds: {
      proposedList: (roundId, opts = {}) => pages(() => read('getProposedList', { roundId }, opts), (page) => page.items),
      exportProposedList: (roundId, opts = {}) => download('exportProposedList', { roundId }, { awardTypeId: opts.awardTypeId, format: opts.format }, opts),
      printProposedList: (roundId, opts = {}) => download('printProposedList', { roundId }, { awardTypeId: opts.awardTypeId }, opts),
      summary: (roundId, opts = {}) => read('getRoundSummary', { roundId }, opts),
      exportSummary: (roundId, opts = {}) => download('exportRoundSummary', { roundId }, { format: opts.format }, opts),
      campaignSummary: (campaignId, opts = {}) => read('getCampaignSummary', { campaignId }, opts),
      exportCampaignSummary: (campaignId, opts = {}) => download('exportCampaignSummary', { campaignId }, { format: opts.format }, opts),
    },
    decisions: {
      record: (roundId, input, opts = {}) => keyedWrite('recordDecision', { roundId }, input, opts),
      get: (decisionId, opts = {}) => read('getDecision', { decisionId }, opts),
      certificates: (decisionId, opts = {}) => download('printCertificates', { decisionId }, { offsetX: opts.offsetX, offsetY: opts.offsetY }, opts),
      certificatesUrl,
    },
    featuredModels: {
      list: (campaignId, opts = {}) => pages(() => read('listFeaturedModels', { campaignId }, opts), (page) => page.items),
      feature: (awardId, input, opts) =>
        featureRequest('featureAward', awardId, { ...opts, json: input }).then(({ body, etag }) => withResponse({ model: body, etag }, body.lastResponse)),
      uploadPhoto,
      unfeature: (awardId, opts) => featureRequest('unfeatureAward', awardId, opts).then(({ body }) => body),
      photoUrl: (photo) => `${baseUrl}${photo.url}`,
      photo: async (photo, opts = {}) => blobOf(await send(photo.url.replace(/^\//, ''), { method: 'GET' }, opts, 'read'), opts.signal),
    },
    appraisals: {
      list: (opts = {}) => pages((cursor) => read('listAppraisals', undefined, { ...opts, cursor }), (page) => page.items, opts.cursor),
      all: (opts = {}) =>
        all(
          pages((cursor) => read('listAppraisals', undefined, { ...opts, limit: PAGE_SIZES.appraisals.max, cursor }), (page) => page.items),
          (page) => page.items,
        ),
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
  ): Promise<WithResponse<OperationResponse<Operations[K]>>> {
    const op = operations[id];
    return result(await send(pathOf(op, params).slice(1), { method: op.method, json }, opts, idempotent ? 'keyed' : 'once'), op.response, opts.signal) as unknown as Promise<
      WithResponse<OperationResponse<Operations[K]>>
    >;
  }
}

/** What an `afterResponse` hook is handed of the request: its headers without `Authorization`, so that logging it logs no token. */
function sentRequest(request: { method: string; url: string; headers: Headers }): SentRequest {
  const headers = new Headers(request.headers);
  headers.delete('authorization');
  return { method: request.method, url: request.url, headers };
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

/**
 * A ky error without its `request`, whose headers hold the bearer token:
 * what a ThiduaApiError keeps as its `cause`, so that logging the error
 * (`console.error(error)` prints the causes) never logs the token.
 */
function withoutRequest(error: unknown): unknown {
  if (!(error instanceof Error) || !('request' in error)) return error;
  const copy = new Error(error.message, error.cause === undefined ? undefined : { cause: withoutRequest(error.cause) });
  copy.name = error.name;
  return copy;
}

function toApiError(error: unknown, locale: Locale): ThiduaApiError {
  if (error instanceof ThiduaApiError) return error;
  if (error instanceof HTTPError) {
    return errorFromBody(error.response.status, error.response.statusText, error.data, error.response.headers.get('x-request-id') ?? undefined, withoutRequest(error));
  }
  if (error instanceof TimeoutError) {
    return new ThiduaApiError({ status: 0, code: 'timeout', message: message(locale, 'timeout'), cause: withoutRequest(error) });
  }
  return new ThiduaApiError({
    status: 0,
    code: 'network_error',
    message: message(locale, 'network'),
    cause: withoutRequest(error),
  });
}
