import type { IsoDate } from './common.js';
import type { Target } from './indicator.js';
import type { AdministrativeLevel } from './organisation-unit.js';
import { campaignPhase, finalResult, finalTarget } from './campaign-result.js';
import { selectTarget, type CampaignPeriod } from './progress.js';
import { PROGRESS_STATUSES, assessProgress, type Assessment, type ProgressStatus } from './status.js';
import type { FinalResult } from './api.js';

/** An assessment and the target it was made against. */
export type IndicatorAssessment = Assessment & { targetId: string };

export interface Judgement<T> {
  /** The target judged against; undefined when the campaign sets none for the indicator. */
  target: T | undefined;
  /** Progress toward it on `asOf`; null without a target. */
  assessment: IndicatorAssessment | null;
  /** Once the campaign has ended: met or not by its deadline. Null while it runs or without a target. */
  result: FinalResult | null;
}

/**
 * How an indicator stands for a unit within one campaign on `asOf` — the one
 * composition of `selectTarget`, `assessProgress` and `finalResult` that the
 * server, the story fixture and anything else showing progress use, so the
 * rules live only in those functions.
 *
 * While the campaign runs: its target that applies on that date, and
 * progress toward it. Once it has ended: its own final target (see `finalTarget`) and the
 * final result; the assessment then judges the same figure, so the two agree
 * (met is achieved, not met is off track).
 *
 * `figures` are the unit's, oldest first, none after `figuresDate(campaign,
 * asOf)`; `first` is its earliest figure when `figures` holds only the
 * recent ones.
 */
export function judgeIndicator<T extends Pick<Target, 'id' | 'value' | 'comparator' | 'deadline' | 'level' | 'baseline'>>(
  targets: readonly T[],
  figures: readonly { value: number; measuredOn: IsoDate }[],
  options: {
    asOf: IsoDate;
    level: AdministrativeLevel;
    campaign: CampaignPeriod;
    first?: { value: number; measuredOn: IsoDate } | null | undefined;
    atRiskMargin?: number;
  },
): Judgement<T> {
  const { asOf, level, campaign } = options;
  const ended = campaignPhase(campaign, asOf) === 'ended';
  const target = ended ? finalTarget(targets, campaign, level) : selectTarget(targets, { date: asOf, level, campaign });
  if (!target) return { target, assessment: null, result: null };
  const result = ended ? finalResult(target, figures) : null;
  const judged = ended
    ? result!.value === null
      ? null
      : { value: result!.value, measuredOn: result!.measuredOn! }
    : (figures.at(-1) ?? null);
  const assessment = {
    targetId: target.id,
    ...assessProgress(target, judged, asOf, {
      startDate: campaign.startsOn,
      firstMeasurement: options.first ?? figures[0],
      ...(options.atRiskMargin === undefined ? {} : { atRiskMargin: options.atRiskMargin }),
    }),
  };
  return { target, assessment, result };
}

/** How many of the assessments have each status; a missing one (no target) counts as no data. */
export function countStatuses(statuses: readonly (ProgressStatus | undefined)[]): Record<ProgressStatus, number> {
  const counts = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  for (const s of statuses) counts[s ?? 'noData']++;
  return counts;
}
