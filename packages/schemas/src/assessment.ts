import type { IsoDate } from './common.js';
import type { Target } from './indicator.js';
import type { AdministrativeLevel } from './organisation-unit.js';
import { selectTarget } from './progress.js';
import { PROGRESS_STATUSES, assessProgress, type AssessOptions, type Assessment, type ProgressStatus } from './status.js';

/** An assessment and the target it was made against. */
export type IndicatorAssessment = Assessment & { targetId: string };

/**
 * Where a unit stands on an indicator on `asOf`: the target that applies to
 * its level then (`selectTarget`), judged against its latest measurement
 * (`assessProgress`); null when the indicator has no target at all. The one
 * composition of the two that the server, the story fixture and anything
 * else showing progress use, so the rules live only in those two functions.
 */
export function assessIndicator(
  targets: readonly Pick<Target, 'id' | 'value' | 'comparator' | 'deadline' | 'level' | 'baseline'>[],
  latest: { value: number; measuredOn: IsoDate } | null | undefined,
  options: AssessOptions & { asOf: IsoDate; level: AdministrativeLevel },
): IndicatorAssessment | null {
  const { asOf, level, ...assess } = options;
  const target = selectTarget(targets, { date: asOf, level });
  return target ? { targetId: target.id, ...assessProgress(target, latest, asOf, assess) } : null;
}

/** How many of the assessments have each status; a missing one (no target) counts as no data. */
export function countStatuses(statuses: readonly (ProgressStatus | undefined)[]): Record<ProgressStatus, number> {
  const counts = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  for (const s of statuses) counts[s ?? 'noData']++;
  return counts;
}
