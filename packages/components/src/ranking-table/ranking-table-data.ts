import { groupOfKind, inGroup, parseDecimal, previousPeriod, rankScores } from '@thidua/schemas/logic';
import type { RankingTable } from './ranking-table.js';
import type { Band, LocalizedText, OrganisationUnitKind, Ranking, RankingGroup, RankingGroupDefinition, RankingMetric, SubIndex, UnitScore } from '@thidua/schemas';

/*
 * `<ranking-table>` given `.rows`: ranks them in the browser with the same
 * function the API ranks with, so a table made from data agrees with one
 * from the server. A chunk of its own: a table that asks the API needs none
 * of it.
 */

/** One unit of a ranking given as data (`.rows`), before it is ranked. */
export interface RankingRow {
  id: string;
  /** The unit's name; text, or `{ vi, en }`. */
  name: string | LocalizedText;
  /** Which group the unit falls in (see `groups`): department, agency, commune, ward, province… */
  kind?: OrganisationUnitKind;
  /** The score; a number, or text with a decimal comma or point ("0,7012", "0.7012"). */
  value: number | string;
  /** Last period's score; the previous rank is computed among the rows that have one. */
  previousValue?: number | string | null;
  /** Last period's published rank, when it was among other units than these. */
  previousRank?: number | null;
  subScores?: Record<string, number | string>;
  demo?: boolean;
}

const toNumber = (x: number | string | null | undefined): number =>
  typeof x === 'number' ? x : typeof x === 'string' ? parseDecimal(x) : Number.NaN;

export interface RowsOptions {
  /** `all` (every row, whatever its kind) or the id of one of `groups`. */
  group: string;
  groups: readonly RankingGroupDefinition[];
  direction: 'higher' | 'lower';
  bands: Band[];
  subIndices: SubIndex[];
  metric: string;
  caption: string;
  unit: string;
  decimals: number | undefined;
  period: string;
}

/** The ids of the groups the rows fall in, in the order `groups` lists them: a filter is offered when there are two or more. */
export function groupsIn(rows: readonly RankingRow[], groups: readonly RankingGroupDefinition[]): string[] {
  // Each kind's group once: 10,000 rows have a handful of kinds, and the toolbar asks on every render.
  const kinds = new Set<OrganisationUnitKind>();
  for (const r of rows) if (r.kind) kinds.add(r.kind);
  const present = new Set([...kinds].map((kind) => groupOfKind(kind, groups)));
  return groups.filter((g) => present.has(g.id)).map((g) => g.id);
}

const memos = new WeakMap<RankingTable, { key: unknown[]; ranking: Ranking }>();

/** The ranking of a table's `.rows` as its properties say, computed again only when one of them changed. */
export function rankRowsOf(el: RankingTable): Ranking {
  const o: RowsOptions = {
    group: el.effectiveGroup,
    groups: el.groupList,
    direction: el.direction === 'lower' ? 'lower' : 'higher',
    bands: el.bands ?? [],
    subIndices: el.subIndices ?? [],
    metric: el.metric,
    caption: el.label || el.metric,
    unit: el.unit,
    decimals: el.decimals,
    period: el.period,
  };
  // The properties as given: `o` holds fresh defaults (`[]`) on every call.
  const key = [el.rows, el.bands, el.subIndices, el.groups, ...Object.values(o).filter((v) => typeof v !== 'object')];
  const memo = memos.get(el);
  if (memo && key.every((k, i) => k === memo.key[i])) return memo.ranking;
  const ranking = rankRows(el.rows ?? [], o);
  memos.set(el, { key, ranking });
  return ranking;
}

/** The ranking of the rows in `group` (every row for `all`), shaped as the API answers. */
export function rankRows(rows: readonly RankingRow[], o: RowsOptions): Ranking {
  const subScores = (r: RankingRow) => (r.subScores ? Object.fromEntries(Object.entries(r.subScores).map(([k, v]) => [k, toNumber(v)])) : undefined);
  const current: UnitScore[] = [];
  const previous: UnitScore[] = [];
  for (const r of rows) {
    const kind = r.kind ?? 'organisation';
    if (!inGroup(kind, o.group, o.groups)) continue;
    const unit = { id: r.id, name: typeof r.name === 'string' ? { vi: r.name } : r.name, kind };
    const value = toNumber(r.value);
    if (Number.isFinite(value)) current.push({ unit, value, subScores: subScores(r), demo: r.demo });
    const before = toNumber(r.previousValue);
    if (Number.isFinite(before)) previous.push({ unit, value: before });
  }
  const published = new Map(rows.filter((r) => r.previousRank).map((r) => [r.id, r]));
  const ranked = rankScores(current, previous, { direction: o.direction, bands: o.bands });
  // A published previous rank wins: last year's field may have held other units. (Most data has none: no second pass over 10,000 entries then.)
  const entries = published.size
    ? ranked.map((e) => {
        const row = published.get(e.unit.id);
        return row ? { ...e, previous: { rank: row.previousRank!, value: toNumber(row.previousValue) } } : e;
      })
    : ranked;
  const metric: RankingMetric = {
    id: o.metric || 'ranking',
    kind: o.unit === 'index' ? 'index' : 'indicator',
    title: { vi: o.caption },
    unit: (o.unit || 'index') as RankingMetric['unit'],
    direction: o.direction,
    subIndices: o.subIndices,
    bands: o.bands,
    ...(o.decimals === undefined ? {} : { decimals: o.decimals }),
  };
  const yearly = /^\d{4}$/.test(o.period);
  return {
    campaignId: '',
    metric,
    // The API's group names; a group defined as data is reported as itself.
    group: o.group as RankingGroup,
    period: o.period,
    previousPeriod: yearly ? previousPeriod(o.period) : '',
    periods: o.period ? [o.period] : [],
    entries,
    next: null,
  };
}
