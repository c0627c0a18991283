import type { Locale } from '@thidua/schemas';
import { en } from './en.js';
import { vi, type SdkMessageKey, type SdkMessages } from './vi.js';

export type { SdkMessageKey, SdkMessages };

// Both languages together are under 400 bytes: no lazy chunk is worth its request.
const messages: Record<Locale, SdkMessages> = { vi, en };

export function message(locale: Locale, key: SdkMessageKey): string {
  return messages[locale][key];
}
