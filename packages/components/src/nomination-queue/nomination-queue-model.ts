import { foldForSearch, localize, matchesSearch, PROPOSAL_STATUSES } from '@thidua/schemas/logic';
import type { DeadlineStatus, Locale, LocalizedText, ProposalStatus } from '@thidua/schemas';
import type { QueueSort, QueueSortKey, SortOrder } from './nomination-queue-sort.js';

export { DEFAULT_SORT, QUEUE_SORT_KEYS, type QueueSort, type QueueSortKey, type SortOrder } from './nomination-queue-sort.js';

/*
 * What `<nomination-queue>` does to the dossiers it holds, as pure functions:
 * the filters (the same ones the API takes, and a search that ignores
 * diacritics), the sort of each column, and the options each filter offers.
 * The element applies them to the rows loaded — at once, while the server
 * answers the same filters for the rows not loaded yet — and the bench times
 * them on 2,000 dossiers. Nothing here renders or asks the API.
 */

/**
 * What the queue reads of a dossier: the API's `AppraisalSummary` (a
 * structural subset of it), so that `.rows` may be the API's answer or any
 * source's with the same fields.
 */
export interface QueueItem {
  id: string;
  reference: string | null;
  status: ProposalStatus;
  round: { id: string; title: LocalizedText | null };
  awardType: { id: string; title: LocalizedText | null };
  proposingUnit: { id: string; name: LocalizedText };
  nominationCount: number;
  /** When the dossier was last made complete (its latest submit or resubmit); null before any. */
  dossierCompleteAt: string | null;
  /** The appraisal deadline while its clock runs; null while the dossier waits for its proposer or is decided. */
  deadline: { dueOn: string; workingDaysLeft: number; status: DeadlineStatus; calendarComplete: boolean } | null;
}

/** The deadline filter: every dossier, those due soon, or those overdue. */
export type DeadlineFilter = '' | 'dueSoon' | 'overdue';

/** The filters, `''` for "all". */
export interface QueueFilters {
  round: string;
  awardType: string;
  unit: string;
  status: ProposalStatus | '';
  deadline: DeadlineFilter;
  /** Free text, matched ignoring diacritics, case and punctuation (`matchesSearch`). */
  search: string;
}

export const NO_FILTERS: QueueFilters = { round: '', awardType: '', unit: '', status: '', deadline: '', search: '' };

/** A column's first order when its header is pressed: dates and references up, counts down (the largest dossiers first). */
export const firstOrder = (key: QueueSortKey): SortOrder => (key === 'nominations' ? 'descending' : 'ascending');

/** The sort after pressing `key`'s header: the other order of the sorted column, else the column's first order. */
export function nextSort(sort: QueueSort, key: QueueSortKey): QueueSort {
  if (sort.key === key) return { key, order: sort.order === 'ascending' ? 'descending' : 'ascending' };
  return { key, order: firstOrder(key) };
}

const title = (t: LocalizedText | null, id: string, locale: Locale) => (t ? localize(t, locale) : id);

/**
 * What the search looks in, folded once per dossier and language: its
 * reference, proposing unit, award and round. A queue of 2,000 dossiers
 * filtered at each keystroke folds nothing twice.
 */
const folded = new WeakMap<QueueItem, Partial<Record<Locale, string>>>();
function searchText(item: QueueItem, locale: Locale): string {
  let byLocale = folded.get(item);
  if (!byLocale) folded.set(item, (byLocale = {}));
  return (byLocale[locale] ??= foldForSearch(
    [item.reference ?? '', localize(item.proposingUnit.name, locale), title(item.awardType.title, item.awardType.id, locale), title(item.round.title, item.round.id, locale)].join(' '),
  ));
}

/** Whether a dossier passes the filters. */
export function matchesFilters(item: QueueItem, f: QueueFilters, locale: Locale): boolean {
  return (
    (!f.round || item.round.id === f.round) &&
    (!f.awardType || item.awardType.id === f.awardType) &&
    (!f.unit || item.proposingUnit.id === f.unit) &&
    (!f.status || item.status === f.status) &&
    // "Due soon" is the badge's: an overdue dossier is not also due soon.
    (!f.deadline || item.deadline?.status === f.deadline) &&
    (!f.search.trim() || matchesSearch(searchText(item, locale), f.search))
  );
}

export function filterItems<T extends QueueItem>(items: readonly T[], f: QueueFilters, locale: Locale): T[] {
  return items.filter((item) => matchesFilters(item, f, locale));
}

const collators = new Map<Locale, Intl.Collator>();
const collator = (locale: Locale) => {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale === 'vi' ? 'vi-VN' : 'en-GB', { numeric: true, sensitivity: 'base' })));
  return c;
};

const statusOrder = new Map<ProposalStatus, number>(PROPOSAL_STATUSES.map((s, i) => [s, i]));

/**
 * Sorted by a column, a copy. Ties keep the order given (the server's, or
 * the previous sort's); a dossier without the value (no reference, no
 * deadline running) goes last whichever the order. Names sort as Vietnamese
 * reads them ("Đ" after "D"), references by their numbers.
 */
export function sortItems<T extends QueueItem>(items: readonly T[], sort: QueueSort, locale: Locale): T[] {
  const c = collator(locale);
  const text = (a: string | null, b: string | null) => c.compare(a!, b!);
  const number = (a: number | null, b: number | null) => a! - b!;
  const by = <V extends string | number>(value: (item: T) => V | null, compare: (a: V | null, b: V | null) => number) => ({ value, compare });
  const key = sort.key;
  const column =
    key === 'reference'
      ? by((i) => i.reference, text)
      : key === 'unit'
        ? by((i) => localize(i.proposingUnit.name, locale), text)
        : key === 'awardType'
          ? by((i) => title(i.awardType.title, i.awardType.id, locale), text)
          : key === 'round'
            ? by((i) => title(i.round.title, i.round.id, locale), text)
            : key === 'nominations'
              ? by((i) => i.nominationCount, number)
              : key === 'status'
                ? by((i) => statusOrder.get(i.status) ?? null, number)
                : key === 'completeOn'
                  ? by((i) => (i.dossierCompleteAt ? Date.parse(i.dossierCompleteAt) : null), number)
                  : by((i) => i.deadline?.dueOn ?? null, (a, b) => (a! < b! ? -1 : a! > b! ? 1 : 0));
  const sign = sort.order === 'ascending' ? 1 : -1;
  // Decorate once: 2,000 dossiers compare about 22,000 times.
  const decorated = items.map((item, index) => ({ item, index, value: column.value(item) }));
  decorated.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
    return sign * (column.compare as (x: unknown, y: unknown) => number)(a.value, b.value) || a.index - b.index;
  });
  return decorated.map((d) => d.item);
}

/** A choice a filter offers. */
export interface FilterOption {
  id: string;
  label: string;
}

/** The choices of the round, award and unit filters: those of the dossiers seen, by name; a chosen one missing from them still shown. */
export interface FilterOptions {
  rounds: FilterOption[];
  awardTypes: FilterOption[];
  units: FilterOption[];
}

export function filterOptions(items: readonly QueueItem[], locale: Locale, chosen: Pick<QueueFilters, 'round' | 'awardType' | 'unit'> = NO_FILTERS): FilterOptions {
  const rounds = new Map<string, string>();
  const awardTypes = new Map<string, string>();
  const units = new Map<string, string>();
  for (const i of items) {
    if (!rounds.has(i.round.id)) rounds.set(i.round.id, title(i.round.title, i.round.id, locale));
    if (!awardTypes.has(i.awardType.id)) awardTypes.set(i.awardType.id, title(i.awardType.title, i.awardType.id, locale));
    if (!units.has(i.proposingUnit.id)) units.set(i.proposingUnit.id, localize(i.proposingUnit.name, locale));
  }
  const c = collator(locale);
  const list = (map: Map<string, string>, id: string) => {
    if (id && !map.has(id)) map.set(id, id);
    return [...map].map(([id, label]) => ({ id, label })).sort((a, b) => c.compare(a.label, b.label));
  };
  return { rounds: list(rounds, chosen.round), awardTypes: list(awardTypes, chosen.awardType), units: list(units, chosen.unit) };
}

/** Whether any filter is set. */
export const filtering = (f: QueueFilters) => Boolean(f.round || f.awardType || f.unit || f.status || f.deadline || f.search.trim());
