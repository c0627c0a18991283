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

const NonEmptyText = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));

/** Text in Vietnamese (always) and English (when the publisher gives it). */
export const LocalizedText = z.object({
  vi: NonEmptyText,
  en: z.optional(NonEmptyText),
});
export type LocalizedText = LocalizedTextType;

/** A calendar date, `yyyy-mm-dd`. Deadlines and measurement dates have no time of day. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant with its offset, as produced by `Date.prototype.toISOString()`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Locale = z.enum(['vi', 'en']);
export type Locale = LocaleType;

// The schemas and the zod-free types in text.ts must describe the same values: a drift fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

type SchemasMatchText = [Holds<Same<z.infer<typeof Locale>, LocaleType>>, Holds<Same<z.infer<typeof LocalizedText>, LocalizedTextType>>];
