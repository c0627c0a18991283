import * as z from 'zod/mini';
import { en, vi } from 'zod/locales';
import { ID_PATTERN, type Locale } from './common.js';

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
  },
};

const localeErrors = { vi: vi().localeError, en: en().localeError };

/** The text of one of the kit's own validation messages. */
export function validationMessage(locale: Locale, key: string): string {
  return customMessages[locale][key] ?? customMessages.vi[key] ?? key;
}

/** The error map to pass to `safeParse(data, { error })` for a locale. */
export function validationErrorMap(locale: Locale): z.core.$ZodErrorMap {
  return (issue) => {
    const key =
      issue.code === 'custom'
        ? (issue as { params?: { messageKey?: string } }).params?.messageKey
        : issue.code === 'invalid_format' && issue.pattern === String(ID_PATTERN)
          ? 'id' // a bare "must match /^…$/" means nothing to a reader
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
