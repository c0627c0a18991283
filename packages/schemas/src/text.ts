/*
 * Text in two languages, and picking one — free of zod and importing
 * nothing, so that a component (the ranking table, the cards) that only
 * shows names does not pull the schemas into its bundle. `common.ts` holds
 * the zod schemas for these shapes and checks at compile time that they
 * infer exactly these types.
 */

/** The languages every user-facing text is written in. */
export type Locale = 'vi' | 'en';

/** Text in Vietnamese (always) and English (when the publisher gives it). */
export interface LocalizedText {
  vi: string;
  en?: string | undefined;
}

/** Picks the text for a locale, falling back to Vietnamese, the language every record has. */
export function localize(text: LocalizedText, locale: Locale): string {
  return (locale === 'en' && text.en) || text.vi;
}
