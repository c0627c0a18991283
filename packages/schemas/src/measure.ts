// Kept free of zod: forms and the server share these rules.
import type { MeasurementUnit } from './indicator.js';

/**
 * Why a value cannot be a figure of this unit, as a message key of
 * `validationMessage`, or undefined when it can. A percentage above 100 or a
 * fractional rank is a typing mistake, not a measurement.
 */
export function valueProblem(unit: MeasurementUnit, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'finite';
  switch (unit) {
    case 'percent':
    case 'grdpShare':
      return value < 0 || value > 100 ? 'percentRange' : undefined;
    case 'index':
      return value < 0 || value > 1 ? 'indexValueRange' : undefined;
    case 'rank':
      return Number.isInteger(value) && value >= 1 ? undefined : 'rankValue';
    case 'count':
      return Number.isInteger(value) && value >= 0 ? undefined : 'countValue';
    case 'growthRate':
      return value < -100 ? 'growthRange' : undefined;
  }
}

/**
 * Reads a number as people type it: "0,75", "0.75", "1.234,5" (vi) or
 * "1,234.5" (en). Imported tables from dti.gov.vn use a dot, Vietnamese
 * forms a comma. Returns NaN when the text is not a number.
 */
export function parseDecimal(text: string): number {
  const t = text.trim().replace(/\s|%/g, '');
  if (!/^[-+]?[\d.,]+$/.test(t)) return Number.NaN;
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  let normalised: string;
  if (lastComma > -1 && lastDot > -1) {
    // Both present: the later one is the decimal mark.
    normalised = lastComma > lastDot ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (lastComma > -1) {
    // "1,234" alone is ambiguous; in Vietnamese a lone comma is the decimal mark.
    normalised = (t.match(/,/g)?.length ?? 0) > 1 ? t.replace(/,/g, '') : t.replace(',', '.');
  } else {
    normalised = (t.match(/\./g)?.length ?? 0) > 1 ? t.replace(/\./g, '') : t;
  }
  return Number(normalised);
}
