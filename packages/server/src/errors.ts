import type { ApiErrorBody, ErrorCode, FieldIssue, Locale } from '@thidua/schemas';

/** A failure the client can act on; becomes a JSON error with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415,
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const messages: Record<Locale, Record<string, string>> = {
  vi: {
    validation_failed: 'Dữ liệu gửi lên không hợp lệ',
    not_found: 'Không tìm thấy',
    campaign_not_found: 'Không tìm thấy phong trào thi đua',
    indicator_not_found: 'Không tìm thấy chỉ tiêu',
    metric_not_found: 'Phong trào không có chỉ số hay chỉ tiêu xếp hạng này',
    unit_not_found: 'Không tìm thấy cơ quan, đơn vị',
    route_not_found: 'Không có địa chỉ này trong API',
    method_not_allowed: 'Phương thức không được hỗ trợ cho địa chỉ này',
    internal: 'Lỗi máy chủ; không có dữ liệu nào bị thay đổi',
    unauthorized: 'Cần mã truy cập hợp lệ (Authorization: Bearer …)',
    forbidden_unit: 'Mã truy cập này không được báo cáo số liệu cho đơn vị này',
    forbidden_role: 'Vai trò của mã truy cập này không được làm việc này',
    unsupported_media_type: 'Nội dung gửi lên phải là JSON (Content-Type: application/json)',
    malformed_json: 'Nội dung JSON không đọc được',
    payload_too_large: 'Nội dung gửi lên quá lớn',
    idempotency_key_invalid: 'Idempotency-Key phải gồm 1–200 ký tự in được',
    idempotency_key_reused: 'Idempotency-Key này đã được dùng cho một yêu cầu khác',
    unit_required_across_campaigns: 'Các chỉ tiêu thuộc nhiều phong trào: hãy chỉ rõ đơn vị (unit)',
  },
  en: {
    validation_failed: 'The request is invalid',
    not_found: 'Not found',
    campaign_not_found: 'No such campaign',
    indicator_not_found: 'No such indicator',
    metric_not_found: 'The campaign has no such index or indicator to rank by',
    unit_not_found: 'No such organisation unit',
    route_not_found: 'No such API route',
    method_not_allowed: 'Method not allowed for this route',
    internal: 'Server error; nothing was changed',
    unauthorized: 'A valid access token is required (Authorization: Bearer …)',
    forbidden_unit: 'This access token may not report figures for this unit',
    forbidden_role: 'The role of this access token does not allow this',
    unsupported_media_type: 'The body must be JSON (Content-Type: application/json)',
    malformed_json: 'The JSON body cannot be read',
    payload_too_large: 'The body is too large',
    idempotency_key_invalid: 'Idempotency-Key must be 1–200 printable characters',
    idempotency_key_reused: 'This Idempotency-Key was already used for a different request',
    unit_required_across_campaigns: 'The indicators belong to several campaigns: name the unit',
  },
};

export function message(locale: Locale, key: string): string {
  return messages[locale][key] ?? messages.vi[key] ?? key;
}

export function errorBody(code: ErrorCode, text: string, issues: FieldIssue[], requestId?: string): ApiErrorBody {
  return { error: { code, message: text, issues, ...(requestId ? { requestId } : {}) } };
}

/** English when the client prefers it, Vietnamese otherwise. */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'vi';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('vi')) return 'vi';
    if (tag.startsWith('en')) return 'en';
  }
  return 'vi';
}
