import * as z from 'zod/mini';

/**
 * Cursor pagination of the lists that grow with a province (a group's
 * ranking, a level's progress, the units): `?limit=` items per page (a
 * default and a maximum per list, declared in the route contract) and
 * `?cursor=` the `next` of the previous page. `next` is null on the last
 * page. A cursor is opaque: clients pass it back unchanged (the SDK does,
 * in `for await`); the server reads it as a position in a stable order
 * (keyset), so a page costs its size, not its offset, and a unit added
 * while a client pages neither repeats nor shifts what it already has.
 */

/** How many items a list answers per page when `limit` is left out, and the most it answers. */
export interface PageSize {
  readonly default: number;
  readonly max: number;
}

/** Page sizes of the paged lists. Rankings and units allow a large page, so a table can ask for a whole group at once. */
export const PAGE_SIZES = {
  rankings: { default: 100, max: 1000 },
  unitsProgress: { default: 100, max: 500 },
  units: { default: 100, max: 1000 },
  /** A unit's own dossiers: a screenful by default; a round rarely brings a unit more than a few dozen. */
  proposals: { default: 50, max: 200 },
  /** A unit's nominations: an imported list holds up to 500 nominees (MAX_IMPORT_ROWS). */
  nominations: { default: 100, max: 500 },
  /** The appraisers' queue: a screenful by default; a table may ask for a few hundred at once. */
  appraisals: { default: 50, max: 500 },
  /** A campaign's awardees, public: a page of a portal's list; a round awards a few hundred at most. */
  awards: { default: 50, max: 500 },
} as const satisfies Record<string, PageSize>;

/** A cursor as the server writes it: base64url, at most 2,000 characters. */
export const Cursor = z.string().check(z.refine((s) => /^[A-Za-z0-9_-]{1,2000}$/.test(s), { params: { messageKey: 'cursor' } }));

/** The query parameters of a paged list: `limit` (1 to the list's maximum) and `cursor`. */
export function pageQuery(size: PageSize) {
  return {
    limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(size.max))),
    cursor: z.optional(Cursor),
  };
}

/** `next` of a page: the cursor of the page after it, or null on the last page. */
export const NextCursor = z.nullable(Cursor);
