import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PHOTO_LIMITS, photoProblem, recognisePhoto } from '../src/photo.js';
import { samplePdf } from '../src/testing/evidence-files.js';

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u16be = (n: number) => [(n >>> 8) & 255, n & 255];
const u16le = (n: number) => [n & 255, (n >>> 8) & 255];
const u24le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];

const png = (w: number, h: number) => bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], u32be(13), 'IHDR', u32be(w), u32be(h), [8, 2, 0, 0, 0]);
/** A JPEG whose frame header comes after an APP0 (JFIF) and an APP1 (Exif) segment and a fill byte, as cameras write them. */
const jpeg = (w: number, h: number, sof = 0xc0) =>
  bytes([0xff, 0xd8], [0xff, 0xe0], u16be(16), 'JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0], [0xff, 0xe1], u16be(8), 'Exif\0\0', [0xff, 0xff, 0xdb], u16be(4), [0, 0], [0xff, sof], u16be(17), [8], u16be(h), u16be(w), [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
const riff = (chunk: string, payload: number[]) => bytes('RIFF', [0, 0, 0, 0], 'WEBP', chunk, [payload.length, 0, 0, 0], payload, new Array(16).fill(0));

describe('photos of featured models, recognised by their bytes', () => {
  it('reads the type and size of a PNG, a JPEG (baseline and progressive, after other segments) and the three kinds of WebP', () => {
    assert.deepEqual(recognisePhoto(png(1200, 800)), { mediaType: 'image/png', width: 1200, height: 800 });
    assert.deepEqual(recognisePhoto(jpeg(1600, 900)), { mediaType: 'image/jpeg', width: 1600, height: 900 });
    assert.deepEqual(recognisePhoto(jpeg(640, 480, 0xc2)), { mediaType: 'image/jpeg', width: 640, height: 480 });
    // VP8X: 24-bit sides minus one after four bytes of flags.
    assert.deepEqual(recognisePhoto(riff('VP8X', [0, 0, 0, 0, ...u24le(1919), ...u24le(1079)])), { mediaType: 'image/webp', width: 1920, height: 1080 });
    // VP8L: a signature byte, then 14-bit sides minus one packed little-endian.
    const packed = (1023) | (767 << 14);
    assert.deepEqual(recognisePhoto(riff('VP8L', [0x2f, packed & 255, (packed >>> 8) & 255, (packed >>> 16) & 255, (packed >>> 24) & 255])), { mediaType: 'image/webp', width: 1024, height: 768 });
    // VP8: a frame tag, the key frame's start code, then 14-bit sides.
    assert.deepEqual(recognisePhoto(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...u16le(800), ...u16le(600)])), { mediaType: 'image/webp', width: 800, height: 600 });
  });

  it('refuses what is not one of them, or claims no size: a PDF, a GIF, a JPEG whose data begins before a frame, a zero side', () => {
    assert.equal(recognisePhoto(samplePdf()), undefined);
    assert.equal(recognisePhoto(bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0])), undefined);
    assert.equal(recognisePhoto(bytes([0xff, 0xd8, 0xff, 0xda], u16be(8), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])), undefined);
    assert.equal(recognisePhoto(png(0, 10)), undefined);
    assert.equal(recognisePhoto(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), undefined, 'a PNG signature alone');
  });

  it('says why a file cannot be a photo before it is sent', () => {
    assert.equal(photoProblem(new Uint8Array()), 'empty');
    assert.equal(photoProblem(new Uint8Array(PHOTO_LIMITS.fileBytes + 1)), 'tooLarge');
    assert.equal(photoProblem(samplePdf()), 'unsupportedType');
    assert.equal(photoProblem(png(PHOTO_LIMITS.maxSide + 1, 10)), 'tooManyPixels', 'a small file declaring a huge canvas');
    assert.equal(photoProblem(png(PHOTO_LIMITS.maxSide, PHOTO_LIMITS.maxSide)), undefined);
  });
});
