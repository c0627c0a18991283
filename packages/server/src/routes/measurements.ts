import { createHash, randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MeasurementInput, valueProblem, validationMessage, type Locale, type MeasurementUnit } from '@thidua/schemas';
import { authenticate, mayReportFor, type Principal } from '../auth.js';
import type { Queryable } from '../db.js';
import { HttpError, message } from '../errors.js';
import { inputs, type AppContext, type Env, type RouteDeps } from '../http.js';
import { MEASUREMENT_COLUMNS, toMeasurement } from '../repository.js';

const MAX_BODY = 16 * 1024;

function invalid(locale: Locale, path: (string | number)[], text: string, code = 'invalid_value') {
  return new HttpError(400, 'validation_failed', message(locale, 'validation_failed'), [{ path, message: text, code }]);
}

export async function requirePrincipal(c: AppContext, db: Queryable): Promise<Principal> {
  const principal = await authenticate(db, c.req.header('authorization'));
  if (!principal) {
    c.header('WWW-Authenticate', 'Bearer realm="thidua"');
    throw new HttpError(401, 'unauthorized', message(c.get('locale'), 'unauthorized'));
  }
  return principal;
}

export async function readJson(c: AppContext): Promise<unknown> {
  const locale = c.get('locale');
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new HttpError(415, 'unsupported_media_type', message(locale, 'unsupported_media_type'));
  }
  try {
    return await c.req.json();
  } catch {
    throw invalid(locale, ['body'], message(locale, 'malformed_json'), 'invalid_json');
  }
}

/** A digest of what was asked, so a reused Idempotency-Key with another body is caught. */
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value, Object.keys(value as object).sort())).digest('hex');

type Stored = { status: 201; body: unknown };

export function measurementRoutes(app: Hono<Env>, { db, today }: RouteDeps) {
  app.post(
    '/v1/measurements',
    bodyLimit({
      maxSize: MAX_BODY,
      onError: (c) => {
        throw new HttpError(413, 'payload_too_large', message(c.get('locale'), 'payload_too_large'));
      },
    }),
    async (c) => {
      const locale = c.get('locale');
      const principal = await requirePrincipal(c, db);
      const key = c.req.header('idempotency-key');
      if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
        throw invalid(locale, ['header', 'Idempotency-Key'], message(locale, 'idempotency_key_invalid'));
      }
      const [input] = inputs(locale, [MeasurementInput, await readJson(c), 'body']);

      const [indicator] = (await db.query<{ unit: MeasurementUnit }>('SELECT unit FROM indicators WHERE id = $1', [input.indicatorId])).rows;
      if (!indicator) throw invalid(locale, ['body', 'indicatorId'], message(locale, 'indicator_not_found'), 'not_found');
      if ((await db.query('SELECT 1 FROM organisation_units WHERE id = $1', [input.unitId])).rows.length === 0) {
        throw invalid(locale, ['body', 'unitId'], message(locale, 'unit_not_found'), 'not_found');
      }
      if (!mayReportFor(principal, input.unitId)) {
        throw new HttpError(403, 'forbidden', message(locale, 'forbidden_unit'), [
          { path: ['body', 'unitId'], message: message(locale, 'forbidden_unit'), code: 'forbidden' },
        ]);
      }
      const problem = valueProblem(indicator.unit, input.value);
      if (problem) throw invalid(locale, ['body', 'value'], validationMessage(locale, problem));
      if (input.measuredOn > today()) throw invalid(locale, ['body', 'measuredOn'], validationMessage(locale, 'futureDate'));

      const record = async (): Promise<Stored & { replayed: boolean }> =>
        db.transaction(async (tx) => {
          const hash = digest(input);
          if (key !== undefined) {
            const [seen] = (await tx.query<{ request_hash: string; status: 201; response: unknown }>(
              'SELECT request_hash, status, response FROM idempotency_keys WHERE token_id = $1 AND key = $2',
              [principal.tokenId, key],
            )).rows;
            if (seen) {
              if (seen.request_hash !== hash) {
                throw new HttpError(409, 'conflict', message(locale, 'idempotency_key_reused'), [
                  { path: ['header', 'Idempotency-Key'], message: message(locale, 'idempotency_key_reused'), code: 'conflict' },
                ]);
              }
              return { status: seen.status, body: seen.response, replayed: true };
            }
          }
          const { rows } = await tx.query<Record<string, unknown>>(
            `INSERT INTO measurements (id, indicator_id, unit_id, value, measured_on, source, reported_by, demo, reported_with)
             VALUES ($1, $2, $3, $4, $5, $6, $7, false, $8)
             RETURNING ${MEASUREMENT_COLUMNS}`,
            [randomUUID(), input.indicatorId, input.unitId, input.value, input.measuredOn, input.source, input.reportedBy ?? principal.name, principal.tokenId],
          );
          const body = { measurement: toMeasurement(rows[0]!) };
          if (key !== undefined) {
            await tx.query(
              'INSERT INTO idempotency_keys (token_id, key, request_hash, status, response) VALUES ($1, $2, $3, 201, $4::jsonb)',
              [principal.tokenId, key, hash, JSON.stringify(body)],
            );
          }
          return { status: 201, body, replayed: false };
        });

      let result: Stored & { replayed: boolean };
      try {
        result = await record();
      } catch (error) {
        // Two requests with one key raced: the loser's insert rolled back; answer with the winner's record.
        if ((error as { code?: string }).code !== '23505' || key === undefined) throw error;
        result = await record();
      }
      const measurement = (result.body as { measurement: { id: string } }).measurement;
      c.header('Location', `/v1/measurements/${measurement.id}`);
      if (result.replayed) c.header('Idempotent-Replayed', 'true');
      c.header('Cache-Control', 'no-store');
      return c.json(result.body, result.status);
    },
  );
}
