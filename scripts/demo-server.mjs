/**
 * The demo: the reference API on seeded data, and a department's portal page
 * on another origin that embeds the components from the CDN bundle — the way
 * a real portal would, under a strict Content Security Policy.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressBoth, isCompressible, negotiateEncoding, startServer } from '../packages/server/dist/index.js';
import { bacNinh2026 } from '../packages/schemas/dist/catalogs/bac-ninh-2026.js';
import { withDemoRound } from '../packages/schemas/dist/catalogs/demo-round.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const mounts = [
  ['/cdn/', join(root, 'packages/components/dist/cdn')],
  ['/', join(root, 'demo')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** What a careful portal sends: no inline script or style, Trusted Types enforced. */
export function contentSecurityPolicy(apiUrl) {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${apiUrl}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/**
 * A file as served: read, with the API's URL filled into HTML, and compressed
 * once with gzip and brotli (what a CDN or nginx with gzip_static would do).
 * Kept by path and modification time, so a rebuilt bundle is read again.
 */
async function loadFile(cache, file, apiUrl) {
  const { mtimeMs } = await stat(file);
  const kept = cache.get(file);
  if (kept?.mtimeMs === mtimeMs) return kept;
  let identity = await readFile(file);
  if (extname(file) === '.html') identity = Buffer.from(identity.toString('utf8').replaceAll('{{API_BASE}}', apiUrl));
  const type = types[extname(file)] ?? 'application/octet-stream';
  const compressed = isCompressible(type) && identity.length >= 1024 ? await compressBoth(identity, { best: true }) : undefined;
  const entry = { mtimeMs, type, identity, gzip: compressed?.gzip, br: compressed?.br };
  cache.set(file, entry);
  return entry;
}

export async function startDemo({ apiPort = 8787, portalPort = 8788, dataDir = join(root, '.data/demo'), databaseUrl } = {}) {
  // The seeded catalog, plus a trial round open for dossiers today (flagged demo): the catalog's
  // own rounds keep their dates, and on most days none of them takes dossiers.
  const api = await startServer({ port: apiPort, dataDir, databaseUrl, seed: withDemoRound(bacNinh2026) });
  const csp = contentSecurityPolicy(api.url);
  const files = new Map();
  const portal = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [prefix, dir] = mounts.find(([p]) => path.startsWith(p));
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir + sep) && file !== dir) return void res.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const entry = await loadFile(files, file, api.url);
      const encoding = entry.gzip ? negotiateEncoding(req.headers['accept-encoding']) : 'identity';
      const body = encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : entry.identity;
      res.writeHead(200, {
        'Content-Type': entry.type,
        'Content-Length': body.length,
        ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
        Vary: 'Accept-Encoding',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy (not found)');
    }
  });
  await new Promise((resolve, reject) => {
    portal.once('error', reject);
    portal.listen(portalPort, '127.0.0.1', resolve);
  });
  const portalUrl = `http://127.0.0.1:${portal.address().port}`;
  return {
    api,
    portalUrl,
    async close() {
      await new Promise((resolve) => {
        portal.close(() => resolve());
        portal.closeIdleConnections();
      });
      await api.close();
    },
  };
}
