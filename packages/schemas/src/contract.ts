import * as z from 'zod/mini';
import { SeedInput, SeedResult, Session, TokenInput, TokenIssued, TokenPathParams, TokenRevoked, UnitImportInput, UnitImportResult } from './admin.js';
import { Campaign } from './campaign.js';
import { EvidenceUpload, NominationInput, Proposal, ProposalInput, ProposalUpdate } from './nomination.js';
import { NominationList, NominationListQuery, ProposalList, ProposalListQuery } from './proposal-list.js';
import { Appraisal, AppraisalAction, AppraisalList, AppraisalListQuery, ChecklistPathParams, ChecklistUpdate, CommentInput } from './appraisal.js';
import { EVIDENCE_LIMITS, EVIDENCE_MEDIA_TYPES } from './evidence.js';
import { IMPORT_LIMITS, SPREADSHEET_MEDIA_TYPES } from './spreadsheet.js';
import type { Role } from './roles.js';
import { OrganisationUnit } from './organisation-unit.js';
import { Ranking, RankingQuery } from './ranking.js';
import { PAGE_SIZES, type PageSize } from './pagination.js';
import { PHOTO_LIMITS, PHOTO_MEDIA_TYPES } from './photo.js';
import { ResubmitInput } from './proposal-actions.js';
import {
  AwardList,
  AwardListQuery,
  AwardPathParams,
  CertificatesQuery,
  CommendationSummary,
  Decision,
  DecisionInput,
  DecisionPathParams,
  FeatureInput,
  FeaturePhotoUpload,
  FeaturedModel,
  FeaturedModelList,
  FeaturedModelPathParams,
  FeaturedModelQuery,
  FeaturedPhotoQuery,
  HtmlDocument,
  ProposedList,
  ProposedListExportQuery,
  ProposedListQuery,
  RoundPathParams,
  SummaryExportQuery,
  Unfeatured,
} from './results.js';
import {
  CampaignList,
  CampaignPathParams,
  CampaignProgress,
  Commendation,
  HealthStatus,
  HistoryQuery,
  ImportTemplateQuery,
  NominationImportUpload,
  IfMatchHeaders,
  EvidencePathParams,
  NominationPathParams,
  ProposalPathParams,
  IndicatorBatch,
  IndicatorBatchQuery,
  IndicatorDetail,
  IndicatorList,
  IndicatorPathParams,
  IndicatorQuery,
  IndicatorUnitsProgress,
  LevelQuery,
  MeasurementCreated,
  MeasurementHistory,
  MeasurementInput,
  UnitList,
  UnitListQuery,
  UnitPathParams,
  UnitQuery,
} from './api.js';

/**
 * The route contract: every operation of the HTTP API, described once. The
 * server registers its routes from it (and a test fails when a served route
 * is missing here or differs), the OpenAPI document is generated from it
 * (`@thidua/schemas/openapi`, which adds the prose), the SDK builds its URLs
 * and validates its answers with it, and the story fixture routes with it.
 *
 * Adding an operation is one entry in `operations`; adding a role is one
 * word in `ROLES`. Human descriptions live in openapi.ts, typed so that an
 * operation or a parameter without one fails the type check — they stay out
 * of the browser bundles that import this module through the SDK.
 */

export { ROLES, type Role } from './roles.js';

/**
 * `public`, or a bearer token of one of the roles named. `localAdmin` also
 * accepts the running server's local admin key (written into its PGlite
 * directory's lock file, where the CLI finds it), for the admin operations.
 */
export type Auth = 'public' | { readonly bearer: readonly Role[]; readonly localAdmin?: boolean };

/**
 * How a response may be cached: `public` by any cache (public reads change
 * only when a figure is reported; the ETag makes revalidation cheap),
 * `immutable` by any cache for a year (an address that names its content by
 * hash, so it never changes), or `no-store` (writes, liveness).
 */
export type Cacheability = 'public' | 'immutable' | 'no-store';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Client errors an operation may answer with besides those its shape implies (see `errorStatuses`). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415;

/** An object schema whose keys name path, query or header parameters. */
export type ParamsSchema = z.ZodMiniObject<Record<string, z.ZodMiniType>>;

export interface Operation {
  readonly method: HttpMethod;
  /** Below the API root, `{name}` for a path parameter (as OpenAPI writes it). */
  readonly path: `/v1/${string}`;
  readonly params?: ParamsSchema;
  readonly query?: ParamsSchema;
  /** Request headers the operation reads (beyond Authorization and Accept-Language, which every one may). */
  readonly headers?: ParamsSchema;
  /** A JSON body. */
  readonly body?: z.ZodMiniType;
  /** The JSON body may be left out (no Content-Type, no bytes): it is read as `{}`, which `body` must accept. */
  readonly bodyOptional?: true;
  /** Instead of a JSON body, a `multipart/form-data` one: its fields, files as `z.file()`. */
  readonly form?: z.ZodMiniType;
  /** The success answer is a file's bytes (`response` is `z.file()`), served as an attachment. */
  readonly download?: true;
  /** The media types a download may be. */
  readonly mediaTypes?: readonly string[];
  /**
   * The success answer is an HTML document to print (`response` is
   * `HtmlDocument`), served inline as `text/html; charset=utf-8` under a
   * strict Content-Security-Policy: no script, styles only those of its own
   * `<style>` elements (by hash).
   */
  readonly html?: true;
  readonly response: z.ZodMiniType;
  /** The success status; 200 when absent. */
  readonly status?: 200 | 201;
  readonly auth: Auth;
  /** Errors the handler itself raises (404, 409…); see `errorStatuses` for the whole list. */
  readonly errors: readonly ErrorStatus[];
  readonly cache: Cacheability;
  /**
   * A list paged with a cursor: its query takes `limit` and `cursor`, its
   * response carries `next`, and the SDK iterates it with `for await`.
   */
  readonly page?: PageSize;
  /** Largest body accepted, in bytes (16 KiB when absent); a form's refusal names its file field. */
  readonly maxBody?: number;
}

/** Checks an entry against `Operation` while keeping its literal types. */
const operation = <const O extends Operation>(o: O): O => o;

/** What a form's body may hold besides its file (the other fields, the multipart framing): `maxBody` is the file's limit plus this. */
export const FORM_FRAMING_BYTES = 16 * 1024;

/** 1–200 printable ASCII characters, as a retried request repeats it. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
export const IdempotencyKey = z.string().check(
  z.refine((key) => IDEMPOTENCY_KEY_PATTERN.test(key), { params: { messageKey: 'idempotencyKey' } }),
);

/** A create or an append that a retry must not repeat: the key is the client's to give (the SDK does). */
const OptionalIdempotencyKey = z.object({ 'Idempotency-Key': z.optional(IdempotencyKey) });
/** A workflow step: the version it is based on, and the key that makes a retry safe. */
const IfMatchAndIdempotencyKey = z.extend(IfMatchHeaders, { 'Idempotency-Key': IdempotencyKey });

/** The answer of a spreadsheet download: an .xlsx or a .csv file, as an attachment. */
const spreadsheetFile = { response: z.file(), download: true, mediaTypes: Object.values(SPREADSHEET_MEDIA_TYPES) } as const;

export const OpenApiDocumentSchema = z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) });

export const operations = {
  health: operation({ method: 'GET', path: '/v1/health', response: HealthStatus, auth: 'public', errors: [], cache: 'no-store' }),
  openapi: operation({ method: 'GET', path: '/v1/openapi.json', response: OpenApiDocumentSchema, auth: 'public', errors: [], cache: 'public' }),

  listCampaigns: operation({ method: 'GET', path: '/v1/campaigns', response: CampaignList, auth: 'public', errors: [], cache: 'public' }),
  getCampaign: operation({
    method: 'GET',
    path: '/v1/campaigns/{campaignId}',
    params: CampaignPathParams,
    response: Campaign,
    auth: 'public',
    errors: [404],
    cache: 'public',
  }),
  getCommendation: operation({
    method: 'GET',
    path: '/v1/campaigns/{campaignId}/commendation',
    params: CampaignPathParams,
    response: Commendation,
    auth: 'public',
    errors: [404],
    cache: 'public',
  }),
  getCampaignProgress: operation({
    method: 'GET',
    path: '/v1/campaigns/{campaignId}/progress',
    params: CampaignPathParams,
    query: UnitQuery,
    response: CampaignProgress,
    auth: 'public',
    errors: [404],
    cache: 'public',
  }),
  listIndicators: operation({
    method: 'GET',
    path: '/v1/campaigns/{campaignId}/indicators',
    params: CampaignPathParams,
    query: UnitQuery,
    response: IndicatorList,
    auth: 'public',
    errors: [404],
    cache: 'public',
  }),
  getRanking: operation({
    method: 'GET',
    path: '/v1/campaigns/{campaignId}/rankings',
    params: CampaignPathParams,
    query: RankingQuery,
    response: Ranking,
    auth: 'public',
    errors: [404],
    cache: 'public',
    page: PAGE_SIZES.rankings,
  }),

  getIndicators: operation({
    method: 'GET',
    path: '/v1/indicators',
    query: IndicatorBatchQuery,
    response: IndicatorBatch,
    auth: 'public',
    errors: [404],
    cache: 'public',
  }),
  getIndicator: operation({
    method: 'GET',
    path: '/v1/indicators/{indicatorId}',
    params: IndicatorPathParams,
    query: IndicatorQuery,
    response: IndicatorDetail,
    auth: 'public',
    errors: [404],
    cache: 'public',
  }),
  getMeasurementHistory: operation({
    method: 'GET',
    path: '/v1/indicators/{indicatorId}/measurements',
    params: IndicatorPathParams,
    query: HistoryQuery,
    response: MeasurementHistory,
    auth: 'public',
    errors: [404],
    cache: 'public',
  }),
  getIndicatorProgressByUnit: operation({
    method: 'GET',
    path: '/v1/indicators/{indicatorId}/progress',
    params: IndicatorPathParams,
    query: LevelQuery,
    response: IndicatorUnitsProgress,
    auth: 'public',
    errors: [404],
    cache: 'public',
    page: PAGE_SIZES.unitsProgress,
  }),

  listUnits: operation({
    method: 'GET',
    path: '/v1/units',
    query: UnitListQuery,
    response: UnitList,
    auth: 'public',
    errors: [],
    cache: 'public',
    page: PAGE_SIZES.units,
  }),
  getUnit: operation({
    method: 'GET',
    path: '/v1/units/{unitId}',
    params: UnitPathParams,
    response: OrganisationUnit,
    auth: 'public',
    errors: [404],
    cache: 'public',
  }),

  reportMeasurement: operation({
    method: 'POST',
    path: '/v1/measurements',
    headers: OptionalIdempotencyKey,
    body: MeasurementInput,
    response: MeasurementCreated,
    status: 201,
    auth: { bearer: ['reporter', 'coordinator'] },
    errors: [409],
    cache: 'no-store',
  }),

  // Who the token speaks for, so a page can show the officer's own work without guessing from refusals.
  getSession: operation({
    method: 'GET',
    path: '/v1/session',
    response: Session,
    auth: { bearer: ['reporter', 'proposer', 'appraiser', 'coordinator'] },
    errors: [],
    cache: 'no-store',
  }),

  // Admin: the coordinating department, or the CLI through the running server.
  issueToken: operation({
    method: 'POST',
    path: '/v1/admin/tokens',
    body: TokenInput,
    response: TokenIssued,
    status: 201,
    auth: { bearer: ['coordinator'], localAdmin: true },
    errors: [],
    cache: 'no-store',
  }),
  revokeToken: operation({
    method: 'POST',
    path: '/v1/admin/tokens/{tokenId}/revoke',
    params: TokenPathParams,
    response: TokenRevoked,
    auth: { bearer: ['coordinator'], localAdmin: true },
    errors: [404],
    cache: 'no-store',
  }),
  importUnits: operation({
    method: 'POST',
    path: '/v1/admin/units',
    body: UnitImportInput,
    response: UnitImportResult,
    auth: { bearer: ['coordinator'], localAdmin: true },
    errors: [],
    cache: 'no-store',
    maxBody: 8 * 1024 * 1024,
  }),
  loadCatalog: operation({
    method: 'POST',
    path: '/v1/admin/seed',
    body: SeedInput,
    response: SeedResult,
    auth: { bearer: ['coordinator'], localAdmin: true },
    errors: [],
    cache: 'no-store',
    // A province's catalog with its demo histories is a few hundred KB.
    maxBody: 8 * 1024 * 1024,
  }),
  // Nomination dossiers: personal data, so never cached and only for the proposing unit's token.
  // The unit's own lists come first: summaries without personal data, newest proposal first, paged.
  // Then the proposal itself: every answer is the whole proposal with its version as ETag; every
  // write names the version it is based on (If-Match) and a stale one is refused with 412, changing nothing.
  listProposals: operation({
    method: 'GET',
    path: '/v1/proposals',
    query: ProposalListQuery,
    response: ProposalList,
    auth: { bearer: ['proposer'] },
    errors: [],
    cache: 'no-store',
    page: PAGE_SIZES.proposals,
  }),
  listNominations: operation({
    method: 'GET',
    path: '/v1/nominations',
    query: NominationListQuery,
    response: NominationList,
    auth: { bearer: ['proposer'] },
    errors: [],
    cache: 'no-store',
    page: PAGE_SIZES.nominations,
  }),
  createProposal: operation({
    method: 'POST',
    path: '/v1/proposals',
    // A retried create (its answer lost) finds the draft the first one made, never a second.
    headers: OptionalIdempotencyKey,
    body: ProposalInput,
    response: Proposal,
    status: 201,
    auth: { bearer: ['proposer'] },
    errors: [409],
    cache: 'no-store',
  }),
  getProposal: operation({
    method: 'GET',
    path: '/v1/proposals/{proposalId}',
    params: ProposalPathParams,
    response: Proposal,
    auth: { bearer: ['proposer'] },
    errors: [404],
    cache: 'no-store',
  }),
  updateProposal: operation({
    method: 'PATCH',
    path: '/v1/proposals/{proposalId}',
    params: ProposalPathParams,
    headers: IfMatchHeaders,
    body: ProposalUpdate,
    response: Proposal,
    auth: { bearer: ['proposer'] },
    errors: [404, 409, 412],
    cache: 'no-store',
  }),
  addNomination: operation({
    method: 'POST',
    path: '/v1/proposals/{proposalId}/nominations',
    params: ProposalPathParams,
    headers: IfMatchHeaders,
    body: NominationInput,
    response: Proposal,
    status: 201,
    auth: { bearer: ['proposer'] },
    errors: [404, 409, 412],
    cache: 'no-store',
  }),
  updateNomination: operation({
    method: 'PUT',
    path: '/v1/proposals/{proposalId}/nominations/{nominationId}',
    params: NominationPathParams,
    headers: IfMatchHeaders,
    body: NominationInput,
    response: Proposal,
    auth: { bearer: ['proposer'] },
    errors: [404, 409, 412],
    cache: 'no-store',
  }),
  removeNomination: operation({
    method: 'DELETE',
    path: '/v1/proposals/{proposalId}/nominations/{nominationId}',
    params: NominationPathParams,
    headers: IfMatchHeaders,
    response: Proposal,
    auth: { bearer: ['proposer'] },
    errors: [404, 409, 412],
    cache: 'no-store',
  }),
  // A spreadsheet of nominees into a draft: every row valid and added, or none.
  importNominations: operation({
    method: 'POST',
    path: '/v1/proposals/{proposalId}/nominations/import',
    params: ProposalPathParams,
    headers: IfMatchHeaders,
    form: NominationImportUpload,
    response: Proposal,
    status: 201,
    auth: { bearer: ['proposer'] },
    errors: [404, 409, 412],
    cache: 'no-store',
    maxBody: IMPORT_LIMITS.fileBytes + FORM_FRAMING_BYTES,
  }),
  // The template to fill in: no data in it, the same for everyone.
  getImportTemplate: operation({
    method: 'GET',
    path: '/v1/nominations/import-template',
    query: ImportTemplateQuery,
    ...spreadsheetFile,
    auth: 'public',
    errors: [],
    cache: 'public',
  }),
  submitProposal: operation({
    method: 'POST',
    path: '/v1/proposals/{proposalId}/submit',
    params: ProposalPathParams,
    // The key makes a retried submit safe: the first one is recorded, every repeat answered like it.
    headers: IfMatchAndIdempotencyKey,
    response: Proposal,
    auth: { bearer: ['proposer'] },
    errors: [404, 409, 412],
    cache: 'no-store',
  }),
  // After a return for completion: the returned nominations (or the whole dossier) corrected, sent back to the appraisers.
  resubmitProposal: operation({
    method: 'POST',
    path: '/v1/proposals/{proposalId}/resubmit',
    params: ProposalPathParams,
    headers: IfMatchAndIdempotencyKey,
    body: ResubmitInput,
    bodyOptional: true,
    response: Proposal,
    auth: { bearer: ['proposer'] },
    errors: [404, 409, 412],
    cache: 'no-store',
  }),
  withdrawProposal: operation({
    method: 'POST',
    path: '/v1/proposals/{proposalId}/withdraw',
    params: ProposalPathParams,
    headers: IfMatchHeaders,
    response: Proposal,
    auth: { bearer: ['proposer'] },
    errors: [404, 409, 412],
    cache: 'no-store',
  }),
  // Evidence: the bytes of each file are recognised by content and kept with their SHA-256.
  // Adding a file takes no If-Match: uploads run in parallel and commute with every other write.
  uploadEvidence: operation({
    method: 'POST',
    path: '/v1/proposals/{proposalId}/files',
    params: ProposalPathParams,
    form: EvidenceUpload,
    response: Proposal,
    status: 201,
    auth: { bearer: ['proposer'] },
    errors: [404, 409],
    cache: 'no-store',
    // The file and the multipart framing around it.
    maxBody: EVIDENCE_LIMITS.fileBytes + FORM_FRAMING_BYTES,
  }),
  downloadEvidence: operation({
    method: 'GET',
    path: '/v1/proposals/{proposalId}/files/{fileId}',
    params: EvidencePathParams,
    response: z.file(),
    download: true,
    mediaTypes: Object.values(EVIDENCE_MEDIA_TYPES),
    // The proposing unit; once submitted, the appraisers of its award and the coordinator too.
    auth: { bearer: ['proposer', 'appraiser', 'coordinator'] },
    errors: [404],
    cache: 'no-store',
  }),
  removeEvidence: operation({
    method: 'DELETE',
    path: '/v1/proposals/{proposalId}/files/{fileId}',
    params: EvidencePathParams,
    headers: IfMatchHeaders,
    response: Proposal,
    auth: { bearer: ['proposer'] },
    errors: [404, 409, 412],
    cache: 'no-store',
  }),

  // Appraisal (nominations part 2): the appraisers of an award's appraising units, and the coordinator, who
  // reads and comments on everything but takes no appraisal step (it records the Chairman's decision). A proposal outside the
  // caller's award types, or a draft, is as good as absent (404). Every answer is the whole appraisal with
  // the proposal's version as ETag; a change to the dossier names the version it is based on (If-Match).
  listAppraisals: operation({
    method: 'GET',
    path: '/v1/appraisals',
    query: AppraisalListQuery,
    response: AppraisalList,
    auth: { bearer: ['appraiser', 'coordinator'] },
    errors: [],
    cache: 'no-store',
    page: PAGE_SIZES.appraisals,
  }),
  getAppraisal: operation({
    method: 'GET',
    path: '/v1/appraisals/{proposalId}',
    params: ProposalPathParams,
    response: Appraisal,
    auth: { bearer: ['appraiser', 'coordinator'] },
    errors: [404],
    cache: 'no-store',
  }),
  actOnAppraisal: operation({
    method: 'POST',
    path: '/v1/appraisals/{proposalId}/actions',
    params: ProposalPathParams,
    headers: IfMatchHeaders,
    body: AppraisalAction,
    response: Appraisal,
    auth: { bearer: ['appraiser'] },
    errors: [404, 409, 412],
    cache: 'no-store',
  }),
  updateChecklist: operation({
    method: 'PUT',
    path: '/v1/appraisals/{proposalId}/nominations/{nominationId}/checklist',
    params: ChecklistPathParams,
    headers: IfMatchHeaders,
    body: ChecklistUpdate,
    response: Appraisal,
    auth: { bearer: ['appraiser'] },
    errors: [404, 409, 412],
    cache: 'no-store',
  }),
  // Comments are appended, never edited: no If-Match, so two appraisers writing at once both get theirs in.
  addAppraisalComment: operation({
    method: 'POST',
    path: '/v1/appraisals/{proposalId}/comments',
    params: ProposalPathParams,
    headers: OptionalIdempotencyKey,
    body: CommentInput,
    response: Appraisal,
    status: 201,
    auth: { bearer: ['appraiser', 'coordinator'] },
    errors: [404, 409],
    cache: 'no-store',
  }),
  // Results of a round (the appraisers and the coordinator): the list proposed to the Chairman,
  // ordered as the law says, with its exports and printable summary; the decision that awards it,
  // all its nominations or none; certificates to print; the summaries of the final-review report.
  getProposedList: operation({
    method: 'GET',
    path: '/v1/rounds/{roundId}/proposed-list',
    params: RoundPathParams,
    query: ProposedListQuery,
    response: ProposedList,
    auth: { bearer: ['appraiser', 'coordinator'] },
    errors: [404],
    cache: 'no-store',
  }),
  exportProposedList: operation({
    method: 'GET',
    path: '/v1/rounds/{roundId}/proposed-list/export',
    params: RoundPathParams,
    query: ProposedListExportQuery,
    ...spreadsheetFile,
    auth: { bearer: ['appraiser', 'coordinator'] },
    errors: [404],
    cache: 'no-store',
  }),
  printProposedList: operation({
    method: 'GET',
    path: '/v1/rounds/{roundId}/proposed-list/print',
    params: RoundPathParams,
    query: ProposedListQuery,
    response: HtmlDocument,
    html: true,
    auth: { bearer: ['appraiser', 'coordinator'] },
    errors: [404],
    cache: 'no-store',
  }),
  recordDecision: operation({
    method: 'POST',
    path: '/v1/rounds/{roundId}/decisions',
    params: RoundPathParams,
    // A retried record (its answer lost) answers the decision the first one recorded, never a second.
    headers: z.object({ 'Idempotency-Key': IdempotencyKey }),
    body: DecisionInput,
    response: Decision,
    status: 201,
    auth: { bearer: ['coordinator'] },
    errors: [404, 409],
    cache: 'no-store',
    maxBody: 64 * 1024,
  }),
  getDecision: operation({
    method: 'GET',
    path: '/v1/decisions/{decisionId}',
    params: DecisionPathParams,
    response: Decision,
    auth: { bearer: ['appraiser', 'coordinator'] },
    errors: [404],
    cache: 'no-store',
  }),
  printCertificates: operation({
    method: 'GET',
    path: '/v1/decisions/{decisionId}/certificates',
    params: DecisionPathParams,
    query: CertificatesQuery,
    response: HtmlDocument,
    html: true,
    auth: { bearer: ['appraiser', 'coordinator'] },
    errors: [404],
    cache: 'no-store',
  }),
  getRoundSummary: operation({
    method: 'GET',
    path: '/v1/rounds/{roundId}/summary',
    params: RoundPathParams,
    response: CommendationSummary,
    auth: { bearer: ['appraiser', 'coordinator'] },
    errors: [404],
    cache: 'no-store',
  }),
  exportRoundSummary: operation({
    method: 'GET',
    path: '/v1/rounds/{roundId}/summary/export',
    params: RoundPathParams,
    query: SummaryExportQuery,
    ...spreadsheetFile,
    auth: { bearer: ['appraiser', 'coordinator'] },
    errors: [404],
    cache: 'no-store',
  }),
  getCampaignSummary: operation({
    method: 'GET',
    path: '/v1/campaigns/{campaignId}/commendation-summary',
    params: CampaignPathParams,
    response: CommendationSummary,
    auth: { bearer: ['appraiser', 'coordinator'] },
    errors: [404],
    cache: 'no-store',
  }),
  exportCampaignSummary: operation({
    method: 'GET',
    path: '/v1/campaigns/{campaignId}/commendation-summary/export',
    params: CampaignPathParams,
    query: SummaryExportQuery,
    ...spreadsheetFile,
    auth: { bearer: ['appraiser', 'coordinator'] },
    errors: [404],
    cache: 'no-store',
  }),
  // Public results: awardees and featured models, built from what an award publishes (no personal data).
  listAwards: operation({
    method: 'GET',
    path: '/v1/campaigns/{campaignId}/awards',
    params: CampaignPathParams,
    query: AwardListQuery,
    response: AwardList,
    auth: 'public',
    errors: [404],
    cache: 'public',
    page: PAGE_SIZES.awards,
  }),
  listFeaturedModels: operation({
    method: 'GET',
    path: '/v1/campaigns/{campaignId}/featured-models',
    params: CampaignPathParams,
    query: FeaturedModelQuery,
    response: FeaturedModelList,
    auth: 'public',
    errors: [404],
    cache: 'public',
  }),
  getFeaturedModelPhoto: operation({
    method: 'GET',
    path: '/v1/featured-models/{featuredModelId}/photo',
    params: FeaturedModelPathParams,
    query: FeaturedPhotoQuery,
    response: z.file(),
    download: true,
    mediaTypes: Object.values(PHOTO_MEDIA_TYPES),
    auth: 'public',
    errors: [404],
    cache: 'immutable',
  }),
  featureAward: operation({
    method: 'PUT',
    path: '/v1/awards/{awardId}/feature',
    params: AwardPathParams,
    headers: IfMatchHeaders,
    body: FeatureInput,
    response: FeaturedModel,
    auth: { bearer: ['coordinator'] },
    errors: [404, 409, 412],
    cache: 'no-store',
  }),
  uploadFeaturePhoto: operation({
    method: 'POST',
    path: '/v1/awards/{awardId}/feature/photo',
    params: AwardPathParams,
    form: FeaturePhotoUpload,
    response: FeaturedModel,
    status: 201,
    auth: { bearer: ['coordinator'] },
    errors: [404, 409],
    cache: 'no-store',
    maxBody: PHOTO_LIMITS.fileBytes + FORM_FRAMING_BYTES,
  }),
  unfeatureAward: operation({
    method: 'DELETE',
    path: '/v1/awards/{awardId}/feature',
    params: AwardPathParams,
    headers: IfMatchHeaders,
    response: Unfeatured,
    auth: { bearer: ['coordinator'] },
    errors: [404, 412],
    cache: 'no-store',
  }),
} as const satisfies Record<string, Operation>;

export type Operations = typeof operations;
export type OperationId = keyof Operations;

/** The parsed (output) type of an operation's `K` part (params, query, headers, body), or `undefined` when it takes none. */
export type Parsed<O, K extends string> = O extends { readonly [P in K]: infer S extends z.ZodMiniType } ? z.output<S> : undefined;
/** The type a caller gives for an operation's `K` part (the schema's input), or `undefined` when it takes none. */
export type Given<O, K extends string> = O extends { readonly [P in K]: infer S extends z.ZodMiniType } ? z.input<S> : undefined;

/** What a handler receives once the request is parsed. */
export interface OperationInput<O extends Operation> {
  params: Parsed<O, 'params'>;
  query: Parsed<O, 'query'>;
  headers: Parsed<O, 'headers'>;
  /** The JSON body, or a form's fields and files. */
  body: O extends { readonly form: infer S extends z.ZodMiniType } ? z.output<S> : Parsed<O, 'body'>;
}

/** What a client sends (before parsing: optional fields may be left out). */
export interface OperationRequest<O extends Operation> {
  params: Given<O, 'params'>;
  query: Given<O, 'query'>;
}

export type OperationResponse<O extends Operation> = z.output<O['response']>;

/**
 * Every client error status an operation may answer with: those its entry
 * names, 400 when it takes any input, 401 and 403 with a bearer token, 413
 * and 415 with a body. (Any operation may also answer 500.)
 */
export function errorStatuses(op: Operation): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>(op.errors);
  if (op.params || op.query || op.headers || op.body) statuses.add(400);
  if (op.auth !== 'public') statuses.add(401).add(403);
  if (op.body || op.form) statuses.add(413).add(415);
  return [...statuses].sort((a, b) => a - b);
}

/** The names of an operation's path parameters, in path order. */
export function pathParamNames(op: Pick<Operation, 'path'>): string[] {
  return [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** The path with its parameters filled in and encoded: `/v1/campaigns/bn2026`. */
export function pathOf(op: Pick<Operation, 'path'>, params: Record<string, string> = {}): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/** `?a=1&b=2` of the operation's query parameters that are given, in contract order; empty when none. */
export function queryOf(op: Operation, values: Record<string, unknown> = {}): string {
  const parts: string[] = [];
  for (const name of Object.keys(op.query?.shape ?? {})) {
    const value = values[name];
    if (value === undefined || value === null || value === '') continue;
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The path parameters when `pathname` is the operation's path, else undefined. */
export function matchPath(op: Pick<Operation, 'path'>, pathname: string): Record<string, string> | undefined {
  const names = pathParamNames(op);
  const pattern = new RegExp(`^${op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '([^/]+)')}$`);
  const match = pattern.exec(pathname);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
}

/** The operation a request is for, with its path parameters; undefined when none matches. */
export function findOperation(
  method: string,
  pathname: string,
): { id: OperationId; operation: Operation; params: Record<string, string> } | undefined {
  for (const [id, operation] of Object.entries(operations) as [OperationId, Operation][]) {
    if (operation.method !== method.toUpperCase()) continue;
    const params = matchPath(operation, pathname);
    if (params) return { id, operation, params };
  }
  return undefined;
}
