import { CatalogInvalidError, importUnits, seedCatalog } from '../repositories/catalog.js';
import { HttpError, message } from '../errors.js';
import { invalid, notFound, type Handlers, type RouteDeps } from '../http.js';
import { UnknownUnitsError, issueToken, revokeToken } from '../repositories/tokens.js';
import type { Locale } from '@thidua/schemas';

/** A catalog or unit list refused field by field, with the paths under the body. */
const refused = (locale: Locale, error: CatalogInvalidError, under: (string | number)[]) =>
  new HttpError(
    400,
    'validation_failed',
    message(locale, 'validation_failed'),
    error.issues.map((i) => ({ ...i, path: ['body', ...under, ...i.path] })),
  );

/**
 * Admin writes through the running server — tokens, units, a catalog — so
 * they reach the database through the process that owns it (a PGlite
 * directory has one owner) and every server's cache hears of them. The
 * contract allows them to the coordinating department's token and to the
 * server's local admin key (what the CLI uses).
 */
export function adminHandlers({ db, now }: RouteDeps) {
  return {
    // The principal authenticate() found: the token's stored role, name and units, never its digest.
    async getSession({ principal }) {
      return { role: principal.role, name: principal.name, unitIds: principal.unitIds };
    },

    async issueToken({ body, locale }) {
      // Only a coordinator acts for every unit (from its one coordinating department); every other role for the units it is scoped to.
      const unitIds = [...new Set(body.unitIds ?? [])];
      if (body.role !== 'coordinator' && unitIds.length === 0) throw invalid(locale, ['body', 'unitIds'], message(locale, 'reporter_needs_unit'), 'required');
      if (body.role === 'coordinator' && unitIds.length > 1) throw invalid(locale, ['body', 'unitIds', 1], message(locale, 'coordinator_one_unit'), 'too_big');
      try {
        const issued = await issueToken(db, { name: body.name, role: body.role, unitIds }, now());
        return { id: issued.id, token: issued.token, name: body.name, role: body.role, unitIds: issued.unitIds };
      } catch (error) {
        if (!(error instanceof UnknownUnitsError)) throw error;
        throw new HttpError(
          400,
          'validation_failed',
          message(locale, 'validation_failed'),
          error.unitIds.map((id) => ({
            path: ['body', 'unitIds', unitIds.indexOf(id)],
            message: `${message(locale, 'unit_not_found')}: ${id}`,
            code: 'not_found',
          })),
        );
      }
    },

    async revokeToken({ params, locale }) {
      if (!(await revokeToken(db, params.tokenId, now()))) throw notFound(locale, 'token_not_found', ['path', 'tokenId']);
      return { id: params.tokenId, revoked: true as const };
    },

    async importUnits({ body, locale }) {
      try {
        return await importUnits(db, body.units);
      } catch (error) {
        // importUnits names rows as units.N.field already.
        if (error instanceof CatalogInvalidError) throw refused(locale, error, []);
        throw error;
      }
    },

    async loadCatalog({ body, locale }) {
      const catalog = body.catalog ?? (await import('@thidua/schemas/catalogs/bac-ninh-2026')).bacNinh2026;
      try {
        const { changed } = await seedCatalog(db, catalog);
        return { changed };
      } catch (error) {
        if (error instanceof CatalogInvalidError) throw refused(locale, error, ['catalog']);
        throw error;
      }
    },
  } satisfies Partial<Handlers>;
}
