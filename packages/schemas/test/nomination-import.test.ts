import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  NOMINEE_IMPORT_COLUMNS,
  columnLetter,
  describeImportColumns,
  importNominees,
  nomineeImportTemplate,
  parseCsv,
  parseDisplayDate,
  toCsv,
  type CsvCell,
} from '../src/index.js';
import { bacNinh2026 } from '../src/catalogs/bac-ninh-2026.js';

const categories = bacNinh2026.campaigns.find((c) => c.id === 'bn2026')!.achievementCategories;
const headers = NOMINEE_IMPORT_COLUMNS.map((c) => c.header.vi);

/** A row by column key, in template order. */
const row = (cells: Record<string, CsvCell>) => NOMINEE_IMPORT_COLUMNS.map((c) => cells[c.key] ?? '');

const person = (i: number) =>
  row({
    type: 'Cá nhân',
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: `An ${i}`,
    gender: i % 2 ? 'Nam' : 'Nữ',
    dateOfBirth: `0${(i % 9) + 1}/05/1990`,
    position: 'Thành viên Tổ CNSCĐ',
    workplace: 'Tổ CNSCĐ thôn Đông, xã Tiên Du',
    communityTeamMember: 'Có',
    categories: 'community-teams; Bình dân học vụ số',
    summary: 'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến.',
  });

const teamRow = row({
  type: 'Tập thể',
  collectiveName: 'Tổ Công nghệ số cộng đồng thôn Đông, xã Tiên Du',
  collectiveKind: 'Tổ CNSCĐ',
  headcount: '1.200',
  women: 600,
});

describe('parseCsv', () => {
  it('reads quoted separators, doubled quotes and line breaks in a cell, CRLF or LF, with or without a BOM', () => {
    const text = '\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\n1,\n';
    assert.deepEqual(parseCsv(text), [['a', 'b'], ['x, y', 'say "hi"\nthere'], ['1', '']]);
  });

  it('takes a semicolon as the separator when the header has more of them (Excel under vi-VN)', () => {
    assert.deepEqual(parseCsv('Họ;Tên\nNguyễn;An, Bình'), [['Họ', 'Tên'], ['Nguyễn', 'An, Bình']]);
  });

  it('reads back what toCsv writes', () => {
    const rows = [['Sở Nội vụ', 'a "quoted", value', 'line\nbreak']];
    assert.deepEqual(parseCsv(toCsv(rows)), rows);
  });
});

describe('the nominee import template', () => {
  it('is a header row Excel opens in UTF-8, and its columns are documented in both languages', () => {
    const template = nomineeImportTemplate('vi');
    assert.ok(template.startsWith('\uFEFFLoại đối tượng,Tên tập thể,'));
    assert.deepEqual(parseCsv(template), [headers]);
    const en = describeImportColumns('en');
    assert.equal(en.length, NOMINEE_IMPORT_COLUMNS.length);
    assert.deepEqual(en[10], { column: 'K', header: 'Date of birth', values: 'dd/mm/yyyy', required: true, for: 'individual' });
  });

  it('letters columns as spreadsheets do', () => {
    assert.deepEqual([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter), ['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('reads dates as dd/mm/yyyy (or ISO), refusing days that do not exist', () => {
    assert.equal(parseDisplayDate('05/09/1985'), '1985-09-05');
    assert.equal(parseDisplayDate('5/9/1985'), '1985-09-05');
    assert.equal(parseDisplayDate('1985-09-05'), '1985-09-05');
    assert.equal(parseDisplayDate('29/02/2024'), '2024-02-29');
    for (const bad of ['29/02/2025', '31/04/1990', '1985/09/05', '05-09-1985', '5/9/85']) assert.equal(parseDisplayDate(bad), undefined, bad);
  });
});

describe('importNominees', () => {
  it('imports 30 nominees, collectives and individuals mixed, as nominations', () => {
    const text = toCsv([headers, teamRow, ...Array.from({ length: 29 }, (_, i) => person(i))]);
    const result = importNominees(text, categories);
    assert.ok(result.success, JSON.stringify(!result.success && result.issues.slice(0, 3)));
    assert.equal(result.nominations.length, 30);
    assert.deepEqual(result.nominations[0]!.nominee, {
      type: 'collective',
      name: 'Tổ Công nghệ số cộng đồng thôn Đông, xã Tiên Du',
      kind: 'communityTeam',
      headcount: 1200,
      women: 600,
    });
    const first = result.nominations[1]!;
    assert.deepEqual(first.nominee, {
      type: 'individual',
      familyName: 'Nguyễn',
      middleName: 'Văn',
      givenName: 'An 0',
      gender: 'female',
      dateOfBirth: '1990-05-01',
      position: 'Thành viên Tổ CNSCĐ',
      workplace: 'Tổ CNSCĐ thôn Đông, xã Tiên Du',
      communityTeamMember: true,
    });
    assert.deepEqual(first.achievementCategoryIds, ['community-teams', 'digital-literacy']);
    assert.deepEqual([first.achievements, first.priorAwards, first.attestedCriterionIds], [[], [], []]);
  });

  it('takes English headers in any order, semicolons, and leaves optional columns out', () => {
    const text = 'Given name;Family name;Nominee type;Gender;Date of birth;Position;Workplace\nHà;Trần;Individual;female;1985-09-05;Chuyên viên;Sở Y tế\n';
    const result = importNominees(text, categories, 'en');
    assert.ok(result.success, JSON.stringify(!result.success && result.issues));
    assert.equal(result.nominations[0]!.nominee.type === 'individual' && result.nominations[0]!.nominee.givenName, 'Hà');
  });

  it('reports every bad row by row and column, and imports nothing', () => {
    const text = toCsv([
      headers,
      person(1),
      row({ ...Object.fromEntries(NOMINEE_IMPORT_COLUMNS.map((c, i) => [c.key, person(2)[i]])), dateOfBirth: '31/02/1990', gender: 'M' }),
      teamRow,
      row({ type: 'Tập thể', collectiveName: 'Phòng Văn hóa', collectiveKind: 'Phòng', headcount: 5, women: 9, familyName: 'Lê' }),
      row({ type: 'Nhóm' }),
    ]);
    const result = importNominees(text, categories, 'vi');
    assert.ok(!result.success);
    assert.deepEqual(
      result.issues.map((i) => [i.row, i.column, i.header, i.code]),
      [
        [3, 'J', 'Giới tính', 'csvChoice'],
        [3, 'K', 'Ngày sinh', 'csvDate'],
        [5, 'C', 'Loại tập thể', 'csvChoice'],
        [5, 'G', 'Họ', 'csvNotForType'],
        [6, 'A', 'Loại đối tượng', 'csvChoice'],
      ],
    );
    assert.equal(result.issues[0]!.message, 'Phải là một trong: Nam, Nữ');
    assert.equal(result.issues[3]!.message, 'Cột này chỉ dùng cho cá nhân');
  });

  it('places the schema’s own findings (lengths, women above headcount) in their column too', () => {
    const text = toCsv([
      headers,
      row({ type: 'Tập thể', collectiveName: 'Phòng Văn hóa', collectiveKind: 'Đơn vị', headcount: 5, women: 9 }),
      row({ type: 'Cá nhân', familyName: 'Lê', givenName: 'X'.repeat(51), gender: 'Nữ', dateOfBirth: '01/01/1990', position: 'P', workplace: 'W', summary: 's'.repeat(2001) }),
    ]);
    const result = importNominees(text, categories, 'en');
    assert.ok(!result.success);
    assert.deepEqual(
      result.issues.map((i) => [i.row, i.column, i.path.join('.')]),
      [
        [2, 'F', 'nominee.women'],
        [3, 'I', 'nominee.givenName'],
        [3, 'Q', 'summary'],
      ],
    );
    assert.equal(result.issues[0]!.message, 'The number of women cannot exceed the headcount');
  });

  it('requires the required cells of each type, and reports an unknown category', () => {
    const text = toCsv([headers, row({ type: 'Cá nhân', familyName: 'Lê', gender: 'Nam', dateOfBirth: '01/01/1990', workplace: 'W', position: 'P', categories: 'leadership;khong-co' })]);
    const result = importNominees(text, categories, 'en');
    assert.ok(!result.success);
    assert.deepEqual(result.issues.map((i) => [i.column, i.code, i.message]), [
      ['I', 'csvRequired', 'Required'],
      ['P', 'unknownCategory', 'The achievement category is not in the catalog'],
    ]);
  });

  it('finds the same nominee twice in the file, naming the first row', () => {
    const twin = person(4).map((cell, i) => (NOMINEE_IMPORT_COLUMNS[i]!.key === 'givenName' ? ' an 4 ' : cell));
    const result = importNominees(toCsv([headers, person(4), person(5), twin]), categories, 'vi');
    assert.ok(!result.success);
    assert.deepEqual(result.issues.map((i) => [i.row, i.column, i.message]), [[4, 'G', 'Trùng đối tượng với dòng 2']]);
  });

  it('refuses a header it does not know, a missing required column and a file with no rows', () => {
    const result = importNominees('Loại đối tượng,Họ,Tên,Số CCCD\nCá nhân,Lê,An,001085012345\n', categories, 'vi');
    assert.ok(!result.success);
    assert.deepEqual(result.issues[0], { row: 1, column: 'D', header: 'Số CCCD', code: 'csvUnknownColumn', message: 'Cột "Số CCCD" không có trong mẫu', path: [] });
    // Only the individuals' columns are missing: the file has no collective.
    assert.deepEqual(result.issues.slice(1).map((i) => i.header), ['Giới tính', 'Ngày sinh', 'Chức vụ', 'Đơn vị công tác']);
    const noType = importNominees('Họ,Tên\nLê,An\n', categories, 'en');
    assert.deepEqual(!noType.success && noType.issues.map((i) => i.message), ['Column "Nominee type" is missing']);
    const empty = importNominees(nomineeImportTemplate('vi') + ',,,\r\n', categories, 'en');
    assert.deepEqual(!empty.success && empty.issues.map((i) => i.message), ['The file has no data rows']);
    const twice = importNominees(`${headers.join(',')},Họ\n`, categories, 'en');
    assert.deepEqual(!twice.success && twice.issues.map((i) => [i.column, i.code]), [['R', 'csvDuplicateColumn']]);
  });
});
