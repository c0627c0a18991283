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
 * How far a value has come toward a target, from 0 to 1; 1 only when the
 * target is met, so a bar is never full while the status says otherwise.
 *
 * With a baseline the distance is measured from it (a rank from 20 to 10 is
 * half-way at 15); without one, from zero for "higher is better" and as
 * target/value for ranks, where zero is not a meaningful start.
 */
export function progressToward(
  value: number,
  target: Pick<Target, 'value' | 'comparator' | 'baseline'>,
): number {
  if (meetsTarget(value, target)) return 1;
  const direction = directionOf(target.comparator);
  const start = target.baseline?.value;
  let ratio: number;
  if (direction === 'higher') {
    ratio = start !== undefined && start < target.value ? (value - start) / (target.value - start) : value / target.value;
  } else if (direction === 'lower') {
    ratio = start !== undefined && start > target.value ? (start - value) / (start - target.value) : value > 0 ? target.value / value : 0;
  } else {
    ratio = target.value === 0 ? 0 : 1 - Math.abs(value - target.value) / Math.abs(target.value);
  }
  // Not met, so not full, however close: 89.99 of "> 90" stays below 100%.
  return Math.min(clamp01(ratio), 0.999);
}

/**
 * The target that applies at `date` to a unit at `level`: among the targets
 * set for that level and the province-wide ones (a level's own target wins
 * over the province's for the same deadline), the earliest deadline not yet
 * passed, or the latest one once all have passed.
 */
export function selectTarget<T extends Pick<Target, 'deadline' | 'level'>>(
  targets: readonly T[],
  options: { date: IsoDate; level?: AdministrativeLevel },
): T | undefined {
  const level = options.level ?? 'province';
  const byDeadline = new Map<string, T>();
  for (const t of targets) {
    if (t.level !== level && t.level !== 'province') continue;
    const held = byDeadline.get(t.deadline);
    if (!held || (held.level === 'province' && t.level === level)) byDeadline.set(t.deadline, t);
  }
  // A level with no target of its own nor a province-wide one still gets the nearest of the others.
  const pool = byDeadline.size > 0 ? [...byDeadline.values()] : [...targets];
  const sorted = pool.sort((a, b) => a.deadline.localeCompare(b.deadline));
  return sorted.find((t) => t.deadline >= options.date) ?? sorted.at(-1);
}
