/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the route
 * contract (`operations` in contract.ts): methods, paths, parameters with
 * their types, patterns and enums, bodies, responses, security and error
 * statuses all come from there. Only the prose is written here, typed so an
 * operation or a parameter left undescribed fails the type check. Kept out
 * of the package root so browser bundles never carry it.
 */
import * as z from 'zod/mini';
import { Campaign, SourceDocument } from './campaign.js';
import { Indicator, Target } from './indicator.js';
import { Measurement } from './measurement.js';
import { IMPORT_LIMITS } from './spreadsheet.js';
import { MAX_IMPORT_ROWS } from './nomination-import.js';
import { NominationInput, Proposal, ProposalInput } from './nomination.js';
import { NominationList, ProposalList } from './proposal-list.js';
import { Appraisal, AppraisalList, ChecklistUpdate, CommentInput } from './appraisal.js';
import { HistoryEntry, DossierComment } from './dossier-history.js';
import { OrganisationUnit } from './organisation-unit.js';
import { PERIOD_PATTERN, Period, Ranking } from './ranking.js';
import { PAGE_SIZES, type PageSize } from './pagination.js';
import { PHOTO_LIMITS } from './photo.js';
import { AwardList, CommendationSummary, Decision, DecisionInput, FeatureInput, FeaturedModel, FeaturedModelList, ProposedList } from './results.js';
import {
  ApiErrorBody,
  ID_LIST_PATTERN,
  IF_MATCH_PATTERN,
  IfMatchHeaders,
  IndicatorBatchQuery,
  CampaignList,
  CampaignProgress,
  Commendation,
  HealthStatus,
  IndicatorBatch,
  IndicatorDetail,
  IndicatorList,
  IndicatorProgress,
  IndicatorUnitsProgress,
  IndicatorWithLatest,
  MeasurementCreated,
  MeasurementHistory,
  MeasurementInput,
  ProgressAssessment,
  UnitList,
} from './api.js';
import {
  IDEMPOTENCY_KEY_PATTERN,
  IdempotencyKey,
  errorStatuses,
  operations,
  pathParamNames,
  type ErrorStatus,
  type Operation,
  type OperationId,
  type Operations,
  type ParamsSchema,
} from './contract.js';
import { SeedInput, SeedResult, TokenInput, TokenIssued, TokenRevoked, UnitImportInput, UnitImportResult } from './admin.js';

/** Named schemas: a body or response that is one of these is referenced, any other is inlined. */
const components = {
  Campaign,
  SourceDocument,
  Target,
  Indicator,
  IndicatorWithLatest,
  Measurement,
  OrganisationUnit,
  IndicatorList,
  IndicatorDetail,
  ApiErrorBody,
  HealthStatus,
  Ranking,
  ProgressAssessment,
  IndicatorProgress,
  IndicatorBatch,
  MeasurementHistory,
  CampaignList,
  CampaignProgress,
  IndicatorUnitsProgress,
  UnitList,
  MeasurementInput,
  MeasurementCreated,
  TokenInput,
  TokenIssued,
  TokenRevoked,
  UnitImportInput,
  UnitImportResult,
  SeedInput,
  SeedResult,
  Proposal,
  ProposalInput,
  NominationInput,
  ProposalList,
  NominationList,
  Commendation,
  Appraisal,
  AppraisalList,
  ChecklistUpdate,
  CommentInput,
  HistoryEntry,
  DossierComment,
  ProposedList,
  DecisionInput,
  Decision,
  CommendationSummary,
  AwardList,
  FeatureInput,
  FeaturedModel,
  FeaturedModelList,
} as const;

type ParamNames<O> =
  | (O extends { params: ParamsSchema } ? keyof O['params']['shape'] : never)
  | (O extends { query: ParamsSchema } ? keyof O['query']['shape'] : never)
  | (O extends { headers: ParamsSchema } ? keyof O['headers']['shape'] : never);

/**
 * Parameters that mean the same wherever they appear, described once; an
 * operation describes the others (or words one of these its own way).
 */
const sharedParams = {
  campaignId: 'The campaign',
  indicatorId: 'The indicator',
  unitId: 'The unit',
  unit: 'Whose measurements to include; the campaign owner (the province) when omitted.',
  asOf: 'The date progress is judged on (yyyy-mm-dd); today in the server’s time zone when omitted. After the campaign’s end, its final result.',
  campaign:
    'The programme whose targets to judge by (an indicator of one plan may carry a later scheme’s targets); the indicator’s own campaign when omitted. 404 when there is no such campaign.',
  cursor: 'The `next` of the previous page, unchanged (opaque); the first page when omitted.',
  format: '`xlsx` (default) or `csv`.',
} as const;

const limit = (size: PageSize) => `Items per page: ${size.default} when omitted, at most ${size.max}.`;
const paged = 'Paged with a cursor: `next` in the response is the cursor of the following page, null on the last.';

type Own<O> = Exclude<ParamNames<O>, keyof typeof sharedParams> & string;

/** The prose of one operation: every parameter it takes must be described, here or in `sharedParams`. */
type OperationDocs<O> = {
  summary: string;
  description?: string;
  /** What the success response is. */
  response: string;
  /** Wording of an error status particular to this operation (a generic one otherwise). */
  errors?: Partial<Record<ErrorStatus, string>>;
} & ([Own<O>] extends [never]
  ? { params?: Partial<Record<ParamNames<O> & string, string>> }
  : { params: Record<Own<O>, string> & Partial<Record<ParamNames<O> & string, string>> });

/** Wording several operations share. */
const proposalEtag = 'The ETag of the proposal as last read (or `*`).';
const notTheUnitsProposal = 'No such proposal among the token’s units.';
const notADraft = 'The proposal is no longer a draft.';
const notAppraisedByUnit = 'No such submitted proposal among the award types the token’s unit appraises.';
const notAppraisedNomination = 'No such submitted proposal among the award types the token’s unit appraises, or no such nomination in it.';
const noRoundOrAwardType = 'No such round, or no such award type in it.';
const awardTypeNotAppraised = 'Not an appraiser or the coordinator, or an award type the appraiser’s units do not appraise.';
const noDecision = 'No such decision (or, for an appraiser, not of an award type its units appraise).';
const spreadsheet = 'The spreadsheet, as an attachment.';
const coordinatorFeatures = 'Only the coordinating department features awards.';
const featuredEtag = 'The featured model’s ETag as last read, or `*`.';
const keyReused = 'Idempotency-Key reused with another body.';

const docs: { [K in OperationId]: OperationDocs<Operations[K]> } = {
  health: { summary: 'Liveness and the kind of database in use', response: 'The server is up.' },
  openapi: { summary: 'This document', response: 'The OpenAPI 3.1 document.' },
  listCampaigns: { summary: 'All campaigns', response: 'The campaigns, newest first.' },
  getCampaign: { summary: 'One campaign: period, domains, award rounds, achievement categories', response: 'The campaign.' },
  getCommendation: {
    summary: 'What a unit needs to nominate in a campaign: award types, who may propose them, criteria, rounds and their dossier windows, achievement categories, privacy notice',
    description:
      'The catalog side of a nomination form, in one public, cacheable read with no personal data. `awardTypes` are those the campaign’s rounds give, each with its granting authority, the units (by kind or by id) that may propose it for which nominee groups, and the files a proposal and each nomination must hold. Each round carries `dossierWindow` (`open`, `notYetOpen`, `closed`, `noDossiers`) as it stands on `asOf`, the server’s today in the province’s calendar; creating and submitting a proposal apply the same rule. 404 when there is no such campaign or it takes no nominations.',
    response: 'The campaign’s commendation catalog.',
    errors: { 404: 'No such campaign, or the campaign takes no nominations.' },
  },
  getCampaignProgress: {
    summary: 'How one unit stands on every indicator of a campaign, with counts per status',
    description:
      'Only the indicators the unit’s level reports (all of them for the campaign’s owner). Once the campaign has ended (`phase`), each item carries its final `result` — met or not by the campaign’s own target, on the last figure on or before its deadline — and `outcomes` counts them; `finalReview` is the final award round.',
    response: 'The summary.',
  },
  listIndicators: {
    summary: 'The indicators of a campaign with the latest measurement of one unit',
    description:
      'Only the indicators the unit’s level reports (all of them for the campaign’s owner). Once the campaign has ended (`phase`) the figures stop at its end and each indicator carries its final `result` against the campaign’s own target, never a later programme’s.',
    response: 'The campaign, the unit and its indicators.',
  },
  getRanking: {
    summary: 'Units of a group ranked by a score index (the DTI) or an indicator, with last year’s rank and score',
    description:
      `Standard competition ranks: tied units share a rank and the next is skipped (1, 2, 2, 4); tied units are listed by name in Vietnamese order. By an indicator, each unit’s latest measurement within the year counts; the direction follows the indicator’s target. ${paged} Ranks are places in the whole group, on every page.`,
    response: 'The ranking; empty entries when the period has no data.',
    params: {
      metric: 'A score index of the campaign (`dti`) or one of its indicator ids.',
      period: 'The year (`2025`); the latest with data when omitted. The change is against the year before.',
      group: '`departments`, `communes` (communes and wards) or `all` (default).',
      limit: limit(PAGE_SIZES.rankings),
      cursor: 'The `next` of the previous page, unchanged (opaque). It holds the period of the first page, so a walk stays in one year.',
    },
    errors: { 404: 'No such campaign, or it has no such index or indicator.' },
  },
  getIndicators: {
    summary: 'Several indicators at once for one unit (how the SDK batches a page of cards)',
    response: 'The indicators found, in the order asked, and the ids not found.',
    params: { ids: 'Comma-separated indicator ids, at most 100.' },
  },
  getIndicator: { summary: 'One indicator with its targets and the latest measurement of one unit', response: 'The indicator.' },
  getMeasurementHistory: {
    summary: 'One unit’s figures for an indicator over time, one per date (a later correction replaces its date’s figure)',
    response: 'The history, oldest first.',
    params: { from: 'First date', to: 'Last date' },
  },
  getIndicatorProgressByUnit: {
    summary: 'Every unit of a level on one indicator, with counts per status',
    description: `Only units of a level the indicator applies to, in Vietnamese name order. ${paged} \`counts\` (and, once the campaign has ended, \`outcomes\`) are the whole level’s, on every page; each unit then carries its final \`result\`.`,
    response: 'A page of units with each one’s latest figure and assessment.',
    params: { level: 'Administrative level (commune by default)', limit: limit(PAGE_SIZES.unitsProgress) },
  },
  listUnits: {
    summary: 'Organisation units, in Vietnamese name order',
    description: paged,
    response: 'A page of units.',
    params: { level: 'Administrative level', kind: 'Kind of unit', parent: 'Parent unit id', limit: limit(PAGE_SIZES.units) },
  },

  getUnit: { summary: 'One organisation unit', response: 'The unit.' },
  reportMeasurement: {
    summary: 'Record a figure (a reporter for the unit, or the coordinating department)',
    response: 'Recorded (or, for a repeated Idempotency-Key, the earlier record; header Idempotent-Replayed: true).',
    params: {
      'Idempotency-Key':
        'Makes retries safe: the same key with the same body is recorded once and answered the same way; with another body it is refused (409).',
    },
    errors: { 403: 'The token may not report for this unit.', 409: keyReused },
  },
  getSession: {
    summary: 'Who the token speaks for: its role, its holder’s name and the units it acts for (none for the coordinating department, which acts for all)',
    response: 'The token’s role, name and unit ids; never the token or its digest.',
  },
  issueToken: {
    summary: 'Issue a reporting token (the coordinating department, or the server’s local admin key); the token is shown once, only its digest is stored',
    response: 'The token and its id (the id revokes it).',
    errors: { 403: 'Only the coordinating department may issue tokens.' },
  },
  revokeToken: {
    summary: 'Revoke a token: refused from the next request on',
    response: 'Revoked.',
    params: { tokenId: 'The token’s id (not the token itself)' },
    errors: { 403: 'Only the coordinating department may revoke tokens.', 404: 'No active token has this id.' },
  },
  importUnits: {
    summary: 'Add or update organisation units (all of them, or none when any row is invalid)',
    response: 'How many units were read and how many added or changed.',
    errors: { 403: 'Only the coordinating department may import units.' },
  },
  loadCatalog: {
    summary: 'Load a catalog (the server’s default when none is sent); loading the same one again changes nothing',
    response: 'Rows inserted or changed per table.',
    errors: { 403: 'Only the coordinating department may load a catalog.' },
  },
  listProposals: {
    summary: 'The proposals of the token’s units, newest first, each with what a list shows',
    description: `Each item: reference, status, round and award (with their titles), proposing unit, counts of nominations (individuals, collectives) and files, when it was created, last changed and submitted. No contact, nominee or file name: a list carries no personal data. Only the token’s units are listed; another unit’s proposals never appear. ${paged}`,
    response: 'A page of proposal summaries.',
    params: {
      campaign: 'Only this campaign’s proposals.',
      round: 'Only proposals for this award round.',
      status: 'Only proposals in this status (`draft`, `submitted`, `withdrawn`, …).',
      unit: 'Only this unit’s proposals; it must be one of the token’s units (403 otherwise). All of them when omitted.',
      limit: limit(PAGE_SIZES.proposals),
    },
    errors: { 403: 'The token’s role is not proposer, or `unit` is not one of its units.' },
  },
  listNominations: {
    summary: 'The nominations of the token’s units across their proposals, each with what a list shows',
    description: `Ordered by proposal (newest first), then as in the proposal. Each item: its reference and own status, its proposal’s id, reference and status, round and award (with titles), the nominee’s type, group and name (a collective’s full name, or a person’s family, middle and given names joined), counts of categories, achievements, attested criteria and files, and the last change. Never a date of birth, gender or file name. ${paged}`,
    response: 'A page of nomination summaries.',
    params: {
      campaign: 'Only nominations in this campaign’s proposals.',
      round: 'Only nominations for this award round.',
      status: 'Only nominations in this status (their own, which appraisal may set apart from the proposal’s).',
      unit: 'Only this unit’s nominations; it must be one of the token’s units (403 otherwise). All of them when omitted.',
      proposal: 'Only the nominations of this proposal (one of the token’s units’; an empty page otherwise).',
      limit: limit(PAGE_SIZES.nominations),
    },
    errors: { 403: 'The token’s role is not proposer, or `unit` is not one of its units.' },
  },
  createProposal: {
    summary: 'Start a draft proposal (hồ sơ đề nghị khen thưởng) of the token’s unit for a round and award type',
    description:
      'The unit must be one the token is scoped to and allowed to propose the award; the round must give the award and be open for dossiers (dates in the province’s time zone, the deadline day included). Answers with the proposal and its version as ETag. With an Idempotency-Key, a repeat of the request (the same body) answers the draft the first one made, as it is now (`Idempotent-Replayed: true`), even if the round has closed since: a retried create never makes a second draft.',
    response: 'The draft (or, for a repeated Idempotency-Key, the one made first; header Idempotent-Replayed: true), with header ETag and Location.',
    params: {
      'Idempotency-Key': 'A fresh random key per draft (1–200 printable characters), repeated unchanged when the request is retried; the same key with another body is refused (409).',
    },
    errors: { 403: 'The token may not propose for this unit.', 409: keyReused },
  },
  getProposal: {
    summary: 'One proposal of the token’s units, with its nominations (personal data: never cached)',
    response: 'The proposal; header ETag is its version.',
    params: { proposalId: 'The proposal' },
    errors: { 404: notTheUnitsProposal },
  },
  updateProposal: {
    summary: 'Change a draft’s own fields (the contact person)',
    response: 'The proposal as changed, with its new ETag.',
    params: { proposalId: 'The proposal', 'If-Match': proposalEtag },
    errors: { 404: notTheUnitsProposal, 409: notADraft },
  },
  addNomination: {
    summary: 'Add a nominee to a draft proposal',
    description:
      'The nominee group must be one the unit may propose for the award; categories and attested criteria must be the campaign’s. Criteria, achievements and files may still be missing in a draft. The same nominee may not be in the proposal twice, nor in another unit’s submitted proposal for the same round and award (409).',
    response: 'The proposal with the nomination added, with its new ETag.',
    params: { proposalId: 'The proposal', 'If-Match': proposalEtag },
    errors: { 404: notTheUnitsProposal, 409: 'Not a draft, or the nominee is already proposed for this round and award.' },
  },
  updateNomination: {
    summary: 'Replace one nomination of a draft proposal',
    response: 'The proposal with the nomination changed, with its new ETag.',
    params: { proposalId: 'The proposal', nominationId: 'The nomination', 'If-Match': proposalEtag },
    errors: { 404: 'No such proposal or nomination.', 409: 'Not a draft, or the nominee is already proposed for this round and award.' },
  },
  removeNomination: {
    summary: 'Remove one nomination from a draft proposal',
    response: 'The proposal without it, with its new ETag.',
    params: { proposalId: 'The proposal', nominationId: 'The nomination', 'If-Match': proposalEtag },
    errors: { 404: 'No such proposal or nomination.', 409: notADraft },
  },
  importNominations: {
    summary: 'Import nominees into a draft proposal from a filled-in template (.xlsx or .csv)',
    description: `A \`multipart/form-data\` body with the field \`file\`: the template of \`GET /v1/nominations/import-template\`, filled in — an Excel workbook (its first sheet) or CSV in UTF-8 (a byte order mark allowed; comma or semicolon), told apart by the bytes, never the name (a legacy .xls, a CSV in another encoding or anything else is a 415). One row per nominee, headers in Vietnamese or English in any order. All or nothing: when any row is wrong nothing is added and the 400 lists every problem, each with \`row\` (the header being 1), \`column\` (its letter), \`header\` and \`path\` (\`body.file.<row>.<field>\`), worded in the request’s language — a value that cannot be read, a nominee the unit may not propose, an unknown unit, the same nominee twice in the file, or one already in this proposal or in another unit’s submitted proposal for the round and award. At most ${MAX_IMPORT_ROWS} rows; a file above ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MiB, or an XLSX claiming more than ${IMPORT_LIMITS.unpackedBytes / 1024 / 1024} MiB unpacked, gets 413. Achievements, criteria and files are added per nominee afterwards.`,
    response: 'The proposal with the nominees added after those it had, in the file’s order, with its new ETag.',
    params: { proposalId: 'The proposal', 'If-Match': proposalEtag },
    errors: {
      404: notTheUnitsProposal,
      409: notADraft,
      413: 'The file is too large, or an XLSX claims too much unpacked (`error.issues` names `body.file`).',
      415: 'Not a `multipart/form-data` body, or the file is neither an XLSX nor a UTF-8 CSV (`body.file`).',
    },
  },
  getImportTemplate: {
    summary: 'The template for importing nominees (.xlsx or .csv), headers in Vietnamese or English',
    description:
      'The .xlsx has the header row (frozen) on its first sheet and, on a second one, each column with what to write, whether it is required and for whom; the .csv is the header row, UTF-8 with a byte order mark so Excel reads the Vietnamese letters. No data: the same file for everyone, cached.',
    response: 'The template, as an attachment.',
    params: { locale: '`vi` (default) or `en`: the language of the headers and instructions (the import reads either).' },
  },
  submitProposal: {
    summary: 'Submit a draft proposal',
    description:
      'Checks everything a submission needs (the round open for dossiers today, the contact, the files the award requires, each nomination complete, no nominee already proposed for the round and award) and answers 400 listing every problem with its field path. Then freezes the proposal (status `submitted`; later writes get 409) and gives it a reference (`BN2026-BK-0042`, numbered per reference prefix and award without gaps) and each nomination its own (`BN2026-BK-0042-01`). A request repeated with the same Idempotency-Key answers the same proposal (`Idempotent-Replayed: true`), even when the If-Match it repeats is now stale; the key used for another request gets 409.',
    response: 'The submitted proposal with its references, with its new ETag.',
    params: {
      proposalId: 'The proposal',
      'If-Match': proposalEtag,
      'Idempotency-Key': 'A fresh random key per submission (1–200 printable characters), repeated unchanged when the request is retried.',
    },
    errors: { 404: notTheUnitsProposal, 409: 'Not a draft, or the Idempotency-Key was used for another request.' },
  },
  resubmitProposal: {
    summary: 'Resubmit a proposal returned for completion',
    description:
      'While `returned`, the proposing unit corrects what was returned — the nominations the return named (their `reason`), or the contact and shared files too when the whole dossier was returned (`returnReason`) — through the usual routes, then resubmits: the returned nominations and the proposal become `resubmitted`, the reasons are answered (the history keeps them), and the appraisal time starts again from today. The body may be left out, or carry a `note` (at most 2,000 characters) saying what was corrected: the history row of the resubmission keeps it, and the appraisers read it in the appraisal’s history as the unit does in its own. Checks that the dossier is still complete (400 listing every problem with its path; the round’s dossier window is not checked again). A request repeated with the same Idempotency-Key answers the same proposal (`Idempotent-Replayed: true`); the key used for another request gets 409.',
    response: 'The resubmitted proposal, with its new ETag.',
    params: {
      proposalId: 'The proposal',
      'If-Match': proposalEtag,
      'Idempotency-Key': 'A fresh random key per resubmission (1–200 printable characters), repeated unchanged when the request is retried.',
    },
    errors: { 404: notTheUnitsProposal, 409: 'The proposal is not returned, or the Idempotency-Key was used for another request.' },
  },
  withdrawProposal: {
    summary: 'Withdraw a proposal before appraisal',
    description:
      'A draft or a submitted proposal becomes `withdrawn`, with its nominations; a submitted one keeps its references, and its nominees may be proposed again. Once appraisal has begun, 409. A withdrawn proposal cannot be changed or submitted.',
    response: 'The withdrawn proposal, with its new ETag.',
    params: { proposalId: 'The proposal', 'If-Match': proposalEtag },
    errors: { 404: notTheUnitsProposal, 409: 'Already withdrawn, or appraisal has begun.' },
  },
  uploadEvidence: {
    summary: 'Upload one evidence file to a draft proposal or one of its nominations',
    description:
      'A `multipart/form-data` body with the fields `file`, `kind` (`submissionLetter`, `councilMinutes` or `other` for the proposal; `achievementReport` or `other` with `nominationId`) and `nominationId`. The type is recognised from the bytes — PDF, DOCX (a ZIP whose central directory lists `[Content_Types].xml` and `word/` parts), JPEG, PNG — never from the name or the declared type (415 otherwise). An empty file is refused (400); a file above 10 MiB (`EVIDENCE_LIMITS.fileBytes`) or one that would take the dossier’s files above 100 MiB (`EVIDENCE_LIMITS.dossierBytes`) gets 413. Kept in the database with its SHA-256. No If-Match: uploads may run in parallel.',
    response: 'The proposal with the file listed (name, type, size, SHA-256), with its new ETag.',
    params: { proposalId: 'The proposal' },
    errors: { 404: 'No such proposal or nomination among the token’s units.', 409: notADraft },
  },
  downloadEvidence: {
    summary: 'Download one evidence file (the proposing unit; once submitted, the appraisers of its award and the coordinator)',
    description:
      'Served as an attachment with the type recognised at upload, `X-Content-Type-Options: nosniff` and `Cache-Control: no-store`. An appraiser reads the files of submitted proposals of the award types its unit appraises; a draft’s files only its proposing unit.',
    response: 'The file’s bytes.',
    params: { proposalId: 'The proposal', fileId: 'The file' },
    errors: { 404: 'No such proposal or file the token may read.' },
  },
  removeEvidence: {
    summary: 'Remove one evidence file from a draft proposal',
    response: 'The proposal without it, with its new ETag.',
    params: { proposalId: 'The proposal', fileId: 'The file', 'If-Match': proposalEtag },
    errors: { 404: 'No such proposal or file.', 409: notADraft },
  },
  listAppraisals: {
    summary: 'The appraisers’ queue: submitted proposals of the award types the token’s unit appraises (all of them for the coordinator)',
    description: `Each item: reference, status, round and award, proposing unit (id and name), number of nominations, when the dossier was last made complete (its latest submit or resubmit), the deadline while the appraisal clock runs (\`dueOn\`, \`workingDaysLeft\`, \`status\`: \`onTime\`, \`dueSoon\` within 5 working days, \`overdue\`; null while returned, appraised or withdrawn) and the version. No contact, nominee or file: a list carries no personal data. Drafts never appear. ${paged}`,
    response: 'A page of the queue.',
    params: {
      campaignId: 'Only this campaign’s proposals.',
      roundId: 'Only proposals for this award round.',
      awardTypeId: 'Only proposals for this award.',
      proposingUnitId: 'Only this proposing unit’s proposals.',
      status: 'Only proposals in this status (any but `draft`).',
      deadline: 'Only proposals whose running deadline is `onTime`, `dueSoon` or `overdue`.',
      sort: '`dueOn` (default), `submittedOn` (the latest submit or resubmit) or `reference`. Proposals without a running deadline come last when sorting by due date.',
      order: '`asc` (default) or `desc`.',
      limit: limit(PAGE_SIZES.appraisals),
    },
  },
  getAppraisal: {
    summary: 'One proposal as the appraisers read it: everything submitted, checklists, comments, history, the actions open, the deadline',
    description:
      'The whole proposal — contact, nominees with their personal data, files with their `href` — plus, for each nomination, the checklist of the campaign’s criteria that apply to its nominee group (`met` true, false or null, and a note); every comment (`internal` and to the proposer), each with its author’s role and unit; the full history (actions, from and to status, actor as role and unit, reasons and notes); `availableActions` for the caller; the deadline (null while the clock does not run). ETag: the version. A draft, or a proposal of an award the token’s unit does not appraise, is 404.',
    response: 'The appraisal, with the proposal’s ETag.',
    params: { proposalId: 'The proposal' },
    errors: { 404: notAppraisedByUnit },
  },
  actOnAppraisal: {
    summary: 'Take an appraisal step: start, return for completion, mark a nomination eligible, reject one, complete',
    description:
      'The body is one of `startAppraisal`, `return` (a `reason` for the whole dossier and/or `nominations` each with its own), `markEligible` (`nominationId`), `reject` (`nominationId` and a required `reason`) or `completeAppraisal` (every nomination decided). The workflow’s rules (`applyAction`) decide: a role or unit that may not act is 403, a step the proposal’s state does not allow is 409 (also a nomination in the wrong state, or completing with one undecided: each named by its path), a missing reason 400. The state and a history entry are written in one transaction. Reasons are shown to the proposing unit; notes only to the appraisers.',
    response: 'The appraisal after the step, with its new ETag.',
    params: { proposalId: 'The proposal', 'If-Match': proposalEtag },
    errors: {
      403: 'The token’s role takes no appraisal step, or its unit does not appraise this award.',
      404: notAppraisedByUnit,
      409: 'The step is not open in the proposal’s state, a nomination is not in a state it applies to, or a nomination is undecided.',
    },
  },
  updateChecklist: {
    summary: 'Fill in one nomination’s criteria checklist while the proposal is under appraisal',
    description:
      'Each criterion given is set (`met`: true, false, or null for not yet judged; an optional note); the others keep what they had. A criterion the campaign does not list, or one that does not apply to the nominee’s group, is 400 with its path (`body.criteria.<i>.criterionId`). Only while `underAppraisal` (409 otherwise). Changes the version; recorded in the history (criterion ids, never the notes).',
    response: 'The appraisal with the checklist, with its new ETag.',
    params: { proposalId: 'The proposal', nominationId: 'The nomination', 'If-Match': proposalEtag },
    errors: {
      404: notAppraisedNomination,
      409: 'The proposal is not under appraisal.',
    },
  },
  addAppraisalComment: {
    summary: 'Comment on a proposal: internally among the appraisers, or to the proposing unit',
    description:
      'A text of at most 2,000 characters, its `audience` (`internal` or `proposer`) and, optionally, the nomination it is about. A comment to the proposer appears in the proposal’s `messages`; an internal one never leaves the appraisers. Appended, never edited: no If-Match, and the version does not change. With an Idempotency-Key a retried comment is written once (the key reused for another comment: 409).',
    response: 'The appraisal with the comment, with its ETag.',
    params: {
      proposalId: 'The proposal',
      'Idempotency-Key': 'Optional: a fresh random key per comment, repeated unchanged when the request is retried.',
    },
    errors: {
      404: notAppraisedNomination,
      409: 'The Idempotency-Key was used for another request.',
    },
  },
  getProposedList: {
    summary: 'The list proposed to the Chairman (danh sách đề nghị) for a round: eligible nominations of appraised proposals, in the law’s order',
    description:
      'Only proposals whose appraisal is completed (`appraised`); their eligible nominations, and those already awarded from them (with their decision). Ordered by award type (catalog order), then collectives before individuals, then — every entry being of equal standing — women and collectives with at least 70 % women first (`womenPriority`, Law on Emulation and Commendation 2022, art. 5), then by name in Vietnamese order. Each item: proposing unit, the nominee’s public fields (for a collective its headcount and women, which the order reads), the achievement summary and categories, the references. No date of birth. An appraiser sees the award types its units appraise; the coordinator every one.',
    response: 'The list with its counts.',
    params: { roundId: 'The award round', awardTypeId: 'Only this award type (every one the caller may see when omitted).' },
    errors: { 403: 'Not an appraiser or the coordinator, or an appraiser asking for an award type its units do not appraise.', 404: noRoundOrAwardType },
  },
  exportProposedList: {
    summary: 'The proposed list as a spreadsheet (.xlsx or .csv)',
    description:
      'The same rows as `getProposedList`, in its order, one per nomination: number, reference, award, name, position or kind, workplace, proposing unit, women first (why), categories, summary, status, decision. The headers are in the request’s language (Accept-Language). The .csv is UTF-8 with a byte order mark and CRLF line ends, so Excel reads the Vietnamese letters; a cell a spreadsheet would run as a formula is prefixed with an apostrophe. Served as an attachment, never cached.',
    response: spreadsheet,
    params: { roundId: 'The award round', awardTypeId: 'Only this award type.' },
    errors: { 403: awardTypeNotAppraised, 404: noRoundOrAwardType },
  },
  printProposedList: {
    summary: 'The proposed list as a printable summary (an HTML page for A4)',
    description:
      'An HTML document served inline (`text/html; charset=utf-8`) under a strict Content-Security-Policy: no script, no external resource, its one style sheet allowed by hash. Every value is escaped as text. A4 portrait, the table header repeated on each page, a page break before each award type, the counts on top. Print it from the browser (or save it as PDF there): no PDF library is involved.',
    response: 'The HTML document.',
    params: { roundId: 'The award round', awardTypeId: 'Only this award type.' },
    errors: { 403: awardTypeNotAppraised, 404: noRoundOrAwardType },
  },
  recordDecision: {
    summary: 'Record the Chairman’s (or another authority’s) decision: the nominations it names become awards, all of them or none',
    description:
      'The body names the decision (number, date signed — not in the future —, signer’s name and title), the award type and the eligible nominations it awards, each of an appraised proposal of this round for that award. In one transaction each proposal concerned takes the workflow’s `recordDecision` action (`applyAction`): its nominations become `awarded`, its version moves on and its history records it; an award row is made for each, with what it publishes (the awardee’s name, position, workplace, proposing unit) copied at that moment. One nomination refused refuses all (400 for a nomination not of this round and award, 409 for one not eligible, each with its path `body.nominationIds.<i>`). A decision number is recorded once per campaign (409 otherwise). The Idempotency-Key makes a retry safe: repeated with the same body it answers the decision recorded first (`Idempotent-Replayed: true`); with another body, 409.',
    response: 'The decision with its awards, in the proposed list’s order; header Location.',
    params: {
      roundId: 'The award round',
      'Idempotency-Key': 'A fresh random key per decision (1–200 printable characters), repeated unchanged when the request is retried.',
    },
    errors: {
      400: 'Invalid input, with each field’s path: the decision’s number, date (not in the future) or signer missing, no nominations, an award type the round does not give (`body.awardTypeId`), a nomination unknown or not of this round and award (`body.nominationIds.<i>`).',
      403: 'Only the coordinating department records decisions.',
      404: 'No such round.',
      409: 'The decision number is already recorded in this campaign, a nomination is not eligible (already awarded, say), or the Idempotency-Key was used for another request.',
    },
  },
  getDecision: {
    summary: 'One recorded decision with its awards',
    response: 'The decision.',
    params: { decisionId: 'The decision' },
    errors: { 404: noDecision },
  },
  printCertificates: {
    summary: 'Certificates of a decision’s awardees, to print on the pre-printed Bằng khen / Giấy khen paper',
    description:
      'An HTML document, one sheet per awardee, landscape (`@page` A4 or A3 as the award type’s `certificateLayout` says; the catalog places each line — awardee, unit, citation, decision number and date — in millimetres, a default A4 layout otherwise). Served inline under the same strict Content-Security-Policy as the other printouts; every value escaped as text. Print at 100 % scale with no margins.',
    response: 'The HTML document.',
    params: {
      decisionId: 'The decision',
      offsetX: 'Millimetres to shift every line to the right (negative: left), −30 to 30, to match a printer’s feed.',
      offsetY: 'Millimetres to shift every line down (negative: up), −30 to 30.',
    },
    errors: { 404: noDecision },
  },
  getRoundSummary: {
    summary: 'A round’s counts by proposing unit and award type: proposed, returned, rejected, eligible, awarded, and women’s share of individuals awarded',
    description:
      '`proposed` counts nominations submitted and not withdrawn; `returned` those returned for completion at least once; `rejected`, `eligible` (awaiting the decision) and `awarded` where they stand now. `womenShare` is the percentage of women among the individuals awarded (null when none was). An appraiser sees the award types its units appraise.',
    response: 'The summary: rows, per award type, totals.',
    params: { roundId: 'The award round' },
    errors: { 404: 'No such round.' },
  },
  exportRoundSummary: {
    summary: 'A round’s summary as a spreadsheet (.xlsx or .csv)',
    description: 'The rows of `getRoundSummary`, then a total per award type and the grand total; headers in the request’s language; the .csv in UTF-8 with a byte order mark. An attachment, never cached.',
    response: spreadsheet,
    params: { roundId: 'The award round' },
    errors: { 404: 'No such round.' },
  },
  getCampaignSummary: {
    summary: 'A campaign’s commendation counts over all its rounds, by proposing unit and award type (for the final-review report)',
    description: 'As `getRoundSummary`, over every round of the campaign.',
    response: 'The summary: rows, per award type, totals.',
    errors: { 404: 'No such campaign.' },
  },
  exportCampaignSummary: {
    summary: 'A campaign’s commendation summary as a spreadsheet (.xlsx or .csv)',
    description: 'As `exportRoundSummary`, over every round of the campaign.',
    response: spreadsheet,
        errors: { 404: 'No such campaign.' },
  },
  listAwards: {
    summary: 'A campaign’s awardees, public: who was awarded what, by which decision',
    description: `Each item: the awardee — a collective’s name and kind, or a person’s name, position and workplace —, the award type, the decision’s number and date, the proposing unit and the round, and the featured model made of it if any. Never a date of birth, gender, contact, file, comment or achievement report. Newest decision first, each decision’s awards in the order of the list proposed for it. \`q\` matches words of the name, position, workplace or proposing unit with or without diacritics. Cached; a recorded decision shows at once. ${paged}`,
    response: 'A page of awards.',
    params: {
      roundId: 'Only this round’s awards.',
      awardTypeId: 'Only this award type.',
      unitKind: 'Only awards proposed by units of this kind (`department`, `commune`, `ward`, …).',
      q: 'Words to find (up to 100 characters), diacritics optional: `nguyen thi ha` finds “Nguyễn Thị Hà”.',
      limit: limit(PAGE_SIZES.awards),
    },
    errors: { 404: 'No such campaign.' },
  },
  listFeaturedModels: {
    summary: 'A campaign’s featured models (điển hình tiên tiến), public',
    description:
      'Awards the coordinating department chose to make known, each with its achievement category, the narrative (plain text, paragraphs separated by blank lines), a link to the full story (https) and the photo with its text alternative, width and height. Most recently featured first. No personal data beyond what `listAwards` shows. Cached.',
    response: 'The featured models.',
    params: { roundId: 'Only this round’s.', categoryId: 'Only this achievement category’s.' },
    errors: { 404: 'No such campaign.' },
  },
  getFeaturedModelPhoto: {
    summary: 'A featured model’s photo',
    description:
      'The image as uploaded (JPEG, PNG or WebP, recognised by its bytes), with `X-Content-Type-Options: nosniff`. Its address names its content (`v`, from `photo.url` in the list), so it is cached for a year; a new photo gets a new address.',
    response: 'The image.',
    params: { featuredModelId: 'The featured model', v: 'The photo’s content hash, as `photo.url` gives it (16 hexadecimal digits).' },
    errors: { 404: 'No such featured model, it has no photo, or `v` is not its photo’s hash.' },
  },
  featureAward: {
    summary: 'Feature an award as a model (điển hình tiên tiến), or change its narrative',
    description:
      'The category must be one of the campaign’s achievement categories; the narrative is plain text up to 4,000 characters; `storyUrl` only https. `photoAlt` changes the text alternative of the photo already uploaded (a 409 when there is none: a photo is uploaded with its own). If-Match: `*` to feature an award not yet featured or to overwrite, else the ETag of the featured model as last read.',
    response: 'The featured model as published, with its ETag.',
    params: { awardId: 'The award', 'If-Match': featuredEtag },
    errors: { 403: coordinatorFeatures, 404: 'No such award.', 409: '`photoAlt` given with no photo.' },
  },
  uploadFeaturePhoto: {
    summary: 'Upload (or replace) a featured model’s photo, with its required text alternative',
    description: `A \`multipart/form-data\` body with \`file\` (JPEG, PNG or WebP, recognised by its bytes, at most ${PHOTO_LIMITS.fileBytes / 1024 / 1024} MiB and ${PHOTO_LIMITS.maxSide} pixels a side) and \`alt\` (the text alternative, required, up to ${PHOTO_LIMITS.altLength} characters). The award must be featured first (409 otherwise).`,
    response: 'The featured model with its photo.',
    params: { awardId: 'The award' },
    errors: {
      403: coordinatorFeatures,
      404: 'No such award.',
      409: 'The award is not featured.',
      413: 'The file is too large (`body.file`).',
      415: 'Not a form, or the file is not a JPEG, PNG or WebP image (`body.file`).',
    },
  },
  unfeatureAward: {
    summary: 'Stop featuring an award (its photo is deleted with it)',
    response: 'The award is no longer featured.',
    params: { awardId: 'The award', 'If-Match': featuredEtag },
    errors: { 403: coordinatorFeatures, 404: 'No such award, or it is not featured.' },
  },
};

const errorText: Record<ErrorStatus, string> = {
  400: 'Invalid input; `error.issues` names each field (path) and what is wrong with it.',
  401: 'No valid bearer token.',
  403: 'The token’s role or units do not allow this.',
  404: 'No such resource.',
  409: 'Conflicts with what is stored.',
  412: 'The resource changed since the version named in If-Match; nothing was written. Read it again and reapply the change.',
  413: 'Body too large.',
  415: 'Body is not of the type the operation takes (JSON, or `multipart/form-data` for an upload), or the uploaded file is not of a type it accepts.',
};

const langParam = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description: 'vi (default) or en: the language of error messages.',
  schema: { type: 'string' },
};

type JsonSchema = Record<string, unknown>;

/**
 * Rules checked by a refinement (so that a failure reads in the client's
 * language) which JSON Schema can still state as a pattern: the pattern is
 * the one the refinement tests.
 */
const patterns = new Map<unknown, RegExp>([
  [Period, PERIOD_PATTERN],
  [IndicatorBatchQuery.shape.ids, ID_LIST_PATTERN],
  [IdempotencyKey, IDEMPOTENCY_KEY_PATTERN],
  [IfMatchHeaders.shape['If-Match'], IF_MATCH_PATTERN],
]);
const override = (ctx: { zodSchema: unknown; jsonSchema: JsonSchema }) => {
  const pattern = patterns.get(ctx.zodSchema);
  if (pattern) ctx.jsonSchema.pattern = pattern.source;
};

export function buildOpenApiDocument(options: { serverUrl?: string } = {}) {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, override }) as { schemas: Record<string, JsonSchema> };
  const schemas: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    // OpenAPI names components by their key; a JSON Schema $id inside would re-base every $ref.
    const { $id: _id, $schema: _schema, ...rest } = schema;
    schemas[id] = rest;
  }
  const names = new Map<unknown, string>(Object.entries(components).map(([name, schema]) => [schema, name]));
  const schemaOf = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
    const name = names.get(schema);
    if (name) return { $ref: `#/components/schemas/${name}` };
    const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', override }) as JsonSchema;
    return rest;
  };
  const json = (schema: z.ZodMiniType, description: string) => ({
    description,
    content: { 'application/json': { schema: schemaOf(schema, 'output') } },
  });

  /** One OpenAPI parameter per key of a params/query/headers schema, typed from the schema itself. */
  const parametersOf = (schema: ParamsSchema | undefined, where: 'path' | 'query' | 'header', described: Record<string, string>) => {
    if (!schema) return [];
    const object = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override }) as { properties?: Record<string, JsonSchema>; required?: string[] };
    return Object.entries(object.properties ?? {}).map(([name, property]) => ({
      name,
      in: where,
      required: where === 'path' || (object.required ?? []).includes(name),
      description: described[name] ?? '',
      schema: property,
    }));
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const [id, op] of Object.entries(operations) as [OperationId, Operation][]) {
    const text = docs[id] as OperationDocs<unknown> & { params?: Record<string, string> };
    const described: Record<string, string> = { ...sharedParams, ...text.params };
    const success = op.download
      ? { description: text.response, content: Object.fromEntries((op.mediaTypes ?? []).map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) }
      : op.html
        ? { description: text.response, content: { 'text/html': { schema: { type: 'string' } } } }
        : json(op.response, text.response);
    const responses: Record<string, unknown> = { [String(op.status ?? 200)]: success };
    for (const status of errorStatuses(op)) responses[String(status)] = json(ApiErrorBody, text.errors?.[status] ?? errorText[status]);
    responses['500'] = json(ApiErrorBody, 'Server fault; nothing was changed.');
    const pathParams = parametersOf(op.params, 'path', described);
    // The path names its parameters; the schema must type each of them.
    for (const name of pathParamNames(op)) {
      if (!pathParams.some((p) => p.name === name)) throw new Error(`${id}: path parameter {${name}} has no schema`);
    }
    paths[op.path] ??= {};
    paths[op.path]![op.method.toLowerCase()] = {
      operationId: id,
      summary: text.summary,
      ...(text.description ? { description: text.description } : {}),
      ...(op.auth === 'public' ? {} : { security: [{ bearer: [] }], 'x-roles': [...op.auth.bearer] }),
      parameters: [
        ...pathParams,
        ...parametersOf(op.query, 'query', described),
        ...parametersOf(op.headers, 'header', described),
        langParam,
      ],
      ...(op.body ? { requestBody: { required: !op.bodyOptional, content: { 'application/json': { schema: schemaOf(op.body, 'input') } } } } : {}),
      ...(op.form ? { requestBody: { required: true, content: { 'multipart/form-data': { schema: schemaOf(op.form, 'input') } } } } : {}),
      responses,
      'x-cache': op.cache,
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'thidua API',
      version: '1',
      description:
        'Campaigns, indicators and measurements of a digital-transformation emulation movement, and the nomination dossiers of its commendation (a proposing unit’s token only; never cached). Errors are JSON with a code, a message and field paths.',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'A token issued with `thidua-server token create`; only its SHA-256 digest is stored. `x-roles` on an operation names the roles it admits.',
        },
      },
    },
  };
}
