import { randomUUID } from 'node:crypto';
import type { IsoDate, Measurement, MeasurementInput } from '@thidua/schemas';
import type { Database, Queryable } from '../db.js';
import { DATE, INSTANT, omitNull } from './sql.js';
import { onceForKey, rememberKey, requestDigest, seenKey } from './idempotency.js';

export const MEASUREMENT_COLUMNS = `id, indicator_id, unit_id, value, ${DATE('measured_on')} AS measured_on, source, reported_by,
  ${INSTANT('recorded_at')} AS recorded_at, demo`;

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

/** One unit's figures for an indicator between two dates, one per date (the latest recorded wins), oldest first. */
export async function listHistory(
  db: Queryable,
  query: { indicatorId: string; unitId: string; from?: IsoDate | undefined; to?: IsoDate | undefined },
): Promise<Measurement[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT ${MEASUREMENT_COLUMNS} FROM (
       SELECT DISTINCT ON (measured_on) * FROM measurements
        WHERE indicator_id = $1 AND unit_id = $2
          AND ($3::date IS NULL OR measured_on >= $3::date) AND ($4::date IS NULL OR measured_on <= $4::date)
        ORDER BY measured_on, recorded_at DESC, id DESC
     ) m ORDER BY measured_on`,
    [query.indicatorId, query.unitId, query.from ?? null, query.to ?? null],
  );
  return rows.map(toMeasurement);
}

/**
 * The latest and the first measurement, up to `asOf`, of each of the units
 * named, or of every unit of a level that reported on the indicator.
 */
export async function loadLatestForUnits(
  db: Queryable,
  indicatorId: string,
  units: { unitIds: string[] } | { level: string; kinds?: readonly string[] | undefined },
  asOf: IsoDate,
): Promise<Map<string, { latest: Measurement; first: Measurement }>> {
  const which =
    'unitIds' in units
      ? 'm.unit_id = ANY($3::text[])'
      : 'm.unit_id IN (SELECT id FROM organisation_units WHERE level = $3 AND ($4::text[] IS NULL OR kind = ANY($4::text[])))';
  // Two DISTINCT ON passes rather than two window functions over every row: a
  // third of the cost at a province's scale, and no sort spilling to disk.
  const pick = (order: 'ASC' | 'DESC', latest: boolean) => `SELECT * FROM (
       SELECT DISTINCT ON (m.unit_id) ${MEASUREMENT_COLUMNS}, ${latest} AS is_latest
         FROM measurements m WHERE m.indicator_id = $1 AND m.measured_on <= $2::date AND ${which}
        ORDER BY m.unit_id, m.measured_on ${order}, m.recorded_at DESC, m.id DESC) AS ${latest ? 'latest' : 'first'}`;
  const { rows } = await db.query<Record<string, unknown>>(
    `${pick('DESC', true)} UNION ALL ${pick('ASC', false)}`,
    'unitIds' in units ? [indicatorId, asOf, units.unitIds] : [indicatorId, asOf, units.level, units.kinds ?? null],
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

export type Recorded =
  | { outcome: 'recorded' | 'replayed'; body: { measurement: Measurement } }
  /** The key was used before for a different request. */
  | { outcome: 'keyReused' };

/**
 * Records a reported figure, once per Idempotency-Key of a token: a request
 * repeated with its key is answered with the stored reply, and the key reused
 * for another body is refused. Two requests racing with one key: the loser's
 * insert rolls back and it answers with the winner's record.
 */
export async function recordMeasurement(
  db: Database,
  init: { input: MeasurementInput; reportedBy: string; tokenId: string; idempotencyKey?: string | undefined; at: Date },
): Promise<Recorded> {
  const { input, tokenId, idempotencyKey: key } = init;
  const keyed = key === undefined ? undefined : { tokenId, key, hash: requestDigest(input) };
  return onceForKey(db, key, () =>
    db.transaction(async (tx): Promise<Recorded> => {
      if (keyed) {
        const seen = await seenKey<{ measurement: Measurement }>(tx, keyed);
        if (seen) return seen;
      }
      const { rows } = await tx.query<Record<string, unknown>>(
        `INSERT INTO measurements (id, indicator_id, unit_id, value, measured_on, source, reported_by, demo, reported_with, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, false, $8, $9)
         RETURNING ${MEASUREMENT_COLUMNS}`,
        [randomUUID(), input.indicatorId, input.unitId, input.value, input.measuredOn, input.source, init.reportedBy, tokenId, init.at],
      );
      const body = { measurement: toMeasurement(rows[0]!) };
      if (keyed) await rememberKey(tx, keyed, 201, body, init.at);
      return { outcome: 'recorded', body };
    }),
  );
}
