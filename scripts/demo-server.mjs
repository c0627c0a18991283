/**
 * The demo: the reference API on seeded data, and a department's portal page
 * on another origin that embeds the components from the CDN bundle — the way
 * a real portal would, under a strict Content Security Policy.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { issueToken, representation, startServer, staticFiles } from '../packages/server/dist/index.js';
import { bacNinh2026 } from '../packages/schemas/dist/catalogs/bac-ninh-2026.js';
import { withDemoRound } from '../packages/schemas/dist/catalogs/demo-round.js';
import { withMasthead } from './demo-masthead.mjs';
import { APPRAISING_UNIT, DEMO_UNIT, seedRound1, seedWardDossier } from './demo-seed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const mounts = [
  ['/cdn/', join(root, 'packages/components/dist/cdn')],
  ['/', join(root, 'demo')],
];
/** What a careful portal sends: no inline script or style, Trusted Types enforced. */
export function contentSecurityPolicy(apiUrl) {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    // The featured models' photos come from the API, as any portal embedding the kit shows them.
    `img-src 'self' data: ${apiUrl}`,
    `connect-src 'self' ${apiUrl}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/**
 * `<link rel="modulepreload">` for the SDK's files, as the CDN build's manifest lists them
 * (dist/cdn/sri.json), with their integrity: a page whose elements load from the API starts
 * the client's download with the page rather than after its first element asks for it.
 */
function sdkPreload() {
  const manifest = JSON.parse(readFileSync(join(mounts[0][1], 'sri.json'), 'utf8'));
  return manifest.preload.sdk.map((f) => `<link rel="modulepreload" href="/cdn/${f}" integrity="${manifest.integrity[f]}" />`).join('\n    ');
}

export async function startDemo({ apiPort = 8787, portalPort = 8788, dataDir = join(root, '.data/demo'), databaseUrl } = {}) {
  // The seeded catalog, plus a trial round open for dossiers today (flagged demo): the catalog's
  // own rounds keep their dates, and on most days none of them takes dossiers.
  const catalog = withDemoRound(bacNinh2026);
  // The server's clock: real time, except while round 1 (whose dates are past) is seeded, when it
  // is moved to each step's day. The portal is not listening yet and no token has been printed,
  // so no one else's request sees the moved clock.
  let movedClock;
  const api = await startServer({ port: apiPort, dataDir, databaseUrl, seed: catalog, now: () => movedClock ?? new Date() });
  // Tokens issued the server's own way (stored hashed) on every start: the demo prints them and the
  // pages ask for them; none is ever written into a page or an address.
  const proposer = await issueToken(api.db, { name: 'Cán bộ UBND phường Kinh Bắc (demo)', role: 'proposer', unitIds: [DEMO_UNIT] });
  const appraiser = await issueToken(api.db, { name: 'Chuyên viên thẩm định, Sở Khoa học và Công nghệ (demo)', role: 'appraiser', unitIds: [APPRAISING_UNIT] });
  // The coordinator acts for every unit (roles.ts); its token names none, so it works from the
  // catalog's coordinating department (Sở KH&CN, `coordinatingUnitId`), which the history shows.
  const coordinator = await issueToken(api.db, { name: 'Văn phòng Sở Khoa học và Công nghệ — cơ quan thường trực (demo)', role: 'coordinator' });
  try {
    await seedWardDossier(api.url, proposer.token);
    const seeded = await seedRound1({
      baseUrl: api.url,
      db: api.db,
      catalog,
      coordinatorToken: coordinator.token,
      appraiserToken: appraiser.token,
      setClock: (date) => (movedClock = date),
    });
    // Public reads cached while the clock was moved are keyed by that day; drop them all the same.
    if (seeded) api.cache?.invalidate();
  } catch (error) {
    await api.close();
    throw error;
  }
  const csp = contentSecurityPolicy(api.url);
  // The server's own file loader (as for its /cdn/ route): read once, brotli and gzip made once, the
  // API's URL and the page's masthead filled into the pages; a rebuilt file is read again.
  const pageAddress = (file) => `/${relative(mounts[1][1], file).split(sep).join('/')}`;
  const files = staticFiles({
    transform: (file, bytes) =>
      extname(file) === '.html'
        ? Buffer.from(withMasthead(bytes.toString('utf8').replaceAll('{{API_BASE}}', api.url).replaceAll('{{CDN_PRELOAD}}', sdkPreload()), pageAddress(file)))
        : bytes,
  });
  const portal = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [prefix, dir] = mounts.find(([p]) => path.startsWith(p));
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir + sep) && file !== dir) return void res.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const entry = await files.load(file);
      const { body, encoding } = representation(entry, req.headers['accept-encoding']);
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
    /** The ward whose officer the printed token stands for, and the token itself. */
    proposer: { unitId: DEMO_UNIT, token: proposer.token },
    /** An appraiser of Sở Khoa học và Công nghệ, which appraises the Chairman's Bằng khen. */
    appraiser: { unitId: APPRAISING_UNIT, token: appraiser.token },
    /** The coordinator: the department's office as the campaign's standing body (decisions, featured models). */
    coordinator: { token: coordinator.token },
    async close() {
      await new Promise((resolve) => {
        portal.close(() => resolve());
        portal.closeIdleConnections();
      });
      await api.close();
    },
  };
}
