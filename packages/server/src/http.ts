import type { Context } from 'hono';
import { validate, type FieldIssue, type IsoDate, type Locale, type OrganisationUnit } from '@thidua/schemas';
import type { Database, Queryable } from './db.js';
import { HttpError, message, type ServerMessageKey } from './errors.js';
import { findUnit } from './repository.js';

export type Env = { Variables: { locale: Locale; requestId: string } };
export type AppContext = Context<Env>;

/** What every route module is given. */
export interface RouteDeps {
  db: Database;
  /** Today's date where the movement runs: progress is judged on it. */
  today(): IsoDate;
}

// Public reads change only when a measurement is reported; a short cache
// spares the API the load of every portal page view, and the ETag makes
// revalidation cheap.
export const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';

type Schema = Parameters<typeof validate>[0];
export type Part<S extends Schema> = [schema: S, data: unknown, where: 'path' | 'query' | 'body'];
type Parsed<P> = P extends Part<infer S> ? Extract<ReturnType<typeof validate<S>>, { success: true }>['data'] : never;

/** Validates every part of a request at once, so one 400 names all its bad fields. */
export function inputs<const P extends readonly Part<Schema>[]>(locale: Locale, ...parts: P): { [K in keyof P]: Parsed<P[K]> } {
  const issues: FieldIssue[] = [];
  const parsed = parts.map(([schema, data, where]) => {
    const result = validate(schema, data, locale);
    if (result.success) return result.data;
    issues.push(...result.issues.map((i) => ({ ...i, path: [where, ...i.path] })));
    return undefined;
  });
  if (issues.length > 0) throw new HttpError(400, 'validation_failed', message(locale, 'validation_failed'), issues);
  return parsed as { [K in keyof P]: Parsed<P[K]> };
}

export function notFound(locale: Locale, key: ServerMessageKey, path: (string | number)[]) {
  return new HttpError(404, 'not_found', message(locale, key), [{ path, message: message(locale, key), code: 'not_found' }]);
}

export async function resolveUnit(db: Queryable, unitId: string, locale: Locale, path: (string | number)[] = ['query', 'unit']): Promise<OrganisationUnit> {
  const unit = await findUnit(db, unitId);
  if (!unit) throw notFound(locale, 'unit_not_found', path);
  return unit;
}

/** Today in a time zone, as yyyy-mm-dd (en-CA formats dates that way). */
export function todayIn(timeZone: string): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
