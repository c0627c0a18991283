import * as z from 'zod/mini';
import { Id, Locale } from './common.js';
import { Campaign, SourceDocument } from './campaign.js';
import { Indicator } from './indicator.js';
import { Measurement } from './measurement.js';
import { OrganisationUnit } from './organisation-unit.js';

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

export const IndicatorList = z.object({
  campaign: Campaign,
  unit: OrganisationUnit,
  items: z.array(IndicatorWithLatest),
  sourceDocuments: z.array(SourceDocument),
});
export type IndicatorList = z.infer<typeof IndicatorList>;

export const IndicatorDetail = z.object({
  indicator: IndicatorWithLatest,
  unit: OrganisationUnit,
  sourceDocuments: z.array(SourceDocument),
});
export type IndicatorDetail = z.infer<typeof IndicatorDetail>;

/** `?unit=` selects whose measurements a response carries; the campaign's owner by default. */
export const UnitQuery = z.object({
  unit: z.optional(Id),
});
export type UnitQuery = z.infer<typeof UnitQuery>;

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
