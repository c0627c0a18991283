import { figuresDate, judgeIndicator, type CampaignPeriod } from '@thidua/schemas';
import type {
  Campaign,
  Indicator,
  IndicatorProgress,
  IsoDate,
  Measurement,
  OrganisationUnit,
  SourceDocument,
  Target,
} from '@thidua/schemas';
import type { Queryable } from './db.js';

// Dates leave the database as text: drivers turn a `date` into a local-time
// Date object, which shifts a day west of UTC.
const DATE = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;
const INSTANT = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const omitNull = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;

export async function findCampaign(db: Queryable, id: string): Promise<Campaign | undefined> {
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT id, title, issuer, owner_unit_id, ${DATE('starts_on')} AS starts_on, ${DATE('ends_on')} AS ends_on,
            source_document_id, domains, achievement_categories, rounds
       FROM campaigns WHERE id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    id: r.id as string,
    title: r.title as Campaign['title'],
    issuer: r.issuer as Campaign['issuer'],
    ownerUnitId: r.owner_unit_id as string,
    startsOn: r.starts_on as string,
    endsOn: r.ends_on as string,
    sourceDocumentId: r.source_document_id as string,
    domains: r.domains as Campaign['domains'],
    achievementCategories: r.achievement_categories as Campaign['achievementCategories'],
    rounds: r.rounds as Campaign['rounds'],
  };
}

export async function findUnit(db: Queryable, id: string): Promise<OrganisationUnit | undefined> {
  const { rows } = await db.query<Record<string, unknown>>(`SELECT ${UNIT_COLUMNS} FROM organisation_units WHERE id = $1`, [id]);
  return rows[0] ? toUnit(rows[0]) : undefined;
}

const HISTORY_POINTS = 24;

export function toMeasurement(m: Record<string, unknown>): Measurement {
  return omitNull({
    id: m.id as string,
    indicatorId: m.indicator_id as string,
    unitId: m.unit_id as string,
    value: Number(m.value),
    measuredOn: m.measured_on as string,
    source: m.source as string,
    reportedBy: m.reported_by as string | undefined,
    recordedAt: m.recorded_at as string,
    demo: m.demo as boolean,
  });
}

export const MEASUREMENT_COLUMNS = `id, indicator_id, unit_id, value, ${DATE('measured_on')} AS measured_on, source, reported_by,
  ${INSTANT('recorded_at')} AS recorded_at, demo`;

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
 * a later (or earlier) programme's targets are asked for.
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
    `SELECT i.id, i.campaign_id, i.code, i.sort_order, i.domain_id, i.title, i.unit, i.applies_to,
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
      targets: indicatorTargets,
    });
    return { ...indicator, latestMeasurement: history.at(-1) ?? null, history, assessment, result };
  });
}

export async function findSourceDocuments(db: Queryable, ids: string[]): Promise<SourceDocument[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT id, title, issuer, reference, ${DATE('issued_on')} AS issued_on, url
       FROM source_documents WHERE id = ANY($1::text[]) ORDER BY id`,
    [ids],
  );
  return rows.map((r) =>
    omitNull({
      id: r.id as string,
      title: r.title as SourceDocument['title'],
      issuer: r.issuer as string | undefined,
      reference: r.reference as string | undefined,
      issuedOn: r.issued_on as string | undefined,
      url: r.url as string | undefined,
    }),
  );
}

const UNIT_COLUMNS = 'id, name, kind, level, parent_id';

function toUnit(r: Record<string, unknown>): OrganisationUnit {
  return omitNull({
    id: r.id as string,
    name: r.name as OrganisationUnit['name'],
    kind: r.kind as OrganisationUnit['kind'],
    level: r.level as OrganisationUnit['level'],
    parentId: r.parent_id as string | undefined,
  });
}

/** Units filtered by level, kind and parent, in Vietnamese name order. */
export async function listUnits(
  db: Queryable,
  filter: { level?: string | undefined; kind?: string | undefined; parent?: string | undefined },
): Promise<OrganisationUnit[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT ${UNIT_COLUMNS} FROM organisation_units
      WHERE ($1::text IS NULL OR level = $1) AND ($2::text IS NULL OR kind = $2) AND ($3::text IS NULL OR parent_id = $3)`,
    [filter.level ?? null, filter.kind ?? null, filter.parent ?? null],
  );
  // The database's collation may not know Vietnamese (C or en_US): sort here.
  const collator = new Intl.Collator('vi');
  return rows.map(toUnit).sort((a, b) => collator.compare(a.name.vi, b.name.vi) || a.id.localeCompare(b.id));
}

/** The latest and the first measurement of each unit for one indicator. */
export async function loadLatestForUnits(
  db: Queryable,
  indicatorId: string,
  unitIds: string[],
  asOf: IsoDate,
): Promise<Map<string, { latest: Measurement; first: Measurement }>> {
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT ${MEASUREMENT_COLUMNS}, is_latest FROM (
       SELECT m.*, row_number() OVER (PARTITION BY unit_id ORDER BY measured_on DESC, recorded_at DESC, id DESC) = 1 AS is_latest,
              row_number() OVER (PARTITION BY unit_id ORDER BY measured_on ASC, recorded_at DESC, id DESC) = 1 AS is_first
         FROM measurements m WHERE indicator_id = $1 AND unit_id = ANY($2::text[]) AND measured_on <= $3::date
     ) x WHERE is_latest OR is_first`,
    [indicatorId, unitIds, asOf],
  );
  const result = new Map<string, { latest: Measurement; first: Measurement }>();
  for (const r of rows) {
    const m = toMeasurement(r);
    const entry = result.get(m.unitId) ?? { latest: m, first: m };
    if (r.is_latest) entry.latest = m;
    else entry.first = m;
    result.set(m.unitId, entry);
  }
  return result;
}

export async function listCampaigns(db: Queryable): Promise<Campaign[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM campaigns ORDER BY starts_on DESC, id');
  const campaigns = await Promise.all(rows.map((r) => findCampaign(db, r.id)));
  return campaigns.filter((c): c is Campaign => c !== undefined);
}
