import type { IsoDate } from './common.js';
import type { Target } from './indicator.js';
import { isWorseThan, meetsTarget, progressToward } from './progress.js';

/**
 * Where an indicator stands: the target is met; it is on the straight path
 * from its baseline to the deadline; a little behind that path; well behind
 * it (or past the deadline unmet); or nobody has reported a figure.
 */
export type ProgressStatus = 'achieved' | 'onTrack' | 'atRisk' | 'offTrack' | 'noData';

export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['achieved', 'onTrack', 'atRisk', 'offTrack', 'noData'];

export interface AssessOptions {
  /** When the movement started: the path starts here when the target has no baseline date. */
  startDate: IsoDate;
  /**
   * How far behind the expected share of the way a unit may be and still be
   * "at risk" rather than "off track"; 0.1 = ten points of the distance.
   */
  atRiskMargin?: number;
  /** The earliest measurement, used as the baseline when the target has none. */
  firstMeasurement?: { value: number; measuredOn: IsoDate } | null | undefined;
}

export interface Assessment {
  status: ProgressStatus;
  /** Share of the way from baseline to target covered, 0–1; null without data. */
  progress: number | null;
  /** Share of the way the straight path expects by the measurement date, 0–1. */
  expected: number | null;
  /** Whole days from `asOf` to the deadline; negative once it has passed. */
  daysLeft: number;
  /**
   * The latest figure is worse than the baseline: the unit has lost ground it
   * had (a share down from 95 % to 85 %, a rank down from 5th to 12th).
   */
  belowBaseline: boolean;
}

const DAY = 86_400_000;
const days = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/**
 * Judges a unit's latest measurement against a target on `asOf`.
 *
 * The baseline is the target's own, else the unit's first measurement (so a
 * rank or a share that did not start at zero is judged fairly), else zero at
 * the start of the movement. The expected share at the measurement's date is
 * the fraction of the baseline→deadline period elapsed by then.
 *
 * A unit whose figure is worse than its baseline has fallen below a level it
 * had reached, which is never "on track": it has covered none of the way
 * (`progress` 0), so it is off track once the path expects more than the
 * at-risk margin, and at risk before that, while a dip at the very start may
 * still be noise in reporting.
 */
export function assessProgress(
  target: Pick<Target, 'value' | 'comparator' | 'deadline' | 'baseline'>,
  latest: { value: number; measuredOn: IsoDate } | null | undefined,
  asOf: IsoDate,
  options: AssessOptions,
): Assessment {
  const daysLeft = days(asOf, target.deadline);
  if (!latest) return { status: 'noData', progress: null, expected: null, daysLeft, belowBaseline: false };

  const first = options.firstMeasurement;
  const baseline =
    target.baseline ??
    (first && first.measuredOn < latest.measuredOn ? { value: first.value, date: first.measuredOn } : undefined);
  const progress = progressToward(latest.value, baseline ? { ...target, baseline } : target);
  const start = baseline?.date ?? options.startDate;
  const span = days(start, target.deadline);
  const expected = span <= 0 ? 1 : Math.min(1, Math.max(0, days(start, latest.measuredOn) / span));
  const met = meetsTarget(latest.value, target);
  const belowBaseline = !met && baseline !== undefined && isWorseThan(latest.value, baseline.value, target.comparator);

  if (met) return { status: 'achieved', progress: 1, expected, daysLeft, belowBaseline };
  if (daysLeft < 0 || latest.measuredOn > target.deadline) return { status: 'offTrack', progress, expected, daysLeft, belowBaseline };
  const margin = options.atRiskMargin ?? 0.1;
  let status: ProgressStatus = progress >= expected ? 'onTrack' : progress >= expected - margin ? 'atRisk' : 'offTrack';
  if (belowBaseline && status === 'onTrack') status = 'atRisk';
  return { status, progress, expected, daysLeft, belowBaseline };
}
