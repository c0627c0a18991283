import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Database } from './db.js';
import { MIN_COMPRESS_BYTES, compress, compressBoth, isCompressible, negotiateEncoding, type Encoding } from './encoding.js';
import type { Env } from './http.js';

/**
 * Public reads served from memory.
 *
 * A public GET's answer is kept, keyed by everything that changes it: the
 * path, the query (sorted), the negotiated language and the date the server
 * resolves "today" to (so an answer computed for `asOf` = today never
 * outlives its day). It is kept compressed once (identity, gzip, brotli)
 * with its ETag, so a hit — or a conditional request that matches, a 304 —
 * touches neither the database nor zlib.
 *
 * Invalidation: LISTEN/NOTIFY, not a data version read per request. Reading
 * a version would cost a database round trip on every hit, and a 304 must
 * cost none. Triggers on every table public reads show (migration 4) notify
 * `thidua_data_changed` on any committed write, whoever makes it — this
 * server, another API process on the same PostgreSQL, the CLI, a seed, plain
 * SQL — and every server listening drops its whole cache. PGlite runs the
 * same triggers and delivers the same notifications in-process. Two rules
 * keep it correct under races and failures:
 * - a generation number: an answer computed while an invalidation arrived
 *   is served but not kept (it may have read the old data);
 * - while the listening connection is down the cache is off (nothing served
 *   from it, nothing kept), and it comes back empty once listening again.
 * This process's own writes invalidate as soon as they commit (db.ts), so a
 * client reading back its write through the same server sees it; another
 * server sees it when the notification arrives, milliseconds later.
 */
export interface CachedAnswer {
  status: number;
  headers: [string, string][];
  etag: string;
  identity: Uint8Array;
  gzip: Buffer;
  br: Buffer;
}

export interface ResponseCacheOptions {
  /** Bytes kept across all forms of all answers; the least recently used go first (default 64 MiB). */
  maxBytes?: number;
}

export class ResponseCache {
  readonly #entries = new Map<string, { answer: CachedAnswer; bytes: number }>();
  readonly #maxBytes: number;
  #bytes = 0;
  #generation = 0;
  #live = false;
  #stop: (() => void) | undefined;

  constructor(options: ResponseCacheOptions = {}) {
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  }

  /** A cache invalidated by every change to `db`, from this process or another. */
  static async watching(db: Database, options?: ResponseCacheOptions): Promise<ResponseCache> {
    const cache = new ResponseCache(options);
    cache.#stop = await db.watchChanges((event) => {
      cache.invalidate();
      if (event === 'lost') cache.#live = false;
      if (event === 'live') cache.#live = true;
    });
    cache.#live = true;
    return cache;
  }

  /** Whether answers may be served from and kept in the cache now. */
  get live() {
    return this.#live;
  }
  get generation() {
    return this.#generation;
  }
  get size() {
    return this.#entries.size;
  }

  invalidate() {
    this.#generation++;
    this.#entries.clear();
    this.#bytes = 0;
  }

  get(key: string): CachedAnswer | undefined {
    if (!this.#live) return undefined;
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    // Most recently used last: eviction takes from the front.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.answer;
  }

  /** Keeps an answer computed since `generation`, unless something changed meanwhile. */
  set(key: string, generation: number, answer: CachedAnswer) {
    if (!this.#live || generation !== this.#generation) return;
    const bytes = answer.identity.byteLength + answer.gzip.byteLength + answer.br.byteLength + key.length;
    if (bytes > this.#maxBytes) return;
    const old = this.#entries.get(key);
    if (old) {
      this.#entries.delete(key);
      this.#bytes -= old.bytes;
    }
    this.#entries.set(key, { answer, bytes });
    this.#bytes += bytes;
    for (const [k, e] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(k);
      this.#bytes -= e.bytes;
    }
  }

  close() {
    this.#stop?.();
    this.#live = false;
    this.invalidate();
  }
}

/** What every /v1 answer varies by: its language and its encoding. */
export const VARY = 'Accept-Encoding, Accept-Language';
const UNCACHED = 'no-store';
// Headers not kept with an answer: the request's own (its id), and those a reply sets itself.
const PER_REPLY = new Set(['x-request-id', 'x-client-request-id', 'date', 'content-length', 'content-encoding', 'etag', 'vary', 'transfer-encoding', 'connection', 'keep-alive']);

function cacheKey(url: string, locale: string, day: string): string {
  const { pathname, searchParams } = new URL(url);
  const query = [...searchParams].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return `${day} ${locale} ${pathname}?${new URLSearchParams(query)}`;
}

const etagOf = (body: Uint8Array) => `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** If-None-Match against an ETag, with the weak comparison RFC 9110 asks for GET. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

async function toAnswer(res: Response): Promise<CachedAnswer> {
  const identity = new Uint8Array(await res.arrayBuffer());
  const { gzip, br } = await compressBoth(identity);
  // Everything the layers below set (type, caching, security, CORS): the same for every reply of this answer.
  const headers = [...res.headers].filter(([name]) => !PER_REPLY.has(name));
  return { status: res.status, headers, etag: etagOf(identity), identity, gzip, br };
}

/**
 * A kept answer as a reply: its headers, the request's own, and the encoding
 * asked for. Built once with plain header pairs and not touched after, so
 * @hono/node-server writes the bytes directly.
 */
function reply(own: [string, string][], answer: CachedAnswer, encoding: Encoding, ifNoneMatch: string | undefined): Response {
  const headers: [string, string][] = [...answer.headers, ...own, ['ETag', answer.etag], ['Vary', VARY]];
  if (matches(ifNoneMatch, answer.etag)) {
    return new Response(null, { status: 304, headers: headers.filter(([name]) => name !== 'content-type') });
  }
  const body = encoding === 'br' ? answer.br : encoding === 'gzip' ? answer.gzip : answer.identity;
  if (encoding !== 'identity') headers.push(['Content-Encoding', encoding]);
  headers.push(['Content-Length', String(body.byteLength)]);
  return new Response(body as Uint8Array<ArrayBuffer>, { status: answer.status, headers });
}

/**
 * The /v1 answers' outer layer: the public-read cache with ETags and 304s,
 * compression of every answer worth it, `Vary` on all, and `no-store` on
 * every error (a 404 cached by a proxy would hide a unit created later).
 */
export function responses(options: {
  cache: ResponseCache | undefined;
  today: () => string;
  /** The request's own headers (its id), for an answer sent from the cache without the layers below. */
  requestHeaders: (c: Parameters<MiddlewareHandler<Env>>[0]) => [string, string][];
}): MiddlewareHandler<Env> {
  const { cache } = options;
  return async (c, next) => {
    const method = c.req.method;
    const read = (method === 'GET' || method === 'HEAD') && c.req.path !== '/v1/health';
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    const ifNoneMatch = c.req.header('if-none-match');
    const key = read && cache?.live ? cacheKey(c.req.url, c.get('locale'), options.today()) : undefined;
    const hit = key ? cache!.get(key) : undefined;
    if (hit) {
      c.res = undefined;
      c.res = reply(options.requestHeaders(c), hit, encoding, ifNoneMatch);
      return;
    }
    const generation = cache?.generation ?? 0;
    await next();
    const res = c.res;
    const cacheControl = res.headers.get('cache-control') ?? '';
    if (read && res.status === 200 && /\bpublic\b/.test(cacheControl)) {
      const answer = await toAnswer(res);
      if (key) cache!.set(key, generation, answer);
      const own = ['x-request-id', 'x-client-request-id'].flatMap((name) => {
        const value = res.headers.get(name);
        return value === null ? [] : [[name, value] as [string, string]];
      });
      c.res = undefined;
      c.res = reply(own, answer, encoding, ifNoneMatch);
      return;
    }
    // A private answer that carries its own version as ETag (a nomination
    // dossier): a matching If-None-Match is a 304, and it is still never kept.
    const own = res.headers.get('etag');
    if (read && res.status === 200 && own && matches(ifNoneMatch, own)) {
      await res.body?.cancel();
      const headers = new Headers(res.headers);
      for (const name of ['content-length', 'content-type', 'content-encoding']) headers.delete(name);
      headers.set('Vary', VARY);
      c.res = undefined;
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    // Errors, writes and private answers: never kept, by us or by anyone on the way.
    if (res.status >= 400) res.headers.set('Cache-Control', UNCACHED);
    res.headers.set('Vary', VARY);
    if (encoding === 'identity' || res.headers.has('content-encoding') || !res.body || !isCompressible(res.headers.get('content-type'))) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    let out: Uint8Array = body;
    if (body.byteLength >= MIN_COMPRESS_BYTES) {
      out = await compress(body, encoding);
      headers.set('Content-Encoding', encoding);
    }
    headers.set('Content-Length', String(out.byteLength));
    c.res = undefined;
    c.res = new Response(out as Uint8Array<ArrayBuffer>, { status: res.status, statusText: res.statusText, headers });
  };
}
