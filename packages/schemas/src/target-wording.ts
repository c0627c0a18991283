import type { Comparator, MeasurementUnit, Target } from './indicator.js';

/**
 * How a target reads in words, independent of the language: the relation and
 * the number to put in the sentence. The strings themselves live in the
 * components' catalogue; which relation applies is domain knowledge.
 *
 * On most measures bigger is better and the comparator reads as it is: at
 * least, above, at most, below, exactly. A rank runs the other way — a lower
 * number is a better place — so "rank < 10" is not "below 10th" (which sounds
 * like worse than 10th) but better than 10th: in the top 9.
 */
export type TargetRelation =
  | 'atLeast'
  | 'above'
  | 'atMost'
  | 'below'
  | 'exactly'
  /** A rank of `value` or better: "top 10". */
  | 'top'
  /** A rank of `value` or worse (seldom a goal, but a comparator allows it): "10th or lower". */
  | 'rankOrLower'
  /** Exactly this place. */
  | 'rank';

export interface TargetWording {
  relation: TargetRelation;
  /** The number the words name: the place for ranks ("top 9" for "< 10"), else the target's value. */
  value: number;
}

const plain: Record<Comparator, TargetRelation> = { gte: 'atLeast', gt: 'above', lte: 'atMost', lt: 'below', eq: 'exactly' };

/**
 * The words for a target on a measure. Ranks are whole places, so a strict
 * comparator names the next place: "< 10" is the top 9, "> 10" is 11th or
 * lower. A strict rank target no place can meet ("< 1") keeps the plain
 * comparator rather than claim a "top 0".
 */
export function targetWording(target: Pick<Target, 'value' | 'comparator'>, unit: MeasurementUnit | string | undefined): TargetWording {
  const { value, comparator } = target;
  if (unit !== 'rank') return { relation: plain[comparator], value };
  switch (comparator) {
    case 'lte':
      return Math.floor(value) >= 1 ? { relation: 'top', value: Math.floor(value) } : { relation: 'atMost', value };
    case 'lt':
      return Math.ceil(value) - 1 >= 1 ? { relation: 'top', value: Math.ceil(value) - 1 } : { relation: 'below', value };
    case 'gte':
      return { relation: 'rankOrLower', value: Math.ceil(value) };
    case 'gt':
      return { relation: 'rankOrLower', value: Math.floor(value) + 1 };
    case 'eq':
      return { relation: 'rank', value };
  }
}
