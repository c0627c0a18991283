/*
 * Reading and writing spreadsheets: the nominee import template, and the
 * exports of a round's results.
 *
 * An .xlsx is read with read-excel-file (its `universal` entry: fflate to
 * unzip, saxen to parse the XML, nothing else loaded), from the author of
 * write-excel-file, which writes the template here and the ranking exports
 * in the components. An XLSX keeps dates as numbers with a date format, text
 * in a shared-strings table, rich text in runs and inline strings besides;
 * the library reads all of those as Excel shows them, which a hand-written
 * reader of the sheet XML would have to redo. Before it opens a file the
 * ZIP's central directory is checked: what it claims unpacked is bounded
 * (`IMPORT_LIMITS.unpackedBytes`), and fflate inflates each part into a
 * buffer of the claimed size, so a file cannot expand past that.
 */
import { readSheet } from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import { NOMINEE_IMPORT_COLUMNS, SPREADSHEET_MEDIA_TYPES, describeImportColumns, nomineeImportTemplate, spreadsheetCellText, toCsv, type Locale } from '@thidua/schemas';

/** The rows of a workbook's first sheet as text (see `spreadsheetCellText`), or undefined when it cannot be read as one. */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][] | undefined> {
  try {
    const rows = await readSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, { trim: false });
    return rows.map((row) => row.map((cell) => spreadsheetCellText(cell as Parameters<typeof spreadsheetCellText>[0])));
  } catch {
    // Its own refusals (InvalidInputError, InvalidSpreadsheetError) and whatever else a malformed
    // part makes the parser throw: all it was given is the file's bytes, so the file is at fault.
    return undefined;
  }
}

const wording = {
  vi: { sheet: 'Danh sách', help: 'Hướng dẫn', column: 'Cột', header: 'Tên cột', values: 'Cách ghi', required: 'Bắt buộc', for: 'Dành cho', yes: 'Có', no: 'Không', all: 'Mọi đối tượng', collective: 'Tập thể', individual: 'Cá nhân', name: 'mau-danh-sach-de-nghi-khen-thuong' },
  en: { sheet: 'Nominees', help: 'Instructions', column: 'Column', header: 'Header', values: 'What to write', required: 'Required', for: 'For', yes: 'Yes', no: 'No', all: 'Every nominee', collective: 'Collectives', individual: 'Individuals', name: 'nominee-import-template' },
} as const;

const made = new Map<string, File>();

/**
 * The template to fill in, in `format` and `locale`: for .xlsx a first
 * sheet with the header row (bold, frozen) and a second saying what each
 * column takes. A date of birth typed as 05/09/1985 stays text or becomes a
 * date cell, as Excel decides; the reader takes either. Made once per
 * format and language: it holds no data.
 */
export async function importTemplate(format: 'xlsx' | 'csv', locale: Locale): Promise<File> {
  const key = `${format}:${locale}`;
  const kept = made.get(key);
  if (kept) return kept;
  const w = wording[locale];
  let file: File;
  if (format === 'csv') {
    file = new File([nomineeImportTemplate(locale)], `${w.name}.csv`, { type: SPREADSHEET_MEDIA_TYPES.csv });
  } else {
    const text = (value: string, bold = false) => ({ value, type: String, format: '@', ...(bold ? { fontWeight: 'bold' as const } : {}) });
    const header = NOMINEE_IMPORT_COLUMNS.map((c) => text(c.header[locale], true));
    const help = describeImportColumns(locale).map((c) => [text(c.column), text(c.header), text(w[c.for]), text(c.required ? w.yes : w.no), text(c.values)]);
    const blob = await writeXlsxFile([
      { data: [header], sheet: w.sheet, columns: NOMINEE_IMPORT_COLUMNS.map((c) => ({ width: Math.max(12, c.header[locale].length + 4) })), stickyRowsCount: 1 },
      { data: [[w.column, w.header, w.for, w.required, w.values].map((h) => text(h, true)), ...help], sheet: w.help, columns: [{ width: 6 }, { width: 28 }, { width: 16 }, { width: 10 }, { width: 60 }] },
    ]).toBlob();
    file = new File([new Uint8Array(await blob.arrayBuffer())], `${w.name}.xlsx`, { type: SPREADSHEET_MEDIA_TYPES.xlsx });
  }
  made.set(key, file);
  return file;
}

export type ExportCell = string | number | null;

/**
 * A table as a download, for the results' exports (the proposed list, the
 * summaries): `.csv` in UTF-8 with a byte order mark and CRLF line ends
 * (`toCsv`: Excel reads the Vietnamese letters, and a cell a spreadsheet
 * would run as a formula is prefixed with an apostrophe), or `.xlsx` with
 * the header row bold and frozen, text cells as text (a reference or a
 * decision number never turns into a date), numbers as numbers.
 */
export async function tableFile(
  format: 'xlsx' | 'csv',
  name: string,
  sheet: string,
  header: readonly string[],
  rows: readonly (readonly ExportCell[])[],
  widths: readonly number[] = [],
): Promise<File> {
  if (format === 'csv') return new File([toCsv([header, ...rows])], `${name}.csv`, { type: SPREADSHEET_MEDIA_TYPES.csv });
  const cell = (value: ExportCell, bold = false) =>
    value === null
      ? null
      : typeof value === 'number'
        ? { value, type: Number }
        : { value, type: String, format: '@', wrap: true, ...(bold ? { fontWeight: 'bold' as const } : {}) };
  const data = [header.map((h) => cell(h, true)), ...rows.map((row) => row.map((v) => cell(v)))];
  const blob = await writeXlsxFile([
    {
      data,
      // Excel refuses a sheet name above 31 characters.
      sheet: sheet.slice(0, 31),
      stickyRowsCount: 1,
      columns: header.map((h, i) => ({ width: widths[i] ?? Math.max(10, Math.min(40, h.length + 4)) })),
    },
  ]).toBlob();
  return new File([new Uint8Array(await blob.arrayBuffer())], `${name}.xlsx`, { type: SPREADSHEET_MEDIA_TYPES.xlsx });
}
