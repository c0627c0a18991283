import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import {
  ApiErrorBody,
  IndicatorDetail,
  IndicatorList,
  validate,
  type Locale,
} from '@thidua/schemas';
import type * as z from 'zod/mini';
import { ThiduaApiError } from './errors.js';

export interface ClientOptions {
  /** The API root, e.g. `https://api.thidua.example.gov.vn` (the `/v1` prefix is added). */
  baseUrl: string;
  /** A bearer token, or a function that returns the current one (called per request). */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** The language of error messages; Vietnamese by default. */
  locale?: Locale;
  /** Per-attempt timeout in milliseconds (default 10 000). */
  timeout?: number;
  /** How many times an idempotent request is retried on 408/429/5xx or a network failure (default 2). */
  retry?: number;
  /** A fetch implementation (for instrumentation or a non-standard runtime); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface UnitOptions extends RequestOptions {
  /** Whose measurements to include; the campaign owner by default. */
  unit?: string;
}

export interface ThiduaClient {
  readonly baseUrl: string;
  readonly indicators: {
    /** A campaign's indicators with one unit's latest measurements. */
    list(campaignId: string, options?: UnitOptions): Promise<IndicatorList>;
    /** One indicator with its targets, sources and one unit's latest measurement. */
    get(indicatorId: string, options?: UnitOptions): Promise<IndicatorDetail>;
  };
}

export function createClient(options: ClientOptions): ThiduaClient {
  const locale = options.locale ?? 'vi';
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const http: KyInstance = ky.create({
    prefix: `${baseUrl}/v1/`,
    timeout: options.timeout ?? 10_000,
    retry: { limit: options.retry ?? 2, methods: ['get', 'head'], backoffLimit: 3_000 },
    headers: { Accept: 'application/json', 'Accept-Language': locale },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      beforeRequest: [
        async ({ request }) => {
          const token = typeof options.token === 'function' ? await options.token() : options.token;
          if (token) request.headers.set('Authorization', `Bearer ${token}`);
        },
      ],
    },
  });

  // Twenty cards asking for the same resource at once share one request.
  const inFlight = new Map<string, Promise<unknown>>();

  function getJson<S extends z.ZodMiniType>(path: string, schema: S, request: RequestOptions): Promise<z.infer<S>> {
    let shared = inFlight.get(path) as Promise<z.infer<S>> | undefined;
    if (!shared) {
      shared = (async () => {
        let body: unknown;
        try {
          body = await http.get(path).json();
        } catch (error) {
          throw await toApiError(error, locale);
        }
        const parsed = validate(schema, body, locale);
        if (!parsed.success) {
          throw new ThiduaApiError({
            status: 0,
            code: 'invalid_response',
            message: locale === 'en' ? 'The server answered with data of an unexpected shape' : 'Máy chủ trả về dữ liệu không đúng cấu trúc',
            issues: parsed.issues,
          });
        }
        return parsed.data;
      })().finally(() => inFlight.delete(path));
      inFlight.set(path, shared);
    }
    return abortable(shared, request.signal, locale);
  }

  const withUnit = (path: string, unit: string | undefined) => (unit ? `${path}?unit=${encodeURIComponent(unit)}` : path);

  return {
    baseUrl,
    indicators: {
      list: (campaignId, opts = {}) =>
        getJson(withUnit(`campaigns/${encodeURIComponent(campaignId)}/indicators`, opts.unit), IndicatorList, opts),
      get: (indicatorId, opts = {}) =>
        getJson(withUnit(`indicators/${encodeURIComponent(indicatorId)}`, opts.unit), IndicatorDetail, opts),
    },
  };
}

/** Lets one caller stop waiting without cancelling the request others share. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, locale: Locale): Promise<T> {
  if (!signal) return promise;
  const aborted = () =>
    new ThiduaApiError({ status: 0, code: 'aborted', message: locale === 'en' ? 'Request cancelled' : 'Yêu cầu đã bị hủy', cause: signal.reason });
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function toApiError(error: unknown, locale: Locale): Promise<ThiduaApiError> {
  if (error instanceof HTTPError) {
    const parsed = validate(ApiErrorBody, error.data);
    const requestId = error.response.headers.get('x-request-id') ?? undefined;
    if (parsed.success) {
      const { code, message, issues } = parsed.data.error;
      return new ThiduaApiError({ status: error.response.status, code, message, issues, requestId: parsed.data.error.requestId ?? requestId, cause: error });
    }
    // A proxy or gateway in front of the API answered with its own page.
    return new ThiduaApiError({
      status: error.response.status,
      code: error.response.status >= 500 ? 'internal' : 'not_found',
      message: `HTTP ${error.response.status} ${error.response.statusText}`.trim(),
      requestId,
      cause: error,
    });
  }
  if (error instanceof TimeoutError) {
    return new ThiduaApiError({ status: 0, code: 'timeout', message: locale === 'en' ? 'The server took too long to answer' : 'Máy chủ phản hồi quá lâu', cause: error });
  }
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new ThiduaApiError({ status: 0, code: 'aborted', message: locale === 'en' ? 'Request cancelled' : 'Yêu cầu đã bị hủy', cause: error });
  }
  return new ThiduaApiError({
    status: 0,
    code: 'network_error',
    message: locale === 'en' ? 'Cannot reach the server' : 'Không kết nối được máy chủ',
    cause: error,
  });
}
