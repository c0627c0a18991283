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
