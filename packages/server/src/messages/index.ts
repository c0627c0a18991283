import type { Locale } from '@thidua/schemas';
import { en } from './en.js';
import { vi, type ServerMessageKey, type ServerMessages } from './vi.js';

export type { ServerMessageKey, ServerMessages };

/** One module per language; the server is small enough to hold both. */
export const messages: Record<Locale, ServerMessages> = { vi, en };

export function message(locale: Locale, key: ServerMessageKey): string {
  return messages[locale][key];
}
