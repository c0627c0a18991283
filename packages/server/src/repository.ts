import type {
  Campaign,
  Indicator,
  IndicatorWithLatest,
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

/** The unit that runs the campaign an indicator belongs to. */
export async function findIndicatorOwnerUnit(db: Queryable, indicatorId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ owner_unit_id: string }>(
    'SELECT c.owner_unit_id FROM indicators i JOIN campaigns c ON c.id = i.campaign_id WHERE i.id = $1',
    [indicatorId],
  );
  return rows[0]?.owner_unit_id;
}

export async function findUnit(db: Queryable, id: string): Promise<OrganisationUnit | undefined> {
  const { rows } = await db.query<Record<string, unknown>>(
    'SELECT id, name, kind, level, parent_id FROM organisation_units WHERE id = $1',
    [id],
  );
  const r = rows[0];
  return r
    ? omitNull({
        id: r.id as string,
        name: r.name as OrganisationUnit['name'],
        kind: r.kind as OrganisationUnit['kind'],
        level: r.level as OrganisationUnit['level'],
        parentId: r.parent_id as string | undefined,
      })
    : undefined;
}

/**
 * Indicators with their targets and the latest measurement of one unit, in
 * three queries whatever their number.
 */
export async function listIndicators(
  db: Queryable,
  filter: { campaignId?: string; indicatorId?: string },
  unitId: string,
): Promise<IndicatorWithLatest[]> {
  const where = filter.indicatorId ? 'i.id = $1' : 'i.campaign_id = $1';
  const key = filter.indicatorId ?? filter.campaignId;
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT i.id, i.campaign_id, i.code, i.sort_order, i.domain_id, i.title, i.unit
       FROM indicators i WHERE ${where} ORDER BY i.sort_order, i.id`,
    [key],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id as string);
  const targets = await db.query<Record<string, unknown>>(
    `SELECT id, indicator_id, value, comparator, ${DATE('deadline')} AS deadline, level, source_document_id,
            source_section, baseline_value, ${DATE('baseline_date')} AS baseline_date
       FROM targets WHERE indicator_id = ANY($1::text[]) ORDER BY deadline, id`,
    [ids],
  );
  const latest = await db.query<Record<string, unknown>>(
    `SELECT DISTINCT ON (indicator_id) id, indicator_id, unit_id, value, ${DATE('measured_on')} AS measured_on,
            source, reported_by, ${INSTANT('recorded_at')} AS recorded_at, demo
       FROM measurements WHERE indicator_id = ANY($1::text[]) AND unit_id = $2
      ORDER BY indicator_id, measured_on DESC, recorded_at DESC, id DESC`,
    [ids, unitId],
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
  const latestOf = new Map<string, Measurement>(
    latest.rows.map((m) => [
      m.indicator_id as string,
      omitNull({
        id: m.id as string,
        indicatorId: m.indicator_id as string,
        unitId: m.unit_id as string,
        value: Number(m.value),
        measuredOn: m.measured_on as string,
        source: m.source as string,
        reportedBy: m.reported_by as string | undefined,
        recordedAt: m.recorded_at as string,
        demo: m.demo as boolean,
      }),
    ]),
  );
  return rows.map((r) => {
    const indicator: Indicator = {
      id: r.id as string,
      campaignId: r.campaign_id as string,
      code: r.code as string,
      order: Number(r.sort_order),
      domainId: r.domain_id as string,
      title: r.title as Indicator['title'],
      unit: r.unit as Indicator['unit'],
      targets: targetsOf.get(r.id as string) ?? [],
    };
    return { ...indicator, latestMeasurement: latestOf.get(indicator.id) ?? null };
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
