// Kept free of zod so that a component importing it does not pull in the schemas.
import type { Locale, LocalizedText } from './common.js';

/** Picks the text for a locale, falling back to Vietnamese, the language every record has. */
export function localize(text: LocalizedText, locale: Locale): string {
  return (locale === 'en' && text.en) || text.vi;
}
