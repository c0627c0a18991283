/*
 * Spreadsheets a unit uploads to import its nominees (nomination-import.ts
 * reads their rows): an Excel workbook (.xlsx) or a CSV in UTF-8, told
 * apart by their bytes, never by the file's name. Zod-free, so the form can
 * check a file before sending it with the rules the server applies.
 */
import { recogniseEvidence, zipEntries } from './evidence.js';

// In every runtime the kit runs on (browsers, Node); this package's own lib is ECMAScript only.
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(input: Uint8Array): string };

export const SPREADSHEET_MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/**
 * Size limits, in bytes. A list of 500 nominees (`MAX_IMPORT_ROWS`) with
 * 2,000-character summaries is about 3 MB of CSV and far less as an XLSX;
 * unpacked, an XLSX is its XML, a few times its size. A ZIP that claims more
 * is refused before it is opened, so a small "zip bomb" cannot fill memory.
 */
export const IMPORT_LIMITS = {
  fileBytes: 4 * 1024 * 1024,
  unpackedBytes: 32 * 1024 * 1024,
} as const;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * What the bytes are: `xlsx` (a ZIP whose central directory lists
 * `[Content_Types].xml` and `xl/workbook.xml`), `xls` (the Excel 97–2003
 * binary format, which is refused with its own advice), `csv` (text that is
 * valid UTF-8 without NUL, a byte order mark allowed, and not a PDF), or
 * undefined (a PDF, an image, text in a legacy code page such as
 * Windows-1258, UTF-16…).
 */
export function recogniseSpreadsheet(bytes: Uint8Array): 'xlsx' | 'xls' | 'csv' | undefined {
  const entries = zipEntries(bytes);
  if (entries) {
    const names = entries.map((e) => e.name);
    return names.includes('[Content_Types].xml') && names.includes('xl/workbook.xml') ? 'xlsx' : undefined;
  }
  if (OLE2.every((b, i) => bytes[i] === b)) return 'xls';
  // A PDF can be plain ASCII: known signatures first, so it is named what it is, not a bad CSV.
  if (recogniseEvidence(bytes) || bytes.includes(0)) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'csv';
  } catch {
    return undefined;
  }
}

/** The bytes an XLSX claims its parts hold once unpacked (what `IMPORT_LIMITS.unpackedBytes` bounds); 0 when not a ZIP. */
export function unpackedSize(bytes: Uint8Array): number {
  return (zipEntries(bytes) ?? []).reduce((sum, e) => sum + e.uncompressedSize, 0);
}

/** A CSV file's text: UTF-8, its byte order mark dropped. */
export function csvText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * A spreadsheet cell as the text the template's reader takes: a date cell
 * (Excel keeps dates as numbers with a date format; readers give a Date at
 * midnight UTC) as `yyyy-mm-dd`, a number as written, a boolean as
 * `true`/`false`, an empty cell as ''.
 */
export function spreadsheetCellText(cell: string | number | boolean | Date | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}
