import type { IndicatorProgress, Outcome, ProgressStatus } from '@thidua/schemas';

/** The colour and icon of an ended campaign's result: met as achieved, not met as off track. */
export const outcomeTone: Record<Outcome, ProgressStatus> = { met: 'achieved', notMet: 'offTrack', noData: 'noData' };

/**
 * Where an indicator of an API answer stands for its unit: the server's
 * assessment, or "no data" when the unit has not reported. Undefined when
 * the indicator has no target at the unit's level (nothing to judge against).
 */
export function statusOf(indicator: Pick<IndicatorProgress, 'latestMeasurement' | 'assessment'>): ProgressStatus | undefined {
  return indicator.latestMeasurement ? indicator.assessment?.status : 'noData';
}
