import * as z from 'zod/mini';
import { en, vi } from 'zod/locales';
import { ID_PATTERN, type Locale } from './common.js';
import { localize, type LocalizedText } from './text.js';

/**
 * Messages for the rules zod cannot word itself. A refinement names a
 * `messageKey` instead of fixed text, so the same rule reads in Vietnamese on
 * a Vietnamese page and in English on an English one, on the client and on
 * the server alike.
 */
const customMessages: Record<Locale, Record<string, string>> = {
  vi: {
    id: 'Mã không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 80 ký tự',
    endsBeforeStart: 'Ngày kết thúc phải sau ngày bắt đầu',
    indexRange: 'Chỉ tiêu của chỉ số phải nằm trong khoảng 0–1',
    finite: 'Giá trị phải là một số hữu hạn',
    period: 'Kỳ không hợp lệ: cần một năm gồm 4 chữ số, ví dụ 2025',
    cursor: 'Con trỏ trang không hợp lệ: hãy dùng nguyên giá trị `next` của trang trước',
    ids: 'Danh sách mã không hợp lệ: các mã cách nhau bằng dấu phẩy, tối đa 100 mã',
    percentRange: 'Tỷ lệ phần trăm phải từ 0 đến 100',
    indexValueRange: 'Giá trị chỉ số phải từ 0 đến 1',
    rankValue: 'Thứ hạng phải là số nguyên từ 1 trở lên',
    countValue: 'Số lượng phải là số nguyên không âm',
    growthRange: 'Tốc độ tăng trưởng không thể dưới -100%',
    futureDate: 'Ngày số liệu không được sau ngày hôm nay',
    idempotencyKey: 'Idempotency-Key phải gồm 1–200 ký tự in được',
    controlCharacters: 'Văn bản chứa ký tự điều khiển không được phép (như NUL)',
    ifMatch: 'If-Match phải là ETag của lần đọc hồ sơ gần nhất, ví dụ "3"',
    proposerRuleEmpty: 'Cần ít nhất một loại đơn vị hoặc một đơn vị được đề nghị',
    awardCode: 'Mã hình thức khen thưởng gồm 2–4 chữ in hoa, ví dụ BK',
    referencePrefix: 'Tiền tố số hồ sơ gồm 2–12 chữ in hoa hoặc chữ số, bắt đầu bằng chữ, ví dụ BN2026',
    deadlineAfterCeremony: 'Hạn nộp hồ sơ không được sau ngày khen thưởng',
    duplicateItems: 'Danh sách có mục bị trùng',
    womenAboveHeadcount: 'Số nữ không được lớn hơn tổng số người',
    dateOfBirth: 'Ngày sinh không hợp lệ',
    futureYear: 'Năm không được sau năm nay',
    awardNotProposable: 'Đơn vị không được đề nghị hình thức khen thưởng này',
    nomineeGroupNotProposable: 'Đơn vị không được đề nghị đối tượng loại này cho hình thức khen thưởng này',
    awardNotInRound: 'Đợt khen thưởng này không xét hình thức khen thưởng đã chọn',
    unknownRound: 'Đợt khen thưởng không có trong danh mục',
    unknownAwardType: 'Hình thức khen thưởng không có trong danh mục',
    unknownCategory: 'Lĩnh vực thành tích không có trong danh mục',
    unknownCriterion: 'Tiêu chuẩn không có trong danh mục',
    roundNoDossiers: 'Đợt khen thưởng này không nhận hồ sơ',
    roundNotOpen: 'Đợt khen thưởng chưa nhận hồ sơ (nhận từ ngày {opensOn})',
    roundClosed: 'Đã hết hạn nhận hồ sơ của đợt khen thưởng (hạn cuối ngày {deadline})',
    criterionNotAttested: 'Chưa xác nhận tiêu chuẩn: {criterion}',
    criterionNotApplicable: 'Tiêu chuẩn này không áp dụng cho đối tượng',
    fileRequired_submissionLetter: 'Chưa có tờ trình',
    fileRequired_councilMinutes: 'Chưa có biên bản họp Hội đồng Thi đua - Khen thưởng',
    fileRequired_achievementReport: 'Chưa có báo cáo thành tích',
    fileRequired_other: 'Chưa có tệp khác',
    duplicateNomination: 'Đối tượng này đã được đề nghị cho cùng đợt và hình thức khen thưởng',
    noNominations: 'Hồ sơ chưa có đối tượng được đề nghị',
    contactRequired: 'Chưa có người liên hệ',
    summaryRequired: 'Chưa có tóm tắt thành tích',
    categoryRequired: 'Chọn ít nhất một lĩnh vực thành tích',
    achievementRequired: 'Thêm ít nhất một thành tích',
    csvEmpty: 'Tệp không có dòng dữ liệu nào',
    csvTooManyRows: 'Tệp có quá nhiều dòng: tối đa {max}',
    csvUnknownColumn: 'Cột "{column}" không có trong mẫu',
    csvMissingColumn: 'Thiếu cột "{column}"',
    csvDuplicateColumn: 'Cột "{column}" xuất hiện hai lần',
    csvRequired: 'Chưa nhập',
    csvDate: 'Ngày phải viết dạng dd/mm/yyyy, ví dụ 05/09/1985',
    csvInteger: 'Phải là số nguyên không âm',
    csvChoice: 'Phải là một trong: {choices}',
    csvNotForType: 'Cột này chỉ dùng cho {type}',
    csvDuplicateNominee: 'Trùng đối tượng với dòng {row}',
    returnReasonRequired: 'Nhập lý do trả lại hồ sơ, hoặc lý do cho từng đối tượng',
    nominationReturnReasonRequired: 'Nhập lý do trả lại đối với đối tượng này, hoặc một lý do chung cho cả hồ sơ',
    rejectReasonRequired: 'Nhập lý do đối tượng không đủ điều kiện',
    decisionNumberRequired: 'Nhập số quyết định, ví dụ 1234/QĐ-UBND',
    decisionDateRequired: 'Nhập ngày ký quyết định',
    decisionDateFuture: 'Ngày ký quyết định không được sau ngày hôm nay',
    signerNameRequired: 'Nhập họ tên người ký quyết định',
    signerTitleRequired: 'Nhập chức vụ của người ký, ví dụ Chủ tịch',
    decisionNominationsRequired: 'Chọn ít nhất một đối tượng được khen thưởng theo quyết định',
    workflowUnknownNomination: 'Đối tượng này không thuộc hồ sơ',
    workflowRoleNotAllowed: 'Vai trò {role} không được {action}',
    workflowWrongState: 'Không thể {action} khi hồ sơ ở trạng thái “{status}”',
    workflowNotOwnUnit: 'Hồ sơ này không phải của đơn vị bạn',
    workflowNotAppraisingUnit: 'Đơn vị bạn không thẩm định hình thức khen thưởng này',
    workflowNominationState: 'Không thực hiện được với đối tượng đang ở trạng thái “{status}”',
    workflowUndecided: 'Đối tượng này chưa có kết luận thẩm định (đủ hoặc không đủ điều kiện)',
    makeUpDayNotWeekend: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật',
    makeUpDayIsDayOff: 'Ngày làm bù trùng một ngày nghỉ',
    duplicateDate: 'Ngày này đã có trong danh sách',
    dayOffSpanTooLong: 'Một đợt nghỉ không quá 31 ngày: hãy kiểm tra lại ngày kết thúc',
    unknownSource: 'Văn bản nguồn không có trong danh sách',
  },
  en: {
    id: 'Invalid identifier: lower-case letters without diacritics, digits and hyphens, at most 80 characters',
    endsBeforeStart: 'The end date must not be before the start date',
    indexRange: 'Targets of an index must lie between 0 and 1',
    finite: 'The value must be a finite number',
    period: 'Invalid period: a four-digit year, e.g. 2025',
    cursor: 'Invalid page cursor: pass the previous page’s `next` unchanged',
    ids: 'Invalid id list: ids separated by commas, at most 100',
    percentRange: 'A percentage must be between 0 and 100',
    indexValueRange: 'An index value must be between 0 and 1',
    rankValue: 'A rank must be a whole number of 1 or more',
    countValue: 'A count must be a whole number, not negative',
    growthRange: 'A growth rate cannot be below -100%',
    futureDate: 'The date of a figure cannot be after today',
    idempotencyKey: 'Idempotency-Key must be 1–200 printable characters',
    controlCharacters: 'The text holds a control character that is not allowed (such as NUL)',
    ifMatch: 'If-Match must be the ETag of the dossier as last read, e.g. "3"',
    proposerRuleEmpty: 'Name at least one kind of unit or one unit that may propose',
    awardCode: 'An award code is 2–4 capital letters, e.g. BK',
    referencePrefix: 'A reference prefix is 2–12 capital letters or digits starting with a letter, e.g. BN2026',
    deadlineAfterCeremony: 'The dossier deadline cannot be after the award date',
    duplicateItems: 'The list has an item twice',
    womenAboveHeadcount: 'The number of women cannot exceed the headcount',
    dateOfBirth: 'Invalid date of birth',
    futureYear: 'The year cannot be after this year',
    awardNotProposable: 'Your unit may not propose this award',
    nomineeGroupNotProposable: 'Your unit may not propose this kind of nominee for this award',
    awardNotInRound: 'This round does not give the chosen award',
    unknownRound: 'The round is not in the catalog',
    unknownAwardType: 'The award is not in the catalog',
    unknownCategory: 'The achievement category is not in the catalog',
    unknownCriterion: 'The criterion is not in the catalog',
    roundNoDossiers: 'This round does not take dossiers',
    roundNotOpen: 'The round does not take dossiers yet (from {opensOn})',
    roundClosed: 'The round’s dossier deadline has passed (end of {deadline})',
    criterionNotAttested: 'Criterion not attested: {criterion}',
    criterionNotApplicable: 'This criterion does not apply to the nominee',
    fileRequired_submissionLetter: 'The submission letter is missing',
    fileRequired_councilMinutes: 'The minutes of the Emulation and Commendation Council are missing',
    fileRequired_achievementReport: 'The achievement report is missing',
    fileRequired_other: 'The other file is missing',
    duplicateNomination: 'This nominee is already proposed for the same round and award',
    noNominations: 'The proposal has no nominee yet',
    contactRequired: 'No contact person yet',
    summaryRequired: 'No achievement summary yet',
    categoryRequired: 'Choose at least one achievement category',
    achievementRequired: 'Add at least one achievement',
    csvEmpty: 'The file has no data rows',
    csvTooManyRows: 'The file has too many rows: at most {max}',
    csvUnknownColumn: 'Column "{column}" is not in the template',
    csvMissingColumn: 'Column "{column}" is missing',
    csvDuplicateColumn: 'Column "{column}" appears twice',
    csvRequired: 'Required',
    csvDate: 'Write the date as dd/mm/yyyy, e.g. 05/09/1985',
    csvInteger: 'Must be a whole number, not negative',
    csvChoice: 'Must be one of: {choices}',
    csvNotForType: 'This column is only for {type}',
    csvDuplicateNominee: 'Same nominee as row {row}',
    returnReasonRequired: 'Give the reason the dossier is returned, or a reason for each nominee',
    nominationReturnReasonRequired: 'Give the reason this nominee is returned, or one reason for the whole dossier',
    rejectReasonRequired: 'Give the reason the nominee is not eligible',
    decisionNumberRequired: 'Enter the decision number, e.g. 1234/QĐ-UBND',
    decisionDateRequired: 'Enter the date the decision was signed',
    decisionDateFuture: 'The decision cannot be signed after today',
    signerNameRequired: 'Enter the name of the person who signed the decision',
    signerTitleRequired: 'Enter the signer’s title, e.g. Chairman',
    decisionNominationsRequired: 'Choose at least one nominee the decision awards',
    workflowUnknownNomination: 'This nominee is not in the dossier',
    workflowRoleNotAllowed: 'The {role} role may not {action}',
    workflowWrongState: 'Cannot {action} while the dossier is “{status}”',
    workflowNotOwnUnit: 'This dossier is not your unit’s',
    workflowNotAppraisingUnit: 'Your unit does not appraise this award',
    workflowNominationState: 'Not possible for a nominee that is “{status}”',
    workflowUndecided: 'This nominee has no appraisal outcome yet (eligible or not)',
    makeUpDayNotWeekend: 'A make-up working day must be a Saturday or a Sunday',
    makeUpDayIsDayOff: 'The make-up working day falls on a day off',
    duplicateDate: 'This date is already listed',
    dayOffSpanTooLong: 'A span of days off lasts at most 31 days: check the end date',
    unknownSource: 'The source document is not listed',
  },
};

const localeErrors = { vi: vi().localeError, en: en().localeError };

/** The text of one of the kit's own validation messages, with `{name}` placeholders filled from `values`. */
export function validationMessage(locale: Locale, key: string, values: MessageValues = {}): string {
  const template = customMessages[locale][key] ?? customMessages.vi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'object' ? localize(value, locale) : String(value);
  });
}

/** Values of a message's placeholders; a catalog text is given in both languages and picked for the locale. */
export type MessageValues = Record<string, string | number | LocalizedText>;

const missingMessageKeys = new WeakMap<object, string>();

/**
 * Marks `schema` so that a missing value reads with the kit's message
 * `messageKey` ("Nhập lý do …") rather than zod's "expected string, received
 * undefined": for the fields a rule requires, such as the reason of a
 * rejection. Returns the schema itself.
 */
export function requiredWith<S extends z.core.$ZodType>(schema: S, messageKey: string): S {
  missingMessageKeys.set(schema, messageKey);
  return schema;
}

/** The error map to pass to `safeParse(data, { error })` for a locale. */
export function validationErrorMap(locale: Locale): z.core.$ZodErrorMap {
  return (issue) => {
    const key =
      issue.code === 'custom'
        ? (issue as { params?: { messageKey?: string } }).params?.messageKey
        : issue.code === 'invalid_format' && issue.pattern === String(ID_PATTERN)
          ? 'id' // a bare "must match /^…$/" means nothing to a reader
          : issue.code === 'invalid_type' && issue.input === undefined && issue.inst
            ? missingMessageKeys.get(issue.inst)
            : undefined;
    if (key && customMessages[locale][key]) return customMessages[locale][key];
    return localeErrors[locale](issue);
  };
}

/** One problem with one field, as the API and the SDK report it. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  code: string;
}

/**
 * A problem found by a pure rule (nomination-rules.ts, nomination-import.ts),
 * which stay free of zod and of wording: a message key and its values.
 */
export interface RuleProblem {
  path: (string | number)[];
  messageKey: string;
  values?: MessageValues;
}

/** Rule problems worded for a locale, in the same shape as schema issues. */
export function ruleIssues(problems: readonly RuleProblem[], locale: Locale = 'vi'): FieldIssue[] {
  return problems.map((p) => ({ path: p.path, message: validationMessage(locale, p.messageKey, p.values), code: p.messageKey }));
}

export function toFieldIssues(error: z.core.$ZodError, prefix: (string | number)[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
    code: issue.code,
  }));
}

/** Parses `data` with messages in `locale`; the result never throws. */
export function validate<S extends z.core.$ZodType>(
  schema: S,
  data: unknown,
  locale: Locale = 'vi',
): { success: true; data: z.infer<S> } | { success: false; issues: FieldIssue[] } {
  const result = z.safeParse(schema, data, { error: validationErrorMap(locale) });
  return result.success ? { success: true, data: result.data } : { success: false, issues: toFieldIssues(result.error) };
}
