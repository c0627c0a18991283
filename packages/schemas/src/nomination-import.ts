/*
 * The spreadsheet template for adding many nominees to a proposal at once,
 * and its reader. One row per nominee, collectives and individuals mixed;
 * the columns are listed in NOMINEE_IMPORT_COLUMNS (and the README). The
 * header row names them in Vietnamese or English, in any order; optional
 * columns may be left out. Everything is checked before anything is returned:
 * either every row is a valid nomination, or the answer lists each problem
 * with its row (as the spreadsheet numbers it, the header being row 1) and
 * column (letter and header), and nothing is imported.
 *
 * A row gives the nominee, the achievement categories and the summary; the
 * achievements list, prior awards, criteria attestations and files are added
 * per nominee in the form afterwards.
 */
import type { AchievementCategory } from './campaign.js';
import type { Locale } from './common.js';
import { parseCsv, toCsv } from './csv.js';
import { NominationInput, type CollectiveKind } from './nomination.js';
import { nomineeKey } from './nomination-rules.js';
import { localize } from './text.js';
import { validate, validationMessage, type FieldIssue, type MessageValues } from './validation.js';

/** Which nominees an import column is for. */
export type ImportColumnFor = 'all' | 'collective' | 'individual';

export interface NomineeImportColumn {
  key: string;
  header: { vi: string; en: string };
  /** The nominee type the column is for; a value in a column not for the row's type is an error. */
  for: ImportColumnFor;
  /** Required for the rows it is for. */
  required: boolean;
  /** What to write, for the template's documentation. */
  values: { vi: string; en: string };
}

const col = (key: string, vi: string, en: string, forType: ImportColumnFor, required: boolean, valuesVi: string, valuesEn: string): NomineeImportColumn => ({
  key,
  header: { vi, en },
  for: forType,
  required,
  values: { vi: valuesVi, en: valuesEn },
});

/** The template's columns, in template order. */
export const NOMINEE_IMPORT_COLUMNS: readonly NomineeImportColumn[] = [
  col('type', 'Loại đối tượng', 'Nominee type', 'all', true, 'Tập thể hoặc Cá nhân', 'Collective or Individual'),
  col('collectiveName', 'Tên tập thể', 'Collective name', 'collective', true, 'Tên đầy đủ, tối đa 300 ký tự', 'Full name, at most 300 characters'),
  col('collectiveKind', 'Loại tập thể', 'Collective kind', 'collective', true, 'Cơ quan, Đơn vị, Địa phương, Doanh nghiệp, Tổ chức, Tổ CNSCĐ', 'Agency, Unit, Locality, Enterprise, Organisation, Community team'),
  col('unitId', 'Mã đơn vị', 'Unit id', 'collective', false, 'Mã đơn vị trong danh mục, nếu có', 'The catalog unit id, if any'),
  col('headcount', 'Số người', 'Headcount', 'collective', false, 'Số nguyên', 'Whole number'),
  col('women', 'Số nữ', 'Women', 'collective', false, 'Số nguyên, không lớn hơn số người', 'Whole number, not above the headcount'),
  col('familyName', 'Họ', 'Family name', 'individual', true, 'Ví dụ: Nguyễn', 'E.g. Nguyễn'),
  col('middleName', 'Tên đệm', 'Middle name', 'individual', false, 'Ví dụ: Thị Thu', 'E.g. Thị Thu'),
  col('givenName', 'Tên', 'Given name', 'individual', true, 'Ví dụ: Hà', 'E.g. Hà'),
  col('gender', 'Giới tính', 'Gender', 'individual', true, 'Nam hoặc Nữ', 'Male or Female'),
  col('dateOfBirth', 'Ngày sinh', 'Date of birth', 'individual', true, 'dd/mm/yyyy', 'dd/mm/yyyy'),
  col('position', 'Chức vụ', 'Position', 'individual', true, 'Tối đa 200 ký tự', 'At most 200 characters'),
  col('workplace', 'Đơn vị công tác', 'Workplace', 'individual', true, 'Tối đa 300 ký tự', 'At most 300 characters'),
  col('workplaceUnitId', 'Mã đơn vị công tác', 'Workplace unit id', 'individual', false, 'Mã đơn vị trong danh mục, nếu có', 'The catalog unit id, if any'),
  col('communityTeamMember', 'Thành viên Tổ CNSCĐ', 'Community team member', 'individual', false, 'Có hoặc để trống', 'Yes or empty'),
  col('categories', 'Lĩnh vực thành tích', 'Achievement categories', 'all', false, 'Mã hoặc tên lĩnh vực, cách nhau bằng dấu chấm phẩy', 'Category ids or names, separated by semicolons'),
  col('summary', 'Tóm tắt thành tích', 'Achievement summary', 'all', false, 'Tối đa 2000 ký tự', 'At most 2000 characters'),
];

/** At most this many nominees per file: a proposal is a unit's list, not a registry. */
export const MAX_IMPORT_ROWS = 500;

/** A problem of an import, placed in the spreadsheet: `row` 1 is the header; `column` is the letter (A, B, …). */
export interface ImportIssue extends FieldIssue {
  row: number | null;
  column: string | null;
  header: string | null;
}

export type NomineeImportResult = { success: true; nominations: NominationInput[] } | { success: false; issues: ImportIssue[] };

/** The template: a header row in `locale`, UTF-8 with a byte order mark so Excel opens it right. */
export function nomineeImportTemplate(locale: Locale = 'vi'): string {
  return toCsv([NOMINEE_IMPORT_COLUMNS.map((c) => c.header[locale])]);
}

const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[*:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

const TYPES: Record<string, 'collective' | 'individual'> = { 'tập thể': 'collective', collective: 'collective', 'cá nhân': 'individual', individual: 'individual' };
const KINDS: Record<string, CollectiveKind> = {
  'cơ quan': 'agency',
  agency: 'agency',
  'đơn vị': 'unit',
  unit: 'unit',
  'địa phương': 'locality',
  locality: 'locality',
  'doanh nghiệp': 'enterprise',
  enterprise: 'enterprise',
  'tổ chức': 'organisation',
  organisation: 'organisation',
  organization: 'organisation',
  'tổ cnscđ': 'communityTeam',
  'tổ công nghệ số cộng đồng': 'communityTeam',
  'community team': 'communityTeam',
  'community digital technology team': 'communityTeam',
};
const GENDERS: Record<string, 'female' | 'male'> = { nam: 'male', male: 'male', nữ: 'female', female: 'female' };
const YES = new Set(['có', 'x', 'yes', 'true', '1']);
const NO = new Set(['không', 'no', 'false', '0']);

/** A column's letter as spreadsheets name it: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** `05/09/1985`, `5/9/1985` or `1985-09-05` → `1985-09-05`; undefined when not a real date. */
export function parseDisplayDate(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = text.includes('/') ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/** Which column a schema issue's path is about. */
function columnOfPath(path: readonly (string | number)[]): string | undefined {
  if (path[0] === 'achievementCategoryIds') return 'categories';
  if (path[0] === 'summary') return 'summary';
  if (path[0] !== 'nominee') return undefined;
  const field = path[1];
  return field === 'name' ? 'collectiveName' : field === 'kind' ? 'collectiveKind' : typeof field === 'string' ? field : 'type';
}

/**
 * Reads a filled-in template. `categories` are the campaign's achievement
 * categories (a cell may name one by id or by its Vietnamese or English
 * title). Messages are in `locale`.
 */
export function importNominees(text: string, categories: readonly AchievementCategory[], locale: Locale = 'vi'): NomineeImportResult {
  const issues: ImportIssue[] = [];
  const say = (key: string, values?: MessageValues) => validationMessage(locale, key, values);
  const issue = (row: number | null, index: number | null, header: string | null, code: string, message: string, path: (string | number)[] = []) =>
    issues.push({ row, column: index === null ? null : columnLetter(index), header, code, message, path });

  const rows = parseCsv(text);
  const headerRow = rows[0] ?? [];
  const byKey = new Map<string, number>();
  headerRow.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const h = fold(raw);
    const column = NOMINEE_IMPORT_COLUMNS.find((c) => fold(c.header.vi) === h || fold(c.header.en) === h || c.key.toLowerCase() === h);
    if (!column) return issue(1, index, raw.trim(), 'csvUnknownColumn', say('csvUnknownColumn', { column: raw.trim() }));
    if (byKey.has(column.key)) return issue(1, index, raw.trim(), 'csvDuplicateColumn', say('csvDuplicateColumn', { column: raw.trim() }));
    byKey.set(column.key, index);
  });
  const data = rows.map((cells, i) => ({ cells, row: i + 1 })).slice(1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  // A file of individuals only need not carry the collectives' columns, and the other way round.
  const typeColumn = byKey.get('type');
  const present = new Set(typeColumn === undefined ? [] : data.map((r) => TYPES[fold(r.cells[typeColumn] ?? '')]));
  for (const c of NOMINEE_IMPORT_COLUMNS)
    if (c.required && !byKey.has(c.key) && (c.for === 'all' || present.has(c.for)))
      issue(1, null, c.header[locale], 'csvMissingColumn', say('csvMissingColumn', { column: c.header[locale] }));
  if (issues.length > 0) return { success: false, issues };
  if (data.length === 0) return { success: false, issues: [{ row: null, column: null, header: null, code: 'csvEmpty', message: say('csvEmpty'), path: [] }] };
  if (data.length > MAX_IMPORT_ROWS)
    return { success: false, issues: [{ row: null, column: null, header: null, code: 'csvTooManyRows', message: say('csvTooManyRows', { max: MAX_IMPORT_ROWS }), path: [] }] };

  const categoryIds = new Map<string, string>();
  for (const c of categories) for (const name of [c.id, c.title.vi, c.title.en]) if (name) categoryIds.set(fold(name), c.id);
  const typeLabel = (t: 'collective' | 'individual') => (locale === 'vi' ? (t === 'collective' ? 'tập thể' : 'cá nhân') : t === 'collective' ? 'collectives' : 'individuals');

  const nominations: NominationInput[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { cells, row } of data) {
    const before = issues.length;
    const index = (key: string) => byKey.get(key) ?? null;
    const cell = (key: string) => {
      const i = byKey.get(key);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const fail = (key: string, code: string, values?: MessageValues) => {
      const c = NOMINEE_IMPORT_COLUMNS.find((x) => x.key === key)!;
      issue(row, index(key), headerRow[index(key) ?? -1]?.trim() ?? c.header[locale], code, say(code, values), [key]);
    };
    const choice = <T,>(key: string, table: Record<string, T>, choices: string): T | undefined => {
      const value = cell(key);
      if (value === '') return undefined;
      const found = table[fold(value)];
      if (found === undefined) fail(key, 'csvChoice', { choices });
      return found;
    };
    const integer = (key: string): number | undefined => {
      const value = cell(key).replace(/[.\s](?=\d{3}(\D|$))/g, '');
      if (value === '') return undefined;
      if (!/^\d{1,9}$/.test(value)) return fail(key, 'csvInteger'), undefined;
      return Number(value);
    };

    const type = choice('type', TYPES, locale === 'vi' ? 'Tập thể, Cá nhân' : 'Collective, Individual');
    if (cell('type') === '') fail('type', 'csvRequired');
    if (!type) continue;
    for (const c of NOMINEE_IMPORT_COLUMNS) {
      if (c.for === 'all') continue;
      if (c.for !== type && cell(c.key) !== '') fail(c.key, 'csvNotForType', { type: typeLabel(c.for) });
      else if (c.for === type && c.required && cell(c.key) === '') fail(c.key, 'csvRequired');
    }

    const optional = (key: string) => (cell(key) === '' ? {} : { [key]: cell(key) });
    let nominee: Record<string, unknown>;
    if (type === 'collective') {
      const headcount = integer('headcount');
      const women = integer('women');
      nominee = {
        type,
        name: cell('collectiveName'),
        kind: choice('collectiveKind', KINDS, NOMINEE_IMPORT_COLUMNS[2]!.values[locale]),
        ...optional('unitId'),
        ...(headcount === undefined ? {} : { headcount }),
        ...(women === undefined ? {} : { women }),
      };
    } else {
      const dateText = cell('dateOfBirth');
      const dateOfBirth = dateText === '' ? undefined : parseDisplayDate(dateText);
      if (dateText !== '' && !dateOfBirth) fail('dateOfBirth', 'csvDate');
      const member = fold(cell('communityTeamMember'));
      if (member !== '' && !YES.has(member) && !NO.has(member)) fail('communityTeamMember', 'csvChoice', { choices: locale === 'vi' ? 'Có, Không' : 'Yes, No' });
      nominee = {
        type,
        familyName: cell('familyName'),
        ...optional('middleName'),
        givenName: cell('givenName'),
        gender: choice('gender', GENDERS, locale === 'vi' ? 'Nam, Nữ' : 'Male, Female'),
        dateOfBirth,
        position: cell('position'),
        workplace: cell('workplace'),
        ...optional('workplaceUnitId'),
        ...(YES.has(member) ? { communityTeamMember: true } : {}),
      };
    }

    const achievementCategoryIds: string[] = [];
    for (const name of cell('categories').split(';').map((s) => s.trim()).filter(Boolean)) {
      const id = categoryIds.get(fold(name));
      if (!id) fail('categories', 'unknownCategory');
      else if (!achievementCategoryIds.includes(id)) achievementCategoryIds.push(id);
    }
    if (issues.length > before) continue; // the schema would only repeat these

    const candidate = { nominee, achievementCategoryIds, ...optional('summary'), achievements: [], priorAwards: [], attestedCriterionIds: [] };
    const result = validate(NominationInput, candidate, locale);
    if (!result.success) {
      for (const i of result.issues) {
        const key = columnOfPath(i.path);
        const at = key === undefined ? null : index(key);
        issues.push({ ...i, row, column: at === null ? null : columnLetter(at), header: at === null ? null : headerRow[at]?.trim() ?? null });
      }
      continue;
    }
    const key = nomineeKey(result.data.nominee);
    const first = firstRowOf.get(key);
    if (first !== undefined) fail(type === 'collective' ? 'collectiveName' : 'familyName', 'csvDuplicateNominee', { row: first });
    else firstRowOf.set(key, row);
    nominations.push(result.data);
  }
  if (issues.length === 0) return { success: true, nominations };
  // In reading order: by row, then by column as the sheet shows them.
  const position = (i: ImportIssue) => (i.column === null ? Infinity : letterIndex(i.column));
  return { success: false, issues: issues.map((i, n) => ({ i, n })).sort((a, b) => (a.i.row ?? 0) - (b.i.row ?? 0) || position(a.i) - position(b.i) || a.n - b.n).map((x) => x.i) };
}

function letterIndex(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The template's columns worded for a locale, for a help page: header, what to write, whether required and for whom. */
export function describeImportColumns(locale: Locale = 'vi'): { column: string; header: string; values: string; required: boolean; for: ImportColumnFor }[] {
  return NOMINEE_IMPORT_COLUMNS.map((c, i) => ({ column: columnLetter(i), header: localize(c.header, locale), values: localize(c.values, locale), required: c.required, for: c.for }));
}
