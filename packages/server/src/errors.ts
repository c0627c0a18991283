import type { ApiErrorBody, ErrorCode, FieldIssue, Locale } from '@thidua/schemas';

/** A failure the client can act on; becomes a JSON error with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 412 | 413 | 415,
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

import { message } from './messages/index.js';

export { message, type ServerMessageKey } from './messages/index.js';

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

/** "The file is larger than 10 MiB", for a file limit in bytes. */
export function fileTooLarge(locale: Locale, bytes: number): string {
  const mib = bytes / (1024 * 1024);
  const size = `${new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(mib)} MiB`;
  return message(locale, 'file_too_large').replace('{size}', size);
}
