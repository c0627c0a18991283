/**
 * The public results' server of the Chromium tests (web-test-runner.config.mjs,
 * `results-api`), in a process of its own: PGlite's work would otherwise block
 * the test runner's event loop. Starts a throw-away server (PGlite, or a fresh
 * database on DATABASE_URL) over the seeded catalog with its demo round open
 * (`bn2026-demo`) and makes a round's journey through the real routes — with
 * the steps the server's own tests use (`@thidua/server/results-journey`) —
 * then prints `{ url, campaignId, roundId, awards, featured }` on one line and
 * serves until SIGTERM.
 */
let server;
process.on('SIGTERM', async () => {
  await server?.dispose();
  process.exit(0);
});

async function journey() {
  // The journey's steps are the server tests' own (`@thidua/server/results-journey`); this file writes only its scenario.
  const [{ startTestServer }, { BANG_KHEN, ROUND, appraise, issueTokens, pngImage, resultsCatalog, sender, submittedDossier }, { dateIn }] = await Promise.all([
    import('@thidua/server'),
    import('@thidua/server/results-journey'),
    import('@thidua/schemas'),
  ]);
  const catalog = resultsCatalog();
  server = await startTestServer({ seed: catalog });
  const tokens = await issueTokens(server);
  const send = async (method, path, bearer, body, headers) => {
    const res = await sender(server)(method, path, bearer, body, headers);
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : undefined;
  };
  // Namesakes are two people: their dates of birth differ (the server refuses one person proposed twice).
  let born = 0;
  const person = (familyName, middleName, givenName, gender, position, workplace) => ({
    type: 'individual', familyName, middleName, givenName, gender, dateOfBirth: `198${born++}-06-02`, position, workplace,
  });
  const literacy = { summary: 'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến.', achievementCategoryIds: ['digital-literacy'] };
  const a = await submittedDossier(server, catalog, tokens.kinhBac, 'phuong-kinh-bac', [
    person('Nguyễn', 'Văn', 'An', 'male', 'Công chức Văn hóa - Xã hội', 'UBND phường Kinh Bắc'),
    person('Tôn Nữ', 'Thị Phương', 'Thảo', 'female', 'Trưởng khu phố', 'Khu phố Đọ Xá, phường Kinh Bắc'),
    person('Lê', 'Văn', 'Chưa', 'male', 'Đoàn viên', 'Chi đoàn khu phố 3'),
  ], literacy);
  const b = await submittedDossier(server, catalog, tokens.tienDu, 'xa-tien-du', [
    person('Nguyễn', 'Văn', 'An', 'male', 'Trưởng thôn', 'Thôn Đông Xuyên, xã Tiên Du'),
    { type: 'collective', name: 'Tổ Công nghệ số cộng đồng thôn Đông Xuyên, xã Tiên Du, tỉnh Bắc Ninh (nhiệm kỳ 2025–2030)', kind: 'communityTeam' },
  ], literacy);
  await appraise(server, tokens.appraiser, a, ['eligible', 'eligible', 'rejected']);
  await appraise(server, tokens.appraiser, b, ['eligible', 'eligible']);
  const decision = await send('POST', `/v1/rounds/${ROUND}/decisions`, tokens.coordinator, {
    decision: { number: '125/QĐ-UBND', signedOn: dateIn(new Date()), signer: { name: 'Nguyễn Văn Chủ Tịch', title: 'Chủ tịch UBND tỉnh' } },
    awardTypeId: BANG_KHEN,
    nominationIds: [a.nominationIds[0], a.nominationIds[1], b.nominationIds[0], b.nominationIds[1]],
  }, { 'Idempotency-Key': crypto.randomUUID() });
  const awardIdOf = (name) => {
    const found = decision.awards.find((x) => x.awardee.name.includes(name));
    if (!found) throw new Error(`no award for ${name}: ${JSON.stringify(decision.awards).slice(0, 500)}`);
    return found.id;
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
  return { url: server.url, campaignId: 'bn2026', roundId: ROUND, awards: decision.awards.length, featured: 2 };
}

console.log(JSON.stringify(await journey()));
