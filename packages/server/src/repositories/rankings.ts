import {
  OrganisationUnitKind,
  bandOf,
  directionOf,
  inRankingGroup,
  previousPeriod,
  selectTarget,
  type Ranking,
  type RankingEntry,
  type RankingGroup,
  type RankingMetric,
  type RankedUnit,
  type Target,
} from '@thidua/schemas';
import type { Queryable } from '../db.js';

/**
 * Rankings computed by the database for the group asked: a score index's
 * scores (the DTI), or each unit's latest measurement of an indicator within
 * the year. Only the group's units are read (found by kind from an index,
 * then one primary-key or index probe each), so the departments' ranking
 * costs the same among 32 units or 10,000; only a page of it leaves the
 * database.
 *
 * Ranks follow `rankScores` in @thidua/schemas, the function
 * `<ranking-table>` ranks property data with: values compared to 12
 * significant digits (`scoreKey`), standard competition ranks, the previous
 * rank among the same group's previous scores, tied units in Vietnamese name
 * order. A test holds the two to the same answer on the seeded data.
 */

/** Where a page starts: after the entry at this rank, sort key and id. */
export type RankingPosition = readonly [rank: number, sortKey: string, id: string];

interface Source {
  /** What is ranked in a period (an indicator's direction follows the target that applies then). */
  metricFor(period: string): RankingMetric;
  /** Periods with data, newest first. */
  periods: string[];
  /**
   * SQL selecting `unit_id, value, sub_scores, demo` of the group's units
   * (`grp`) in a period, given the SQL of the period's parameter.
   */
  rows(period: string): string;
  params: unknown[];
}

/** The kinds of unit a group ranks: the same predicate the components filter with. */
const kindsOf = (group: RankingGroup) => OrganisationUnitKind.options.filter((kind) => inRankingGroup(kind, group));

/** SQL of `scoreKey(x)`: x rounded to 12 significant digits, in double precision as in JavaScript. */
const scoreKey = (x: string) =>
  `(CASE WHEN ${x} = 0 THEN 0::float8 ELSE round(${x} * 10::float8 ^ (11 - floor(log(abs(${x}))))) / 10::float8 ^ (11 - floor(log(abs(${x})))) END)`;

/** What ranks compare (a value, or its distance to the target) and which way is best first. */
function rankKey(metric: RankingMetric, value: string, targetParam: string): { key: string; order: 'ASC' | 'DESC' } {
  if (metric.direction === 'closest') return { key: scoreKey(`abs(${scoreKey(value)} - ${targetParam}::float8)`), order: 'ASC' };
  return { key: scoreKey(value), order: metric.direction === 'higher' ? 'DESC' : 'ASC' };
}

async function indexSource(db: Queryable, campaignId: string, metricId: string): Promise<Source | undefined> {
  const { rows } = await db.query<Record<string, unknown>>(
    'SELECT id, title, direction, sub_indices, bands FROM score_indices WHERE campaign_id = $1 AND id = $2',
    [campaignId, metricId],
  );
  const r = rows[0];
  if (!r) return undefined;
  // Periods newest first, one index probe each (a skip scan of scores_pkey), not a scan of every score.
  const periods = await db.query<{ period: string }>(
    `WITH RECURSIVE p AS (
       SELECT max(period) AS period FROM scores WHERE campaign_id = $1 AND index_id = $2
       UNION ALL
       SELECT (SELECT max(period) FROM scores WHERE campaign_id = $1 AND index_id = $2 AND period < p.period) FROM p WHERE p.period IS NOT NULL
     ) SELECT period FROM p WHERE period IS NOT NULL`,
    [campaignId, metricId],
  );
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
    periods: periods.rows.map((p) => p.period),
    params: [campaignId, metricId],
    rows: (period) => `SELECT s.unit_id, s.value, s.sub_scores, s.demo
        FROM grp JOIN scores s ON s.campaign_id = $1 AND s.index_id = $2 AND s.period = ${period} AND s.unit_id = grp.id`,
  };
}

async function indicatorSource(db: Queryable, campaignId: string, metricId: string): Promise<Source | undefined> {
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
  // Years with figures, newest first: a skip scan of (indicator_id, measured_on), one probe per year.
  const years = await db.query<{ period: string }>(
    `WITH RECURSIVE y AS (
       SELECT max(measured_on) AS d FROM measurements WHERE indicator_id = $1
       UNION ALL
       SELECT (SELECT max(measured_on) FROM measurements WHERE indicator_id = $1 AND measured_on < make_date(extract(year FROM y.d)::int, 1, 1))
         FROM y WHERE y.d IS NOT NULL
     ) SELECT to_char(d, 'YYYY') AS period FROM y WHERE d IS NOT NULL`,
    [metricId],
  );
  const periods = years.rows.map((p) => p.period);
  const base = { id: r.id as string, kind: 'indicator' as const, title: r.title as RankingMetric['title'], unit: r.unit as RankingMetric['unit'], subIndices: [], bands: [] };
  return {
    metricFor(period) {
      // The province's target at the year's end says which way is better ("≤ 10" for a rank).
      const target = selectTarget(list, { date: `${period}-12-31` });
      if (!target) return { ...base, direction: 'higher' };
      const direction = directionOf(target.comparator);
      return direction === 'exact' ? { ...base, direction: 'closest', target: target.value } : { ...base, direction };
    },
    periods,
    params: [metricId],
    // Each unit's latest figure within the year (a date range the index serves), as a year-end report would give it.
    rows: (year: string) => `SELECT grp.id AS unit_id, m.value, '{}'::jsonb AS sub_scores, m.demo FROM grp CROSS JOIN LATERAL (
        SELECT value, demo FROM measurements m
         WHERE m.indicator_id = $1 AND m.unit_id = grp.id
           AND m.measured_on >= make_date(${year}::int, 1, 1) AND m.measured_on < make_date(${year}::int + 1, 1, 1)
         ORDER BY m.measured_on DESC, m.recorded_at DESC, m.id DESC LIMIT 1) m`,
  };
}

/**
 * A page of a campaign's ranking by `metricId` (a score index first, else
 * an indicator of the campaign) for a period and a group, after `after`;
 * undefined when the campaign has no such metric. Without a period, the
 * latest with data; with none at all, the current year (an empty ranking).
 */
export async function loadRanking(
  db: Queryable,
  query: {
    campaignId: string;
    metricId: string;
    period?: string | undefined;
    group: RankingGroup;
    today: string;
    limit: number;
    after?: RankingPosition | undefined;
  },
): Promise<(Omit<Ranking, 'next'> & { next: RankingPosition | undefined }) | undefined> {
  const source =
    (await indexSource(db, query.campaignId, query.metricId)) ??
    (await indicatorSource(db, query.campaignId, query.metricId));
  if (!source) return undefined;
  const period = query.period ?? source.periods[0] ?? query.today.slice(0, 4);
  const before = previousPeriod(period);
  const metric = source.metricFor(period);

  const params = [...source.params];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const kinds = param(kindsOf(query.group));
  const current = source.rows(param(period));
  const previous = source.rows(param(before));
  // Only a `closest` ranking reads the target (an unused parameter has no type PostgreSQL can infer).
  const target = metric.direction === 'closest' ? param(metric.target ?? 0) : 'NULL';
  const after = query.after
    ? `WHERE (r.rank, grp.sort_key COLLATE "C", grp.id COLLATE "C") > (${param(query.after[0])}::bigint, ${param(query.after[1])}::text COLLATE "C", ${param(query.after[2])}::text COLLATE "C")`
    : '';
  const limit = param(query.limit + 1);
  const now = rankKey(metric, 'cur.value', target);
  const then = rankKey(metric, 'prev.value', target);
  const { rows } = await db.query<Record<string, unknown>>(
    `WITH grp AS (SELECT id, name, kind, sort_key FROM organisation_units WHERE kind = ANY(${kinds}::text[])),
          cur AS (${current}),
          prev AS (${previous}),
          r AS (SELECT cur.*, rank() OVER (ORDER BY ${now.key} ${now.order}) AS rank, count(*) OVER (PARTITION BY ${now.key}) AS same FROM cur),
          p AS (SELECT prev.unit_id, prev.value, rank() OVER (ORDER BY ${then.key} ${then.order}) AS rank FROM prev)
     SELECT r.unit_id, r.value, r.sub_scores, r.demo, r.rank, r.same, grp.name, grp.kind, grp.sort_key,
            p.rank AS previous_rank, p.value AS previous_value
       FROM r JOIN grp ON grp.id = r.unit_id LEFT JOIN p ON p.unit_id = r.unit_id
       ${after}
      ORDER BY r.rank, grp.sort_key COLLATE "C", grp.id COLLATE "C"
      LIMIT ${limit}`,
    params,
  );
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const entries: RankingEntry[] = page.map((e) => {
    const value = Number(e.value);
    return {
      rank: Number(e.rank),
      tied: Number(e.same) > 1,
      unit: { id: e.unit_id as string, name: e.name as RankedUnit['name'], kind: e.kind as RankedUnit['kind'] },
      value,
      subScores: (e.sub_scores as Record<string, number>) ?? {},
      band: bandOf(value, metric.bands)?.id ?? null,
      previous: e.previous_rank === null ? null : { rank: Number(e.previous_rank), value: Number(e.previous_value) },
      demo: e.demo as boolean,
    };
  });
  const last = page.at(-1);
  return {
    campaignId: query.campaignId,
    metric,
    group: query.group,
    period,
    previousPeriod: before,
    periods: source.periods,
    entries,
    next: more && last ? [Number(last.rank), last.sort_key as string, last.unit_id as string] : undefined,
  };
}
