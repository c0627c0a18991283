import { figureDecimals, localize, rankChange, toCsv, type CsvCell } from '@thidua/schemas/logic';
import type { Locale, Ranking, RankingEntry } from '@thidua/schemas';
import { csvBlob, offerDownload, type ExportDetail } from '../shared/download.js';
import type { RankingStrings } from '../strings/vi/ranking.js';

/*
 * The downloads of `<ranking-table>`, a chunk loaded on the first click of
 * "Tải về CSV" or "Tải về Excel". Both hold the rows the table shows (all of
 * them, in its order), names in the page's language, and every sub-index,
 * shown or not, since a download is for working with the data. Columns of
 * the previous period are left out when no row has one.
 *
 * - CSV: open data, comma-separated, decimal point (0.7012, as dti.gov.vn
 *   publishes), UTF-8 with a byte order mark.
 * - Excel (.xlsx): what opens right on a double-click whatever the regional
 *   settings — under Vietnamese ones a CSV's 0.8002 may read as 8002. Numbers
 *   are stored as numbers, with the published decimals as the cell's number
 *   format (1.0000, shown 1,0000 in Vietnamese Excel). Written by
 *   write-excel-file, itself a chunk loaded only for this.
 */

type Kind = 'text' | 'rank' | 'change' | 'figure';

interface Column {
  header: string;
  kind: Kind;
  /** Fixed decimals of a figure column; undefined when the figure shows as many as it has. */
  decimals?: number | undefined;
  width: number;
  cell: (e: RankingEntry) => string | number | null | undefined;
}

/** The columns of a download, in order. */
function columns(ranking: Ranking, rows: readonly RankingEntry[], locale: Locale, s: RankingStrings): Column[] {
  const w = s.download;
  const metric = ranking.metric;
  const valueHeader = metric.kind === 'index' ? s.columns.score : s.columns.value;
  const fixed = (unit: string) => {
    const d = figureDecimals(unit, metric.decimals);
    return d.minimumFractionDigits === d.maximumFractionDigits ? d.maximumFractionDigits : undefined;
  };
  const valueDecimals = fixed(metric.unit);
  const subDecimals = fixed(metric.unit === 'index' ? 'index' : 'count');
  const bandLabel = new Map(metric.bands.map((b) => [b.id, localize(b.label, locale)]));
  const previous = ranking.previousPeriod || '—';
  const list: Column[] = [
    { header: s.columns.rank, kind: 'rank', width: 7, cell: (e) => e.rank },
    { header: s.columns.name, kind: 'text', width: 36, cell: (e) => localize(e.unit.name, locale) },
    { header: w.unitId, kind: 'text', width: 24, cell: (e) => e.unit.id },
    { header: valueHeader, kind: 'figure', decimals: valueDecimals, width: 10, cell: (e) => e.value },
  ];
  if (metric.bands.length) list.push({ header: s.columns.band, kind: 'text', width: 14, cell: (e) => (e.band === null ? '' : (bandLabel.get(e.band) ?? e.band)) });
  if (rows.some((e) => e.previous)) {
    list.push(
      { header: w.previous(s.columns.rank, previous), kind: 'rank', width: 12, cell: (e) => e.previous?.rank },
      { header: w.previous(valueHeader, previous), kind: 'figure', decimals: valueDecimals, width: 12, cell: (e) => (e.previous && Number.isFinite(e.previous.value) ? e.previous.value : null) },
      { header: w.change, kind: 'change', width: 12, cell: (e) => rankChange(e)?.rank },
    );
  }
  for (const sub of metric.subIndices) {
    list.push({ header: localize(sub.title, locale), kind: 'figure', decimals: subDecimals, width: 14, cell: (e) => e.subScores[sub.id] });
  }
  return list;
}

function filename(ranking: Ranking, s: RankingStrings, extension: string): string {
  const name = [s.download.file, ranking.metric.id, ranking.group, ranking.period].filter(Boolean).join('-');
  return `${name}.${extension}`;
}

/** The rows as the table shows them (filtered and sorted, all of them), as a CSV file with a byte order mark. */
export function rankingCsv(ranking: Ranking, rows: readonly RankingEntry[], locale: Locale, s: RankingStrings): { csv: string; filename: string } {
  const cols = columns(ranking, rows, locale, s);
  const body = rows.map((e) =>
    cols.map((c): CsvCell => {
      const v = c.cell(e);
      return typeof v === 'number' && c.decimals !== undefined ? { value: v, decimals: c.decimals } : v;
    }),
  );
  return { csv: toCsv([cols.map((c) => c.header), ...body]), filename: filename(ranking, s, 'csv') };
}

/** Excel's number format for a column: fixed decimals, a signed change, a whole rank; General otherwise. */
function numberFormat(c: Column): string | undefined {
  if (c.kind === 'rank') return '0';
  if (c.kind === 'change') return '+0;-0;0';
  return c.decimals === undefined ? undefined : c.decimals === 0 ? '0' : `0.${'0'.repeat(c.decimals)}`;
}

/** The same rows as an Excel workbook of one sheet, header row frozen and bold. */
export async function rankingXlsx(ranking: Ranking, rows: readonly RankingEntry[], locale: Locale, s: RankingStrings): Promise<{ blob: Blob; filename: string }> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const cols = columns(ranking, rows, locale, s);
  const formats = cols.map(numberFormat);
  const header = cols.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const body = rows.map((e) =>
    cols.map((c, i) => {
      const v = c.cell(e);
      if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: Number, ...(formats[i] ? { format: formats[i] } : {}) } : null;
      // Text stays text ("@"): Excel would read an id such as "2025-01" as a date.
      return v === null || v === undefined || v === '' ? null : { value: v, type: String, format: '@' };
    }),
  );
  const blob = await writeXlsxFile([header, ...body], {
    sheet: s.download.sheet,
    columns: cols.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  }).toBlob();
  return { blob, filename: filename(ranking, s, 'xlsx') };
}

/**
 * Makes the file and hands it to the browser as a download, after a
 * cancelable `thidua-export` event on `target` whose `detail` is
 * `{ format, filename, blob }` (and `csv`, the text, for a CSV).
 */
export async function download(target: HTMLElement, format: 'csv' | 'xlsx', ranking: Ranking, rows: readonly RankingEntry[], locale: Locale, s: RankingStrings): Promise<void> {
  let detail: ExportDetail;
  if (format === 'csv') {
    const { csv, filename } = rankingCsv(ranking, rows, locale, s);
    detail = { format, filename, blob: csvBlob(csv), csv };
  } else {
    detail = { format, ...(await rankingXlsx(ranking, rows, locale, s)) };
  }
  offerDownload(target, detail);
}
