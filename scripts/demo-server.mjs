/**
 * The demo: the reference API on seeded data, and a department's portal page
 * on another origin that embeds the components from the CDN bundle — the way
 * a real portal would, under a strict Content Security Policy.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { issueToken, representation, startServer, staticFiles } from '../packages/server/dist/index.js';
import { createClient } from '../packages/sdk/dist/index.js';
import { bacNinh2026 } from '../packages/schemas/dist/catalogs/bac-ninh-2026.js';
import { withDemoRound } from '../packages/schemas/dist/catalogs/demo-round.js';

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
 * `<link rel="modulepreload">` for the SDK's files, as the CDN build's manifest lists them
 * (dist/cdn/sri.json), with their integrity: a page whose elements load from the API starts
 * the client's download with the page rather than after its first element asks for it.
 */
function sdkPreload() {
  const manifest = JSON.parse(readFileSync(join(mounts[0][1], 'sri.json'), 'utf8'));
  return manifest.preload.sdk.map((f) => `<link rel="modulepreload" href="/cdn/${f}" integrity="${manifest.integrity[f]}" />`).join('\n    ');
}

/** The ward whose "Đề nghị khen thưởng" page the demo shows. */
const DEMO_UNIT = 'phuong-kinh-bac';

/** A file the server recognises as a PDF from its first bytes: demo evidence, nothing in it. */
const demoPdf = (name) => new File([`%PDF-1.7\n% ${name} (minh họa)\n%%EOF\n`], name, { type: 'application/pdf' });

/**
 * One submitted proposal of the ward in the demo round, so that its list is not empty on
 * first sight. Made through the API like any officer's (so it is stored, referenced and
 * recorded in the history the same way), and only when the ward has no proposal yet: a
 * restarted demo over the same data directory keeps what it had.
 */
async function seedDemoDossiers(baseUrl, token) {
  const client = createClient({ baseUrl, token });
  const existing = await client.nominations.listProposals({ limit: 1 });
  if (existing.items.length > 0) return;
  let { proposal, etag } = await client.nominations.createProposal({
    campaignId: 'bn2026',
    roundId: 'bn2026-demo',
    awardTypeId: 'bang-khen-chu-tich-ubnd-tinh',
    proposingUnitId: DEMO_UNIT,
  });
  const step = async (write) => ({ proposal, etag } = await write());
  await step(() =>
    client.nominations.updateProposal(
      proposal.id,
      { contact: { name: 'Trần Văn Minh (minh họa)', position: 'Chuyên viên Văn phòng HĐND và UBND phường', phone: '0222 3800 000', email: 'demo@example.invalid' } },
      { etag },
    ),
  );
  await step(() => client.nominations.uploadEvidence(proposal.id, demoPdf('to-trinh-minh-hoa.pdf'), { kind: 'submissionLetter', etag }));
  await step(() => client.nominations.uploadEvidence(proposal.id, demoPdf('bien-ban-hoi-dong-minh-hoa.pdf'), { kind: 'councilMinutes', etag }));
  await step(() =>
    client.nominations.add(
      proposal.id,
      {
        nominee: { type: 'collective', name: 'Tổ Công nghệ số cộng đồng khu phố Đọ Xá (minh họa)', kind: 'communityTeam', headcount: 6, women: 3 },
        achievementCategoryIds: ['community-teams'],
        summary: 'Dữ liệu minh họa: hướng dẫn người dân trong khu phố cài đặt và dùng VNeID mức 2, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.',
        achievements: [{ period: 'Năm 2026', description: 'Dữ liệu minh họa: tổ chức các buổi hướng dẫn dịch vụ công trực tuyến tại nhà văn hoá khu phố.' }],
        priorAwards: [],
        attestedCriterionIds: ['tap-the-chap-hanh', 'tap-the-khong-vi-pham', 'to-cnscd-thanh-tich'],
      },
      { etag },
    ),
  );
  const nominationId = proposal.nominations[0].id;
  await step(() => client.nominations.uploadEvidence(proposal.id, demoPdf('bao-cao-thanh-tich-minh-hoa.pdf'), { kind: 'achievementReport', nominationId, etag }));
  await client.nominations.submit(proposal.id, { etag });
}

export async function startDemo({ apiPort = 8787, portalPort = 8788, dataDir = join(root, '.data/demo'), databaseUrl } = {}) {
  // The seeded catalog, plus a trial round open for dossiers today (flagged demo): the catalog's
  // own rounds keep their dates, and on most days none of them takes dossiers.
  const api = await startServer({ port: apiPort, dataDir, databaseUrl, seed: withDemoRound(bacNinh2026) });
  // A ward officer's proposer token, issued the server's own way (stored hashed) on every start:
  // the demo prints it and the "Đề nghị khen thưởng" page asks for it; it is never written into a page.
  const proposer = await issueToken(api.db, { name: 'Cán bộ UBND phường Kinh Bắc (demo)', role: 'proposer', unitIds: [DEMO_UNIT] });
  await seedDemoDossiers(api.url, proposer.token);
  const csp = contentSecurityPolicy(api.url);
  // The server's own file loader (as for its /cdn/ route): read once, brotli and gzip made once, the
  // API's URL filled into the pages; a rebuilt file is read again.
  const files = staticFiles({
    transform: (file, bytes) =>
      extname(file) === '.html' ? Buffer.from(bytes.toString('utf8').replaceAll('{{API_BASE}}', api.url).replaceAll('{{CDN_PRELOAD}}', sdkPreload())) : bytes,
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
    async close() {
      await new Promise((resolve) => {
        portal.close(() => resolve());
        portal.closeIdleConnections();
      });
      await api.close();
    },
  };
}
