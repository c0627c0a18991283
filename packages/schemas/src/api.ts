import * as z from 'zod/mini';
import { Id, IsoDate, Locale, LocalizedText, PlainText } from './common.js';
import { AchievementCategory, AwardRound, Campaign, SourceDocument } from './campaign.js';
import { AwardType, NominationCriterion, REFERENCE_PREFIX_PATTERN } from './award.js';
import { Indicator } from './indicator.js';
import { Measurement } from './measurement.js';
import { AdministrativeLevel, OrganisationUnit, OrganisationUnitKind } from './organisation-unit.js';
import { RecordId } from './nomination.js';
import type { DossierWindowState } from './nomination-rules.js';
import { NextCursor, PAGE_SIZES, pageQuery } from './pagination.js';

/**
 * Response and request shapes of the HTTP API. The server validates its
 * inputs with them, the SDK validates what it receives with them, and the
 * OpenAPI document is generated from them.
 */

export const IndicatorWithLatest = z.extend(Indicator, {
  /** The newest measurement of the unit the response is for, or null when it has reported none. */
  latestMeasurement: z.nullable(Measurement),
});
export interface IndicatorWithLatest extends z.infer<typeof IndicatorWithLatest> {}

/** The judgement of a unit's progress toward the target that applies to it (see `assessProgress`). */
export const ProgressAssessment = z.object({
  /** The target judged against: the one that applies to the unit's level on the date (see `selectTarget`). */
  targetId: Id,
  /** `achieved` (the target is met), `onTrack` (`progress` at least `expected`), `atRisk` (behind by less than the at-risk margin, 0.1), `offTrack` (further behind, or the deadline passed), or `noData` (no figure yet); see `assessProgress`. */
  status: z.enum(['achieved', 'onTrack', 'atRisk', 'offTrack', 'noData']),
  /** How far the latest figure has come from the baseline toward the target, 0–1 (1 only when the target is met); null without a figure. */
  progress: z.nullable(z.number()),
  /** The share of the baseline-to-deadline period elapsed at the figure's date, 0–1: where `progress` should be on a straight path; null without a figure. */
  expected: z.nullable(z.number()),
  /** Days until the target's deadline; negative once it has passed. */
  daysLeft: z.int(),
  /** The figure is worse than the baseline: the unit has lost ground it had, never "on track". */
  belowBaseline: z.boolean(),
});
export interface ProgressAssessment extends z.infer<typeof ProgressAssessment> {}

/** Met (Đạt), not met (Không đạt), or no figure by the deadline (see `finalResult`). */
export const Outcome = z.enum(['met', 'notMet', 'noData']);
export type Outcome = z.infer<typeof Outcome>;

/** An indicator's result once its campaign has ended: the last figure on or before the campaign's own target's deadline, met or not. */
export const FinalResult = z.object({
  /** The campaign's own target for the unit's level. */
  targetId: Id,
  /** Met (Đạt), not met (Không đạt), or no figure by the deadline. */
  outcome: Outcome,
  /** The last figure on or before the deadline; null when there was none. */
  value: z.nullable(z.number()),
  /** The date of that figure. */
  measuredOn: z.nullable(IsoDate),
});
export interface FinalResult extends z.infer<typeof FinalResult> {}

/** Where a campaign stands on the response's date (see `campaignPhase`): after its end its board is a final result. */
export const CampaignPhase = z.enum(['upcoming', 'running', 'ended']);
export type CampaignPhase = z.infer<typeof CampaignPhase>;

/** How many indicators (or units) were met (Đạt), not met (Không đạt), or had no figure by the deadline. */
export const OutcomeCounts = z.object({ met: z.int(), notMet: z.int(), noData: z.int() });
export interface OutcomeCounts extends z.infer<typeof OutcomeCounts> {}

/** The campaign's phase and, for the final result, its final review (tổng kết) round. */
const CampaignStanding = {
  /** Whether the campaign is yet to start, running or ended on `asOf`. */
  phase: CampaignPhase,
  /** The campaign's final award round, when the catalog names one (see `finalReview`). */
  finalReview: z.nullable(AwardRound),
};

/** Where a unit's figures stand against the indicator's target: as the campaign runs, and once it has ended. */
const Judgement = {
  /** Null when the indicator has no target for the unit's level. */
  assessment: z.nullable(ProgressAssessment),
  /** Once the campaign judged has ended: met or not by its deadline. Null while it runs. */
  result: z.nullable(FinalResult),
};

/**
 * An indicator as a progress card needs it: targets, the unit's latest
 * measurement, its recent history (oldest first, for a trend line) and the
 * assessment of the applicable target on the response's `asOf` date.
 */
export const IndicatorProgress = z.extend(IndicatorWithLatest, {
  /** The unit's recent figures, oldest first, for a trend line. */
  history: z.array(Measurement),
  ...Judgement,
});
export interface IndicatorProgress extends z.infer<typeof IndicatorProgress> {}

/** A campaign's indicators for one unit, each with its recent figures and where it stands (`indicators.list`). */
export const IndicatorList = z.object({
  /** The campaign (phong trào thi đua) the indicators belong to. */
  campaign: Campaign,
  /** The unit whose figures and assessments these are. */
  unit: OrganisationUnit,
  /** The date the assessments are for (the server's today). */
  asOf: IsoDate,
  ...CampaignStanding,
  /** The indicators the unit reports (see `appliesToUnit`); every one for the campaign's owner. */
  items: z.array(IndicatorProgress),
  /** The documents the targets cite (`Target.sourceDocumentId`). */
  sourceDocuments: z.array(SourceDocument),
});
export interface IndicatorList extends z.infer<typeof IndicatorList> {}

/** One indicator for one unit: its targets, recent figures and where it stands on `asOf` (`indicators.get`). */
export const IndicatorDetail = z.object({
  /** The indicator with the unit's figures and its assessment. */
  indicator: IndicatorProgress,
  /** The unit the figures are for (`?unit=`, the campaign's owner by default). */
  unit: OrganisationUnit,
  /** The date the assessment is for (`?asOf=`, the server's today by default). */
  asOf: IsoDate,
  /** The documents its targets cite. */
  sourceDocuments: z.array(SourceDocument),
});
export interface IndicatorDetail extends z.infer<typeof IndicatorDetail> {}

/** Several indicators at once (`GET /v1/indicators?ids=a,b`): how the SDK batches a page of cards. */
export const IndicatorBatch = z.object({
  /** The unit the figures are for. */
  unit: OrganisationUnit,
  /** The date the assessments are for. */
  asOf: IsoDate,
  /** The indicators found, in the order of `ids`. */
  items: z.array(IndicatorProgress),
  /** Requested ids that do not exist. */
  missing: z.array(z.string()),
  /** The documents their targets cite. */
  sourceDocuments: z.array(SourceDocument),
});
export interface IndicatorBatch extends z.infer<typeof IndicatorBatch> {}

/**
 * `?unit=` selects whose measurements a response carries (the campaign's
 * owner by default); `?asOf=` the date progress is judged on (today in the
 * server's time zone by default).
 */
export const UnitQuery = z.object({
  unit: z.optional(Id),
  asOf: z.optional(IsoDate),
});
export interface UnitQuery extends z.infer<typeof UnitQuery> {}

/**
 * For single indicators, also `?campaign=`: the programme whose targets to
 * judge by (an indicator of the 2026 plan also carries the 2030 scheme's
 * targets); the indicator's own campaign by default.
 */
export const IndicatorQuery = z.extend(UnitQuery, {
  campaign: z.optional(Id),
});
export interface IndicatorQuery extends z.infer<typeof IndicatorQuery> {}

/** Most ids one batch may name: a page of cards, not a bulk export. */
export const MAX_BATCH_IDS = 100;

/** Up to 100 ids separated by commas. */
export const ID_LIST_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}(,[a-z0-9][a-z0-9-]{0,79}){0,99}$/;

export const IndicatorBatchQuery = z.extend(IndicatorQuery, {
  /** Comma-separated indicator ids. */
  ids: z.string().check(
    z.refine((ids) => ID_LIST_PATTERN.test(ids), { params: { messageKey: 'ids' } }),
  ),
});

export const HistoryQuery = z.object({
  unit: z.optional(Id),
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
});

/** One unit's figures for an indicator over time (`indicators.history`). */
export const MeasurementHistory = z.object({
  /** The indicator measured. */
  indicatorId: Id,
  /** The unit whose figures these are. */
  unit: OrganisationUnit,
  /** One point per date, oldest first; a later correction replaces its date's figure. */
  items: z.array(Measurement),
});
export interface MeasurementHistory extends z.infer<typeof MeasurementHistory> {}

export const UnitListQuery = z.object({
  level: z.optional(AdministrativeLevel),
  kind: z.optional(OrganisationUnitKind),
  parent: z.optional(Id),
  ...pageQuery(PAGE_SIZES.units),
});

/** A page of units in Vietnamese name order; `next` is the cursor of the following page. */
export const UnitList = z.object({ items: z.array(OrganisationUnit), next: NextCursor });
export interface UnitList extends z.infer<typeof UnitList> {}

export const UnitPathParams = z.object({ unitId: Id });

/** Every campaign the server holds. */
export const CampaignList = z.object({ items: z.array(Campaign) });
export interface CampaignList extends z.infer<typeof CampaignList> {}

/** How many indicators (or units) are in each progress status. */
export const StatusCounts = z.object({
  achieved: z.int(),
  onTrack: z.int(),
  atRisk: z.int(),
  offTrack: z.int(),
  noData: z.int(),
});
export interface StatusCounts extends z.infer<typeof StatusCounts> {}

/** How a unit stands on an indicator (`IndicatorStanding`, `UnitStanding`). */
const Standing = {
  /** The unit's newest figure, or null when it has reported none. */
  latestMeasurement: z.nullable(Measurement),
  ...Judgement,
};

/** One indicator of `CampaignProgress`: the unit's latest figure and how it stands against the target. */
export const IndicatorStanding = z.object({
  indicatorId: Id,
  ...Standing,
});
export interface IndicatorStanding extends z.infer<typeof IndicatorStanding> {}

/** How one unit stands on every indicator of a campaign. */
export const CampaignProgress = z.object({
  /** The campaign. */
  campaign: Campaign,
  /** The unit whose standing this is. */
  unit: OrganisationUnit,
  /** The date the assessments are for. */
  asOf: IsoDate,
  ...CampaignStanding,
  /** How many indicators are in each status (achieved, on track, at risk, off track, no data). */
  counts: StatusCounts,
  /** Once the campaign has ended: how many indicators were met, not met, or had no figure. Null while it runs. */
  outcomes: z.nullable(OutcomeCounts),
/** Each indicator the unit reports. */
  items: z.array(IndicatorStanding),
});
export interface CampaignProgress extends z.infer<typeof CampaignProgress> {}

export const LevelQuery = z.object({
  level: z.optional(AdministrativeLevel),
  asOf: z.optional(IsoDate),
  ...pageQuery(PAGE_SIZES.unitsProgress),
});

/** One unit of `IndicatorUnitsProgress`: its latest figure on the indicator and how it stands against its target. */
export const UnitStanding = z.object({
  unit: OrganisationUnit,
  ...Standing,
});
export interface UnitStanding extends z.infer<typeof UnitStanding> {}

/**
 * How every unit of a level stands on one indicator, a page of units at a
 * time in Vietnamese name order; `counts` are the whole level's.
 */
export const IndicatorUnitsProgress = z.object({
  /** The indicator. */
  indicator: Indicator,
  /** The date the assessments are for. */
  asOf: IsoDate,
  /** How many units of the whole level are in each status. */
  counts: StatusCounts,
  /** Once the indicator's campaign has ended: how many units met it, did not, or had no figure. Null while it runs. */
  outcomes: z.nullable(OutcomeCounts),
  /** The units of the level that report the indicator (see `appliesToUnit`). */
  items: z.array(UnitStanding),
  next: NextCursor,
});
export interface IndicatorUnitsProgress extends z.infer<typeof IndicatorUnitsProgress> {}

/**
 * What a reporter sends to record a figure: a `Measurement`'s own fields
 * (a percentage as 0–100), for a unit the reporter's token is scoped to, and
 * who reports it in at most 200 characters.
 */
export const MeasurementInput = z.extend(z.pick(Measurement, { indicatorId: true, unitId: true, value: true, measuredOn: true, source: true }), {
  /** Who reports it (an office or a role), as it should be shown. */
  reportedBy: z.optional(PlainText(200)),
});
export interface MeasurementInput extends z.infer<typeof MeasurementInput> {}

export const MeasurementCreated = z.object({
  /** The figure as recorded: the same one for every retry with the same Idempotency-Key. */
  measurement: Measurement,
});
export interface MeasurementCreated extends z.infer<typeof MeasurementCreated> {}

export const CampaignPathParams = z.object({ campaignId: Id });

/** Where a round stands for dossiers on a day: `DossierWindowState` of `dossierWindow` (a drift fails the type check below). */
const DossierWindow = z.enum(['open', 'notYetOpen', 'closed', 'noDossiers']);

/**
 * What a proposing unit needs to know to nominate in a campaign, in one
 * public read: the award types its rounds give (each with who may propose it
 * and the files it requires), the criteria to attest, the rounds with their
 * dossier windows as they stand on `asOf`, the achievement categories, and the
 * privacy notice shown before personal data is collected. The form reads it
 * before its first section; nothing in it is personal.
 */
export const Commendation = z.object({
  /** The campaign nominated in. */
  campaignId: Id,
  /** The server's today (yyyy-mm-dd, the province's calendar): the day `rounds[].dossierWindow` is judged on. */
  asOf: IsoDate,
  /** The first part of every reference given on submission, e.g. `BN2026`. */
  referencePrefix: z.string().check(z.regex(REFERENCE_PREFIX_PATTERN)),
  /** Shown before personal data is collected (Decree 13/2023/NĐ-CP). */
  privacyNotice: LocalizedText,
  /** The criteria (tiêu chuẩn) a nomination attests, each for the award types it applies to. */
  criteria: z.array(NominationCriterion),
  /** The fields of achievement a nomination may cite. */
  achievementCategories: z.array(AchievementCategory),
  /** The campaign's rounds in its order, each with whether it takes dossiers on `asOf`. */
  rounds: z.array(z.object({ round: AwardRound, dossierWindow: DossierWindow })),
  /** The award types the rounds give, in catalog order. */
  awardTypes: z.array(AwardType),
});
export interface Commendation extends z.infer<typeof Commendation> {}
type WindowsMatch = [z.infer<typeof DossierWindow>] extends [DossierWindowState] ? ([DossierWindowState] extends [z.infer<typeof DossierWindow>] ? true : false) : false;
const windowsMatch: WindowsMatch = true;
void windowsMatch;
export const IndicatorPathParams = z.object({ indicatorId: Id });

export const ErrorCode = z.enum([
  'validation_failed',
  'not_found',
  'unauthorized',
  'forbidden',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'method_not_allowed',
  'precondition_failed',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldIssueSchema = z.object({
  /** Where the problem is, e.g. `["nominations", 0, "nominee", "dateOfBirth"]`. */
  path: z.array(z.union([z.string(), z.number()])),
  /** What is wrong, in the request's language (Accept-Language: vi or en). */
  message: z.string(),
  /** A stable key of the problem (zod's issue code, or the rule's key such as `required`), for code that reacts to it. */
  code: z.string(),
  /** A problem in an imported spreadsheet: the row (the header being 1). */
  row: z.optional(z.int()),
  /** …its column letter (A, B, …) and the column's header as written in the file. */
  column: z.optional(z.string()),
  header: z.optional(z.string()),
});

/** Every error the API answers with, whatever the status. */
export const ApiErrorBody = z.object({
  /** The error: `code` for code, `message` for people, `issues` one per field at fault, `requestId` to quote to the operator. */
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    issues: z.array(FieldIssueSchema),
    requestId: z.optional(z.string()),
  }),
});
export interface ApiErrorBody extends z.infer<typeof ApiErrorBody> {}

export const ProposalPathParams = z.object({ proposalId: RecordId });
export const NominationPathParams = z.object({ proposalId: RecordId, nominationId: RecordId });
export const EvidencePathParams = z.object({ proposalId: RecordId, fileId: RecordId });

/** A strong entity tag as the API gives it (`"3"`, the dossier's version), or `*`. */
export const IF_MATCH_PATTERN = /^(\*|"\d{1,9}")$/;
/** The version a write is based on: a write to a dossier changed since is refused (412) and changes nothing. */
export const IfMatchHeaders = z.object({
  'If-Match': z.string().check(z.refine((v) => IF_MATCH_PATTERN.test(v), { params: { messageKey: 'ifMatch' } })),
});

/** The form that imports nominees from a filled-in template: the file, `.xlsx` or `.csv` (UTF-8), told apart by its bytes. */
export const NominationImportUpload = z.object({ file: z.file() });
export interface NominationImportUpload extends z.infer<typeof NominationImportUpload> {}

/** Which template to download: its format and the language of its headers and instructions. */
export const ImportTemplateQuery = z.object({
  format: z.optional(z.enum(['xlsx', 'csv'])),
  locale: z.optional(Locale),
});

/** The answer of `GET /v1/health`: the server is up and can read its database. */
export const HealthStatus = z.object({
  /** Always `ok` when the server answers at all. */
  status: z.literal('ok'),
  /** Which database the server runs on: an embedded PGlite directory or a PostgreSQL server (`DATABASE_URL`). */
  database: z.enum(['pglite', 'postgres']),
});
export interface HealthStatus extends z.infer<typeof HealthStatus> {}

export { Locale };
