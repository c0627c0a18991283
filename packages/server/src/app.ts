import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import {
  CampaignPathParams,
  IndicatorPathParams,
  UnitQuery,
  validate,
  type FieldIssue,
  type Locale,
  type OrganisationUnit,
} from '@thidua/schemas';
import { buildOpenApiDocument } from '@thidua/schemas/openapi';
import type { Database, Queryable } from './db.js';
import { HttpError, errorBody, message, negotiateLocale } from './errors.js';
import { findCampaign, findIndicatorOwnerUnit, findSourceDocuments, findUnit, listIndicators } from './repository.js';

export interface AppOptions {
  db: Database;
  /** Where server faults are reported; the client only sees a request id. */
  logError?: (error: unknown, requestId: string) => void;
}

type Env = { Variables: { locale: Locale; requestId: string } };

// Public reads change only when a measurement is reported; a minute of
// caching spares the API the load of every portal page view.
const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';

export function createApp({ db, logError = defaultLogError }: AppOptions) {
  const app = new Hono<Env>();

  app.use(requestId());
  app.use(secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  // Any portal may embed the public components, so reads are open to every origin.
  app.use('/v1/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag', 'X-Request-Id'] }));
  app.use(async (c, next) => {
    c.set('locale', negotiateLocale(c.req.header('accept-language')));
    await next();
  });
  app.use('/v1/*', etag());

  app.get('/v1/health', (c) => c.json({ status: 'ok' as const, database: db.kind }));

  let openapi: unknown;
  app.get('/v1/openapi.json', (c) => {
    openapi ??= buildOpenApiDocument();
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(openapi);
  });

  app.get('/v1/campaigns/:campaignId/indicators', async (c) => {
    const locale = c.get('locale');
    const [{ campaignId }, query] = inputs(locale, [CampaignPathParams, c.req.param(), 'path'], [UnitQuery, c.req.query(), 'query']);
    const campaign = await findCampaign(db, campaignId);
    if (!campaign) throw notFound(locale, 'campaign_not_found', ['path', 'campaignId']);
    const unit = await resolveUnit(db, query.unit ?? campaign.ownerUnitId, locale);
    const items = await listIndicators(db, { campaignId }, unit.id);
    const documentIds = new Set([campaign.sourceDocumentId, ...items.flatMap((i) => i.targets.map((t) => t.sourceDocumentId))]);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ campaign, unit, items, sourceDocuments: await findSourceDocuments(db, [...documentIds]) });
  });

  app.get('/v1/indicators/:indicatorId', async (c) => {
    const locale = c.get('locale');
    const [{ indicatorId }, query] = inputs(locale, [IndicatorPathParams, c.req.param(), 'path'], [UnitQuery, c.req.query(), 'query']);
    // No unit named: the campaign owner's figures, as on the campaign's own list.
    const unitId = query.unit ?? (await findIndicatorOwnerUnit(db, indicatorId));
    if (!unitId) throw notFound(locale, 'indicator_not_found', ['path', 'indicatorId']);
    const unit = await resolveUnit(db, unitId, locale);
    const [indicator] = await listIndicators(db, { indicatorId }, unit.id);
    if (!indicator) throw notFound(locale, 'indicator_not_found', ['path', 'indicatorId']);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({
      indicator,
      unit,
      sourceDocuments: await findSourceDocuments(db, [...new Set(indicator.targets.map((t) => t.sourceDocumentId))]),
    });
  });

  // A known route asked with another method says so, rather than "not found".
  for (const path of ['/v1/health', '/v1/openapi.json', '/v1/campaigns/:campaignId/indicators', '/v1/indicators/:indicatorId']) {
    app.all(path, (c) => {
      c.header('Allow', 'GET, HEAD, OPTIONS');
      return c.json(errorBody('method_not_allowed', message(c.get('locale'), 'method_not_allowed'), [], c.get('requestId')), 405);
    });
  }

  app.notFound((c) =>
    c.json(errorBody('not_found', message(c.get('locale') ?? 'vi', 'route_not_found'), [], c.get('requestId')), 404),
  );

  app.onError((error, c) => {
    const id = c.get('requestId');
    if (error instanceof HttpError) {
      return c.json(errorBody(error.code, error.message, error.issues, id), error.status);
    }
    logError(error, id);
    return c.json(errorBody('internal', message(c.get('locale') ?? 'vi', 'internal'), [], id), 500);
  });

  return app;
}

type Schema = Parameters<typeof validate>[0];
type Part<S extends Schema> = [schema: S, data: unknown, where: 'path' | 'query' | 'body'];

/** Validates every part of a request at once, so one 400 names all its bad fields. */
function inputs<A extends Schema, B extends Schema>(locale: Locale, a: Part<A>, b: Part<B>) {
  const issues: FieldIssue[] = [];
  const parse = <S extends Schema>([schema, data, where]: Part<S>) => {
    const result = validate(schema, data, locale);
    if (result.success) return result.data;
    issues.push(...result.issues.map((i) => ({ ...i, path: [where, ...i.path] })));
    return undefined;
  };
  const parsedA = parse(a);
  const parsedB = parse(b);
  if (issues.length > 0) throw new HttpError(400, 'validation_failed', message(locale, 'validation_failed'), issues);
  return [parsedA!, parsedB!] as const;
}

function notFound(locale: Locale, key: string, path: (string | number)[]) {
  return new HttpError(404, 'not_found', message(locale, key), [{ path, message: message(locale, key), code: 'not_found' }]);
}

async function resolveUnit(db: Queryable, unitId: string, locale: Locale): Promise<OrganisationUnit> {
  const unit = await findUnit(db, unitId);
  if (!unit) throw notFound(locale, 'unit_not_found', ['query', 'unit']);
  return unit;
}

function defaultLogError(error: unknown, requestId: string) {
  console.error(`thidua: request ${requestId} failed:`, error);
}

export type App = ReturnType<typeof createApp>;
export type { Context };
