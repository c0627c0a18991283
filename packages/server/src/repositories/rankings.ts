import {
  directionOf,
  previousPeriod,
  rankGroup,
  selectTarget,
  type Ranking,
  type RankingGroup,
  type RankingMetric,
  type RankedUnit,
  type Target,
  type UnitScore,
} from '@thidua/schemas';
import type { Queryable } from '../db.js';

/**
 * Rankings computed from what is stored: the scores of a campaign's score
 * index (the DTI), or each unit's latest measurement of an indicator within
 * the period. Ranks come from `rankGroup` in @thidua/schemas, the same
 * function `<ranking-table>` ranks property data with.
 */

type ScoreRow = UnitScore & { period: string };

interface MetricSource {
  /** What is ranked in a period (an indicator's direction follows the target that applies then). */
  metricFor(period: string): RankingMetric;
  /** Periods with data, newest first. */
  periods(): Promise<string[]>;
  /** Every unit's value in the given periods. */
  scores(periods: string[]): Promise<ScoreRow[]>;
}

const unitOf = (r: Record<string, unknown>): RankedUnit => ({
  id: r.unit_id as string,
  name: r.unit_name as RankedUnit['name'],
  kind: r.unit_kind as RankedUnit['kind'],
});

async function indexSource(db: Queryable, campaignId: string, metricId: string): Promise<MetricSource | undefined> {
  const { rows } = await db.query<Record<string, unknown>>(
    'SELECT id, title, direction, sub_indices, bands FROM score_indices WHERE campaign_id = $1 AND id = $2',
    [campaignId, metricId],
  );
  const r = rows[0];
  if (!r) return undefined;
  const metric: RankingMetric = {
    id: r.id as string,
    kind: 'index',
    title: r.title as RankingMetric['title'],
    unit: 'index',
    direction: r.direction as 'higher' | 'lower',
    subIndices: r.sub_indices as RankingMetric['subIndices'],
    bands: r.bands as RankingMetric['bands'],
  };
  return {
    metricFor: () => metric,
    async periods() {
      const result = await db.query<{ period: string }>(
        'SELECT DISTINCT period FROM scores WHERE campaign_id = $1 AND index_id = $2 ORDER BY period DESC',
        [campaignId, metricId],
      );
      return result.rows.map((p) => p.period);
    },
    async scores(periods) {
      const result = await db.query<Record<string, unknown>>(
        `SELECT s.period, s.value, s.sub_scores, s.demo, s.unit_id, u.name AS unit_name, u.kind AS unit_kind
           FROM scores s JOIN organisation_units u ON u.id = s.unit_id
          WHERE s.campaign_id = $1 AND s.index_id = $2 AND s.period = ANY($3::text[])`,
        [campaignId, metricId, periods],
      );
      return result.rows.map((s) => ({
        period: s.period as string,
        unit: unitOf(s),
        value: Number(s.value),
        subScores: s.sub_scores as Record<string, number>,
        demo: s.demo as boolean,
      }));
    },
  };
}

async function indicatorSource(db: Queryable, campaignId: string, metricId: string): Promise<MetricSource | undefined> {
  const { rows } = await db.query<Record<string, unknown>>(
    'SELECT id, title, unit FROM indicators WHERE campaign_id = $1 AND id = $2',
    [campaignId, metricId],
  );
  const r = rows[0];
  if (!r) return undefined;
  const targets = await db.query<Record<string, unknown>>(
    `SELECT value, comparator, to_char(deadline, 'YYYY-MM-DD') AS deadline, level FROM targets WHERE indicator_id = $1`,
    [metricId],
  );
  const list: Pick<Target, 'value' | 'comparator' | 'deadline' | 'level'>[] = targets.rows.map((t) => ({
    value: Number(t.value),
    comparator: t.comparator as Target['comparator'],
    deadline: t.deadline as string,
    level: t.level as Target['level'],
  }));
  const base = { id: r.id as string, kind: 'indicator' as const, title: r.title as RankingMetric['title'], unit: r.unit as RankingMetric['unit'], subIndices: [], bands: [] };
  return {
    metricFor(period) {
      // The province's target at the year's end says which way is better ("≤ 10" for a rank).
      const target = selectTarget(list, { date: `${period}-12-31` });
      if (!target) return { ...base, direction: 'higher' };
      const direction = directionOf(target.comparator);
      return direction === 'exact' ? { ...base, direction: 'closest', target: target.value } : { ...base, direction };
    },
    async periods() {
      const result = await db.query<{ period: string }>(
        `SELECT DISTINCT to_char(measured_on, 'YYYY') AS period FROM measurements WHERE indicator_id = $1 ORDER BY period DESC`,
        [metricId],
      );
      return result.rows.map((p) => p.period);
    },
    async scores(periods) {
      // Each unit's latest figure within the year, as a year-end report would give it.
      const result = await db.query<Record<string, unknown>>(
        `SELECT DISTINCT ON (m.unit_id, to_char(m.measured_on, 'YYYY'))
                to_char(m.measured_on, 'YYYY') AS period, m.value, m.demo, m.unit_id, u.name AS unit_name, u.kind AS unit_kind
           FROM measurements m JOIN organisation_units u ON u.id = m.unit_id
          WHERE m.indicator_id = $1 AND to_char(m.measured_on, 'YYYY') = ANY($2::text[])
          ORDER BY m.unit_id, to_char(m.measured_on, 'YYYY'), m.measured_on DESC, m.recorded_at DESC, m.id DESC`,
        [metricId, periods],
      );
      return result.rows.map((m) => ({ period: m.period as string, unit: unitOf(m), value: Number(m.value), demo: m.demo as boolean }));
    },
  };
}

/**
 * A campaign's ranking by `metricId` (a score index first, else an
 * indicator of the campaign) for a period and a group; undefined when the
 * campaign has no such metric. Without a period, the latest with data; with
 * none at all, the current year (an empty ranking).
 */
export async function loadRanking(
  db: Queryable,
  query: { campaignId: string; metricId: string; period?: string | undefined; group: RankingGroup; today: string },
): Promise<Ranking | undefined> {
  const source =
    (await indexSource(db, query.campaignId, query.metricId)) ?? (await indicatorSource(db, query.campaignId, query.metricId));
  if (!source) return undefined;
  const periods = await source.periods();
  const period = query.period ?? periods[0] ?? query.today.slice(0, 4);
  const before = previousPeriod(period);
  const metric = source.metricFor(period);
  const rows = await source.scores([period, before]);
  const entries = rankGroup(
    rows.filter((r) => r.period === period),
    rows.filter((r) => r.period === before),
    query.group,
    { direction: metric.direction, target: metric.target, bands: metric.bands },
  );
  return { campaignId: query.campaignId, metric, group: query.group, period, previousPeriod: before, periods, entries };
}
