import type { Queryable } from '../db.js';

/**
 * Helpers shared by the repositories (the only modules that hold SQL).
 *
 * Dates leave the database as text: drivers turn a `date` into a local-time
 * Date object, which shifts a day west of UTC.
 */
export const DATE = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;
export const INSTANT = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The row without its null columns: optional fields are absent, not null, in the API's shapes. */
export const omitNull = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;

// An instant as whole microseconds since 1970 (a number a cursor carries exactly), and back:
// timestamptz holds microseconds, so the round trip loses nothing.
export const MICROS = (col: string) => `(extract(epoch FROM ${col}) * 1000000)::bigint::text`;
export const FROM_MICROS = (param: string) => `(timestamptz 'epoch' + ${param}::bigint * interval '1 microsecond')`;

/**
 * One page of a list in a stable order (keyset paging, see pagination.ts):
 * `sql` ends with `LIMIT <its argument>`, which asks one row more than the
 * page, so that a following page is known without counting; `next` is the
 * position of the page's last row when one follows.
 */
export async function keysetPage<R, P>(
  db: Queryable,
  sql: (limitParam: string) => string,
  params: unknown[],
  limit: number,
  position: (last: R) => P,
): Promise<{ rows: R[]; next: P | undefined }> {
  const { rows } = await db.query<R>(sql(`$${params.length + 1}`), [...params, limit + 1]);
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  return { rows: shown, next: more ? position(shown.at(-1)!) : undefined };
}
