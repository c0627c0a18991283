import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { compressBoth, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding, type Encoding } from './encoding.js';

/*
 * Files sent as they are (the kit's CDN build under /cdn/, the demo portal's
 * pages): read once, compressed once with the best brotli and gzip, and kept
 * in memory by path and modification time, so a rebuilt file is read again.
 * One implementation for the server's /cdn/ route and the demo's file server.
 */

/** The types the kit's files need; a file of another type is not served. */
export const STATIC_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticFile {
  type: string;
  identity: Buffer;
  gzip?: Buffer | undefined;
  br?: Buffer | undefined;
  /** A strong validator of the bytes (each encoding tags it apart, see `representation`). */
  etag: string;
}

export interface StaticFilesOptions {
  /** Rewrites a file's bytes before they are kept (the demo fills the API's URL into its pages). */
  transform?: (file: string, bytes: Buffer) => Buffer;
}

export interface StaticFiles {
  /** The file as served; rejects when it is missing, is not a file, or has no known type. */
  load(file: string): Promise<StaticFile>;
}

export function staticFiles({ transform }: StaticFilesOptions = {}): StaticFiles {
  // Promises, so that requests arriving together for a file not yet read share one read and one compression.
  const kept = new Map<string, { mtimeMs: number; file: Promise<StaticFile> }>();
  return {
    async load(file) {
      const type = STATIC_TYPES[extname(file)];
      if (!type) throw Object.assign(new Error(`no type for ${file}`), { code: 'ENOENT' });
      const info = await stat(file);
      if (!info.isFile()) throw Object.assign(new Error(`not a file: ${file}`), { code: 'ENOENT' });
      const entry = kept.get(file);
      if (entry?.mtimeMs === info.mtimeMs) return entry.file;
      const loading = (async (): Promise<StaticFile> => {
        let identity: Buffer = await readFile(file);
        if (transform) identity = transform(file, identity);
        const compressed = isCompressible(type) && identity.length >= MIN_COMPRESS_BYTES ? await compressBoth(identity, { best: true }) : undefined;
        const etag = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
        return { type, identity, gzip: compressed?.gzip, br: compressed?.br, etag };
      })();
      kept.set(file, { mtimeMs: info.mtimeMs, file: loading });
      loading.catch(() => kept.delete(file));
      return loading;
    },
  };
}

/**
 * The representation of a file for a request's `Accept-Encoding`: its bytes,
 * the encoding, and its ETag — distinct per encoding, as a strong validator of
 * different bytes must be (`"…"`, `"…-br"`, `"…-gzip"`).
 */
export function representation(file: StaticFile, acceptEncoding: string | null | undefined): { body: Buffer; encoding: Encoding; etag: string } {
  const encoding = file.gzip ? negotiateEncoding(acceptEncoding) : 'identity';
  const body = encoding === 'br' ? file.br! : encoding === 'gzip' ? file.gzip! : file.identity;
  return { body, encoding, etag: `"${file.etag}${encoding === 'identity' ? '' : `-${encoding}`}"` };
}

/** Whether `If-None-Match` names the representation (weak comparison, as RFC 9110 asks for GET). */
export function notModified(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
