import { figureDecimals, targetWording } from '@thidua/schemas/logic';
import type { Comparator, Locale } from '@thidua/schemas';
import type { Catalogue } from '../strings/index.js';

/** The words a value's unit and a target need: the catalogue's `common` namespace. */
type Strings = Catalogue['common'];

export const comparatorSymbols: Record<Comparator, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };

/** Reads a comparator from an attribute: a code (`gt`) or a symbol (`>`, `≥`, `>=`); "at least" otherwise. */
export function parseComparator(text: string | null | undefined): Comparator {
  const given = text?.trim().toLowerCase().replace('>=', '≥').replace('<=', '≤');
  return (Object.keys(comparatorSymbols) as Comparator[]).find((c) => c === given || comparatorSymbols[c] === given) ?? 'gte';
}

const numberLocales: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/**
 * A value in its unit: percentages are stored as 0–100 and shown with the
 * locale's percent sign ("62 %" / "62%"), an index with the decimals it is
 * published with (`figureDecimals`: "0,7000", as the ranking table shows it),
 * a rank in words ("hạng 7"). A unit the kit does not know is printed after
 * the number as given ("120 hồ sơ").
 */
export function formatMeasure(value: number, unit: string | undefined, locale: Locale, s: Strings): string {
  if (unit === 'rank') return s.rank(formatNumber(value, locale));
  const figure = formatFigure(value, unit, locale);
  if (unit === 'grdpShare' || unit === 'growthRate') return s[unit](figure);
  return unit && unit !== 'percent' && unit !== 'index' && unit !== 'count' ? `${figure} ${unit}` : figure;
}

/**
 * "≥ 90 %" and "tối thiểu 90 %": a target in symbols and in words. The words
 * follow the measure's direction (`targetWording`): a rank "< 10" reads "in
 * the top 9", never "below 10th".
 */
export function formatTarget(value: number, comparator: Comparator, unit: string | undefined, locale: Locale, s: Strings) {
  const wording = targetWording({ value, comparator }, unit);
  const place = formatNumber(wording.value, locale);
  let words: string;
  switch (wording.relation) {
    case 'top':
      words = s.top(place);
      break;
    case 'rankOrLower':
      words = s.rankOrLower(place);
      break;
    case 'rank':
      words = s.rank(place);
      break;
    default:
      words = `${s.relation[wording.relation]} ${formatMeasure(wording.value, unit, locale, s)}`;
  }
  return { symbol: `${comparatorSymbols[comparator]} ${formatMeasure(value, unit, locale, s)}`, words };
}

/** `2026-10-10` → `10/10/2026`, the order both Vietnamese and British readers expect; undefined when empty. */
export function formatIsoDate(iso: string | null | undefined): string | undefined {
  return iso?.split('-').reverse().join('/') || undefined;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as the reader's clock shows it, date first: `25/11/2026 10:42`
 * (Vietnamese puts the time first when `Intl` joins the two, which reads
 * oddly in a column of dates). Undefined when empty or not a date.
 */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string | undefined {
  return dateTimeParts(iso, locale)?.join(' ');
}

/** The date and the time of `formatDateTime`, apart: for a column that may put them on two lines. */
export function dateTimeParts(iso: string | null | undefined, locale: Locale): [date: string, time: string] | undefined {
  const instant = iso ? new Date(iso) : undefined;
  if (!instant || Number.isNaN(instant.getTime())) return undefined;
  const part = (kind: 'date' | 'time') => {
    const key = locale + kind;
    let format = dateTimeFormats.get(key);
    if (!format) {
      const options: Intl.DateTimeFormatOptions =
        kind === 'date' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
      dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(numberLocales[locale], options)));
    }
    return format.format(instant);
  };
  return [part('date'), part('time')];
}

/**
 * Today in the reader's time zone, as `yyyy-mm-dd`. From the date's own fields rather than
 * `toLocaleDateString('sv-SE')`: a static card asks this before anything else, and a page's first
 * `Intl` date format costs about 5 ms more than its first number format in Chromium (ICU's
 * calendar data), which the card never shows.
 */
export function todayIso(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

// ——— Figures with their published decimals (one rule: `figureDecimals` in @thidua/schemas) ———

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat`: a table of 10,000 rows formats 20,000 figures per render. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(numberLocales[locale], options)));
  return format;
}

/** A file's size as a person reads it: "820 kB", "2,4 MB" (the form's uploads, the review's downloads). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const mb = bytes >= 1024 * 1024;
  return numberFormat(locale, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(bytes / (mb ? 1024 * 1024 : 1024));
}

/**
 * A figure in its unit with the decimals of `figureDecimals(unit, decimals)`:
 * an index as published (0,7012, and 0,7000 rather than 0,7), a share with a
 * percent sign (62,5 %), a count as a number; "—" when there is none.
 */
export function formatFigure(value: number, unit: string | undefined, locale: Locale, decimals?: number | null): string {
  if (!Number.isFinite(value)) return '—';
  const digits = figureDecimals(unit, decimals);
  if (unit === 'percent' || unit === 'grdpShare' || unit === 'growthRate')
    return numberFormat(locale, { style: 'percent', ...digits }).format(value / 100);
  return numberFormat(locale, digits).format(value);
}

/** A change of a figure, signed ("+0,0123", "−2"), with the figure's decimals; a percentage's in points. */
export function formatFigureChange(delta: number, unit: string | undefined, locale: Locale, decimals?: number | null): string {
  return numberFormat(locale, { ...figureDecimals(unit, decimals), signDisplay: 'exceptZero' }).format(delta);
}
