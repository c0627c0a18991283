/*
 * Ranking logic without zod: competition ranks, bands, change against the
 * previous period, groups and sorting. Kept free of schema modules so that a
 * component importing it does not pull zod into its bundle; the server, the
 * SDK's story fixture and `<ranking-table>` all rank with these functions, so
 * a table ranked in the browser agrees with one ranked by the API.
 */
import type { LocalizedText } from './common.js';
import type { OrganisationUnitKind } from './organisation-unit.js';

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

const DEPARTMENT_KINDS: ReadonlySet<OrganisationUnitKind> = new Set(['department', 'agency']);
const COMMUNE_KINDS: ReadonlySet<OrganisationUnitKind> = new Set(['commune', 'ward']);

/** Whether a unit of `kind` is ranked in `group`. The province is never ranked against its own units. */
export function inRankingGroup(kind: OrganisationUnitKind, group: RankingGroup): boolean {
  if (group === 'departments') return DEPARTMENT_KINDS.has(kind);
  if (group === 'communes') return COMMUNE_KINDS.has(kind);
  return kind !== 'province';
}

/** The group a unit belongs to, for a filter that offers the groups; undefined for units only "all" covers. */
export function rankingGroupOf(kind: OrganisationUnitKind): Exclude<RankingGroup, 'all'> | undefined {
  return DEPARTMENT_KINDS.has(kind) ? 'departments' : COMMUNE_KINDS.has(kind) ? 'communes' : undefined;
}

/** The period before a yearly one: "2025" → "2024". */
export function previousPeriod(period: string): string {
  return String(Number(period) - 1).padStart(4, '0');
}

// Two scores are a tie when they agree to 12 significant digits: sums of
// sub-scores carry binary noise (0.1 + 0.2) that must not break a tie.
const tieKey = (x: number) => Number(x.toPrecision(12));

/** The sort key of a value: smaller is better. */
function badness(value: number, options: Pick<RankOptions, 'direction' | 'target'>): number {
  const v = tieKey(value);
  if (options.direction === 'higher') return -v;
  if (options.direction === 'lower') return v;
  return tieKey(Math.abs(v - (options.target ?? 0)));
}

let viCollator: Intl.Collator | undefined;
/** Vietnamese collation (a < ă < â, d < đ): plain `sort()` puts Đ after Z. */
export function vietnameseCollator(): Intl.Collator {
  return (viCollator ??= new Intl.Collator('vi'));
}

/**
 * Standard competition ranks of `values` ("1224"): a value ties with an equal
 * one, and the rank after a tie skips as many places as units tied.
 */
export function competitionRanks(values: readonly number[], options: Pick<RankOptions, 'direction' | 'target'>): number[] {
  const keys = values.map((v) => badness(v, options));
  const order = keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]!);
  const ranks = new Array<number>(values.length);
  order.forEach((index, position) => {
    const before = order[position - 1];
    ranks[index] = before !== undefined && keys[before] === keys[index] ? ranks[before]! : position + 1;
  });
  return ranks;
}

/** The band a value falls in: the one with the highest `min` the value reaches. */
export function bandOf<B extends Band>(value: number, bands: readonly B[]): B | undefined {
  let best: B | undefined;
  for (const band of bands) if (value >= band.min && (!best || band.min > best.min)) best = band;
  return best;
}

/** Bands best first, as a legend lists them. */
export function bandsBestFirst<B extends Band>(bands: readonly B[]): B[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/**
 * Ranks units by their value in a period, with their rank and value in the
 * previous one. The previous rank is the unit's rank among the same units'
 * previous scores, so a unit's arrow compares like with like. Tied units are
 * listed by name in Vietnamese order.
 */
export function rankScores(current: readonly UnitScore[], previous: readonly UnitScore[], options: RankOptions): RankingEntry[] {
  const ranks = competitionRanks(current.map((s) => s.value), options);
  const previousRanks = competitionRanks(previous.map((s) => s.value), options);
  const before = new Map(previous.map((s, i) => [s.unit.id, { rank: previousRanks[i]!, value: s.value }]));
  const count = new Map<number, number>();
  for (const r of ranks) count.set(r, (count.get(r) ?? 0) + 1);
  const bands = options.bands ?? [];
  const entries = current.map(
    (s, i): RankingEntry => ({
      rank: ranks[i]!,
      tied: count.get(ranks[i]!)! > 1,
      unit: s.unit,
      value: s.value,
      subScores: s.subScores ?? {},
      band: bandOf(s.value, bands)?.id ?? null,
      previous: before.get(s.unit.id) ?? null,
      demo: s.demo ?? false,
    }),
  );
  const collator = vietnameseCollator();
  return entries.sort((a, b) => a.rank - b.rank || collator.compare(a.unit.name.vi, b.unit.name.vi));
}

/**
 * How a unit moved since the previous period: `rank` is places gained
 * (positive = up), `value` the change in score. Null for a unit new to the
 * ranking.
 */
export function rankChange(entry: Pick<RankingEntry, 'rank' | 'value' | 'previous'>): { rank: number; value: number } | null {
  if (!entry.previous) return null;
  return { rank: entry.previous.rank - entry.rank, value: tieKey(entry.value - entry.previous.value) };
}

/** A composite score from its sub-scores (each 0–1) weighted by their points. */
export function weightedTotal(subScores: Record<string, number>, subIndices: readonly SubIndex[]): number {
  const points = subIndices.reduce((sum, s) => sum + s.maxPoints, 0);
  if (points === 0) return 0;
  return tieKey(subIndices.reduce((sum, s) => sum + (subScores[s.id] ?? 0) * s.maxPoints, 0) / points);
}

// ——— Sorting a ranking table by any column ———

/** A column to sort by: rank, name, value, change, band, or `sub:<id>` for a sub-score. */
export type RankingSortKey = 'rank' | 'name' | 'value' | 'change' | 'band' | `sub:${string}`;
export type SortOrder = 'ascending' | 'descending';
export interface RankingSort {
  key: RankingSortKey;
  order: SortOrder;
}

/**
 * The order a column sorts in on its first click: rank from the top, names
 * A→Z, everything else best first (the most improved first for change).
 */
export function defaultSortOrder(key: RankingSortKey, direction: RankDirection = 'higher'): SortOrder {
  if (key === 'rank' || key === 'name') return 'ascending';
  if (key === 'value' && direction === 'lower') return 'ascending';
  return 'descending';
}

const collationOrders = new WeakMap<readonly RankingEntry[], Map<string, Map<RankingEntry, number>>>();

/**
 * Each entry's position in Vietnamese name order, computed once per list and
 * language: re-sorting 10,000 rows by name then compares integers, not strings.
 */
export function nameOrder(
  entries: readonly RankingEntry[],
  nameOf: (entry: RankingEntry) => string,
  language: string,
): Map<RankingEntry, number> {
  let byLanguage = collationOrders.get(entries);
  if (!byLanguage) collationOrders.set(entries, (byLanguage = new Map()));
  let order = byLanguage.get(language);
  if (!order) {
    const collator = language === 'vi' ? vietnameseCollator() : new Intl.Collator(language);
    const names = new Map(entries.map((e) => [e, nameOf(e)]));
    const sorted = [...entries].sort((a, b) => collator.compare(names.get(a)!, names.get(b)!));
    order = new Map(sorted.map((e, i) => [e, i]));
    byLanguage.set(language, order);
  }
  return order;
}

/**
 * Sorts rows by a column. Rows without a value in that column (no previous
 * period, no sub-score) go last in either order; equal values keep rank
 * order, so a tie never shuffles.
 */
export function sortEntries(
  entries: readonly RankingEntry[],
  sort: RankingSort,
  options: { names: Map<RankingEntry, number>; bands?: readonly Band[] | undefined },
): RankingEntry[] {
  const sign = sort.order === 'ascending' ? 1 : -1;
  let value: (e: RankingEntry) => number | undefined;
  if (sort.key === 'rank') value = (e) => e.rank;
  else if (sort.key === 'name') value = (e) => options.names.get(e);
  else if (sort.key === 'value') value = (e) => e.value;
  else if (sort.key === 'change') value = (e) => rankChange(e)?.rank;
  else if (sort.key === 'band') {
    const level = new Map((options.bands ?? []).map((b) => [b.id, b.min]));
    value = (e) => (e.band === null ? undefined : level.get(e.band));
  } else {
    const id = sort.key.slice(4);
    value = (e) => e.subScores[id];
  }
  const keyed = entries.map((e) => ({ e, v: value(e) }));
  keyed.sort((a, b) => {
    if (a.v === undefined || b.v === undefined) return a.v === b.v ? a.e.rank - b.e.rank : a.v === undefined ? 1 : -1;
    return (a.v - b.v) * sign || a.e.rank - b.e.rank;
  });
  return keyed.map((k) => k.e);
}

/** The first `n` places: every unit ranked n or better, so a tie at the cut is kept whole. */
export function topEntries(entries: readonly RankingEntry[], n: number): RankingEntry[] {
  return entries.filter((e) => e.rank <= n);
}
