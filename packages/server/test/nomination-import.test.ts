import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import readXlsxFile, { readSheet } from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import { NOMINEE_IMPORT_COLUMNS, SPREADSHEET_MEDIA_TYPES, dateIn, toCsv } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { samplePdf, storedZip } from '@thidua/schemas/testing/evidence-files';
import { issueToken } from '../src/index.js';
import { PUBLIC_CACHE } from '../src/http.js';
import { proposalHistory } from '../src/repositories/proposals.js';
import { expectError as error, expectProposal as proposal, getter, sender, useTestServer } from './support.js';

// The final round moved around today, so that drafts can be started.
const day = (offset: number) => dateIn(new Date(Date.now() + offset * 86_400_000));
const catalog = structuredClone(bacNinh2026);
Object.assign(catalog.campaigns[0]!.rounds[1]!, { dossiersOpenOn: day(-30), dossierDeadline: day(30), date: day(40) });

const logged: string[] = [];
const tokens = { kinhBac: '', tienDu: '', health: '' };
const server = useTestServer(
  async () => {
    tokens.kinhBac = (await issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] })).token;
    tokens.tienDu = (await issueToken(server.db, { name: 'Xã Tiên Du', role: 'proposer', unitIds: ['xa-tien-du'] })).token;
    tokens.health = (await issueToken(server.db, { name: 'Sở Y tế', role: 'proposer', unitIds: ['so-y-te'] })).token;
  },
  { seed: catalog, logError: (error) => logged.push(String(error instanceof Error ? `${error.stack} ${String(error.cause)}` : error)) },
);
const get = getter(server);

const VI = NOMINEE_IMPORT_COLUMNS.map((c) => c.header.vi);
const EN = NOMINEE_IMPORT_COLUMNS.map((c) => c.header.en);
const at = (key: string) => NOMINEE_IMPORT_COLUMNS.findIndex((c) => c.key === key);

/** A template row from named cells (the rest empty), in the template's column order. */
function row(cells: Record<string, string | number | Date | boolean>): (string | number | Date | boolean | null)[] {
  const out: (string | number | Date | boolean | null)[] = NOMINEE_IMPORT_COLUMNS.map(() => null);
  for (const [key, value] of Object.entries(cells)) out[at(key)] = value;
  return out;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = ['Hà', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hương', 'Khánh', 'Lộc', 'Minh', 'Ngọc', 'Phúc', 'Quỳnh', 'Sơn', 'Thảo', 'Uyên', 'Việt', 'Xuân', 'Yến', 'Ánh', 'Đức'];

/** The 30 nominees of a ward: 20 people (dates of birth as Excel date cells and as typed text), 10 collectives, 4 of them technology teams. */
function thirtyNominees() {
  const rows: ReturnType<typeof row>[] = [];
  for (let i = 0; i < 20; i++) {
    const born = new Date(Date.UTC(1970 + i, i % 12, 1 + i));
    rows.push(
      row({
        type: 'Cá nhân',
        familyName: FAMILY[i % 10]!,
        middleName: i % 3 === 0 ? '' : 'Thị Thu',
        givenName: GIVEN[i]!,
        gender: i % 2 ? 'Nam' : 'Nữ',
        // Half as Excel keeps a date it recognised (a number with a date format), half as text typed into a text cell.
        dateOfBirth: i % 2 ? born : `${String(born.getUTCDate()).padStart(2, '0')}/${String(born.getUTCMonth() + 1).padStart(2, '0')}/${born.getUTCFullYear()}`,
        position: i === 0 ? 'Chủ tịch UBND phường' : 'Chuyên viên',
        workplace: 'UBND phường Kinh Bắc',
        ...(i < 5 ? { workplaceUnitId: 'phuong-kinh-bac' } : {}),
        ...(i === 7 ? { communityTeamMember: 'Có' } : {}),
        categories: i % 2 ? 'Tổ công nghệ số cộng đồng; bình dân học vụ số' : 'leadership',
        summary: `Thành tích nổi bật năm 2026 của người thứ ${i + 1}: hướng dẫn người dân sử dụng dịch vụ công trực tuyến.`,
      }),
    );
  }
  for (let i = 0; i < 10; i++) {
    rows.push(
      row({
        type: 'Tập thể',
        collectiveName: i < 4 ? `Tổ Công nghệ số cộng đồng khu phố ${i + 1}, phường Kinh Bắc` : `Phòng ${['Văn hóa – Xã hội', 'Kinh tế', 'Nội vụ', 'Tư pháp', 'Địa chính', 'Tài chính'][i - 4]}, UBND phường Kinh Bắc`,
        collectiveKind: i < 4 ? 'Tổ CNSCĐ' : 'Cơ quan',
        headcount: 5 + i,
        women: 2,
        categories: i < 4 ? 'community-teams' : 'Lãnh đạo, chỉ đạo và nâng cao nhận thức',
      }),
    );
  }
  return rows;
}

/** An .xlsx as Excel would open it: a named sheet, the header bold and frozen, typed cells, dates with a date format. */
async function workbook(rows: ReturnType<typeof row>[], headers = VI): Promise<Blob> {
  const cell = (v: string | number | Date | boolean | null) =>
    v === null || v === ''
      ? null
      : v instanceof Date
        ? { value: v, type: Date, format: 'dd/mm/yyyy' }
        : typeof v === 'number'
          ? { value: v, type: Number }
          : typeof v === 'boolean'
            ? { value: v, type: Boolean }
            : { value: v, type: String };
  return writeXlsxFile([headers.map((h) => ({ value: h, fontWeight: 'bold' as const })), ...rows.map((r) => r.map(cell))], { sheet: 'Danh sách', stickyRowsCount: 1 }).toBlob();
}

const send = sender(server);

function upload(id: string, file: Blob, name: string, headers: Record<string, string> = {}, token = tokens.kinhBac) {
  const form = new FormData();
  form.append('file', file, name);
  return fetch(`${server.url}/v1/proposals/${id}/nominations/import`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'If-Match': '*', ...headers }, body: form });
}

async function newDraft(token = tokens.kinhBac, unit = 'phuong-kinh-bac') {
  return proposal(
    await send('POST', '/v1/proposals', token, { campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: unit }),
    201,
  );
}

const placed = (issues: { row?: number | undefined; column?: string | undefined; header?: string | undefined; path: (string | number)[]; code: string }[]) =>
  issues.map((i) => [i.row, i.column, i.header, i.path.join('.'), i.code]);

describe('the import template', () => {
  it('serves the .xlsx by default: the header row on the first sheet, what to write in each column on the second', async () => {
    const res = await get('/v1/nominations/import-template');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), SPREADSHEET_MEDIA_TYPES.xlsx);
    assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="mau-danh-sach-de-nghi-khen-thuong\.xlsx"/);
    assert.equal(res.headers.get('cache-control'), PUBLIC_CACHE);
    const sheets = await readXlsxFile(await res.arrayBuffer());
    assert.deepEqual(sheets.map((s) => s.sheet), ['Danh sách', 'Hướng dẫn']);
    assert.deepEqual(sheets[0]!.data, [VI]);
    const help = sheets[1]!.data;
    assert.deepEqual(help[0], ['Cột', 'Tên cột', 'Dành cho', 'Bắt buộc', 'Cách ghi']);
    assert.deepEqual(help[at('dateOfBirth') + 1], ['K', 'Ngày sinh', 'Cá nhân', 'Có', 'dd/mm/yyyy']);
    assert.equal(help.length, NOMINEE_IMPORT_COLUMNS.length + 1);
  });

  it('serves the .csv and the English headers on request, and names a bad format', async () => {
    const res = await get('/v1/nominations/import-template?format=csv&locale=en');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), SPREADSHEET_MEDIA_TYPES.csv);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a byte order mark, so Excel reads UTF-8');
    assert.equal(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), toCsv([EN]));
    const en = await readSheet(await (await get('/v1/nominations/import-template?locale=en')).arrayBuffer());
    assert.deepEqual(en, [EN]);
    const bad = await error(await get('/v1/nominations/import-template?format=xls'), 400);
    assert.deepEqual(bad.issues.map((i) => i.path.join('.')), ['query.format']);
  });
});

describe('importing nominees from a spreadsheet', () => {
  it('adds 30 nominees from a real .xlsx in one write, in the file’s order, each recorded in the history', async () => {
    const { body, etag } = await newDraft();
    const file = await workbook(thirtyNominees());
    const res = await upload(body.id, file, 'Danh sách đề nghị.xlsx', { 'If-Match': etag });
    const imported = await proposal(res, 201);
    assert.equal(imported.etag, '"2"', 'one write, one version');
    const nominations = imported.body.nominations;
    assert.equal(nominations.length, 30);
    const first = nominations[0]!.nominee;
    assert.deepEqual(first, {
      type: 'individual',
      familyName: 'Nguyễn',
      givenName: 'Hà',
      gender: 'female',
      dateOfBirth: '1970-01-01',
      position: 'Chủ tịch UBND phường',
      workplace: 'UBND phường Kinh Bắc',
      workplaceUnitId: 'phuong-kinh-bac',
    });
    // Row 3 had its date as an Excel date cell; row 9 a technology team member.
    assert.equal(nominations[1]!.nominee.type === 'individual' && nominations[1]!.nominee.dateOfBirth, '1971-02-02');
    assert.equal(nominations[7]!.nominee.type === 'individual' && nominations[7]!.nominee.communityTeamMember, true);
    assert.deepEqual(nominations[1]!.achievementCategoryIds, ['community-teams', 'digital-literacy']);
    assert.deepEqual(nominations[20]!.nominee, { type: 'collective', name: 'Tổ Công nghệ số cộng đồng khu phố 1, phường Kinh Bắc', kind: 'communityTeam', headcount: 5, women: 2 });
    assert.equal(nominations[29]!.nominee.type === 'collective' && nominations[29]!.nominee.name, 'Phòng Tài chính, UBND phường Kinh Bắc');
    assert.ok(nominations.every((n) => n.achievements.length === 0 && n.attestedCriterionIds.length === 0 && n.status === 'draft'));
    const history = await proposalHistory(server.db, body.id);
    const entries = history.filter((h) => h.action === 'nominationImported');
    assert.deepEqual(entries.map((h) => h.nominationId), nominations.map((n) => n.id));
    assert.ok(entries.every((h) => h.version === 2 && h.fields.length === 0));
  });

  it('adds from a CSV with a byte order mark, semicolons and Vietnamese letters, after the nominees the draft has', async () => {
    const { body } = await newDraft();
    await proposal(await upload(body.id, await workbook(thirtyNominees().slice(20, 21)), 'mot.xlsx'), 201);
    const csv = toCsv([
      EN,
      row({ type: 'Individual', familyName: 'Đặng', middleName: 'Thị', givenName: 'Ngọc Ánh', gender: 'Female', dateOfBirth: '5/9/1985', position: 'Phó trưởng phòng', workplace: 'Phòng Văn hoá – Xã hội, UBND xã Tiên Du' }).map((c) => (c === null ? '' : String(c))),
      row({ type: 'Collective', collectiveName: 'Tổ CNSCĐ thôn Đông Xuyên "mới"; xã Tiên Du', collectiveKind: 'Community team', headcount: '1.024', categories: 'Tổ công nghệ số cộng đồng' }).map((c) => (c === null ? '' : String(c))),
    ]).replace(/,/g, ';'); // as Excel saves CSV under the Vietnamese locale (every cell above is free of commas)
    const bytes = new TextEncoder().encode(csv);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const imported = await proposal(await upload(body.id, new Blob([bytes], { type: 'text/csv' }), 'danh-sach.csv'), 201);
    assert.deepEqual(
      imported.body.nominations.map((n) => (n.nominee.type === 'collective' ? n.nominee.name : `${n.nominee.familyName} ${n.nominee.middleName} ${n.nominee.givenName} ${n.nominee.dateOfBirth}`)),
      ['Tổ Công nghệ số cộng đồng khu phố 1, phường Kinh Bắc', 'Đặng Thị Ngọc Ánh 1985-09-05', 'Tổ CNSCĐ thôn Đông Xuyên "mới"; xã Tiên Du'],
    );
    assert.equal(imported.body.nominations[2]!.nominee.type === 'collective' && imported.body.nominations[2]!.nominee.headcount, 1024);
  });

  it('adds nothing when a row is wrong, and names each problem by row, column and header, in the caller’s language', async () => {
    const { body, etag } = await newDraft();
    const rows = thirtyNominees().slice(0, 6);
    rows[1]![at('dateOfBirth')] = '31/02/1980';
    rows[1]![at('gender')] = 'Khác';
    rows[3]![at('collectiveName')] = 'Tổ thừa';
    rows[4]![at('givenName')] = null;
    rows[5] = [...rows[0]!]; // the first person again
    const res = await upload(body.id, await workbook(rows), 'loi.xlsx', { 'If-Match': etag, 'Accept-Language': 'en' });
    const refused = await error(res, 400);
    assert.equal(refused.message, 'The list was not imported: the file has errors, see each row. No nominee was added');
    assert.deepEqual(placed(refused.issues), [
      [3, 'J', 'Giới tính', 'body.file.3.gender', 'csvChoice'],
      [3, 'K', 'Ngày sinh', 'body.file.3.dateOfBirth', 'csvDate'],
      [5, 'B', 'Tên tập thể', 'body.file.5.collectiveName', 'csvNotForType'],
      [6, 'I', 'Tên', 'body.file.6.givenName', 'csvRequired'],
      [7, 'G', 'Họ', 'body.file.7.familyName', 'csvDuplicateNominee'],
    ]);
    assert.deepEqual(refused.issues.map((i) => i.message), ['Must be one of: Male, Female', 'Write the date as dd/mm/yyyy, e.g. 05/09/1985', 'This column is only for collectives', 'Required', 'Same nominee as row 2']);
    const vi = await error(await upload(body.id, await workbook(rows), 'loi.xlsx'), 400);
    assert.equal(vi.issues[1]!.message, 'Ngày phải viết dạng dd/mm/yyyy, ví dụ 05/09/1985');
    const after = await proposal(await get(`/v1/proposals/${body.id}`, { Authorization: `Bearer ${tokens.kinhBac}` }), 200);
    assert.deepEqual([after.etag, after.body.nominations], ['"1"', []]);
    assert.ok(!JSON.stringify(refused).includes('1970'), 'no date of birth echoed');
  });

  it('refuses rows that adding one by one would refuse: a group the unit may not propose, an unknown unit, a nominee already proposed', async () => {
    const health = await newDraft(tokens.health, 'so-y-te');
    const team = row({ type: 'Tập thể', collectiveName: 'Tổ CNSCĐ Bệnh viện tỉnh', collectiveKind: 'Tổ CNSCĐ' });
    const unknownUnit = row({ type: 'Tập thể', collectiveName: 'Phòng Công nghệ thông tin', collectiveKind: 'Đơn vị', unitId: 'khong-co' });
    const refused = await error(await upload(health.body.id, await workbook([team, unknownUnit]), 'x.xlsx', {}, tokens.health), 400);
    assert.deepEqual(placed(refused.issues), [
      [2, 'C', 'Loại tập thể', 'body.file.2.collectiveKind', 'nomineeGroupNotProposable'],
      [3, 'D', 'Mã đơn vị', 'body.file.3.unitId', 'not_found'],
    ]);

    // Already in the draft, and already in another unit's submitted proposal: row by row, nothing added.
    const { body } = await newDraft();
    const people = thirtyNominees().slice(0, 3);
    await proposal(await upload(body.id, await workbook(people.slice(0, 1)), 'a.xlsx'), 201);
    const tienDu = await newDraft(tokens.tienDu, 'xa-tien-du');
    await proposal(await upload(tienDu.body.id, await workbook(people.slice(2, 3)), 'b.xlsx', {}, tokens.tienDu), 201);
    await server.db.query("UPDATE proposals SET status = 'submitted' WHERE id = $1", [tienDu.body.id]);
    await server.db.query("UPDATE nominations SET status = 'submitted' WHERE proposal_id = $1", [tienDu.body.id]);
    const twice = await error(await upload(body.id, await workbook(people), 'c.xlsx'), 400);
    assert.deepEqual(placed(twice.issues), [
      [2, 'G', 'Họ', 'body.file.2.familyName', 'duplicateNomination'],
      [4, 'G', 'Họ', 'body.file.4.familyName', 'duplicateNomination'],
    ]);
    assert.equal((await proposal(await get(`/v1/proposals/${body.id}`, { Authorization: `Bearer ${tokens.kinhBac}` }), 200)).body.nominations.length, 1);
  });

  it('tells what the file is by its bytes: a PDF, a legacy .xls or a CSV not in UTF-8 is a 415; an unreadable .xlsx or an empty file a 400', async () => {
    const { body } = await newDraft();
    const refusal = async (bytes: Uint8Array<ArrayBuffer>, name: string, status: number) => {
      const e = await error(await upload(body.id, new Blob([bytes]), name, { 'Accept-Language': 'en' }), status);
      assert.deepEqual(e.issues.map((i) => i.path.join('.')), ['body.file'], name);
      return e.issues[0]!.message;
    };
    assert.match(await refusal(samplePdf(), 'danh-sach.xlsx', 415), /not an \.xlsx spreadsheet or a UTF-8 \.csv/);
    const xls = new Uint8Array(512);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    assert.match(await refusal(xls, 'danh-sach.xls', 415), /save it as \.xlsx/);
    // "Nguyễn" in Windows-1258, as Excel's plain "CSV" saves it on a Vietnamese Windows: not UTF-8.
    assert.match(await refusal(new Uint8Array([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x0d, 0x0a]), 'danh-sach.csv', 415), /CSV UTF-8/);
    assert.match(await refusal(storedZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook' }), 'hong.xlsx', 400), /cannot be read/);
    assert.match(await refusal(new Uint8Array(0), 'rong.csv', 400), /empty/);
  });

  it('refuses a file above 4 MiB, and an .xlsx claiming more than 32 MiB unpacked, with 413 naming the file', async () => {
    const { body } = await newDraft();
    const big = await error(await upload(body.id, new Blob([new Uint8Array(4 * 1024 * 1024 + 20 * 1024).fill(0x41)]), 'to.csv', { 'Accept-Language': 'en' }), 413);
    assert.deepEqual([big.issues[0]!.path.join('.'), big.issues[0]!.message], ['body.file', 'The file is larger than 4 MiB']);
    // A small workbook whose central directory claims a huge part: refused before it is unpacked.
    const bytes = new Uint8Array(await (await workbook(thirtyNominees().slice(0, 1))).arrayBuffer());
    const view = new DataView(bytes.buffer);
    for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 40 * 1024 * 1024, true);
    const bomb = await error(await upload(body.id, new Blob([bytes]), 'bom.xlsx', { 'Accept-Language': 'en' }), 413);
    assert.deepEqual([bomb.issues[0]!.path.join('.'), bomb.issues[0]!.message], ['body.file', 'The spreadsheet unpacks to more than 32 MiB']);
  });

  it('refuses a stale version (412), a submitted proposal (409) and another unit’s (404), before reading the rows', async () => {
    const { body, etag } = await newDraft();
    await send('PATCH', `/v1/proposals/${body.id}`, tokens.kinhBac, { contact: null }, { 'If-Match': etag });
    const file = await workbook(thirtyNominees().slice(0, 2));
    assert.equal((await error(await upload(body.id, file, 'x.xlsx', { 'If-Match': etag }), 412)).code, 'precondition_failed');
    await error(await upload(body.id, file, 'x.xlsx', {}, tokens.tienDu), 404);
    await server.db.query("UPDATE proposals SET status = 'submitted' WHERE id = $1", [body.id]);
    assert.equal((await error(await upload(body.id, new Blob(['not,a,template\n']), 'x.csv'), 409)).code, 'conflict');
    const json = await error(await send('POST', `/v1/proposals/${body.id}/nominations/import`, tokens.kinhBac, {}, { 'If-Match': '*' }), 415);
    assert.equal(json.code, 'unsupported_media_type');
  });

  it('logged nothing: no request above was a server fault', () => {
    assert.deepEqual(logged, []);
  });
});
