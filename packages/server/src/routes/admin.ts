import { timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SeedInput, TokenInput, TokenPathParams, UnitImportInput } from '@thidua/schemas';
import { UnknownUnitsError, authenticate, issueToken, revokeToken } from '../auth.js';
import { HttpError, message } from '../errors.js';
import { inputs, notFound, type AppContext, type Env, type RouteDeps } from '../http.js';
import { CatalogInvalidError, importUnits, seedCatalog } from '../seed.js';
import { readJson } from './measurements.js';

// A province's full catalog with its demo histories is a few hundred KB.
const MAX_ADMIN_BODY = 8 * 1024 * 1024;

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Admin writes through the running server — tokens, units, a catalog — so
 * they reach the database through the process that owns it (a PGlite
 * directory has one owner) and every server's cache hears of them. Allowed
 * to the coordinating department's token, and to the server's local admin
 * key (the CLI reads it from the data directory's lock file).
 */
export function adminRoutes(app: Hono<Env>, { db }: RouteDeps, adminKey: string | undefined) {
  async function requireAdmin(c: AppContext) {
    const locale = c.get('locale');
    const header = c.req.header('authorization') ?? '';
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    if (bearer && adminKey && sameSecret(bearer, adminKey)) return;
    const principal = await authenticate(db, header);
    if (!principal) {
      c.header('WWW-Authenticate', 'Bearer realm="thidua"');
      throw new HttpError(401, 'unauthorized', message(locale, 'unauthorized'));
    }
    if (principal.role !== 'coordinator') throw new HttpError(403, 'forbidden', message(locale, 'forbidden_admin'));
  }

  const limit = bodyLimit({
    maxSize: MAX_ADMIN_BODY,
    onError: (c) => {
      throw new HttpError(413, 'payload_too_large', message(c.get('locale'), 'payload_too_large'));
    },
  });

  /** A catalog or unit list refused field by field, with the paths under the body. */
  const catalogIssues = (c: AppContext, error: CatalogInvalidError, under: (string | number)[]) =>
    new HttpError(
      400,
      'validation_failed',
      message(c.get('locale'), 'validation_failed'),
      error.issues.map((i) => ({ ...i, path: ['body', ...under, ...i.path] })),
    );

  app.post('/v1/admin/tokens', limit, async (c) => {
    const locale = c.get('locale');
    await requireAdmin(c);
    const [input] = inputs(locale, [TokenInput, await readJson(c), 'body']);
    const unitIds = input.role === 'reporter' ? (input.unitIds ?? []) : [];
    if (input.role === 'reporter' && unitIds.length === 0) {
      throw new HttpError(400, 'validation_failed', message(locale, 'validation_failed'), [
        { path: ['body', 'unitIds'], message: message(locale, 'reporter_needs_unit'), code: 'required' },
      ]);
    }
    try {
      const issued = await issueToken(db, { name: input.name, role: input.role, unitIds });
      c.header('Cache-Control', 'no-store');
      return c.json({ id: issued.id, token: issued.token, name: input.name, role: input.role, unitIds }, 201);
    } catch (error) {
      if (!(error instanceof UnknownUnitsError)) throw error;
      throw new HttpError(
        400,
        'validation_failed',
        message(locale, 'validation_failed'),
        error.unitIds.map((id) => ({ path: ['body', 'unitIds', unitIds.indexOf(id)], message: `${message(locale, 'unit_not_found')}: ${id}`, code: 'not_found' })),
      );
    }
  });

  app.post('/v1/admin/tokens/:tokenId/revoke', async (c) => {
    const locale = c.get('locale');
    await requireAdmin(c);
    const [{ tokenId }] = inputs(locale, [TokenPathParams, c.req.param(), 'path']);
    if (!(await revokeToken(db, tokenId))) throw notFound(locale, 'token_not_found', ['path', 'tokenId']);
    c.header('Cache-Control', 'no-store');
    return c.json({ id: tokenId, revoked: true as const });
  });

  app.post('/v1/admin/units', limit, async (c) => {
    const locale = c.get('locale');
    await requireAdmin(c);
    const [{ units }] = inputs(locale, [UnitImportInput, await readJson(c), 'body']);
    try {
      const result = await importUnits(db, units);
      c.header('Cache-Control', 'no-store');
      return c.json(result);
    } catch (error) {
      // importUnits names rows as units.N.field already.
      if (error instanceof CatalogInvalidError) throw catalogIssues(c, error, []);
      throw error;
    }
  });

  app.post('/v1/admin/seed', limit, async (c) => {
    const locale = c.get('locale');
    await requireAdmin(c);
    const [input] = inputs(locale, [SeedInput, await readJson(c), 'body']);
    const catalog = input.catalog ?? (await import('@thidua/schemas/catalogs/bac-ninh-2026')).bacNinh2026;
    try {
      const { changed } = await seedCatalog(db, catalog);
      c.header('Cache-Control', 'no-store');
      return c.json({ changed });
    } catch (error) {
      if (error instanceof CatalogInvalidError) throw catalogIssues(c, error, ['catalog']);
      throw error;
    }
  });
}
