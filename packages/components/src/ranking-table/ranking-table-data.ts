import { parseDecimal, previousPeriod, rankGroup, rankingGroupOf } from '@thidua/schemas/logic';
import type { Band, Ranking, RankingGroup, RankingMetric, SubIndex, UnitScore } from '@thidua/schemas';
import type { RankingRow } from './ranking-table.js';

/*
 * `<ranking-table>` given `.rows`: ranks them in the browser with the same
 * function the API ranks with, so a table made from data agrees with one
 * from the server. A chunk of its own: a table that asks the API needs none
 * of it.
 */

const toNumber = (x: number | string | null | undefined): number =>
  typeof x === 'number' ? x : typeof x === 'string' ? parseDecimal(x) : Number.NaN;

export interface RowsOptions {
  group: RankingGroup;
  direction: 'higher' | 'lower';
  bands: Band[];
  subIndices: SubIndex[];
  metric: string;
  caption: string;
  unit: string;
  period: string;
}

/** How many groups (departments, communes and wards) the rows span: a filter is offered when more than one. */
export function groupsIn(rows: readonly RankingRow[]): number {
  return new Set(rows.map((r) => r.kind && rankingGroupOf(r.kind)).filter(Boolean)).size;
}

/** The ranking of `rows` within `group`, shaped as the API answers. */
export function rankRows(rows: readonly RankingRow[], o: RowsOptions): Ranking {
  const subScores = (r: RankingRow) => (r.subScores ? Object.fromEntries(Object.entries(r.subScores).map(([k, v]) => [k, toNumber(v)])) : undefined);
  const current: UnitScore[] = [];
  const previous: UnitScore[] = [];
  for (const r of rows) {
    const unit = { id: r.id, name: typeof r.name === 'string' ? { vi: r.name } : r.name, kind: r.kind ?? 'organisation' };
    const value = toNumber(r.value);
    if (Number.isFinite(value)) current.push({ unit, value, subScores: subScores(r), demo: r.demo });
    const before = toNumber(r.previousValue);
    if (Number.isFinite(before)) previous.push({ unit, value: before });
  }
  const published = new Map(rows.filter((r) => r.previousRank).map((r) => [r.id, r]));
  const entries = rankGroup(current, previous, o.group, { direction: o.direction, bands: o.bands }).map((e) => {
    const row = published.get(e.unit.id);
    // A published previous rank wins: last year's field may have held other units.
    return row ? { ...e, previous: { rank: row.previousRank!, value: toNumber(row.previousValue) } } : e;
  });
  const metric: RankingMetric = {
    id: o.metric || 'ranking',
    kind: o.unit === 'index' ? 'index' : 'indicator',
    title: { vi: o.caption },
    unit: (o.unit || 'index') as RankingMetric['unit'],
    direction: o.direction,
    subIndices: o.subIndices,
    bands: o.bands,
  };
  const yearly = /^\d{4}$/.test(o.period);
  return {
    campaignId: '',
    metric,
    group: o.group,
    period: o.period,
    previousPeriod: yearly ? previousPeriod(o.period) : '',
    periods: o.period ? [o.period] : [],
    entries,
    next: null,
  };
}
