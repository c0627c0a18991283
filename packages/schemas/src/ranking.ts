import * as z from 'zod/mini';
import { Id, LocalizedText, PlainText } from './common.js';
import { MeasurementUnit } from './indicator.js';
import { OrganisationUnitKind } from './organisation-unit.js';
import { NextCursor, PAGE_SIZES, pageQuery } from './pagination.js';
import type { Band, RankingEntry, SubIndex } from './ranking-logic.js';

/**
 * Schemas of rankings: the scored indices a province publishes (the DTI of
 * its departments and communes), the scores, and the ranking the API
 * answers with. The ranking logic itself is in `ranking-logic.ts`, free of
 * zod for the components.
 */

/** A yearly period, `yyyy`: the DTI is assessed once a year. */
export const PERIOD_PATTERN = /^\d{4}$/;
export const Period = z.string().check(z.refine((s) => PERIOD_PATTERN.test(s), { params: { messageKey: 'period' } }));

export const RankingGroupSchema = z.enum(['all', 'departments', 'communes']);

/** A performance band and the lowest score in it. Thresholds are data, so a province sets its own. */
export const BandSchema = z.object({
  id: Id,
  label: LocalizedText,
  min: z.number().check(z.refine(Number.isFinite, { params: { messageKey: 'finite' } })),
});

export const SubIndexSchema = z.object({
  id: Id,
  title: LocalizedText,
  /** Points of the total it carries; the weights are the points' shares. */
  maxPoints: z.number().check(z.gt(0)),
});

/**
 * A composite index units are scored on, such as the DTI of a province's
 * departments and communes, with its sub-indices and bands. Its id names it
 * as a ranking metric (`?metric=dti`) within its campaign.
 */
export const ScoreIndex = z.object({
  id: Id,
  campaignId: Id,
  title: LocalizedText,
  /** Whether a higher score is better (the DTI) or a lower one. */
  direction: z.enum(['higher', 'lower']),
  subIndices: z.array(SubIndexSchema),
  bands: z.array(BandSchema),
  /** Decimals the scores are published with; 4 when omitted (see `figureDecimals`). */
  decimals: z.optional(z.int().check(z.gte(0), z.lte(10))),
});
export interface ScoreIndex extends z.infer<typeof ScoreIndex> {}

/** One unit's score on an index for one period, with its sub-index scores. */
export const Score = z.object({
  campaignId: Id,
  indexId: Id,
  unitId: Id,
  period: Period,
  value: z.number().check(z.refine(Number.isFinite, { params: { messageKey: 'finite' } })),
  /** Scores of the sub-indices by sub-index id, each on the index's scale. */
  subScores: z.optional(z.record(z.string(), z.number())),
  /** Where the figure comes from: an assessment decision, a report. */
  source: PlainText(500),
  /** Invented figures seeded for demonstration; never to be read as a real ranking. */
  demo: z.boolean(),
});
export interface Score extends z.infer<typeof Score> {}

/** `GET /v1/campaigns/{campaignId}/rankings?metric=&period=&group=` */
export const RankingQuery = z.object({
  /** A score index of the campaign (`dti`) or one of its indicators (`bn2026-09`). */
  metric: Id,
  /** The year; the latest with data when omitted. */
  period: z.optional(Period),
  /** `departments`, `communes` (communes and wards) or `all` (default). */
  group: z.optional(RankingGroupSchema),
  ...pageQuery(PAGE_SIZES.rankings),
});
export interface RankingQuery extends z.infer<typeof RankingQuery> {}

/** What is ranked: its name, unit, direction, and for a composite index its sub-indices and bands. */
export const RankingMetric = z.object({
  /** The index (`dti`) or indicator id. */
  id: Id,
  /** A composite score index (such as the DTI, the digital transformation index) or one indicator. */
  kind: z.enum(['index', 'indicator']),
  title: LocalizedText,
  /** What its values mean. */
  unit: MeasurementUnit,
  /** Which values rank first: `higher`, `lower` (a rank, a processing time) or `closest` to `target`. */
  direction: z.enum(['higher', 'lower', 'closest']),
  /** The target the values are compared with, for `closest`. */
  target: z.optional(z.number()),
  /** A composite index's components and their weights (none for an indicator). */
  subIndices: z.array(SubIndexSchema),
  /** Performance bands (Xuất sắc, Tốt, …: excellent, good, …) by lowest value; none when the metric has no bands. */
  bands: z.array(BandSchema),
  /** Decimals the values are published with, when the metric declares them (see `figureDecimals`). */
  decimals: z.optional(z.int().check(z.gte(0), z.lte(10))),
});
export interface RankingMetric extends z.infer<typeof RankingMetric> {}

export const RankingEntrySchema = z.object({
  /** Standard competition rank: ties share it and the next is skipped (1, 2, 2, 4). */
  rank: z.int().check(z.gte(1)),
  /** True when another unit shares this rank. */
  tied: z.boolean(),
  /** The unit ranked. */
  unit: z.object({ id: Id, name: LocalizedText, kind: OrganisationUnitKind }),
  /** Its score or figure for the period. */
  value: z.number(),
  /** Sub-index scores by sub-index id (composite indices only). */
  subScores: z.record(z.string(), z.number()),
  /** The id of the band the value falls in; null when the metric has no bands. */
  band: z.nullable(z.string()),
  /** Rank and value in the previous period, among the same group; null for a unit not ranked then. */
  previous: z.nullable(z.object({ rank: z.int().check(z.gte(1)), value: z.number() })),
  /** Invented figures seeded for demonstration; never to be read as real. */
  demo: z.boolean(),
});

export const Ranking = z.object({
  /** The campaign. */
  campaignId: Id,
  /** What is ranked. */
  metric: RankingMetric,
  /** Which units are ranked against each other. */
  group: RankingGroupSchema,
  /** The year ranked, `yyyy`. */
  period: Period,
  /** The period the change is measured against. */
  previousPeriod: Period,
  /** Every period with data for this metric, newest first. */
  periods: z.array(Period),
  /** A page of the group's entries in rank order (tied units by name); ranks are places in the whole group. */
  entries: z.array(RankingEntrySchema),
  /** The cursor of the next page; null on the last. */
  next: NextCursor,
});
export interface Ranking extends z.infer<typeof Ranking> {}

/** The cross-reference checks of a catalog's indices and scores; run by `Catalog`. */
export function checkScoreReferences(
  catalog: {
    campaigns: { id: string }[];
    units: { id: string }[];
    indicators: { id: string }[];
    scoreIndices?: ScoreIndex[] | undefined;
    scores?: Score[] | undefined;
  },
  issue: (path: (string | number)[], message: string, input: unknown) => void,
) {
  const campaigns = new Set(catalog.campaigns.map((c) => c.id));
  const units = new Set(catalog.units.map((u) => u.id));
  const indicators = new Set(catalog.indicators.map((i) => i.id));
  const indices = new Map<string, ScoreIndex>();
  (catalog.scoreIndices ?? []).forEach((index, i) => {
    const key = `${index.campaignId}/${index.id}`;
    if (!campaigns.has(index.campaignId))
      issue(['scoreIndices', i, 'campaignId'], `Phong trào "${index.campaignId}" không có trong danh mục (not in the catalog)`, index.campaignId);
    if (indices.has(key)) issue(['scoreIndices', i, 'id'], `Mã "${index.id}" bị trùng (duplicate id)`, index.id);
    // The id names the metric in `?metric=`, where indicator ids are also accepted.
    if (indicators.has(index.id))
      issue(['scoreIndices', i, 'id'], `Mã "${index.id}" trùng với mã một chỉ tiêu (same id as an indicator)`, index.id);
    indices.set(key, index);
  });
  const seen = new Set<string>();
  (catalog.scores ?? []).forEach((score, i) => {
    const index = indices.get(`${score.campaignId}/${score.indexId}`);
    if (!index) issue(['scores', i, 'indexId'], `Chỉ số "${score.indexId}" không có trong danh mục (not in the catalog)`, score.indexId);
    if (!units.has(score.unitId)) issue(['scores', i, 'unitId'], `Đơn vị "${score.unitId}" không có trong danh mục (not in the catalog)`, score.unitId);
    for (const id of Object.keys(score.subScores ?? {})) {
      if (index && !index.subIndices.some((s) => s.id === id))
        issue(['scores', i, 'subScores', id], `Chỉ số thành phần "${id}" không có trong chỉ số "${index.id}" (no such sub-index)`, id);
    }
    const key = `${score.campaignId}/${score.indexId}/${score.unitId}/${score.period}`;
    if (seen.has(key))
      issue(['scores', i], `Đơn vị "${score.unitId}" đã có điểm kỳ ${score.period} (duplicate score)`, score.unitId);
    seen.add(key);
  });
}

// The API's ranking rows and the zod-free types the elements rank with (ranking-logic.ts) must describe the same values: a drift fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type SchemasMatchRanking = [Holds<Same<z.infer<typeof RankingEntrySchema>, RankingEntry>>, Holds<Same<z.infer<typeof BandSchema>, Band>>, Holds<Same<z.infer<typeof SubIndexSchema>, SubIndex>>];

