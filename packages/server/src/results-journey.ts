/**
 * A round's journey through the real HTTP routes — dossiers proposed with
 * their files and submitted, appraised (returned and resubmitted, rejected,
 * found eligible), decided, featured — in steps for the test suites of every
 * package: the server's results and personal-data tests, and the components'
 * public results server (`scripts/results-server.mjs`, plain Node, which
 * imports it as `@thidua/server/results-journey`). Each package writes its
 * own scenario with these steps; none copies them.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { nomineeGroup, type Catalog, type Nominee } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { withDemoRound } from '@thidua/schemas/catalogs/demo-round';
import { samplePdf } from '@thidua/schemas/testing/evidence-files';
import { issueToken } from './repositories/tokens.js';
import type { TestServer } from './testing.js';

/** The seeded catalog with its demo round (open for dossiers today): `bn2026-demo`. */
export function resultsCatalog(): Catalog {
  return withDemoRound(structuredClone(bacNinh2026));
}

export const ROUND = 'bn2026-demo';
export const BANG_KHEN = 'bang-khen-chu-tich-ubnd-tinh';

export interface Tokens {
  kinhBac: string;
  tienDu: string;
  appraiser: string;
  /** An appraiser of a unit that appraises no award of the round. */
  otherAppraiser: string;
  coordinator: string;
  reporter: string;
}

export async function issueTokens(server: TestServer): Promise<Tokens> {
  return {
    kinhBac: (await issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] })).token,
    tienDu: (await issueToken(server.db, { name: 'Xã Tiên Du', role: 'proposer', unitIds: ['xa-tien-du'] })).token,
    appraiser: (await issueToken(server.db, { name: 'Sở Khoa học và Công nghệ', role: 'appraiser', unitIds: ['so-khoa-hoc-cong-nghe'] })).token,
    otherAppraiser: (await issueToken(server.db, { name: 'Sở Y tế', role: 'appraiser', unitIds: ['so-y-te'] })).token,
    coordinator: (await issueToken(server.db, { name: 'Sở Khoa học và Công nghệ (thường trực)', role: 'coordinator' })).token,
    reporter: (await issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'reporter', unitIds: ['phuong-kinh-bac'] })).token,
  };
}

/** A request to the server with a bearer token, JSON when there is a body. */
export function sender(server: TestServer) {
  return (method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined || body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
}

export async function json<T = any>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  assert.equal(res.status, status, text.slice(0, 2000));
  return JSON.parse(text) as T;
}

/** Personal data the journey writes, which no public answer may show. */
export const PERSONAL = {
  contact: { name: 'Trần Văn Liên Hệ', position: 'Chuyên viên', phone: '0222 3822 919', email: 'lienhe.kinhbac@example.gov.vn' },
  datesOfBirth: ['1986-03-14', '1979-11-02', '1990-07-25', '1983-01-30', '1975-05-19'],
  internalComment: 'GHI CHÚ NỘI BỘ: hồ sơ cần đối chiếu lại với Sở Nội vụ',
  proposerMessage: 'Đề nghị bổ sung biên bản họp Hội đồng thi đua',
  evidenceName: 'bao-cao-thanh-tich-bi-mat.pdf',
  rejectReason: 'Thành tích chưa tiêu biểu so với tiêu chuẩn',
};

export const individual = (familyName: string, middleName: string, givenName: string, gender: 'female' | 'male', dateOfBirth: string, workplace = 'UBND phường Kinh Bắc'): Nominee => ({
  type: 'individual',
  familyName,
  middleName,
  givenName,
  gender,
  dateOfBirth,
  position: 'Công chức Văn phòng - Thống kê',
  workplace,
});

const criteriaFor = (catalog: Catalog, nominee: Nominee) =>
  catalog.campaigns[0]!.nominations!.criteria.filter((c) => c.appliesTo.includes(nomineeGroup(nominee))).map((c) => c.id);

export interface Dossier {
  proposalId: string;
  etag: string;
  nominationIds: string[];
}

/** What a dossier says besides its nominees (the journey's defaults otherwise). */
export interface DossierOptions {
  summary?: string;
  /** The achievement fields each nomination names (default `community-teams`). */
  achievementCategoryIds?: string[];
}

/** A proposal of `unit` with its nominees, every file the award requires, submitted. */
export async function submittedDossier(server: TestServer, catalog: Catalog, token: string, unit: string, nominees: readonly Nominee[], options: DossierOptions = {}): Promise<Dossier> {
  const send = sender(server);
  const draft = await draftDossier(server, catalog, token, unit, nominees, options);
  let res = await send('GET', `/v1/proposals/${draft.proposalId}`, token);
  const etag = res.headers.get('etag')!;
  await res.body?.cancel();
  res = await send('POST', `/v1/proposals/${draft.proposalId}/submit`, token, undefined, { 'If-Match': etag, 'Idempotency-Key': crypto.randomUUID() });
  const proposal = await json(res, 200);
  return { proposalId: proposal.id, etag: res.headers.get('etag')!, nominationIds: proposal.nominations.map((n: { id: string }) => n.id) };
}

/** A draft of `unit` with its nominees (contact, dates of birth) and every file the award requires, not submitted. */
export async function draftDossier(server: TestServer, catalog: Catalog, token: string, unit: string, nominees: readonly Nominee[], options: DossierOptions = {}): Promise<Dossier> {
  const { summary = 'Hướng dẫn 1.200 hộ dân cài đặt VNeID mức 2, "Sổ tay số" cho các tổ dân phố.', achievementCategoryIds = ['community-teams'] } = options;
  const send = sender(server);
  let res = await send('POST', '/v1/proposals', token, { campaignId: 'bn2026', roundId: ROUND, awardTypeId: BANG_KHEN, proposingUnitId: unit, contact: PERSONAL.contact }, { 'Idempotency-Key': crypto.randomUUID() });
  let proposal = await json(res, 201);
  let etag = res.headers.get('etag')!;
  for (const nominee of nominees) {
    res = await send(
      'POST',
      `/v1/proposals/${proposal.id}/nominations`,
      token,
      {
        nominee,
        achievementCategoryIds,
        summary,
        achievements: [{ period: '2025', description: 'Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình.' }],
        priorAwards: [],
        attestedCriterionIds: criteriaFor(catalog, nominee),
      },
      { 'If-Match': etag },
    );
    proposal = await json(res, 201);
    etag = res.headers.get('etag')!;
  }
  const upload = async (kind: string, nominationId?: string) => {
    const form = new FormData();
    form.append('kind', kind);
    if (nominationId) form.append('nominationId', nominationId);
    form.append('file', new Blob([samplePdf()], { type: 'application/pdf' }), PERSONAL.evidenceName);
    proposal = await json(await send('POST', `/v1/proposals/${proposal.id}/files`, token, form), 201);
  };
  await upload('submissionLetter');
  await upload('councilMinutes');
  for (const n of proposal.nominations) await upload('achievementReport', n.id);
  return { proposalId: proposal.id, etag, nominationIds: proposal.nominations.map((n: { id: string }) => n.id) };
}

/**
 * Appraises a submitted dossier through the appraisal routes: takes it into
 * appraisal, leaves an internal comment and one to the proposer, decides
 * each nomination (eligible, or rejected with a reason) and completes it.
 */
export async function appraise(
  server: TestServer,
  token: string,
  dossier: Dossier,
  outcomes: readonly ('eligible' | 'rejected')[],
  /** Return the whole dossier for completion first (with a reason), and have this proposer resubmit it. */
  returnTo?: string,
): Promise<void> {
  const send = sender(server);
  let res = await send('GET', `/v1/appraisals/${dossier.proposalId}`, token);
  let etag = res.headers.get('etag')!;
  await json(res, 200);
  const act = async (action: Record<string, unknown>) => {
    res = await send('POST', `/v1/appraisals/${dossier.proposalId}/actions`, token, action, { 'If-Match': etag });
    await json(res, 200);
    etag = res.headers.get('etag')!;
  };
  await act({ type: 'startAppraisal' });
  if (returnTo) {
    await act({ type: 'return', reason: PERSONAL.proposerMessage });
    res = await send('GET', `/v1/proposals/${dossier.proposalId}`, returnTo);
    const own = res.headers.get('etag')!;
    await json(res, 200);
    await json(await send('POST', `/v1/proposals/${dossier.proposalId}/resubmit`, returnTo, undefined, { 'If-Match': own, 'Idempotency-Key': crypto.randomUUID() }), 200);
    res = await send('GET', `/v1/appraisals/${dossier.proposalId}`, token);
    etag = res.headers.get('etag')!;
    await json(res, 200);
    await act({ type: 'startAppraisal' });
  }
  await json(await send('POST', `/v1/appraisals/${dossier.proposalId}/comments`, token, { text: PERSONAL.internalComment, audience: 'internal' }), 201);
  res = await send('GET', `/v1/appraisals/${dossier.proposalId}`, token);
  etag = res.headers.get('etag')!;
  await json(res, 200);
  for (const [i, outcome] of outcomes.entries()) {
    const nominationId = dossier.nominationIds[i]!;
    await act(outcome === 'eligible' ? { type: 'markEligible', nominationId } : { type: 'reject', nominationId, reason: PERSONAL.rejectReason });
  }
  await act({ type: 'completeAppraisal' });
}

/** A real PNG of `width` × `height` (grey pixels), as a photo upload would be. */
export function pngImage(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(Buffer.from(type, 'ascii'), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
    return out;
  };
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const raw = new Uint8Array(height * (width + 1)).map((_, i) => (i % (width + 1) === 0 ? 0 : 0x80));
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]));
}
