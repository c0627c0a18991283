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
  },
  en: {
    id: 'Invalid identifier: lower-case letters without diacritics, digits and hyphens, at most 80 characters',
    endsBeforeStart: 'The end date must not be before the start date',
    indexRange: 'Targets of an index must lie between 0 and 1',
    finite: 'The value must be a finite number',
  },
};

const localeErrors = { vi: vi().localeError, en: en().localeError };

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
