import { assessIndicator, countStatuses } from '@thidua/schemas';
import type {
  Indicator,
  IndicatorProgress,
  IndicatorUnitsProgress,
  IsoDate,
  Measurement,
  MeasurementUnit,
  OrganisationUnit,
  Target,
} from '@thidua/schemas';
import type { Queryable } from '../db.js';
import { MEASUREMENT_COLUMNS, loadLatestForUnits, toMeasurement } from './measurements.js';
import { countUnits, findUnit, listUnits, type UnitPosition } from './units.js';
import { DATE, omitNull } from './sql.js';

const HISTORY_POINTS = 24;

/**
 * Indicators with their targets, one unit's recent history (one point per
 * date: a correction reported later replaces the figure of its date), its
 * latest measurement and the assessment of the applicable target on `asOf` —
 * in three queries whatever their number. Figures dated after `asOf` are left
 * out: a page "as of" a past date shows what was known then.
 */
export async function loadIndicatorProgress(
  db: Queryable,
  filter: { campaignId: string } | { indicatorIds: string[] },
  unit: OrganisationUnit,
  asOf: IsoDate,
): Promise<IndicatorProgress[]> {
  const byCampaign = 'campaignId' in filter;
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT i.id, i.campaign_id, i.code, i.sort_order, i.domain_id, i.title, i.unit, ${DATE('c.starts_on')} AS starts_on
       FROM indicators i JOIN campaigns c ON c.id = i.campaign_id
      WHERE ${byCampaign ? 'i.campaign_id = $1' : 'i.id = ANY($1::text[])'}
      ORDER BY i.campaign_id, i.sort_order, i.id`,
    [byCampaign ? filter.campaignId : filter.indicatorIds],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id as string);
  const targets = await db.query<Record<string, unknown>>(
    `SELECT id, indicator_id, value, comparator, ${DATE('deadline')} AS deadline, level, source_document_id,
            source_section, baseline_value, ${DATE('baseline_date')} AS baseline_date
       FROM targets WHERE indicator_id = ANY($1::text[]) ORDER BY deadline, level, id`,
    [ids],
  );
  const measurements = await db.query<Record<string, unknown>>(
    `WITH per_day AS (
       SELECT DISTINCT ON (indicator_id, measured_on) *
         FROM measurements WHERE indicator_id = ANY($1::text[]) AND unit_id = $2 AND measured_on <= $4::date
        ORDER BY indicator_id, measured_on, recorded_at DESC, id DESC
     ), ranked AS (
       SELECT per_day.*, row_number() OVER (PARTITION BY indicator_id ORDER BY measured_on DESC) AS rn,
              count(*) OVER (PARTITION BY indicator_id) AS total
         FROM per_day
     )
     SELECT ${MEASUREMENT_COLUMNS}, rn = total AS is_first, rn <= $3 AS in_history
       FROM ranked WHERE rn <= $3 OR rn = total
      ORDER BY indicator_id, measured_on`,
    [ids, unit.id, HISTORY_POINTS, asOf],
  );
  const targetsOf = new Map<string, Target[]>();
  for (const t of targets.rows) {
    const list = targetsOf.get(t.indicator_id as string) ?? [];
    list.push(
      omitNull({
        id: t.id as string,
        value: Number(t.value),
        comparator: t.comparator as Target['comparator'],
        deadline: t.deadline as string,
        level: t.level as Target['level'],
        sourceDocumentId: t.source_document_id as string,
        sourceSection: t.source_section as string | undefined,
        baseline:
          t.baseline_value === null ? undefined : { value: Number(t.baseline_value), date: t.baseline_date as string },
      }),
    );
    targetsOf.set(t.indicator_id as string, list);
  }
  const historyOf = new Map<string, Measurement[]>();
  const firstOf = new Map<string, Measurement>();
  for (const m of measurements.rows) {
    const measurement = toMeasurement(m);
    if (m.is_first) firstOf.set(measurement.indicatorId, measurement);
    if (m.in_history) {
      const list = historyOf.get(measurement.indicatorId) ?? [];
      list.push(measurement);
      historyOf.set(measurement.indicatorId, list);
    }
  }
  return rows.map((r) => {
    const id = r.id as string;
    const indicatorTargets = targetsOf.get(id) ?? [];
    const history = historyOf.get(id) ?? [];
    const latest = history.at(-1) ?? null;
    const assessment = assessIndicator(indicatorTargets, latest, {
      asOf,
      level: unit.level,
      startDate: r.starts_on as string,
      firstMeasurement: firstOf.get(id),
    });
    const indicator: Indicator = {
      id,
      campaignId: r.campaign_id as string,
      code: r.code as string,
      order: Number(r.sort_order),
      domainId: r.domain_id as string,
      title: r.title as Indicator['title'],
      unit: r.unit as Indicator['unit'],
      targets: indicatorTargets,
    };
    return { ...indicator, latestMeasurement: latest, history, assessment };
  });
}


/** The owner units of the campaigns the indicators belong to (none when no id exists). */
export async function ownersOfIndicators(db: Queryable, ids: string[]): Promise<string[]> {
  const { rows } = await db.query<{ owner_unit_id: string }>(
    'SELECT DISTINCT c.owner_unit_id FROM indicators i JOIN campaigns c ON c.id = i.campaign_id WHERE i.id = ANY($1::text[])',
    [ids],
  );
  return rows.map((r) => r.owner_unit_id);
}

/** What a figure reported for the indicator is measured in; undefined when there is no such indicator. */
export async function findMeasurementUnit(db: Queryable, indicatorId: string): Promise<MeasurementUnit | undefined> {
  const { rows } = await db.query<{ unit: MeasurementUnit }>('SELECT unit FROM indicators WHERE id = $1', [indicatorId]);
  return rows[0]?.unit;
}

type UnitsProgress = Pick<IndicatorUnitsProgress, 'indicator' | 'items' | 'counts'> & { next: UnitPosition | undefined };

/**
 * A page of the units of a level on one indicator on `asOf` (Vietnamese
 * name order, after `page.after`): each one's latest figure and its
 * assessment against the target for its level, with the counts per status of
 * the whole level; undefined when there is no such indicator.
 *
 * The page's units come from an index range (its size, wherever it is in
 * the list); the figures are read for the units of the level that reported
 * on the indicator, which the counts need anyway — a unit that never
 * reported has no data, so the level's size only enters as a count.
 */
export async function loadIndicatorUnitsProgress(
  db: Queryable,
  indicatorId: string,
  level: OrganisationUnit['level'],
  asOf: IsoDate,
  page: { limit: number; after?: UnitPosition | undefined },
): Promise<UnitsProgress | undefined> {
  const [owner] = (await db.query<{ owner_unit_id: string; starts_on: string }>(
    `SELECT c.owner_unit_id, ${DATE('c.starts_on')} AS starts_on
       FROM indicators i JOIN campaigns c ON c.id = i.campaign_id WHERE i.id = $1`,
    [indicatorId],
  )).rows;
  if (!owner) return undefined;
  // The owner's figures are not shown, but loading the indicator for it brings its targets.
  const ownerUnit = await findUnit(db, owner.owner_unit_id);
  const [indicator] = ownerUnit ? await loadIndicatorProgress(db, { indicatorIds: [indicatorId] }, ownerUnit, asOf) : [];
  if (!indicator) return undefined;
  const assess = (latest: Measurement | null, first: Measurement | undefined) =>
    assessIndicator(indicator.targets, latest, { asOf, level, startDate: owner.starts_on, firstMeasurement: first });

  // Every unit of the level that reported, for the counts; the page's units are among them or have no data.
  const reported = await loadLatestForUnits(db, indicatorId, { level }, asOf);
  const { items: units, next } = await listUnits(db, { level }, page);
  const items = units.map((unit) => {
    const entry = reported.get(unit.id);
    return { unit, latestMeasurement: entry?.latest ?? null, assessment: assess(entry?.latest ?? null, entry?.first) };
  });

  const statuses = [...reported.values()].map((e) => assess(e.latest, e.first)?.status);
  // A unit that never reported is judged on no figure: the same status for all of them.
  const silent = assess(null, undefined)?.status;
  const total = await countUnits(db, level);
  const counts = countStatuses([...statuses, ...Array.from({ length: total - reported.size }, () => silent)]);

  const { latestMeasurement: _l, history: _h, assessment: _a, ...plain } = indicator;
  return { indicator: plain, items, counts, next };
}
