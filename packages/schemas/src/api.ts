import * as z from 'zod/mini';
import { Id, IsoDate, Locale, PlainText } from './common.js';
import { Campaign, SourceDocument } from './campaign.js';
import { Indicator } from './indicator.js';
import { Measurement } from './measurement.js';
import { AdministrativeLevel, OrganisationUnit, OrganisationUnitKind } from './organisation-unit.js';
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
export type IndicatorWithLatest = z.infer<typeof IndicatorWithLatest>;

/** The judgement of a unit's progress toward the target that applies to it (see `assessProgress`). */
export const ProgressAssessment = z.object({
  targetId: Id,
  status: z.enum(['achieved', 'onTrack', 'atRisk', 'offTrack', 'noData']),
  progress: z.nullable(z.number()),
  expected: z.nullable(z.number()),
  daysLeft: z.int(),
});
export type ProgressAssessment = z.infer<typeof ProgressAssessment>;

/**
 * An indicator as a progress card needs it: targets, the unit's latest
 * measurement, its recent history (oldest first, for a trend line) and the
 * assessment of the applicable target on the response's `asOf` date.
 */
export const IndicatorProgress = z.extend(IndicatorWithLatest, {
  history: z.array(Measurement),
  /** Null when the indicator has no target for the unit's level. */
  assessment: z.nullable(ProgressAssessment),
});
export type IndicatorProgress = z.infer<typeof IndicatorProgress>;

export const IndicatorList = z.object({
  campaign: Campaign,
  unit: OrganisationUnit,
  /** The date the assessments are for (the server's today). */
  asOf: IsoDate,
  items: z.array(IndicatorProgress),
  sourceDocuments: z.array(SourceDocument),
});
export type IndicatorList = z.infer<typeof IndicatorList>;

export const IndicatorDetail = z.object({
  indicator: IndicatorProgress,
  unit: OrganisationUnit,
  asOf: IsoDate,
  sourceDocuments: z.array(SourceDocument),
});
export type IndicatorDetail = z.infer<typeof IndicatorDetail>;

/** Several indicators at once (`GET /v1/indicators?ids=a,b`): how the SDK batches a page of cards. */
export const IndicatorBatch = z.object({
  unit: OrganisationUnit,
  asOf: IsoDate,
  items: z.array(IndicatorProgress),
  /** Requested ids that do not exist. */
  missing: z.array(z.string()),
  sourceDocuments: z.array(SourceDocument),
});
export type IndicatorBatch = z.infer<typeof IndicatorBatch>;

/**
 * `?unit=` selects whose measurements a response carries (the campaign's
 * owner by default); `?asOf=` the date progress is judged on (today in the
 * server's time zone by default).
 */
export const UnitQuery = z.object({
  unit: z.optional(Id),
  asOf: z.optional(IsoDate),
});
export type UnitQuery = z.infer<typeof UnitQuery>;

/** Most ids one batch may name: a page of cards, not a bulk export. */
export const MAX_BATCH_IDS = 100;

/** Up to 100 ids separated by commas. */
export const ID_LIST_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}(,[a-z0-9][a-z0-9-]{0,79}){0,99}$/;

export const IndicatorBatchQuery = z.extend(UnitQuery, {
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

export const MeasurementHistory = z.object({
  indicatorId: Id,
  unit: OrganisationUnit,
  /** One point per date, oldest first; a later correction replaces its date's figure. */
  items: z.array(Measurement),
});
export type MeasurementHistory = z.infer<typeof MeasurementHistory>;

export const UnitListQuery = z.object({
  level: z.optional(AdministrativeLevel),
  kind: z.optional(OrganisationUnitKind),
  parent: z.optional(Id),
  ...pageQuery(PAGE_SIZES.units),
});

/** A page of units in Vietnamese name order; `next` is the cursor of the following page. */
export const UnitList = z.object({ items: z.array(OrganisationUnit), next: NextCursor });
export type UnitList = z.infer<typeof UnitList>;

export const UnitPathParams = z.object({ unitId: Id });

export const CampaignList = z.object({ items: z.array(Campaign) });
export type CampaignList = z.infer<typeof CampaignList>;

const StatusCounts = z.object({
  achieved: z.int(),
  onTrack: z.int(),
  atRisk: z.int(),
  offTrack: z.int(),
  noData: z.int(),
});

/** How one unit stands on every indicator of a campaign. */
export const CampaignProgress = z.object({
  campaign: Campaign,
  unit: OrganisationUnit,
  asOf: IsoDate,
  counts: StatusCounts,
  items: z.array(
    z.object({
      indicatorId: Id,
      latestMeasurement: z.nullable(Measurement),
      assessment: z.nullable(ProgressAssessment),
    }),
  ),
});
export type CampaignProgress = z.infer<typeof CampaignProgress>;

export const LevelQuery = z.object({
  level: z.optional(AdministrativeLevel),
  asOf: z.optional(IsoDate),
  ...pageQuery(PAGE_SIZES.unitsProgress),
});

/**
 * How every unit of a level stands on one indicator, a page of units at a
 * time in Vietnamese name order; `counts` are the whole level's.
 */
export const IndicatorUnitsProgress = z.object({
  indicator: Indicator,
  asOf: IsoDate,
  counts: StatusCounts,
  items: z.array(
    z.object({
      unit: OrganisationUnit,
      latestMeasurement: z.nullable(Measurement),
      assessment: z.nullable(ProgressAssessment),
    }),
  ),
  next: NextCursor,
});
export type IndicatorUnitsProgress = z.infer<typeof IndicatorUnitsProgress>;

/** What a reporter sends to record a figure. */
export const MeasurementInput = z.object({
  indicatorId: Id,
  unitId: Id,
  value: z.number().check(z.refine(Number.isFinite, { params: { messageKey: 'finite' } })),
  measuredOn: IsoDate,
  source: PlainText(500),
  reportedBy: z.optional(PlainText(200)),
});
export type MeasurementInput = z.infer<typeof MeasurementInput>;

export const MeasurementCreated = z.object({ measurement: Measurement });
export type MeasurementCreated = z.infer<typeof MeasurementCreated>;

export const CampaignPathParams = z.object({ campaignId: Id });
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
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string(),
});

/** Every error the API answers with, whatever the status. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    issues: z.array(FieldIssueSchema),
    requestId: z.optional(z.string()),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export const HealthStatus = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
});

export { Locale };
