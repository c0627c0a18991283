/*
 * CSV for spreadsheets, free of zod. Excel opens a UTF-8 file as the
 * system's legacy code page unless it starts with a byte order mark, which
 * turns "Sở Nội vụ" into "Sá»Ÿ Ná»™i vá»¥"; so the file starts with one.
 * Rows end in CRLF (RFC 4180). Numbers are written with a decimal point, as
 * dti.gov.vn publishes them, so every spreadsheet reads them as numbers.
 */

/** A number written with a fixed count of decimals: a DTI sub-score 1 is published as 1.0000. */
export interface CsvFixed {
  value: number;
  decimals: number;
}

export type CsvCell = string | number | CsvFixed | null | undefined;

const BOM = '\uFEFF';

/**
 * One cell: quoted when it holds a separator, a quote or a line break. Text
 * that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed
 * with an apostrophe, so a unit name can never execute in Excel.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'object') return Number.isFinite(cell.value) ? cell.value.toFixed(cell.decimals) : '';
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: byte order mark, comma-separated cells, CRLF line ends. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
