/*
 * Showing a ranking: sorting by any column, the top places, the change since
 * the previous period. Free of zod, and apart from the ranking itself
 * (ranking-logic.ts), so that a table given ranked data carries only this.
 */
import type { Band, RankDirection, RankingEntry } from './ranking-logic.js';
import { scoreKey, sortByVietnamese } from './score.js';
import { foldForSearch, matchesSearch } from './search.js';
import { localize, type Locale } from './text.js';

/** Bands best first, as a legend lists them. */
export function bandsBestFirst<B extends Band>(bands: readonly B[]): B[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/**
 * How a unit moved since the previous period: `rank` is places gained
 * (positive = up), `value` the change in score. Null for a unit new to the
 * ranking.
 */
export function rankChange(entry: Pick<RankingEntry, 'rank' | 'value' | 'previous'>): { rank: number; value: number } | null {
  if (!entry.previous) return null;
  return { rank: entry.previous.rank - entry.rank, value: scoreKey(entry.value - entry.previous.value) };
}

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
    let sorted: RankingEntry[];
    if (language === 'vi') sorted = sortByVietnamese([...entries], nameOf);
    else {
      const collator = new Intl.Collator(language);
      const names = new Map(entries.map((e) => [e, nameOf(e)]));
      sorted = [...entries].sort((a, b) => collator.compare(names.get(a)!, names.get(b)!));
    }
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

export interface RankingViewOptions {
  /** Only the first N places (a tie at the cut kept whole); 0 or undefined for all. */
  top?: number | undefined;
  /** What the reader typed in the search box (see `matchesSearch`). */
  query?: string | undefined;
  /** The chosen order; rank order when undefined. */
  sort?: RankingSort | undefined;
  /** The language names are read and sorted in. */
  locale: Locale;
  /** The id of the host site's own unit, kept in sight below the top places. */
  highlight?: string | undefined;
  /** The metric's bands, to sort by band. */
  bands?: readonly Band[] | undefined;
}

const foldedNames = new WeakMap<RankingEntry, string>();
/** An entry's names in both languages, folded for search once per entry. */
function foldedName(entry: RankingEntry): string {
  let folded = foldedNames.get(entry);
  if (folded === undefined) foldedNames.set(entry, (folded = foldForSearch(`${entry.unit.name.vi} ${entry.unit.name.en ?? ''}`)));
  return folded;
}

/**
 * The rows a ranking table shows, in order: the top places, then those the
 * search finds, in the chosen order; with a top-N view the host's own unit
 * is added at the end when it is not among them (and nothing is searched).
 * What the table renders, what its CSV and Excel files hold.
 */
export function rankingView(entries: readonly RankingEntry[], options: RankingViewOptions): readonly RankingEntry[] {
  const top = options.top && options.top > 0 ? Math.floor(options.top) : 0;
  let view: readonly RankingEntry[] = top ? topEntries(entries, top) : entries;
  const query = options.query?.trim() ?? '';
  if (query) view = view.filter((e) => matchesSearch(foldedName(e), query));
  const sort = options.sort;
  if (sort && (sort.key !== 'rank' || sort.order !== 'ascending')) {
    const names = nameOrder(entries, (e) => localize(e.unit.name, options.locale), options.locale);
    view = sortEntries(view, sort, { names, bands: options.bands });
  }
  const own = options.highlight;
  if (top && own && !query && !view.some((e) => e.unit.id === own)) {
    const entry = entries.find((e) => e.unit.id === own);
    if (entry) view = [...view, entry];
  }
  return view;
}

