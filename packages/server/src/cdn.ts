import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { Env } from './http.js';
import { notModified, representation, staticFiles } from './static-files.js';

/*
 * The kit's CDN build (`@thidua/components`' dist/cdn: self-contained ES
 * modules) served under /cdn/<version>/, so a portal embeds the elements from
 * the server it reads data from. Static files, like the demo's pages: not an
 * operation of the API contract, not in the OpenAPI document.
 */

/** The CDN build's manifest, written by the components' Vite build (`dist/cdn/sri.json`). */
export interface CdnManifest {
  /** The components package's version: the path segment the files are served under. */
  version: string;
  /** Every script's Subresource Integrity hash (`sha384-…`), by path under dist/cdn. */
  integrity: Record<string, string>;
  /**
   * What a page may name in `<link rel="modulepreload">` so that an element's live mode loads with
   * the page: `sdk` (the API client and what it imports), `kpi-progress` (everything a live card
   * needs after its entry, the SDK first).
   */
  preload: Record<string, string[]>;
}

export interface Cdn {
  dir: string;
  manifest: CdnManifest;
}

const MANIFEST = 'sri.json';

/**
 * Where the CDN build is: `dir` when given, else `@thidua/components` as Node
 * resolves it from here — installed beside the server (`npm install
 * @thidua/server @thidua/components`: npm hoists both, and pnpm's lookup walks
 * up to the app's node_modules). Not a declared dependency: a server without
 * the kit is a whole API, and an optional peer would make the workspace's
 * packages depend on each other in a circle. Else the repository's own build
 * (packages/components/dist/cdn, for a server run from a checkout). Undefined
 * when there is none: the server
 * then answers /cdn/ with 404s. A `dir` without a manifest is a mistake said
 * at start, not a run of 404s.
 */
export function openCdn(dir?: string): Cdn | undefined {
  if (dir !== undefined) {
    const file = join(dir, MANIFEST);
    if (!existsSync(file)) throw new Error(`thidua: no CDN build in ${dir} (${MANIFEST} is missing; build @thidua/components first)`);
    return { dir, manifest: readManifest(file) };
  }
  for (const candidate of [resolved(), fileURLToPath(new URL('../../components/dist/cdn/', import.meta.url))]) {
    if (candidate && existsSync(join(candidate, MANIFEST))) return { dir: candidate, manifest: readManifest(join(candidate, MANIFEST)) };
  }
  return undefined;
}

function resolved(): string | undefined {
  try {
    return dirname(fileURLToPath(import.meta.resolve(`@thidua/components/cdn/${MANIFEST}`)));
  } catch {
    return undefined;
  }
}

function readManifest(file: string): CdnManifest {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<CdnManifest>;
  if (typeof manifest.version !== 'string' || !manifest.integrity) throw new Error(`thidua: ${file} is not a CDN manifest`);
  return { version: manifest.version, integrity: manifest.integrity, preload: manifest.preload ?? {} };
}

/** A year: the files under a version never change, so browsers and proxies keep them without asking. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * GET (and HEAD) /cdn/<version>/<path>: a file of the build, compressed as the
 * browser accepts (brotli, else gzip), with an ETag, CORS for any origin (a
 * module script with `crossorigin` and `integrity` needs it; a page on another
 * origin would otherwise get a blank card) and cached for a year. Any other
 * version — `latest` included — is a 404: a redirect to a moving version would
 * break the `integrity` a page pins, and a mutable URL could not be immutable.
 * Registered before the API's middleware, which has nothing to add to a file.
 */
export function serveCdn(app: Hono<Env>, cdn: Cdn): void {
  const files = staticFiles();
  const root = cdn.dir.endsWith(sep) ? cdn.dir : cdn.dir + sep;
  app.get('/cdn/*', async (c) => {
    const segments = segmentsOf(new URL(c.req.url).pathname.slice('/cdn/'.length));
    if (!segments || segments.length < 2 || segments[0] !== cdn.manifest.version) return c.notFound();
    const path = join(root, ...segments.slice(1));
    // Segments can hold neither a separator nor `..`: this holds by construction, and is checked anyway.
    if (!path.startsWith(root)) return c.notFound();
    let file;
    try {
      file = await files.load(path);
    } catch {
      return c.notFound();
    }
    const { body, encoding, etag } = representation(file, c.req.header('accept-encoding'));
    const headers: Record<string, string> = {
      'Cache-Control': IMMUTABLE,
      ETag: etag,
      Vary: 'Accept-Encoding',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
    };
    if (notModified(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers });
    headers['Content-Type'] = file.type;
    headers['Content-Length'] = String(body.length);
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    return new Response(c.req.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  });
}

/**
 * The path's segments, percent-decoded one by one; undefined when one is
 * empty, `.` or `..`, hidden, or holds a slash, a backslash or a NUL once
 * decoded (`..%2f`, `%5c`): nothing outside the build can be named.
 */
function segmentsOf(rest: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '' || segment.startsWith('.') || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}
