import type { IndicatorProgress, ProgressStatus } from '@thidua/schemas';

/**
 * Where an indicator of an API answer stands for its unit: the server's
 * assessment, or "no data" when the unit has not reported. Undefined when
 * the indicator has no target at the unit's level (nothing to judge against).
 */
export function statusOf(indicator: Pick<IndicatorProgress, 'latestMeasurement' | 'assessment'>): ProgressStatus | undefined {
  return indicator.latestMeasurement ? indicator.assessment?.status : 'noData';
}
