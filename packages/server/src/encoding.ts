import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Content negotiation and compression with node:zlib, shared by the API and
 * the demo portal's file server (no dependency: zlib has gzip and brotli).
 */
export type Encoding = 'br' | 'gzip' | 'identity';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this a compressed body saves less than its headers cost. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * The best encoding the client accepts: brotli, then gzip, else none.
 * Honours q-values (`gzip;q=0` refuses gzip) and `*`.
 */
export function negotiateEncoding(acceptEncoding: string | null | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weightOf = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  const br = weightOf('br');
  const gz = Math.max(weightOf('gzip'), q.get('x-gzip') ?? 0);
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return 'identity';
}

/** Both compressed forms of a body, made once for a cached response or a static file. */
export async function compressBoth(body: Uint8Array, options: CompressOptions = {}): Promise<{ gzip: Buffer; br: Buffer }> {
  const [gz, br] = await Promise.all([compress(body, 'gzip', options), compress(body, 'br', options)]);
  return { gzip: gz, br };
}

export interface CompressOptions {
  /**
   * Static files compressed once for good can afford the best: brotli 11 and
   * gzip 9. Answers compressed on a cache miss use the fast defaults below.
   */
  best?: boolean;
}

export async function compress(body: Uint8Array, encoding: 'gzip' | 'br', options: CompressOptions = {}): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(body, { level: options.best ? 9 : 6 });
  // Quality 5 compresses a catalog-sized JSON in ~1.5 ms; 11 (the default)
  // takes ~15 times longer for ~10% fewer bytes, paid on every cache miss.
  return brotli(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: options.best ? 11 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
  });
}

/** Types worth compressing (text); images and archives are compressed already. */
export function isCompressible(contentType: string | null | undefined): boolean {
  return /^(text\/|application\/(json|javascript|xml|[\w.+-]+\+(json|xml))|image\/svg\+xml)/i.test(contentType ?? '');
}
