import type { IsoDate } from './common.js';
import type { Comparator, Target } from './indicator.js';
import type { AdministrativeLevel } from './organisation-unit.js';

export type Direction = 'higher' | 'lower' | 'exact';

/** Whether a larger value is better: ≥ and > say yes; ≤ and < (ranks) say no. */
export function directionOf(comparator: Comparator): Direction {
  if (comparator === 'gte' || comparator === 'gt') return 'higher';
  if (comparator === 'lte' || comparator === 'lt') return 'lower';
  return 'exact';
}

/**
 * Whether a value meets a target. Comparators are exact on purpose: a plan
 * that says "trên 90%" is not met by 90%.
 */
export function meetsTarget(value: number, target: Pick<Target, 'value' | 'comparator'>): boolean {
  switch (target.comparator) {
    case 'gte':
      return value >= target.value;
    case 'gt':
      return value > target.value;
    case 'lte':
      return value <= target.value;
    case 'lt':
      return value < target.value;
    case 'eq':
      return value === target.value;
  }
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * Whether `value` is worse than `baseline` in the measure's direction: a
 * share that fell from 95 % to 85 %, a rank that slipped from 5th to 12th.
 * A unit in that state has lost ground it had already gained.
 */
export function isWorseThan(value: number, baseline: number, comparator: Comparator): boolean {
  const direction = directionOf(comparator);
  if (direction === 'higher') return value < baseline;
  if (direction === 'lower') return value > baseline;
  return false;
}

/**
 * How far a value has come toward a target, from 0 to 1; 1 only when the
 * target is met, so a bar is never full while the status says otherwise.
 *
 * With a baseline the distance is measured from it (a rank from 20 to 10 is
 * half-way at 15), and a value worse than the baseline has covered none of
 * it: a unit that stood at 95 % against a 90 % target and now reports 85 %
 * has lost the target, it is not 94 % of the way there. Without a baseline,
 * the distance counts from zero for "higher is better" and as target/value
 * for ranks, where zero is not a meaningful start.
 */
export function progressToward(
  value: number,
  target: Pick<Target, 'value' | 'comparator' | 'baseline'>,
): number {
  if (meetsTarget(value, target)) return 1;
  const direction = directionOf(target.comparator);
  const start = target.baseline?.value;
  if (start !== undefined && isWorseThan(value, start, target.comparator)) return 0;
  let ratio: number;
  if (direction === 'higher') {
    // A baseline at or past the target leaves no distance to share out: an unmet value there has covered none of it.
    ratio = start === undefined ? value / target.value : start < target.value ? (value - start) / (target.value - start) : 0;
  } else if (direction === 'lower') {
    ratio = start === undefined ? (value > 0 ? target.value / value : 0) : start > target.value ? (start - value) / (start - target.value) : 0;
  } else {
    ratio = target.value === 0 ? 0 : 1 - Math.abs(value - target.value) / Math.abs(target.value);
  }
  // Not met, so not full, however close: 89.99 of "> 90" stays below 100%.
  return Math.min(clamp01(ratio), 0.999);
}

/** The period a campaign runs: the targets it sets fall due within it. */
export interface CampaignPeriod {
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/**
 * The targets of one campaign among an indicator's targets: those falling due
 * within its period. An indicator carries targets of several programmes (a
 * 2023 plan, the 2026 movement, a 2030 scheme); a board about one of them
 * judges against its own targets, so a movement that has ended keeps its
 * final target instead of moving on to a later programme's.
 */
export function targetsOfCampaign<T extends Pick<Target, 'deadline'>>(targets: readonly T[], campaign: CampaignPeriod): T[] {
  return targets.filter((t) => t.deadline >= campaign.startsOn && t.deadline <= campaign.endsOn);
}

/**
 * The target that applies at `date` to a unit at `level`: among the targets
 * set for that level and the province-wide ones (a level's own target wins
 * over the province's for the same deadline), the earliest deadline not yet
 * passed, or the latest one once all have passed.
 *
 * With `campaign`, only that campaign's targets count (see
 * `targetsOfCampaign`); undefined when it sets none for the indicator.
 */
export function selectTarget<T extends Pick<Target, 'deadline' | 'level'>>(
  targets: readonly T[],
  options: { date: IsoDate; level?: AdministrativeLevel; campaign?: CampaignPeriod | undefined },
): T | undefined {
  const level = options.level ?? 'province';
  const scoped = options.campaign ? targetsOfCampaign(targets, options.campaign) : targets;
  const byDeadline = new Map<string, T>();
  for (const t of scoped) {
    if (t.level !== level && t.level !== 'province') continue;
    const held = byDeadline.get(t.deadline);
    if (!held || (held.level === 'province' && t.level === level)) byDeadline.set(t.deadline, t);
  }
  // A level with no target of its own nor a province-wide one still gets the nearest of the others.
  const pool = byDeadline.size > 0 ? [...byDeadline.values()] : [...scoped];
  const sorted = pool.sort((a, b) => a.deadline.localeCompare(b.deadline));
  return sorted.find((t) => t.deadline >= options.date) ?? sorted.at(-1);
}
