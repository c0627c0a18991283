import { valueProblem, validationMessage } from '@thidua/schemas';
import { mayReportFor } from '../auth.js';
import { HttpError, message } from '../errors.js';
import { invalid, keyReused, type Handlers, type RouteDeps } from '../http.js';
import { findMeasurementUnit } from '../repositories/indicators.js';
import { recordMeasurement } from '../repositories/measurements.js';
import { findUnit } from '../repositories/units.js';

export function measurementHandlers({ db, today, now }: RouteDeps) {
  return {
    async reportMeasurement({ body: input, headers, principal, locale, c }) {
      const unit = await findMeasurementUnit(db, input.indicatorId);
      if (!unit) throw invalid(locale, ['body', 'indicatorId'], message(locale, 'indicator_not_found'), 'not_found');
      if (!(await findUnit(db, input.unitId))) throw invalid(locale, ['body', 'unitId'], message(locale, 'unit_not_found'), 'not_found');
      if (!mayReportFor(principal, input.unitId)) {
        throw new HttpError(403, 'forbidden', message(locale, 'forbidden_unit'), [
          { path: ['body', 'unitId'], message: message(locale, 'forbidden_unit'), code: 'forbidden' },
        ]);
      }
      const problem = valueProblem(unit, input.value);
      if (problem) throw invalid(locale, ['body', 'value'], validationMessage(locale, problem));
      if (input.measuredOn > today()) throw invalid(locale, ['body', 'measuredOn'], validationMessage(locale, 'futureDate'));

      const key = headers['Idempotency-Key'];
      const result = await recordMeasurement(db, { input, reportedBy: input.reportedBy ?? principal.name, tokenId: principal.tokenId, idempotencyKey: key, at: now() });
      if (result.outcome === 'keyReused') throw keyReused(locale);
      c.header('Location', `/v1/measurements/${result.body.measurement.id}`);
      if (result.outcome === 'replayed') c.header('Idempotent-Replayed', 'true');
      return result.body;
    },
  } satisfies Partial<Handlers>;
}
