/*
 * Ranking without zod: competition ranks, bands, groups and the previous
 * period's ranks. The server, the story fixture and `<ranking-table>` (for
 * data given as a property) all rank with these functions, so a table ranked
 * in the browser agrees with one ranked by the API. Showing a ranking —
 * sorting, top places, changes — is in ranking-sort.ts. Both compare scores
 * and names with score.ts; neither imports the other's functions.
 */
import type { LocalizedText } from './text.js';
import type { OrganisationUnitKind } from './organisation-unit.js';
import { inGroup, groupOfKind } from './groups.js';
import { scoreKey, sortByVietnamese } from './score.js';

/** Which units a ranking compares: provincial departments, communes and wards, or both. */
export type RankingGroup = 'all' | 'departments' | 'communes';
export const RANKING_GROUPS: readonly RankingGroup[] = ['all', 'departments', 'communes'];

/**
 * Whether a larger value ranks higher (DTI, shares), a smaller one (a
 * rank, a processing time), or the one closest to the target (an "exactly
 * N" indicator).
 */
export type RankDirection = 'higher' | 'lower' | 'closest';

/** A performance band (Xuất sắc, Tốt, …): reached from `min` upward. */
export interface Band {
  id: string;
  label: LocalizedText;
  /** The lowest value in the band, inclusive. */
  min: number;
}

/** A component of a composite index (a DTI sub-index) and its weight in points. */
export interface SubIndex {
  id: string;
  title: LocalizedText;
  /** Points of the total it carries (DTI 2022: 100, 150 or 200 of 1,000). */
  maxPoints: number;
}

/** The unit as a ranking row shows it. */
export interface RankedUnit {
  id: string;
  name: LocalizedText;
  kind: OrganisationUnitKind;
}

/** One unit's value for one period, before ranking. */
export interface UnitScore {
  unit: RankedUnit;
  value: number;
  /** Sub-index scores by sub-index id (composite indices only). */
  subScores?: Record<string, number> | undefined;
  /** Invented figures seeded for demonstration. */
  demo?: boolean | undefined;
}

export interface RankingEntry {
  /** Standard competition rank: ties share it and the next is skipped (1, 2, 2, 4). */
  rank: number;
  /** True when another unit shares this rank. */
  tied: boolean;
  unit: RankedUnit;
  value: number;
  subScores: Record<string, number>;
  /** The id of the band the value falls in; null when the metric has no bands. */
  band: string | null;
  /** Rank and value in the previous period, among the same group; null for a unit not ranked then. */
  previous: { rank: number; value: number } | null;
  demo: boolean;
}

export interface RankOptions {
  direction: RankDirection;
  /** The target value, for `closest`. */
  target?: number | undefined;
  bands?: readonly Band[] | undefined;
}

/**
 * Whether a unit of `kind` is ranked in `group` of a province's campaign, as
 * the API ranks: the province itself is never ranked against its own units,
 * not even in `all`. Data given directly is filtered with `inGroup`.
 */
export function inRankingGroup(kind: OrganisationUnitKind, group: RankingGroup): boolean {
  return group === 'all' ? kind !== 'province' : inGroup(kind, group);
}

/** The group a unit belongs to, for a filter that offers the groups; undefined for units only "all" covers. */
export function rankingGroupOf(kind: OrganisationUnitKind): Exclude<RankingGroup, 'all'> | undefined {
  return groupOfKind(kind) as Exclude<RankingGroup, 'all'> | undefined;
}

/** The period before a yearly one: "2025" → "2024". */
export function previousPeriod(period: string): string {
  return String(Number(period) - 1).padStart(4, '0');
}


/** The sort key of a value: smaller is better. */
function badness(value: number, options: Pick<RankOptions, 'direction' | 'target'>): number {
  const v = scoreKey(value);
  if (options.direction === 'higher') return -v;
  if (options.direction === 'lower') return v;
  return scoreKey(Math.abs(v - (options.target ?? 0)));
}


/**
 * Standard competition ranks of `values` ("1224"): a value ties with an equal
 * one, and the rank after a tie skips as many places as units tied.
 */
export function competitionRanks(values: readonly number[], options: Pick<RankOptions, 'direction' | 'target'>): number[] {
  return rankOrder(values, options).ranks;
}

/**
 * Indices best first, and each index's competition rank. The keys are sorted
 * as a Float64Array (a native numeric sort), then each index is placed after
 * the units that rank above it: no comparator runs 130,000 times for 10,000
 * units. A key's rank comes from a Map of the distinct keys to their first
 * position, one entry per distinct score (10,000 units in Node 20: 0.7 ms,
 * against 1.0–1.3 ms searching the sorted keys and 2.4 ms with two Maps of
 * every unit).
 */
function rankOrder(values: readonly number[], options: Pick<RankOptions, 'direction' | 'target'>) {
  const n = values.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = badness(values[i]!, options);
  const sorted = keys.slice().sort();
  // A Map's keys are equal by SameValueZero, as ranks tie: -0 with 0, NaN (sorted last) with NaN.
  const firsts = new Map<number, number>();
  for (let p = 0; p < n; p++) {
    const key = sorted[p]!;
    const before = sorted[p - 1];
    if (p === 0 || !(key === before || (Number.isNaN(key) && Number.isNaN(before)))) firsts.set(key, p);
  }
  // How many units of each rank are placed so far, by rank minus one.
  const placed = new Int32Array(n);
  const ranks = new Array<number>(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const first = firsts.get(keys[i]!)!;
    ranks[i] = first + 1;
    order[first + placed[first]!++] = i;
  }
  return { order, ranks };
}

/** The band a value falls in: the one with the highest `min` the value reaches. */
export function bandOf<B extends Band>(value: number, bands: readonly B[]): B | undefined {
  let best: B | undefined;
  for (const band of bands) if (value >= band.min && (!best || band.min > best.min)) best = band;
  return best;
}


/**
 * Ranks units by their value in a period, with their rank and value in the
 * previous one. The previous rank is the unit's rank among the same units'
 * previous scores, so a unit's arrow compares like with like. Tied units are
 * listed by name in Vietnamese order.
 */
export function rankScores(current: readonly UnitScore[], previous: readonly UnitScore[], options: RankOptions): RankingEntry[] {
  const { order, ranks } = rankOrder(current.map((s) => s.value), options);
  const previousRanks = competitionRanks(previous.map((s) => s.value), options);
  // Both periods usually list the same units in the same order (the API's
  // scores, a table's rows): then unit i's previous score is previous[i], and
  // no Map of 10,000 ids is built.
  const aligned = previous.length === current.length && current.every((s, i) => s.unit.id === previous[i]!.unit.id);
  const before = aligned ? undefined : new Map(previous.map((s, i) => [s.unit.id, i]));
  const previousOf = (i: number): RankingEntry['previous'] => {
    const p = aligned ? i : before!.get(current[i]!.unit.id);
    return p === undefined ? null : { rank: previousRanks[p]!, value: previous[p]!.value };
  };
  const bands = options.bands ?? [];
  const entries: RankingEntry[] = [];
  // Already in rank order: only each group of tied units is sorted, by name,
  // which on 10,000 units costs a fraction of sorting them all by name.
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && ranks[order[end]!] === ranks[order[start]!]) end++;
    const group = end - start > 1 ? order.slice(start, end) : [order[start]!];
    if (group.length > 1) sortByVietnamese(group, (i) => current[i]!.unit.name.vi);
    for (const i of group) {
      const s = current[i]!;
      entries.push({
        rank: ranks[i]!,
        tied: group.length > 1,
        unit: s.unit,
        value: s.value,
        subScores: s.subScores ?? {},
        band: bandOf(s.value, bands)?.id ?? null,
        previous: previousOf(i),
        demo: s.demo ?? false,
      });
    }
    start = end;
  }
  return entries;
}

/**
 * Ranks one group: both periods' scores are narrowed to the group first, so
 * ranks and previous ranks are places within the group.
 */
export function rankGroup(
  current: readonly UnitScore[],
  previous: readonly UnitScore[],
  group: RankingGroup,
  options: RankOptions,
): RankingEntry[] {
  const pick = (list: readonly UnitScore[]) => list.filter((s) => inRankingGroup(s.unit.kind, group));
  return rankScores(pick(current), pick(previous), options);
}


/** A composite score from its sub-scores (each 0–1) weighted by their points. */
export function weightedTotal(subScores: Record<string, number>, subIndices: readonly SubIndex[]): number {
  const points = subIndices.reduce((sum, s) => sum + s.maxPoints, 0);
  if (points === 0) return 0;
  return scoreKey(subIndices.reduce((sum, s) => sum + (subScores[s.id] ?? 0) * s.maxPoints, 0) / points);
}
