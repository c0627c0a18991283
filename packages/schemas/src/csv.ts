/*
 * CSV for spreadsheets, free of zod. Excel opens a UTF-8 file as the
 * system's legacy code page unless it starts with a byte order mark, which
 * turns "Sở Nội vụ" into "Sá»Ÿ Ná»™i vá»¥"; so the file starts with one.
 * Rows end in CRLF (RFC 4180). Numbers are written with a decimal point, as
 * dti.gov.vn publishes them, so every spreadsheet reads them as numbers.
 */

export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

/**
 * One cell: quoted when it holds a separator, a quote or a line break. Text
 * that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed
 * with an apostrophe, so a unit name can never execute in Excel.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: byte order mark, comma-separated cells, CRLF line ends. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
