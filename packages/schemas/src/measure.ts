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

/** The decimals a figure is shown with, as `Intl.NumberFormat` options take them. */
export interface Decimals {
  minimumFractionDigits: number;
  maximumFractionDigits: number;
}

/**
 * How many decimals a figure of `unit` is shown with, everywhere (table,
 * card, CSV and Excel number formats): the measure's own `decimals` when its
 * publisher declares them, exactly that many; otherwise an index (0–1, the
 * DTI) with the four decimals it is published with, kept when they are
 * zeros (0,7000, so a column of scores lines up and 0,7 is not read as a
 * rounded figure); a percentage or a count with up to two, as needed.
 */
export function figureDecimals(unit: MeasurementUnit | string | undefined, declared?: number | null): Decimals {
  if (declared !== undefined && declared !== null && Number.isInteger(declared) && declared >= 0 && declared <= 10)
    return { minimumFractionDigits: declared, maximumFractionDigits: declared };
  if (unit === 'index') return { minimumFractionDigits: 4, maximumFractionDigits: 4 };
  if (unit === 'rank') return { minimumFractionDigits: 0, maximumFractionDigits: 0 };
  return { minimumFractionDigits: 0, maximumFractionDigits: 2 };
}

