import * as z from 'zod/mini';
// Types only: text.ts imports nothing, so there is no cycle, and the pure helpers never load zod.
import type { Locale as LocaleType, LocalizedText as LocalizedTextType } from './text.js';

/**
 * Identifiers are URL-safe slugs chosen by whoever publishes the data
 * (e.g. `bn2026-09`), so an embedding page can name an indicator or a unit
 * in an attribute without looking up an opaque key first.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const Id = z.string().check(z.regex(ID_PATTERN));
export type Id = z.infer<typeof Id>;

/**
 * Control characters a text may not hold: NUL (PostgreSQL cannot store it),
 * the other C0 and C1 controls and DEL (they corrupt CSV exports, logs and
 * layouts, and hide text from a reader). A multi-line text keeps tab and
 * line breaks.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_CHARACTERS_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** No control characters (see above); every text field of the kit is built on it. */
export const noControlCharacters = (multiline = false) =>
  z.refine<string>((s) => !(multiline ? CONTROL_CHARACTERS_MULTILINE : CONTROL_CHARACTERS).test(s), {
    params: { messageKey: 'controlCharacters' },
  });

/**
 * A trimmed, non-empty text of at most `max` characters, on one line unless
 * `multiline`: the rule for every free-text field (titles, names, sources).
 */
export const PlainText = (max: number, options: { multiline?: boolean } = {}) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), noControlCharacters(options.multiline));

const NonEmptyText = PlainText(2000);

/** Text in Vietnamese (always) and English (when the publisher gives it). */
export const LocalizedText = z.object({
  /** The Vietnamese text, always given. */
  vi: NonEmptyText,
  /** The English text, when the publisher gives one; readers fall back to `vi` (see `localize`). */
  en: z.optional(NonEmptyText),
});
export interface LocalizedText extends z.infer<typeof LocalizedText> {}

/** A calendar date, `yyyy-mm-dd`. Deadlines and measurement dates have no time of day. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant with its offset, as produced by `Date.prototype.toISOString()`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Locale = z.enum(['vi', 'en']);
export type Locale = z.infer<typeof Locale>;

// The schemas and the zod-free types in text.ts must describe the same values: a drift fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

type SchemasMatchText = [Holds<Same<z.infer<typeof Locale>, LocaleType>>, Holds<Same<z.infer<typeof LocalizedText>, LocalizedTextType>>];
