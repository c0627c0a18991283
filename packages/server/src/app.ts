import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { randomUUID } from 'node:crypto';
import { secureHeaders } from 'hono/secure-headers';
import { buildOpenApiDocument } from '@thidua/schemas/openapi';
import { responses, type ResponseCache } from './cache.js';
import { serveCdn, type Cdn } from './cdn.js';
import type { Database } from './db.js';
import { HttpError, errorBody, message, negotiateLocale } from './errors.js';
import { operations, type OperationId } from '@thidua/schemas';
import { serveOperation, todayIn, type Env, type Handlers, type RouteDeps } from './http.js';
import { adminHandlers } from './routes/admin.js';
import { appraisalHandlers } from './routes/appraisals.js';
import { catalogHandlers } from './routes/catalog.js';
import { indicatorHandlers } from './routes/indicators.js';
import { measurementHandlers } from './routes/measurements.js';
import { proposalHandlers } from './routes/proposals.js';
import { rankingHandlers } from './routes/rankings.js';
import { resultHandlers } from './routes/results.js';

export interface AppOptions {
  db: Database;
  /** Where server faults are reported; the client only sees a request id. */
  logError?: (error: unknown, requestId: string) => void;
  /** The time zone whose calendar decides "today" for progress (default Asia/Ho_Chi_Minh). */
  timeZone?: string;
  /** Public reads served from memory (see cache.ts); without one every read goes to the database. */
  cache?: ResponseCache | undefined;
  /** Today's date; `timeZone`'s calendar when absent (tests turn the page to a new day with it). */
  today?: () => string;
  /**
   * The clock: dossier windows, the day a dossier is complete and the
   * appraisal deadlines are judged on it (and "today" follows it unless
   * given). Tests set it to a day around a holiday.
   */
  now?: () => Date;
  /** A bearer credential for the admin routes besides coordinator tokens (see server.ts). */
  adminKey?: string | undefined;
  /** An error status a route's contract does not declare becomes a 500 (tests), instead of only being logged. */
  strictContract?: boolean;
  /** The kit's CDN build, served under /cdn/<version>/ (see cdn.ts); none without it. */
  cdn?: Cdn | undefined;
}

/** What a client's own request id may look like to be echoed back (never adopted). */
const CLIENT_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/**
 * The request's own headers: the id the server gives it (set on the context
 * for logs and error bodies), and a well-formed client id echoed apart.
 */
function requestHeaders(c: Context<Env>): [string, string][] {
  const id = randomUUID();
  c.set('requestId', id);
  const headers: [string, string][] = [['X-Request-Id', id]];
  const clientId = c.req.header('x-request-id');
  if (clientId !== undefined && CLIENT_REQUEST_ID.test(clientId)) headers.push(['X-Client-Request-Id', clientId]);
  return headers;
}

export function createApp({
  db,
  logError = defaultLogError,
  timeZone = 'Asia/Ho_Chi_Minh',
  cache,
  adminKey,
  strictContract = false,
  cdn,
  now = () => new Date(),
  today = () => todayIn(timeZone, now()),
}: AppOptions) {
  const app = new Hono<Env>();
  const deps: RouteDeps = { db, today, now };

  app.use(async (c, next) => {
    c.set('locale', negotiateLocale(c.req.header('accept-language')));
    await next();
  });
  // Static files, not API answers: before the response cache and the API's headers (cdn.ts sets its own).
  if (cdn) serveCdn(app, cdn);
  // Outermost after the language: a cached answer is sent from here as built,
  // with the headers the layers below gave it when it was computed. A layer
  // that sets headers on a response after it is built (secureHeaders, cors)
  // turns @hono/node-server's direct write of the bytes into a web-stream
  // copy, which cost a cached read three quarters of its throughput.
  app.use(responses({ cache, today, requestHeaders }));
  // The server names every request itself: a client-chosen id could collide
  // with another request's, or forge a log line. A well-formed client id is
  // echoed in its own header so the client can still match its logs.
  app.use(async (c, next) => {
    for (const [name, value] of requestHeaders(c)) c.header(name, value);
    await next();
  });
  app.use(secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  // Any portal may embed the public components, and reporting tools may run on
  // any origin: credentials are bearer tokens, never cookies, so '*' is safe.
  app.use(
    '/v1/*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'Accept-Language', 'X-Request-Id'],
      exposeHeaders: ['ETag', 'X-Request-Id', 'X-Client-Request-Id', 'Location', 'Idempotent-Replayed'],
      maxAge: 600,
    }),
  );

  // Every route is an operation of the contract (@thidua/schemas): one handler each.
  let openapi: ReturnType<typeof buildOpenApiDocument> | undefined;
  const handlers: Handlers = {
    health: () => ({ status: 'ok' as const, database: db.kind }),
    openapi: () => (openapi ??= buildOpenApiDocument()),
    ...catalogHandlers(deps),
    ...indicatorHandlers(deps),
    ...measurementHandlers(deps),
    ...rankingHandlers(deps),
    ...adminHandlers(deps),
    ...proposalHandlers(deps),
    ...resultHandlers(deps),
    ...appraisalHandlers(deps),
  };
  for (const id of Object.keys(operations) as OperationId[]) serveOperation(app, db, id, handlers[id], { adminKey, strictContract, logError });

  // A known route asked with another method says so, rather than "not found".
  const allowed = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    const methods = allowed.get(route.path) ?? new Set(['OPTIONS']);
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
    allowed.set(route.path, methods);
  }
  for (const [path, methods] of allowed) {
    app.all(path, (c) => {
      c.header('Allow', [...methods].join(', '));
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

function defaultLogError(error: unknown, requestId: string) {
  // Database errors arrive without their query's text and parameters (db.ts).
  console.error(`thidua: request ${requestId} failed:`, error);
}

export type App = ReturnType<typeof createApp>;
