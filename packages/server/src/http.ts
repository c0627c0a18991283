import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  FORM_FRAMING_BYTES,
  errorStatuses,
  operations,
  validate,
  type FieldIssue,
  type IsoDate,
  type Locale,
  type Operation,
  type OperationId,
  type OperationInput,
  type OperationResponse,
  type Operations,
  type OrganisationUnit,
} from '@thidua/schemas';
import { createHash, timingSafeEqual } from 'node:crypto';
import { authenticate, type Principal } from './auth.js';
import type { Database, Queryable } from './db.js';
import { HttpError, fileTooLarge, message, type ServerMessageKey } from './errors.js';
import { findUnit } from './repositories/units.js';

export type Env = { Variables: { locale: Locale; requestId: string } };
export type AppContext = Context<Env>;

/** What every route module is given. */
export interface RouteDeps {
  db: Database;
  /** Today's date where the movement runs: progress is judged on it. */
  today(): IsoDate;
  /** The current instant: a round's dossier window is judged on it. */
  now(): Date;
}

// Public reads change only when a measurement is reported; a short cache
// spares the API the load of every portal page view, and the ETag makes
// revalidation cheap.
export const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';

// An address that names its content by hash (a featured model's photo) never changes: a year, without revalidation.
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

const CACHE_CONTROL = { public: PUBLIC_CACHE, immutable: IMMUTABLE_CACHE, 'no-store': 'no-store' } as const;

/**
 * The policy of a printout (a proposed list, certificates): nothing but its
 * own styles, by hash — no script, no image, no font or style from
 * elsewhere, no form, no base, no framing. Its data is escaped as text, so
 * even a name that holds markup is shown, never run.
 */
export function printoutPolicy(styleHashes: readonly string[]): string {
  const styles = styleHashes.length > 0 ? styleHashes.map((h) => `'sha256-${h}'`).join(' ') : "'none'";
  return `default-src 'none'; style-src ${styles}; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

/** Largest JSON body any operation accepts. */
export const MAX_BODY = 16 * 1024;

/** What a handler is given: the parsed request, the caller and the context (to set a header). */
export type HandlerInput<O extends Operation> = OperationInput<O> & {
  locale: Locale;
  /** The token holder, for an operation that needs a bearer token. */
  principal: O['auth'] extends 'public' ? undefined : Principal;
  c: AppContext;
};

/** A route handler: parsed input in, the response body out (the contract says the status and caching). */
export type Handler<O extends Operation> = (input: HandlerInput<O>) => Promise<OperationResponse<O>> | OperationResponse<O>;

/** One handler per operation of the contract: a missing one fails the type check. */
export type Handlers = { [K in OperationId]: Handler<Operations[K]> };

/** The contract's `{name}` path as Hono writes it, `:name`. */
export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

type Schema = Parameters<typeof validate>[0];
export type Part = [schema: Schema | undefined, data: unknown, where: 'path' | 'query' | 'header' | 'body'];

/** Validates every part of a request at once, so one 400 names all its bad fields. */
export function inputs(locale: Locale, ...parts: Part[]): unknown[] {
  const issues: FieldIssue[] = [];
  const parsed = parts.map(([schema, data, where]) => {
    if (!schema) return undefined;
    const result = validate(schema, data, locale);
    if (result.success) return result.data;
    issues.push(...result.issues.map((i) => ({ ...i, path: [where, ...i.path] })));
    return undefined;
  });
  if (issues.length > 0) throw new HttpError(400, 'validation_failed', message(locale, 'validation_failed'), issues);
  return parsed;
}

export function notFound(locale: Locale, key: ServerMessageKey, path: (string | number)[]) {
  return new HttpError(404, 'not_found', message(locale, key), [{ path, message: message(locale, key), code: 'not_found' }]);
}

/** A 412: the version If-Match names is not the stored one; `key` says what changed. */
export function staleVersion(locale: Locale, key: ServerMessageKey) {
  return new HttpError(412, 'precondition_failed', message(locale, key), [{ path: ['header', 'If-Match'], message: message(locale, key), code: 'precondition_failed' }]);
}

/** A 409: the Idempotency-Key was used before with another request. */
export function keyReused(locale: Locale) {
  return new HttpError(409, 'conflict', message(locale, 'idempotency_key_reused'), [
    { path: ['header', 'Idempotency-Key'], message: message(locale, 'idempotency_key_reused'), code: 'conflict' },
  ]);
}

/** A 400 naming one field. */
export function invalid(locale: Locale, path: (string | number)[], text: string, code = 'invalid_value') {
  return new HttpError(400, 'validation_failed', message(locale, 'validation_failed'), [{ path, message: text, code }]);
}

export async function resolveUnit(db: Queryable, unitId: string, locale: Locale, path: (string | number)[] = ['query', 'unit']): Promise<OrganisationUnit> {
  const unit = await findUnit(db, unitId);
  if (!unit) throw notFound(locale, 'unit_not_found', path);
  return unit;
}

// One formatter per time zone: building an Intl.DateTimeFormat costs about
// 75 µs, and "today" is asked on every request (the response cache's key).
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today (or the day of `at`) in a time zone, as yyyy-mm-dd (en-CA formats dates that way). */
export function todayIn(timeZone: string, at: Date = new Date()): IsoDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

async function readJson(c: AppContext, optional: boolean): Promise<unknown> {
  const locale = c.get('locale');
  // A body the operation lets out: nothing sent, nothing typed.
  if (optional && c.req.header('content-type') === undefined && (await c.req.text()) === '') return {};
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new HttpError(415, 'unsupported_media_type', message(locale, 'unsupported_media_type'));
  }
  try {
    return await c.req.json();
  } catch {
    throw invalid(locale, ['body'], message(locale, 'malformed_json'), 'invalid_json');
  }
}

/** A multipart/form-data body's fields and files; a body of another type is a 415. */
async function readForm(c: AppContext): Promise<unknown> {
  const locale = c.get('locale');
  if (!/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '')) {
    throw new HttpError(415, 'unsupported_media_type', message(locale, 'form_expected'));
  }
  try {
    return await c.req.parseBody();
  } catch {
    throw invalid(locale, ['body'], message(locale, 'malformed_form'), 'invalid_form');
  }
}

/**
 * A file served for download: always as an attachment, with the type it was
 * recognised as and `nosniff` (set for every answer by secureHeaders), so a
 * browser never renders it as a page of the API's origin. The name is sent
 * in RFC 5987 form, which carries Vietnamese letters; the plain `filename`
 * keeps only what is safe in a quoted string.
 */
function attachment(c: AppContext, file: File): Response {
  const ascii = file.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  c.header('Content-Type', file.type);
  c.header('Content-Length', String(file.size));
  c.header('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`);
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(file.stream(), 200);
}

/**
 * A printout served inline: `text/html; charset=utf-8`, `nosniff`, and the
 * policy above with the hash of each of its `<style>` elements. Every value
 * in a printout is escaped as text (printouts.ts), so the only `<style>` in
 * it is the template's own.
 */
function printout(c: AppContext, html: string): Response {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => createHash('sha256').update(m[1]!, 'utf8').digest('base64'));
  c.header('Content-Type', 'text/html; charset=utf-8');
  c.header('Content-Security-Policy', printoutPolicy(hashes));
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(html, 200);
}

/** Who the local admin key stands for: the coordinating department, through the server's own CLI. */
const LOCAL_ADMIN: Principal = { tokenId: 'local-admin', name: 'thidua CLI (local admin)', role: 'coordinator', unitIds: [] };

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

async function requirePrincipal(c: AppContext, db: Queryable, op: Operation, adminKey: string | undefined): Promise<Principal> {
  const locale = c.get('locale');
  const header = c.req.header('authorization');
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (op.auth !== 'public' && op.auth.localAdmin && adminKey && bearer && sameSecret(bearer, adminKey)) return LOCAL_ADMIN;
  const principal = await authenticate(db, header);
  if (!principal) {
    c.header('WWW-Authenticate', 'Bearer realm="thidua"');
    throw new HttpError(401, 'unauthorized', message(locale, 'unauthorized'));
  }
  if (op.auth !== 'public' && !op.auth.bearer.includes(principal.role)) {
    throw new HttpError(403, 'forbidden', message(locale, 'forbidden_role'));
  }
  return principal;
}

/**
 * Serves one operation of the contract: its method and path, the body limit,
 * the bearer token and role it needs, every input part validated at once,
 * then the handler, then the status and Cache-Control the contract names.
 *
 * An error status the contract does not declare is drift between the two.
 * With `strictContract` (the test servers) it becomes a 500, so every test
 * that reaches it fails; otherwise it is reported through `logError` and the
 * client still gets its 4xx: a wrong contract must never turn a client's
 * mistake into a server fault.
 */
export function serveOperation<K extends OperationId>(
  app: Hono<Env>,
  db: Queryable,
  id: K,
  handler: Handler<Operations[K]>,
  options: { adminKey?: string | undefined; strictContract?: boolean; logError?: (error: unknown, requestId: string) => void } = {},
): void {
  const op: Operation = operations[id];
  const declared = new Set<number>(errorStatuses(op));
  const middleware: MiddlewareHandler<Env>[] = [];
  if (op.body || op.form) {
    middleware.push(
      bodyLimit({
        maxSize: op.maxBody ?? MAX_BODY,
        onError: (c) => {
          const locale = c.get('locale');
          // A form is refused for its file: the field the person chose.
          const text = op.form ? fileTooLarge(locale, (op.maxBody ?? MAX_BODY) - FORM_FRAMING_BYTES) : message(locale, 'payload_too_large');
          const issues = op.form ? [{ path: ['body', 'file'], message: text, code: 'too_big' }] : undefined;
          throw new HttpError(413, 'payload_too_large', text, issues);
        },
      }),
    );
  }
  const handle: MiddlewareHandler<Env> = async (c) => {
    const locale = c.get('locale');
    try {
      const principal = op.auth === 'public' ? undefined : await requirePrincipal(c, db, op, options.adminKey);
      const headers = Object.fromEntries(Object.keys(op.headers?.shape ?? {}).flatMap((name) => {
        const value = c.req.header(name);
        return value === undefined ? [] : [[name, value]];
      }));
      const body = op.body ? await readJson(c, op.bodyOptional === true) : op.form ? await readForm(c) : undefined;
      const [params, query, header, parsedBody] = inputs(
        locale,
        [op.params, c.req.param(), 'path'],
        [op.query, c.req.query(), 'query'],
        [op.headers, headers, 'header'],
        [op.body ?? op.form, body, 'body'],
      );
      const input = { params, query, headers: header, body: parsedBody, principal, locale, c };
      const result = await (handler as Handler<Operation>)(input as HandlerInput<Operation>);
      c.header('Cache-Control', CACHE_CONTROL[op.cache]);
      if (op.download) return attachment(c, result as File);
      if (op.html) return printout(c, result as string);
      return c.json(result as object, op.status ?? 200);
    } catch (error) {
      if (error instanceof HttpError && !declared.has(error.status)) {
        const drift = new Error(`${op.method} ${op.path} (${id}) answered ${error.status}, which the route contract does not declare`, { cause: error });
        if (options.strictContract) throw drift;
        options.logError?.(drift, c.get('requestId'));
      }
      throw error;
    }
  };
  app.on([op.method], [honoPath(op.path)], ...middleware, handle);
}
