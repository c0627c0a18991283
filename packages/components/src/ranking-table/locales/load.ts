import type { Locale } from '@thidua/schemas';
import { vi, type RankingStrings } from './vi.js';

// English is loaded on first use: a Vietnamese page never pays for it.
const strings: Partial<Record<Locale, RankingStrings>> = { vi };
let english: Promise<unknown> | undefined;

/** The table's strings in `locale`, or a promise while they load; Vietnamese should English fail to load. */
export function stringsFor(locale: Locale): RankingStrings | Promise<unknown> {
  return (
    strings[locale] ??
    (english ??= import('./en.js').then(
      ({ en }) => (strings.en = en),
      () => (strings.en = vi),
    ))
  );
}
