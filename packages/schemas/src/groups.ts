/*
 * Groups of units as data, apart from the ranking code: a table shows its
 * group filter from these before it ranks anything.
 */
import type { OrganisationUnitKind } from './organisation-unit.js';
import type { LocalizedText } from './text.js';

/**
 * A group units are filtered into, as data like bands: its id, its label
 * (when the interface has none for it), and the kinds of unit in it. A
 * province may add its own (say, "Khối Đảng" for party bodies).
 */
export interface RankingGroupDefinition {
  id: string;
  label?: LocalizedText | undefined;
  kinds: readonly OrganisationUnitKind[];
}

/** The groups the API ranks in: provincial departments and agencies; communes and wards. */
export const STANDARD_RANKING_GROUPS: readonly RankingGroupDefinition[] = [
  { id: 'departments', kinds: ['department', 'agency'] },
  { id: 'communes', kinds: ['commune', 'ward'] },
];

/**
 * Whether a unit of `kind` is in `group` of `groups`: `all` holds every
 * unit, an unknown group none. Data given to a table is filtered with this:
 * a table of provinces (the national DTI) shows them all.
 */
export function inGroup(kind: OrganisationUnitKind, group: string, groups: readonly RankingGroupDefinition[] = STANDARD_RANKING_GROUPS): boolean {
  if (group === 'all') return true;
  return groups.find((g) => g.id === group)?.kinds.includes(kind) ?? false;
}

/** The id of the first of `groups` holding `kind`; undefined for a kind in none. */
export function groupOfKind(kind: OrganisationUnitKind, groups: readonly RankingGroupDefinition[] = STANDARD_RANKING_GROUPS): string | undefined {
  return groups.find((g) => g.kinds.includes(kind))?.id;
}
