import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { readSheet } from 'read-excel-file/universal';
import {
  ApiErrorBody,
  AwardList,
  CommendationSummary,
  Decision,
  FeaturedModel,
  FeaturedModelList,
  ProposedList,
  dateIn,
  parseCsv,
  validate,
  type Nominee,
  type Proposal,
} from '@thidua/schemas';
import { samplePdf } from '@thidua/schemas/testing/evidence-files';
import { IMMUTABLE_CACHE, PUBLIC_CACHE } from '../src/http.js';
import { certificatesPrintout } from '../src/printouts.js';
import { useTestServer } from './support.js';
import { BANG_KHEN, PERSONAL, ROUND, appraise, individual, issueTokens, json, pngImage, resultsCatalog, sender, submittedDossier, type Dossier, type Tokens } from '../src/results-journey.js';

const catalog = resultsCatalog();
// The province's Bằng khen blank: A3, its lines where its printed frame leaves room (catalog data, not code).
catalog.awardTypes!.find((a) => a.id === BANG_KHEN)!.certificateLayout = {
  paper: 'A3',
  awardee: { top: 120, left: 60, width: 300, fontSize: 30 },
  unit: { top: 142, left: 60, width: 300, fontSize: 18 },
  citation: { top: 162, left: 70, width: 280, fontSize: 16, align: 'center' },
  decision: { top: 240, left: 30, width: 160, fontSize: 13, align: 'left' },
};
const logged: string[] = [];
let tokens: Tokens;
const server = useTestServer(
  async (s) => {
    tokens = await issueTokens(s);
  },
  { seed: catalog, logError: (error) => logged.push(String(error instanceof Error ? `${error.stack} ${String(error.cause)}` : error)) },
);
const send = (...args: Parameters<ReturnType<typeof sender>>) => sender(server)(...args);

const SCRIPT_NAME = 'Tổ <script>alert("x")</script> khu phố 5';
const kinhBacNominees: Nominee[] = [
  { type: 'collective', name: 'Tổ Công nghệ số cộng đồng khu phố 3, phường Kinh Bắc', kind: 'communityTeam', headcount: 10, women: 7 },
  { type: 'collective', name: SCRIPT_NAME, kind: 'communityTeam', headcount: 8, women: 2 },
  individual('Trần', 'Văn', 'An', 'male', PERSONAL.datesOfBirth[0]!),
  individual('Nguyễn', 'Thị', 'Hà', 'female', PERSONAL.datesOfBirth[1]!),
  individual('Phạm', 'Minh', 'Anh', 'male', PERSONAL.datesOfBirth[2]!),
];
const tienDuNominees: Nominee[] = [
  individual('Lê', 'Thị', 'Bình', 'female', PERSONAL.datesOfBirth[3]!, 'UBND xã Tiên Du'),
  { type: 'collective', name: 'Phòng Văn hóa - Xã hội, UBND xã Tiên Du', kind: 'unit', headcount: 6, women: 3 },
];

async function error(res: Response, status: number) {
  const body = await json(res, status);
  const parsed = validate(ApiErrorBody, body);
  assert.ok(parsed.success);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  return parsed.data.error;
}

const today = dateIn(new Date());
const decisionBody = (nominationIds: string[], number = '1234/QĐ-UBND') => ({
  decision: { number, signedOn: today, signer: { name: 'Nguyễn Văn Chủ Tịch', title: 'CHỦ TỊCH' } },
  awardTypeId: BANG_KHEN,
  nominationIds,
});

/** The CSP of a printout: no script, styles only by hash, and each hash that of a style element of the document. */
function assertPrintoutPolicy(res: Response, html: string) {
  assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const policy = res.headers.get('content-security-policy') ?? '';
  assert.match(policy, /default-src 'none'/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|script-src/);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => createHash('sha256').update(m[1]!).digest('base64'));
  assert.equal(styles.length, 1);
  assert.match(policy, new RegExp(`style-src 'sha256-${styles[0]!.replace(/[+/]/g, (c) => `\\${c}`)}'`));
  assert.doesNotMatch(html, /<script/i, 'no script element, not even from a name');
  assert.doesNotMatch(html, / style=/, 'no inline style attribute');
}

describe(`the results of a round, through HTTP (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let kinhBac: Dossier;
  let tienDu: Dossier;
  let decision: Decision;

  it('seeds two appraised dossiers: submitted by two units, appraised through the appraisal routes', async () => {
    kinhBac = await submittedDossier(server, catalog, tokens.kinhBac, 'phuong-kinh-bac', kinhBacNominees);
    tienDu = await submittedDossier(server, catalog, tokens.tienDu, 'xa-tien-du', tienDuNominees);
    // The list is empty until an appraisal is completed: decided nominations are not final before.
    const empty = validate(ProposedList, await json(await send('GET', `/v1/rounds/${ROUND}/proposed-list`, tokens.appraiser), 200));
    assert.ok(empty.success);
    assert.equal(empty.data.items.length, 0);
    await appraise(server, tokens.appraiser, kinhBac, ['eligible', 'eligible', 'eligible', 'eligible', 'rejected']);
    // Tiên Du's dossier is returned for completion once, then resubmitted.
    await appraise(server, tokens.appraiser, tienDu, ['eligible', 'eligible'], tokens.tienDu);
  });

  it('lists the eligible nominations in the law’s order: collectives first, then on equal standing women and collectives ≥ 70 % women first, then by name', async () => {
    const res = await send('GET', `/v1/rounds/${ROUND}/proposed-list?awardTypeId=${BANG_KHEN}`, tokens.appraiser);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const list = validate(ProposedList, await json(res, 200));
    assert.ok(list.success, JSON.stringify(!list.success && list.issues));
    const { items, counts } = list.data;
    assert.deepEqual(
      items.map((i) => [i.position, i.nominee.name, i.womenPriority]),
      [
        [1, 'Tổ Công nghệ số cộng đồng khu phố 3, phường Kinh Bắc', 'womenCollective'],
        [2, 'Phòng Văn hóa - Xã hội, UBND xã Tiên Du', null],
        [3, SCRIPT_NAME, null],
        // "An" sorts before "Bình" and "Hà": the women come first on equal standing all the same.
        [4, 'Lê Thị Bình', 'woman'],
        [5, 'Nguyễn Thị Hà', 'woman'],
        [6, 'Trần Văn An', null],
      ],
    );
    assert.deepEqual(counts, { total: 6, collectives: 3, individuals: 3, women: 2, womenCollectives: 1, eligible: 6, awarded: 0 });
    assert.deepEqual(items[4]!.proposingUnit, { id: 'phuong-kinh-bac', name: items[4]!.proposingUnit.name, kind: 'ward' });
    assert.ok(items.every((i) => i.status === 'eligible' && i.reference && i.summary?.includes('VNeID')));
    // The rejected nominee is not proposed; no date of birth or gender field travels with the list.
    assert.ok(!items.some((i) => i.nominee.name === 'Phạm Minh Anh'));
    const text = JSON.stringify(list.data);
    for (const date of PERSONAL.datesOfBirth) assert.ok(!text.includes(date), date);
    assert.doesNotMatch(text, /"gender"|dateOfBirth/);
  });

  it('shows an appraiser only the award types its units appraise, and refuses the others', async () => {
    // An appraiser of a unit that appraises none of the round's awards is refused, not shown an empty list.
    await error(await send('GET', `/v1/rounds/${ROUND}/proposed-list`, tokens.otherAppraiser), 403);
    await error(await send('GET', `/v1/rounds/${ROUND}/summary`, tokens.otherAppraiser), 403);
    await error(await send('GET', '/v1/campaigns/bn2026/commendation-summary/export', tokens.otherAppraiser), 403);
    const refused = await error(await send('GET', `/v1/rounds/${ROUND}/proposed-list?awardTypeId=${BANG_KHEN}`, tokens.otherAppraiser), 403);
    assert.deepEqual(refused.issues[0]!.path, ['query', 'awardTypeId']);
    await error(await send('GET', `/v1/rounds/${ROUND}/proposed-list`, tokens.kinhBac), 403);
    await error(await send('GET', '/v1/rounds/khong-co/proposed-list', tokens.appraiser), 404);
    const notInRound = await error(await send('GET', `/v1/rounds/${ROUND}/proposed-list?awardTypeId=khong-co`, tokens.appraiser), 404);
    assert.deepEqual(notInRound.issues[0]!.path, ['query', 'awardTypeId']);
  });

  it('exports the list as CSV that Excel opens as UTF-8 (byte order mark, CRLF, quoting), in the list’s order', async () => {
    const res = await send('GET', `/v1/rounds/${ROUND}/proposed-list/export?format=csv`, tokens.coordinator);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="danh-sach-de-nghi-khen-thuong-bn2026-demo\.csv"/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte order mark, which makes Excel read UTF-8');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    assert.ok(text.endsWith('\r\n'));
    assert.equal(text.replace(/"[^"]*"/g, '').split('\n').length - 1, text.replace(/"[^"]*"/g, '').split('\r\n').length - 1, 'every line ends in CRLF');
    // A summary with a comma and quotes is one quoted cell, its quotes doubled.
    assert.ok(text.includes('"Hướng dẫn 1.200 hộ dân cài đặt VNeID mức 2, ""Sổ tay số"" cho các tổ dân phố."'));
    const rows = parseCsv(text);
    assert.deepEqual(rows[0]!.slice(0, 3), ['STT', 'Hình thức khen thưởng', 'Tên tập thể / Họ và tên']);
    assert.deepEqual(rows.slice(1).map((r) => r[2]), ['Tổ Công nghệ số cộng đồng khu phố 3, phường Kinh Bắc', 'Phòng Văn hóa - Xã hội, UBND xã Tiên Du', SCRIPT_NAME, 'Lê Thị Bình', 'Nguyễn Thị Hà', 'Trần Văn An']);
    assert.equal(rows[4]![5], 'Nữ');
    assert.equal(rows[4]![4], 'Xã Tiên Du');
    // English headers for an English reader.
    const en = await send('GET', `/v1/rounds/${ROUND}/proposed-list/export?format=csv`, tokens.coordinator, undefined, { 'Accept-Language': 'en' });
    assert.deepEqual(parseCsv(await en.text())[0]!.slice(0, 3), ['No.', 'Award', 'Collective / Name']);
  });

  it('exports the list as .xlsx that read-excel-file reads back with the same rows', async () => {
    const res = await send('GET', `/v1/rounds/${ROUND}/proposed-list/export`, tokens.appraiser);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.match(res.headers.get('content-disposition') ?? '', /\.xlsx"/);
    const sheet = await readSheet(await res.arrayBuffer());
    assert.equal(sheet.length, 7);
    assert.equal(sheet[0]![0], 'STT');
    assert.deepEqual(sheet.slice(1).map((r) => [r[0], r[2]]), [
      [1, 'Tổ Công nghệ số cộng đồng khu phố 3, phường Kinh Bắc'],
      [2, 'Phòng Văn hóa - Xã hội, UBND xã Tiên Du'],
      [3, SCRIPT_NAME],
      [4, 'Lê Thị Bình'],
      [5, 'Nguyễn Thị Hà'],
      [6, 'Trần Văn An'],
    ]);
    assert.match(String(sheet[1]![8]), /^BN2026-BK-\d{4}-\d{2}$/, 'a reference stays text');
  });

  it('prints the list as an HTML page under a strict policy, a name holding <script> printed as text', async () => {
    const res = await send('GET', `/v1/rounds/${ROUND}/proposed-list/print`, tokens.appraiser);
    const html = await res.text();
    assert.equal(res.status, 200, html);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assertPrintoutPolicy(res, html);
    assert.ok(html.includes('Tổ &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; khu phố 5'));
    assert.match(html, /@page \{ size: A4 landscape;/);
    assert.match(html, /thead \{ display: table-header-group; \}/, 'the table header repeats on each printed page');
    assert.match(html, /<html lang="vi">/);
    assert.ok(html.includes('<dt>Tổng số</dt><dd>6</dd>'));
    assert.ok(html.indexOf('Lê Thị Bình') < html.indexOf('Trần Văn An'));
  });

  it('records the decision once, in one transaction, whatever a retry does; refuses a second record of a number or an award', async () => {
    const list = (await json(await send('GET', `/v1/rounds/${ROUND}/proposed-list`, tokens.coordinator), 200)) as ProposedList;
    const byName = new Map(list.items.map((i) => [i.nominee.name, i.nominationId]));
    // Before: the public list is read (and cached) empty.
    const before = await send('GET', '/v1/campaigns/bn2026/awards');
    assert.equal(((await json(before, 200)) as AwardList).items.length, 0);

    const ids = ['Trần Văn An', 'Nguyễn Thị Hà', SCRIPT_NAME, 'Lê Thị Bình', 'Tổ Công nghệ số cộng đồng khu phố 3, phường Kinh Bắc'].map((n) => byName.get(n)!);
    const key = crypto.randomUUID();
    const first = await send('POST', `/v1/rounds/${ROUND}/decisions`, tokens.coordinator, decisionBody(ids), { 'Idempotency-Key': key });
    const parsed = validate(Decision, await json(first, 201));
    assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.issues));
    decision = parsed.data;
    assert.equal(first.headers.get('location'), `/v1/decisions/${decision.id}`);
    assert.equal(decision.number, '1234/QĐ-UBND');
    assert.equal(decision.citation, 'Đã có thành tích xuất sắc trong phong trào thi đua “Chuyển đổi số trên địa bàn tỉnh Bắc Ninh đến năm 2026”');
    // The awards in the proposed list's order, not the request's.
    assert.deepEqual(decision.awards.map((a) => a.awardee.name), ['Tổ Công nghệ số cộng đồng khu phố 3, phường Kinh Bắc', SCRIPT_NAME, 'Lê Thị Bình', 'Nguyễn Thị Hà', 'Trần Văn An']);

    const retry = await send('POST', `/v1/rounds/${ROUND}/decisions`, tokens.coordinator, decisionBody(ids), { 'Idempotency-Key': key });
    const replayed = (await json(retry, 201)) as Decision;
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(replayed.id, decision.id);
    const decisions = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM award_decisions');
    assert.equal(decisions.rows[0]!.n, 1, 'a retry never records twice');

    const reused = await error(await send('POST', `/v1/rounds/${ROUND}/decisions`, tokens.coordinator, decisionBody(ids.slice(0, 1)), { 'Idempotency-Key': key }), 409);
    assert.deepEqual(reused.issues[0]!.path, ['header', 'Idempotency-Key']);
    const sameNumber = await error(
      await send('POST', `/v1/rounds/${ROUND}/decisions`, tokens.coordinator, decisionBody([byName.get('Phòng Văn hóa - Xã hội, UBND xã Tiên Du')!]), { 'Idempotency-Key': crypto.randomUUID() }),
      409,
    );
    assert.deepEqual(sameNumber.issues[0]!.path, ['body', 'decision', 'number']);
    // A nomination awarded already, beside one that is eligible: refused, and the eligible one is not awarded either.
    const twice = await error(
      await send('POST', `/v1/rounds/${ROUND}/decisions`, tokens.coordinator, decisionBody([byName.get('Phòng Văn hóa - Xã hội, UBND xã Tiên Du')!, ids[0]!], '1300/QĐ-UBND'), { 'Idempotency-Key': crypto.randomUUID() }),
      409,
    );
    assert.deepEqual(twice.issues.map((i) => i.path), [['body', 'nominationIds', 1]]);
    const after = (await json(await send('GET', `/v1/rounds/${ROUND}/proposed-list`, tokens.coordinator), 200)) as ProposedList;
    assert.deepEqual(after.counts, { ...list.counts, eligible: 1, awarded: 5 });
    assert.equal(after.items.find((i) => i.nominee.name === 'Trần Văn An')!.decision!.number, '1234/QĐ-UBND');

    // The proposals moved on: each one's history records the decision for each of its nominations.
    const history = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM proposal_history WHERE action = 'decisionRecorded'`);
    assert.equal(history.rows[0]!.n, 5);
    // The ward reads who recorded it: the coordinator, for its coordinating department (the catalog's, its token naming none).
    const ward = (await json(await send('GET', `/v1/proposals/${kinhBac.proposalId}`, tokens.kinhBac), 200)) as Proposal;
    const recorded = ward.history.filter((h) => h.action === 'decisionRecorded');
    assert.ok(recorded.length > 0);
    for (const h of recorded)
      assert.deepEqual(h.actor, { role: 'coordinator', unit: { id: 'so-khoa-hoc-cong-nghe', name: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' } } });

    // The public list shows the awards at once, though it was cached empty a moment ago.
    const now = (await json(await send('GET', '/v1/campaigns/bn2026/awards'), 200)) as AwardList;
    assert.equal(now.items.length, 5);
  });

  it('refuses a bad decision with the path of each problem, in Vietnamese or English, never a 500', async () => {
    const list = (await json(await send('GET', `/v1/rounds/${ROUND}/proposed-list`, tokens.coordinator), 200)) as ProposedList;
    const eligible = list.items.find((i) => i.status === 'eligible')!.nominationId;
    const post = (body: unknown, lang = 'vi', token = tokens.coordinator) =>
      send('POST', `/v1/rounds/${ROUND}/decisions`, token, body, { 'Idempotency-Key': crypto.randomUUID(), 'Accept-Language': lang });
    const blank = await error(await post({ decision: { number: ' ', signedOn: '2099-01-01', signer: { name: '', title: 'x' } }, awardTypeId: BANG_KHEN, nominationIds: [] }), 400);
    assert.deepEqual(blank.issues.map((i) => i.path.join('.')).sort(), ['body.decision.number', 'body.decision.signedOn', 'body.decision.signer.name', 'body.nominationIds']);
    assert.match(blank.issues.find((i) => i.path.join('.') === 'body.decision.number')!.message, /số quyết định/i);
    const english = await error(await post({ decision: { number: '', signedOn: today, signer: { name: 'A', title: 'B' } }, awardTypeId: BANG_KHEN, nominationIds: [eligible] }, 'en'), 400);
    assert.match(english.issues[0]!.message, /decision number/i);
    const unknown = await error(await post(decisionBody([eligible, '00000000-0000-4000-8000-000000000000'], '1400/QĐ-UBND')), 400);
    assert.deepEqual(unknown.issues.map((i) => i.path), [['body', 'nominationIds', 1]]);
    const otherAward = await error(await post({ ...decisionBody([eligible], '1401/QĐ-UBND'), awardTypeId: 'khong-co' }), 400);
    assert.deepEqual(otherAward.issues[0]!.path, ['body', 'awardTypeId']);
    // The rejected nominee cannot be awarded.
    const rejected = kinhBac.nominationIds[4]!;
    const notEligible = await error(await post(decisionBody([rejected], '1402/QĐ-UBND')), 409);
    assert.deepEqual(notEligible.issues[0]!.path, ['body', 'nominationIds', 0]);
    await error(await post(decisionBody([eligible], '1403/QĐ-UBND'), 'vi', tokens.appraiser), 403);
    const noKey = await error(await send('POST', `/v1/rounds/${ROUND}/decisions`, tokens.coordinator, decisionBody([eligible], '1404/QĐ-UBND')), 400);
    assert.deepEqual(noKey.issues[0]!.path, ['header', 'Idempotency-Key']);
    await error(await send('POST', `/v1/rounds/${ROUND}/decisions`, tokens.coordinator, '{"decision":', { 'Idempotency-Key': 'k1' }), 400);
    assert.equal((await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM award_decisions')).rows[0]!.n, 1);
  });

  it('prints the certificates of a decision, one landscape sheet per awardee, placed in mm, escaped, under the strict policy', async () => {
    const res = await send('GET', `/v1/decisions/${decision.id}/certificates?offsetX=2.5&offsetY=-1`, tokens.appraiser);
    const html = await res.text();
    assert.equal(res.status, 200, html);
    assertPrintoutPolicy(res, html);
    assert.match(html, /@page \{ size: A3 landscape; margin: 0; \}/);
    assert.match(html, /\.sheet \{ position: relative; width: 420mm; height: 297mm;/);
    assert.equal(html.match(/<section class="sheet"/g)?.length, 5);
    assert.ok(html.includes('Tổ &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; khu phố 5'));
    assert.ok(html.includes(`Quyết định số 1234/QĐ-UBND ngày ${today.slice(8)} tháng ${today.slice(5, 7)} năm ${today.slice(0, 4)}`));
    assert.ok(html.includes('Công chức Văn phòng - Thống kê, UBND phường Kinh Bắc'));
    // The catalog's awardee line, moved by the printer's offsets.
    assert.match(html, /\.awardee \{ top: 119mm; left: 62\.5mm; width: 300mm; font-size: 30pt; text-align: center; \}/);
    // An award type without a layout prints on the default A4 one.
    const plain = certificatesPrintout(decision, undefined, { x: 0, y: 0 });
    assert.match(plain, /@page \{ size: A4 landscape; margin: 0; \}/);
    assert.match(plain, /\.awardee \{ top: 86mm; left: 40mm; width: 217mm; font-size: 24pt; text-align: center; \}/);
    await error(await send('GET', `/v1/decisions/${decision.id}/certificates?offsetX=99`, tokens.coordinator), 400);
    await error(await send('GET', `/v1/decisions/${decision.id}/certificates`, tokens.otherAppraiser), 404);
    await error(await send('GET', `/v1/decisions/${decision.id}/certificates`, tokens.kinhBac), 403);
    const got = validate(Decision, await json(await send('GET', `/v1/decisions/${decision.id}`, tokens.coordinator), 200));
    assert.ok(got.success);
    assert.deepEqual(got.data, decision);
  });

  it('publishes the awards with no personal data, filtered by round, award, unit kind and words without diacritics, in pages', async () => {
    const res = await send('GET', '/v1/campaigns/bn2026/awards?limit=2');
    assert.equal(res.headers.get('cache-control'), PUBLIC_CACHE);
    const page = validate(AwardList, await json(res, 200));
    assert.ok(page.success);
    assert.equal(page.data.items.length, 2);
    assert.ok(page.data.next);
    const names: string[] = page.data.items.map((i) => i.awardee.name);
    let next: string | null = page.data.next;
    while (next) {
      const more = (await json(await send('GET', `/v1/campaigns/bn2026/awards?limit=2&cursor=${next}`), 200)) as AwardList;
      names.push(...more.items.map((i) => i.awardee.name));
      next = more.next;
    }
    assert.deepEqual(names, decision.awards.map((a) => a.awardee.name));
    const ha = (await json(await send('GET', '/v1/campaigns/bn2026/awards?q=nguyen%20thi%20ha'), 200)) as AwardList;
    assert.deepEqual(ha.items.map((i) => i.awardee), [
      { type: 'individual', name: 'Nguyễn Thị Hà', familyName: 'Nguyễn', middleName: 'Thị', givenName: 'Hà', position: 'Công chức Văn phòng - Thống kê', workplace: 'UBND phường Kinh Bắc' },
    ]);
    assert.deepEqual(ha.items[0]!.decision, { id: decision.id, number: '1234/QĐ-UBND', signedOn: today });
    assert.equal(ha.items[0]!.round.id, ROUND);
    const communes = (await json(await send('GET', '/v1/campaigns/bn2026/awards?unitKind=commune'), 200)) as AwardList;
    assert.deepEqual(communes.items.map((i) => i.awardee.name), ['Lê Thị Bình']);
    const byUnit = (await json(await send('GET', '/v1/campaigns/bn2026/awards?q=tien%20du'), 200)) as AwardList;
    assert.deepEqual(byUnit.items.map((i) => i.awardee.name), ['Lê Thị Bình']);
    assert.equal(((await json(await send('GET', `/v1/campaigns/bn2026/awards?roundId=bn2026-tong-ket&awardTypeId=${BANG_KHEN}`), 200)) as AwardList).items.length, 0);
    const bad = await error(await send('GET', '/v1/campaigns/bn2026/awards?limit=0&unitKind=planet&cursor=%%', undefined, undefined, { 'Accept-Language': 'en' }), 400);
    assert.deepEqual(bad.issues.map((i) => i.path.join('.')).sort(), ['query.cursor', 'query.limit', 'query.unitKind']);
    await error(await send('GET', '/v1/campaigns/bn2026/awards?cursor=WyJyYW5raW5ncyJd'), 400);
    // A cursor of this list forged with a day that does not exist: a 400 naming it, not a database error.
    const forged = Buffer.from(JSON.stringify(['awards', '2025-13-45', decision.id, 1])).toString('base64url');
    assert.deepEqual((await error(await send('GET', `/v1/campaigns/bn2026/awards?cursor=${forged}`), 400)).issues[0]!.path, ['query', 'cursor']);
    await error(await send('GET', '/v1/campaigns/khong-co/awards'), 404);
  });

  it('features an award with a narrative, a category and a photo with its text alternative; the photo is served by its hash', async () => {
    const award = ((await json(await send('GET', '/v1/campaigns/bn2026/awards?q=nguyen%20thi%20ha'), 200)) as AwardList).items[0]!;
    const input = { categoryId: 'community-teams', narrative: 'Chị Hà đã hướng dẫn 1.200 hộ dân.\n\nMô hình "Sổ tay số" được nhân rộng.', storyUrl: 'https://baobacninh.vn/dien-hinh/ha' };
    const bad = await error(await send('PUT', `/v1/awards/${award.id}/feature`, tokens.coordinator, { ...input, categoryId: 'khong-co', storyUrl: 'javascript:alert(1)' }, { 'If-Match': '*' }), 400);
    assert.deepEqual(bad.issues.map((i) => i.path.join('.')), ['body.storyUrl']);
    const unknownCategory = await error(await send('PUT', `/v1/awards/${award.id}/feature`, tokens.coordinator, { ...input, categoryId: 'khong-co' }, { 'If-Match': '*' }), 400);
    assert.deepEqual(unknownCategory.issues[0]!.path, ['body', 'categoryId']);
    await error(await send('PUT', `/v1/awards/${award.id}/feature`, tokens.appraiser, input, { 'If-Match': '*' }), 403);
    await error(await send('PUT', '/v1/awards/00000000-0000-4000-8000-000000000000/feature', tokens.coordinator, input, { 'If-Match': '*' }), 404);
    const noPhoto = await error(await send('PUT', `/v1/awards/${award.id}/feature`, tokens.coordinator, { ...input, photoAlt: 'Ảnh' }, { 'If-Match': '*' }), 409);
    assert.deepEqual(noPhoto.issues[0]!.path, ['body', 'photoAlt']);

    let res = await send('PUT', `/v1/awards/${award.id}/feature`, tokens.coordinator, input, { 'If-Match': '*' });
    const featured = validate(FeaturedModel, await json(res, 200));
    assert.ok(featured.success);
    assert.equal(featured.data.photo, null);
    assert.equal(featured.data.category.title.vi, 'Tổ công nghệ số cộng đồng');
    const etag = res.headers.get('etag')!;
    await error(await send('PUT', `/v1/awards/${award.id}/feature`, tokens.coordinator, input, { 'If-Match': '"99"' }), 412);

    const photo = pngImage(40, 30);
    const form = (file: Uint8Array, alt?: string) => {
      const f = new FormData();
      if (alt !== undefined) f.append('alt', alt);
      f.append('file', new Blob([file as Uint8Array<ArrayBuffer>]), 'anh-chi-ha.png');
      return f;
    };
    const missingAlt = await error(await send('POST', `/v1/awards/${award.id}/feature/photo`, tokens.coordinator, form(photo)), 400);
    assert.deepEqual(missingAlt.issues.map((i) => i.path), [['body', 'alt']]);
    const pdf = await error(await send('POST', `/v1/awards/${award.id}/feature/photo`, tokens.coordinator, form(samplePdf(), 'Ảnh')), 415);
    assert.deepEqual(pdf.issues[0]!.path, ['body', 'file']);
    const huge = await error(await send('POST', `/v1/awards/${award.id}/feature/photo`, tokens.coordinator, form(new Uint8Array(3 * 1024 * 1024 + 1), 'Ảnh')), 413);
    assert.deepEqual(huge.issues[0]!.path, ['body', 'file']);
    res = await send('POST', `/v1/awards/${award.id}/feature/photo`, tokens.coordinator, form(photo, 'Chị Nguyễn Thị Hà hướng dẫn người dân cài đặt VNeID'));
    const withPhoto = (await json(res, 201)) as FeaturedModel;
    assert.deepEqual({ ...withPhoto.photo!, url: undefined }, { url: undefined, alt: 'Chị Nguyễn Thị Hà hướng dẫn người dân cài đặt VNeID', mediaType: 'image/png', width: 40, height: 30 });
    const hash = createHash('sha256').update(photo).digest('hex').slice(0, 16);
    assert.equal(withPhoto.photo!.url, `/v1/featured-models/${withPhoto.id}/photo?v=${hash}`);
    assert.notEqual(res.headers.get('etag'), etag);

    const listed = validate(FeaturedModelList, await json(await send('GET', '/v1/campaigns/bn2026/featured-models'), 200));
    assert.ok(listed.success);
    assert.deepEqual(listed.data.items, [withPhoto]);
    // The list names the version a write's ETag gave, so an editor that read the list can write with If-Match.
    assert.equal(`"${listed.data.items[0]!.version}"`, res.headers.get('etag'));
    assert.equal(((await json(await send('GET', '/v1/campaigns/bn2026/featured-models?categoryId=security'), 200)) as FeaturedModelList).items.length, 0);
    const awards = (await json(await send('GET', '/v1/campaigns/bn2026/awards?q=ha'), 200)) as AwardList;
    assert.equal(awards.items.find((a) => a.id === award.id)!.featuredModelId, withPhoto.id);

    const image = await send('GET', withPhoto.photo!.url);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/png');
    assert.equal(image.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(image.headers.get('cache-control'), IMMUTABLE_CACHE);
    assert.deepEqual(new Uint8Array(await image.arrayBuffer()), photo);
    await error(await send('GET', `/v1/featured-models/${withPhoto.id}/photo?v=0000000000000000`), 404);

    // A new text alternative without a new photo; then unfeatured.
    res = await send('PUT', `/v1/awards/${award.id}/feature`, tokens.coordinator, { ...input, photoAlt: 'Chị Hà (bên phải) tại bộ phận một cửa' }, { 'If-Match': res.headers.get('etag')! });
    const realt = (await json(res, 200)) as FeaturedModel;
    assert.equal(realt.photo!.alt, 'Chị Hà (bên phải) tại bộ phận một cửa');
    assert.equal(realt.photo!.url, withPhoto.photo!.url);
    await error(await send('DELETE', `/v1/awards/${award.id}/feature`, tokens.coordinator, undefined, { 'If-Match': etag }), 412);
    assert.deepEqual(await json(await send('DELETE', `/v1/awards/${award.id}/feature`, tokens.coordinator, undefined, { 'If-Match': res.headers.get('etag')! }), 200), { awardId: award.id, featured: false });
    assert.equal(((await json(await send('GET', '/v1/campaigns/bn2026/featured-models'), 200)) as FeaturedModelList).items.length, 0);
    await error(await send('GET', withPhoto.photo!.url), 404);
    await error(await send('DELETE', `/v1/awards/${award.id}/feature`, tokens.coordinator, undefined, { 'If-Match': '*' }), 404);
    // Featured again, for the lists that follow.
    await json(await send('PUT', `/v1/awards/${award.id}/feature`, tokens.coordinator, input, { 'If-Match': '*' }), 200);
    await json(await send('POST', `/v1/awards/${award.id}/feature/photo`, tokens.coordinator, form(photo, 'Chị Nguyễn Thị Hà')), 201);
  });

  it('drops the cached public lists when their tables change, whoever writes (a trigger notifies every server)', async () => {
    const read = async () => ((await json(await send('GET', '/v1/campaigns/bn2026/featured-models'), 200)) as FeaturedModelList).items[0]!.narrative;
    const before = await read();
    assert.equal(await read(), before, 'served from the cache');
    // Another writer than this server's routes: plain SQL, as an operator or a second process would.
    await server.db.query(`UPDATE featured_models SET narrative = narrative || ' (đã biên tập)'`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await read(), `${before} (đã biên tập)`);
    const triggers = await server.db.query<{ table: string }>(
      `SELECT DISTINCT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE p.proname = 'thidua_notify_change' AND c.relname IN ('awards', 'award_decisions', 'featured_models') ORDER BY 1`,
    );
    assert.deepEqual(triggers.rows.map((r) => r.table), ['award_decisions', 'awards', 'featured_models']);
  });

  it('sums the round and the campaign by proposing unit and award type, with the share of women among individuals awarded, and exports them', async () => {
    const res = await send('GET', `/v1/rounds/${ROUND}/summary`, tokens.appraiser);
    const summary = validate(CommendationSummary, await json(res, 200));
    assert.ok(summary.success, JSON.stringify(!summary.success && summary.issues));
    const row = (unit: string) => {
      const { proposingUnit: _u, awardType: _a, ...counts } = summary.data.rows.find((r) => r.proposingUnit.id === unit)!;
      return counts;
    };
    assert.deepEqual(row('phuong-kinh-bac'), { proposed: 5, returned: 0, rejected: 1, eligible: 0, awarded: 4, individualsAwarded: 2, womenAwarded: 1, womenShare: 50 });
    assert.deepEqual(row('xa-tien-du'), { proposed: 2, returned: 2, rejected: 0, eligible: 1, awarded: 1, individualsAwarded: 1, womenAwarded: 1, womenShare: 100 });
    assert.deepEqual(summary.data.totals, { proposed: 7, returned: 2, rejected: 1, eligible: 1, awarded: 5, individualsAwarded: 3, womenAwarded: 2, womenShare: 66.7 });
    assert.deepEqual(summary.data.byAwardType.map((b) => [b.awardType.id, b.awarded]), [[BANG_KHEN, 5]]);
    const campaign = validate(CommendationSummary, await json(await send('GET', '/v1/campaigns/bn2026/commendation-summary', tokens.coordinator), 200));
    assert.ok(campaign.success);
    assert.equal(campaign.data.round, null);
    assert.deepEqual(campaign.data.totals, summary.data.totals);
    const csv = await send('GET', `/v1/rounds/${ROUND}/summary/export?format=csv`, tokens.coordinator);
    const rows = parseCsv(await csv.text());
    assert.deepEqual(rows.at(-1), ['Tổng cộng', '', '', '7', '2', '1', '1', '5', '3', '2', '66.7']);
    const xlsx = await readSheet(await (await send('GET', '/v1/campaigns/bn2026/commendation-summary/export', tokens.coordinator)).arrayBuffer());
    assert.deepEqual(xlsx.at(-1), ['Tổng cộng', null, null, 7, 2, 1, 1, 5, 3, 2, 66.7]);
    await error(await send('GET', `/v1/rounds/${ROUND}/summary`, tokens.kinhBac), 403);
    await error(await send('GET', '/v1/campaigns/khong-co/commendation-summary', tokens.coordinator), 404);
    await error(await send('GET', `/v1/rounds/${ROUND}/summary/export?format=pdf`, tokens.coordinator), 400);
  });

  it('records one of two decisions sent at once for the same nomination; the other is refused, nothing half-written', async () => {
    const list = (await json(await send('GET', `/v1/rounds/${ROUND}/proposed-list`, tokens.coordinator), 200)) as ProposedList;
    const last = list.items.find((i) => i.status === 'eligible')!.nominationId;
    const [a, b] = await Promise.all(
      ['1500/QĐ-UBND', '1501/QĐ-UBND'].map((number) =>
        send('POST', `/v1/rounds/${ROUND}/decisions`, tokens.coordinator, decisionBody([last], number), { 'Idempotency-Key': crypto.randomUUID() }),
      ),
    );
    assert.deepEqual([a!.status, b!.status].sort(), [201, 409]);
    const awards = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM awards WHERE nomination_id = $1', [last]);
    assert.equal(awards.rows[0]!.n, 1);
    const decisions = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM award_decisions WHERE number IN ('1500/QĐ-UBND', '1501/QĐ-UBND')`);
    assert.equal(decisions.rows[0]!.n, 1, 'the refused one left no decision behind');
  });

  it('logged no server fault', () => {
    assert.deepEqual(logged, []);
  });
});
