/**
 * The SDK's own user-facing messages (for failures the API cannot word:
 * no answer, a timeout, an answer of the wrong shape) in Vietnamese, the
 * reference language: its keys are the message keys, and every other
 * language must give each one (en.ts), so a missing key fails the type check.
 * The same layout as the server's `src/messages/` and the components'
 * `src/strings/`.
 */
export const vi = {
  invalidResponse: 'Máy chủ trả về dữ liệu không đúng cấu trúc',
  indicatorNotFound: 'Không tìm thấy chỉ tiêu',
  timeout: 'Máy chủ phản hồi quá lâu',
  network: 'Không kết nối được máy chủ',
} as const;

export type SdkMessageKey = keyof typeof vi;
export type SdkMessages = Record<SdkMessageKey, string>;
