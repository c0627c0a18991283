import { campaignPhase, countOutcomes, countStatuses, figuresDate, judgeIndicator, type CampaignPeriod } from '@thidua/schemas';
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
import { findCampaign } from './campaigns.js';
import { countUnits, findUnit, listUnits, type UnitPosition } from './units.js';
import { DATE, omitNull } from './sql.js';

const HISTORY_POINTS = 24;

/**
 * Indicators with their targets, one unit's recent history (one point per
 * date: a correction reported later replaces the figure of its date), its
 * latest measurement, the assessment of the applicable target on `asOf` and,
 * once the campaign judged has ended, the final result (see
 * `judgeIndicator`) — in three queries whatever their number.
 *
 * Figures dated after `asOf` are left out: a page "as of" a past date shows
 * what was known then. An ended campaign's figures stop at its end: its board
 * is the result at the deadline, not what came in for the next programme.
 * Each indicator is judged within its own campaign, or within `campaign` when
 * another programme's targets are asked for.
 */
export async function loadIndicatorProgress(
  db: Queryable,
  filter: { campaignId: string } | { indicatorIds: string[] },
  unit: OrganisationUnit,
  asOf: IsoDate,
  options: { campaign?: CampaignPeriod | undefined } = {},
): Promise<IndicatorProgress[]> {
  const byCampaign = 'campaignId' in filter;
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT i.id, i.campaign_id, i.code, i.sort_order, i.domain_id, i.title, i.unit, i.applies_to, i.applies_to_kinds,
            ${DATE('c.starts_on')} AS starts_on, ${DATE('c.ends_on')} AS ends_on
       FROM indicators i JOIN campaigns c ON c.id = i.campaign_id
      WHERE ${byCampaign ? 'i.campaign_id = $1' : 'i.id = ANY($1::text[])'}
      ORDER BY i.campaign_id, i.sort_order, i.id`,
    [byCampaign ? filter.campaignId : filter.indicatorIds],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id as string);
  const scopeOf = (r: Record<string, unknown>): CampaignPeriod =>
    options.campaign ?? { startsOn: r.starts_on as string, endsOn: r.ends_on as string };
  // Each indicator's figures up to the asked date, or its campaign's end once that has passed.
  const until = rows.map((r) => figuresDate(scopeOf(r), asOf));
  const targets = await db.query<Record<string, unknown>>(
    `SELECT id, indicator_id, value, comparator, ${DATE('deadline')} AS deadline, level, source_document_id,
            source_section, baseline_value, ${DATE('baseline_date')} AS baseline_date
       FROM targets WHERE indicator_id = ANY($1::text[]) ORDER BY deadline, level, id`,
    [ids],
  );
  const measurements = await db.query<Record<string, unknown>>(
    `WITH cut AS (
       SELECT * FROM unnest($1::text[], $4::date[]) AS c (indicator_id, until)
     ), per_day AS (
       SELECT DISTINCT ON (m.indicator_id, m.measured_on) m.*
         FROM measurements m JOIN cut ON cut.indicator_id = m.indicator_id
        WHERE m.unit_id = $2 AND m.measured_on <= cut.until
        ORDER BY m.indicator_id, m.measured_on, m.recorded_at DESC, m.id DESC
     ), ranked AS (
       SELECT per_day.*, row_number() OVER (PARTITION BY indicator_id ORDER BY measured_on DESC) AS rn,
              count(*) OVER (PARTITION BY indicator_id) AS total
         FROM per_day
     )
     SELECT ${MEASUREMENT_COLUMNS}, rn = total AS is_first, rn <= $3 AS in_history
       FROM ranked WHERE rn <= $3 OR rn = total
      ORDER BY indicator_id, measured_on`,
    [ids, unit.id, HISTORY_POINTS, until],
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
    const { assessment, result } = judgeIndicator(indicatorTargets, history, {
      asOf,
      level: unit.level,
      campaign: scopeOf(r),
      first: firstOf.get(id),
    });
    const indicator: Indicator = omitNull({
      id,
      campaignId: r.campaign_id as string,
      code: r.code as string,
      order: Number(r.sort_order),
      domainId: r.domain_id as string,
      title: r.title as Indicator['title'],
      unit: r.unit as Indicator['unit'],
      appliesTo: r.applies_to as Indicator['appliesTo'],
      appliesToKinds: r.applies_to_kinds as Indicator['appliesToKinds'],
      targets: indicatorTargets,
    });
    return { ...indicator, latestMeasurement: history.at(-1) ?? null, history, assessment, result };
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

type UnitsProgress = Pick<IndicatorUnitsProgress, 'indicator' | 'items' | 'counts' | 'outcomes'> & { next: UnitPosition | undefined };

/**
 * A page of the units of a level on one indicator on `asOf` (Vietnamese
 * name order, after `page.after`): each one's latest figure, its assessment
 * against the target for its level and, once the campaign has ended, its
 * final result; with the counts per status (and outcomes) of the whole
 * level. A level the indicator does not apply to has no units on it.
 * Undefined when there is no such indicator.
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
  const [owner] = (await db.query<{ campaign_id: string; owner_unit_id: string }>(
    `SELECT i.campaign_id, c.owner_unit_id FROM indicators i JOIN campaigns c ON c.id = i.campaign_id WHERE i.id = $1`,
    [indicatorId],
  )).rows;
  if (!owner) return undefined;
  const campaign = await findCampaign(db, owner.campaign_id);
  // The owner's figures are not shown, but loading the indicator for it brings its targets.
  const ownerUnit = await findUnit(db, owner.owner_unit_id);
  const [indicator] = ownerUnit && campaign ? await loadIndicatorProgress(db, { indicatorIds: [indicatorId] }, ownerUnit, asOf) : [];
  if (!indicator || !campaign) return undefined;
  const { latestMeasurement: _l, history: _h, assessment: _a, result: _r, ...plain } = indicator;
  const ended = campaignPhase(campaign, asOf) === 'ended';
  if (indicator.appliesTo && !indicator.appliesTo.includes(level)) {
    return { indicator: plain, items: [], counts: countStatuses([]), outcomes: ended ? countOutcomes([]) : null, next: undefined };
  }
  const judge = (entry: { latest: Measurement; first: Measurement } | undefined) =>
    judgeIndicator(indicator.targets, entry ? [entry.latest] : [], { asOf, level, campaign, first: entry?.first });

  // Every unit of the level that reported, for the counts; the page's units are among them or have no data.
  // Of those, the kinds that report it (a department shares the province's level, not its own figures).
  const kinds = indicator.appliesToKinds;
  const reported = await loadLatestForUnits(db, indicatorId, { level, kinds }, figuresDate(campaign, asOf));
  const { items: units, next } = await listUnits(db, { level, kinds }, page);
  const items = units.map((unit) => {
    const entry = reported.get(unit.id);
    const { assessment, result } = judge(entry);
    return { unit, latestMeasurement: entry?.latest ?? null, assessment, result };
  });

  // A unit that never reported is judged on no figure: the same judgement for all of them.
  const silent = judge(undefined);
  const judged = [...[...reported.values()].map(judge), ...Array.from({ length: (await countUnits(db, level, kinds)) - reported.size }, () => silent)];
  const counts = countStatuses(judged.map((j) => j.assessment?.status));
  const outcomes = ended ? countOutcomes(judged.map((j) => j.result)) : null;
  return { indicator: plain, items, counts, outcomes, next };
}
