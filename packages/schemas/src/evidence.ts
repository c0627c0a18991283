/*
 * Evidence files of a dossier: what they may be and how large. Zod-free, so
 * `<nomination-form>` can check a file before sending it with the same rules
 * and limits the server applies.
 *
 * A file's type is taken from its bytes, never from its name or the type its
 * browser claims: a renamed executable or HTML page is refused, and a
 * download is served with the type recognised here. A DOCX is a ZIP, and so
 * are many other things; it is recognised by its central directory naming
 * `[Content_Types].xml` and a `word/` part (the central directory, at the
 * end, is what unzip tools trust; local headers can be prepended junk).
 */

/** The media types evidence may have (the same as `EvidenceMediaType` in nomination.ts). */
export const EVIDENCE_MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  jpeg: 'image/jpeg',
  png: 'image/png',
} as const;
export type EvidenceMediaTypeName = (typeof EVIDENCE_MEDIA_TYPES)[keyof typeof EVIDENCE_MEDIA_TYPES];

/**
 * Size limits, in bytes. A scanned multi-page report in PDF is a few MB; the
 * dossier limit leaves room for a proposal of 30 nominees with one report
 * each plus the shared letter and minutes, and bounds what one draft keeps in
 * the database.
 */
export const EVIDENCE_LIMITS = {
  fileBytes: 10 * 1024 * 1024,
  dossierBytes: 100 * 1024 * 1024,
  /** Longest file name kept (the name is shown back to the proposer, never logged). */
  nameLength: 255,
} as const;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/** One entry of a ZIP's central directory: its name (each byte a character) and the size it claims unpacked. */
export interface ZipEntry {
  name: string;
  uncompressedSize: number;
}

/**
 * The entries listed in a ZIP's central directory, or undefined when the
 * bytes are not a well-formed ZIP (ZIP64 included: a DOCX or an XLSX of a
 * dossier never needs it).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  if (!startsWith(bytes, ZIP_LOCAL)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY && i + 22 + view.getUint16(i + 20, true) === bytes.length) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (offset + size > end) return undefined;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > offset + size) return undefined;
    // Byte by byte: the names looked for are ASCII (a UTF-8 name reads as its bytes, never as one of them).
    entries.push({ name: String.fromCharCode(...bytes.subarray(at + 46, at + 46 + nameLength)), uncompressedSize: view.getUint32(at + 24, true) });
    at = next;
  }
  return entries;
}

/** The names listed in a ZIP's central directory, or undefined when the bytes are not a well-formed ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  return zipEntries(bytes)?.map((e) => e.name);
}

/** The media type the bytes are, among those evidence may have; undefined for anything else. */
export function recogniseEvidence(bytes: Uint8Array): EvidenceMediaTypeName | undefined {
  if (startsWith(bytes, PDF)) return EVIDENCE_MEDIA_TYPES.pdf;
  if (startsWith(bytes, PNG)) return EVIDENCE_MEDIA_TYPES.png;
  if (startsWith(bytes, JPEG)) return EVIDENCE_MEDIA_TYPES.jpeg;
  const names = zipEntryNames(bytes);
  if (names?.includes('[Content_Types].xml') && names.some((n) => n.startsWith('word/'))) return EVIDENCE_MEDIA_TYPES.docx;
  return undefined;
}

/** Why a file cannot be evidence, before it is sent: `empty`, `tooLarge` or `unsupportedType`; undefined when it may be. */
export function evidenceProblem(bytes: Uint8Array): 'empty' | 'tooLarge' | 'unsupportedType' | undefined {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > EVIDENCE_LIMITS.fileBytes) return 'tooLarge';
  return recogniseEvidence(bytes) ? undefined : 'unsupportedType';
}
