/*
 * Photos of featured models (điển hình tiên tiến): JPEG, PNG or WebP,
 * recognised by their bytes, never by the name or the declared type, and
 * measured from their headers so a page can reserve the image's box before
 * it loads. Free of zod, so a form can check a photo before sending it with
 * the rules the server applies.
 */

export const PHOTO_MEDIA_TYPES = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
} as const;
export type PhotoMediaType = (typeof PHOTO_MEDIA_TYPES)[keyof typeof PHOTO_MEDIA_TYPES];

/**
 * A news photo saved for the web is a few hundred KB; 3 MiB leaves room for
 * a camera's JPEG without letting a page of cards weigh tens of MB. The
 * sides are bounded so that a tiny file declaring a huge canvas (a
 * "decompression bomb") is refused before any browser decodes it.
 */
export const PHOTO_LIMITS = {
  fileBytes: 3 * 1024 * 1024,
  maxSide: 8000,
  altLength: 300,
} as const;

export interface RecognisedPhoto {
  mediaType: PhotoMediaType;
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

function png(b: Uint8Array): RecognisedPhoto | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 24 || !signature.every((x, i) => b[i] === x) || ascii(b, 12, 4) !== 'IHDR') return undefined;
  return { mediaType: PHOTO_MEDIA_TYPES.png, width: u32be(b, 16), height: u32be(b, 20) };
}

/** A JPEG's size is in its first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC). */
function jpeg(b: Uint8Array): RecognisedPhoto | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return undefined;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    // Fill bytes, and markers without a length.
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = u16be(b, i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { mediaType: PHOTO_MEDIA_TYPES.jpeg, height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    // Image data began (start of scan) or the file ended before a frame header.
    if (marker === 0xda || marker === 0xd9 || length < 2) return undefined;
    i += 2 + length;
  }
  return undefined;
}

/** WebP: a RIFF container whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended). */
function webp(b: Uint8Array): RecognisedPhoto | undefined {
  if (b.length < 30 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return undefined;
  const chunk = ascii(b, 12, 4);
  const size = (width: number, height: number) => ({ mediaType: PHOTO_MEDIA_TYPES.webp, width, height });
  if (chunk === 'VP8X') return size(u24le(b, 24) + 1, u24le(b, 27) + 1);
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return undefined;
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return size((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8 ') {
    // A key frame's start code, then 14-bit sides (two bits of scaling above them).
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return undefined;
    return size(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
  }
  return undefined;
}

/** What the bytes are among the photo types, with the image's size; undefined for anything else. */
export function recognisePhoto(bytes: Uint8Array): RecognisedPhoto | undefined {
  const found = png(bytes) ?? jpeg(bytes) ?? webp(bytes);
  return found && found.width > 0 && found.height > 0 ? found : undefined;
}

/** Why a file cannot be a photo, before it is sent: `empty`, `tooLarge`, `unsupportedType` or `tooManyPixels`; undefined when it may be. */
export function photoProblem(bytes: Uint8Array): 'empty' | 'tooLarge' | 'unsupportedType' | 'tooManyPixels' | undefined {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > PHOTO_LIMITS.fileBytes) return 'tooLarge';
  const photo = recognisePhoto(bytes);
  if (!photo) return 'unsupportedType';
  return photo.width > PHOTO_LIMITS.maxSide || photo.height > PHOTO_LIMITS.maxSide ? 'tooManyPixels' : undefined;
}
