/**
 * The public results' server of the Chromium tests (web-test-runner.config.mjs,
 * `results-api`), in a process of its own: PGlite's work would otherwise block
 * the test runner's event loop. Starts a throw-away server (PGlite, or a fresh
 * database on DATABASE_URL) over the seeded catalog with its demo round open
 * (`bn2026-demo`) and makes a round's journey through the real routes, then
 * prints `{ url, campaignId, roundId, awards, featured }` on one line and
 * serves until SIGTERM.
 */
import { deflateSync } from 'node:zlib';

let server;
process.on('SIGTERM', async () => {
  await server?.dispose();
  process.exit(0);
});

async function journey() {
  const [{ startTestServer, issueToken }, { bacNinh2026 }, { withDemoRound }, { samplePdf }, schemas] = await Promise.all([
    import('@thidua/server'),
    import('@thidua/schemas/catalogs/bac-ninh-2026'),
    import('@thidua/schemas/catalogs/demo-round'),
    import('@thidua/schemas/testing/evidence-files'),
    import('@thidua/schemas'),
  ]);
  const catalog = withDemoRound(structuredClone(bacNinh2026));
  server = await startTestServer({ seed: catalog });
  const token = async (name, role, unitIds) => (await issueToken(server.db, { name, role, ...(unitIds ? { unitIds } : {}) })).token;
  const tokens = {
    kinhBac: await token('UBND phường Kinh Bắc', 'proposer', ['phuong-kinh-bac']),
    tienDu: await token('UBND xã Tiên Du', 'proposer', ['xa-tien-du']),
    appraiser: await token('Sở Khoa học và Công nghệ', 'appraiser', ['so-khoa-hoc-cong-nghe']),
    coordinator: await token('Sở Khoa học và Công nghệ (thường trực)', 'coordinator'),
  };
  const roundId = 'bn2026-demo';
  const award = 'bang-khen-chu-tich-ubnd-tinh';
  const send = async (method, path, bearer, body, headers = {}) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
        ...(body === undefined || body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
    return { body: text ? JSON.parse(text) : undefined, etag: res.headers.get('etag') };
  };
  const criteria = (group) => catalog.campaigns[0].nominations.criteria.filter((c) => c.appliesTo.includes(group)).map((c) => c.id);
  // Namesakes are two people: their dates of birth differ (the server refuses one person proposed twice).
  let born = 0;
  const person = (familyName, middleName, givenName, gender, position, workplace) => ({
    type: 'individual', familyName, middleName, givenName, gender, dateOfBirth: `198${born++}-06-02`, position, workplace,
  });
  async function submitted(bearer, unit, nominees) {
    let { body: proposal, etag } = await send('POST', '/v1/proposals', bearer,
      { campaignId: 'bn2026', roundId, awardTypeId: award, proposingUnitId: unit, contact: { name: 'Trần Văn Bình', phone: '0222 3822 123', email: 'binh@example.gov.vn' } },
      { 'Idempotency-Key': crypto.randomUUID() });
    for (const nominee of nominees) {
      ({ body: proposal, etag } = await send('POST', `/v1/proposals/${proposal.id}/nominations`, bearer, {
        nominee,
        achievementCategoryIds: ['digital-literacy'],
        summary: 'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến.',
        achievements: [{ period: '2026', description: 'Hướng dẫn 1.200 hộ dân cài đặt VNeID mức 2.' }],
        priorAwards: [],
        attestedCriterionIds: criteria(schemas.nomineeGroup(nominee)),
      }, { 'If-Match': etag }));
    }
    const upload = async (kind, nominationId) => {
      const form = new FormData();
      form.append('kind', kind);
      if (nominationId) form.append('nominationId', nominationId);
      form.append('file', new Blob([samplePdf()], { type: 'application/pdf' }), 'ho-so.pdf');
      ({ body: proposal } = await send('POST', `/v1/proposals/${proposal.id}/files`, bearer, form));
    };
    await upload('submissionLetter');
    await upload('councilMinutes');
    for (const n of proposal.nominations) await upload('achievementReport', n.id);
    ({ etag } = await send('GET', `/v1/proposals/${proposal.id}`, bearer));
    ({ body: proposal } = await send('POST', `/v1/proposals/${proposal.id}/submit`, bearer, undefined, { 'If-Match': etag, 'Idempotency-Key': crypto.randomUUID() }));
    return proposal;
}
  async function appraise(proposal, outcomes) {
    let { etag } = await send('GET', `/v1/appraisals/${proposal.id}`, tokens.appraiser);
    const act = async (action) => ({ etag } = await send('POST', `/v1/appraisals/${proposal.id}/actions`, tokens.appraiser, action, { 'If-Match': etag }));
    await act({ type: 'startAppraisal' });
    for (const [i, outcome] of outcomes.entries()) {
      const nominationId = proposal.nominations[i].id;
      await act(outcome === 'eligible' ? { type: 'markEligible', nominationId } : { type: 'reject', nominationId, reason: 'Thành tích chưa tiêu biểu so với tiêu chuẩn' });
    }
    await act({ type: 'completeAppraisal' });
}
  const a = await submitted(tokens.kinhBac, 'phuong-kinh-bac', [
    person('Nguyễn', 'Văn', 'An', 'male', 'Công chức Văn hóa - Xã hội', 'UBND phường Kinh Bắc'),
    person('Tôn Nữ', 'Thị Phương', 'Thảo', 'female', 'Trưởng khu phố', 'Khu phố Đọ Xá, phường Kinh Bắc'),
    person('Lê', 'Văn', 'Chưa', 'male', 'Đoàn viên', 'Chi đoàn khu phố 3'),
  ]);
  const b = await submitted(tokens.tienDu, 'xa-tien-du', [
    person('Nguyễn', 'Văn', 'An', 'male', 'Trưởng thôn', 'Thôn Đông Xuyên, xã Tiên Du'),
    { type: 'collective', name: 'Tổ Công nghệ số cộng đồng thôn Đông Xuyên, xã Tiên Du, tỉnh Bắc Ninh (nhiệm kỳ 2025–2030)', kind: 'communityTeam' },
  ]);
  await appraise(a, ['eligible', 'eligible', 'rejected']);
  await appraise(b, ['eligible', 'eligible']);
  const today = schemas.dateIn(new Date());
  const { body: decision } = await send('POST', `/v1/rounds/${roundId}/decisions`, tokens.coordinator, {
    decision: { number: '125/QĐ-UBND', signedOn: today, signer: { name: 'Nguyễn Văn Chủ Tịch', title: 'Chủ tịch UBND tỉnh' } },
    awardTypeId: award,
    nominationIds: [a.nominations[0].id, a.nominations[1].id, b.nominations[0].id, b.nominations[1].id],
  }, { 'Idempotency-Key': crypto.randomUUID() });
  const byName = new Map(decision.awards.map((x) => [x.awardee?.name ?? x.name, x]));
  const awardIdOf = (name) => {
    const found = decision.awards.find((x) => JSON.stringify(x).includes(name));
    if (!found) throw new Error(`no award for ${name}: ${JSON.stringify(decision.awards).slice(0, 500)}`);
    return found.awardId ?? found.id;
  };
  const thao = awardIdOf('Thảo');
  const team = awardIdOf('Tổ Công nghệ số cộng đồng thôn Đông Xuyên');
  await send('PUT', `/v1/awards/${thao}/feature`, tokens.coordinator, {
    categoryId: 'digital-literacy',
    narrative: 'Chị Thảo mở lớp “Bình dân học vụ số” buổi tối cho 320 người cao tuổi của khu phố Đọ Xá, soạn bộ tài liệu hướng dẫn bằng tranh in khổ lớn, giúp 96 % hộ gia đình có tài khoản định danh điện tử mức 2 và nộp hồ sơ dịch vụ công trực tuyến toàn trình ngay tại nhà.\n\nMô hình được nhân rộng ra 12 xã, phường.',
    storyUrl: 'https://baobacninh.example.vn/dien-hinh/ton-nu-thi-phuong-thao',
  }, { 'If-Match': '*' });
  const form = new FormData();
  form.append('alt', 'Chị Tôn Nữ Thị Phương Thảo hướng dẫn một cụ bà cài đặt VNeID tại nhà văn hóa khu phố');
  form.append('file', new Blob([pngImage(64, 48)], { type: 'image/png' }), 'anh.png');
  await send('POST', `/v1/awards/${thao}/feature/photo`, tokens.coordinator, form);
  await send('PUT', `/v1/awards/${team}/feature`, tokens.coordinator, {
    categoryId: 'community-teams',
    narrative: 'Chín thành viên của Tổ trực hỗ trợ người dân mỗi tối thứ Năm tại nhà văn hóa thôn.',
  }, { 'If-Match': '*' });
  void byName;
  return { url: server.url, campaignId: 'bn2026', roundId, awards: decision.awards.length, featured: 2 };
}

/** A real PNG of `width` × `height` (grey pixels, 8-bit greyscale), as a photo upload would be. */
function pngImage(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
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
  header.set([8, 0, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (width + 1)).map((_, i) => (i % (width + 1) === 0 ? 0 : 0x80));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

console.log(JSON.stringify(await journey()));
