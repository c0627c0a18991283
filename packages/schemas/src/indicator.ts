import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, PlainText } from './common.js';
import { AdministrativeLevel, OrganisationUnitKind } from './organisation-unit.js';

/**
 * How a measured value is compared with a target. Plans say "trên 90%"
 * (strictly greater: `gt`), "tối thiểu/đạt 90%" (`gte`), "top 10" on a rank
 * (`lte`).
 */
export const Comparator = z.enum(['gte', 'gt', 'lte', 'lt', 'eq']);
export type Comparator = z.infer<typeof Comparator>;

/**
 * What an indicator's numbers mean: a percentage (0–100), a 0–1 index, a
 * rank (lower is better), a share of GRDP in percent, a yearly growth rate in
 * percent, or a plain count.
 */
export const MeasurementUnit = z.enum(['percent', 'index', 'rank', 'grdpShare', 'growthRate', 'count']);
export type MeasurementUnit = z.infer<typeof MeasurementUnit>;

/** Where a measurement stood before the campaign; progress is counted from here. */
export const Baseline = z.object({
  /** The figure at the start. */
  value: z.number(),
  /** The day that figure was measured. */
  date: IsoDate,
});
export interface Baseline extends z.infer<typeof Baseline> {}

/** One goal of an indicator: a value to reach, compared how, by when, at which level, says which document. */
export const Target = z.object({
  id: Id,
  /** The figure to reach, in the indicator's `unit`. */
  value: z.number(),
  /** How a measured value is compared with `value` (`gte`: at least; `gt`: more than; `lte`: at most, as for a rank). */
  comparator: Comparator,
  /** The day by which it must be met. */
  deadline: IsoDate,
  /** The administrative level of the units it applies to (see `selectTarget`). */
  level: AdministrativeLevel,
  /** The document that sets it (a `SourceDocument` id). */
  sourceDocumentId: Id,
  /** The section of the source that sets it, e.g. "III.9". */
  sourceSection: z.optional(PlainText(200)),
  /** Where the figure stood before the campaign; progress is counted from it. */
  baseline: z.optional(Baseline),
});
export interface Target extends z.infer<typeof Target> {}

/** What is measured (chỉ tiêu): a figure each unit reports, with the targets the plan sets for it. */
export const Indicator = z
  .object({
    id: Id,
    /** The campaign (phong trào thi đua) whose plan defines it. */
    campaignId: Id,
    /** The number the source document gives it ("9"), shown next to the title. */
    code: PlainText(16),
    /** Its position among the campaign's indicators. */
    order: z.int().check(z.gte(0)),
    /** The group it is shown in (an `IndicatorDomain` id of its campaign). */
    domainId: Id,
    /** What is measured, e.g. "Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính, dịch vụ công" (online payment in procedures and public services). */
    title: LocalizedText,
    /** What its numbers mean: a percentage, a 0–1 index, a rank… */
    unit: MeasurementUnit,
    /**
     * The administrative levels whose units report this indicator ("cán bộ,
     * công chức cấp tỉnh" is the province's alone). Every level when absent.
     * The campaign's owner reports every indicator: its figures are the totals.
     */
    appliesTo: z.optional(z.array(AdministrativeLevel).check(z.minLength(1))),
    /**
     * The kinds of unit that report it, where the level is not enough: a
     * department shares the province's level but not its territory, economy or
     * DTI. Every kind when absent.
     */
    appliesToKinds: z.optional(z.array(OrganisationUnitKind).check(z.minLength(1))),
    /** Its goals: one per level and deadline (a plan may set 2026 and 2030 targets). */
    targets: z.array(Target).check(z.minLength(1)),
  })
  .check(
    z.refine((indicator) => indicator.unit !== 'index' || indicator.targets.every((t) => t.value >= 0 && t.value <= 1), {
      path: ['targets'],
      params: { messageKey: 'indexRange' },
    }),
  );
export interface Indicator extends z.infer<typeof Indicator> {}

