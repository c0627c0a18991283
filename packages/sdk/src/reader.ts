/**
 * `@thidua/sdk/reader`: the one read a live `<kpi-progress>` makes, without
 * the client's weight. `createClient` brings ky and the contract's zod schemas
 * (about 35 KB gzipped) to validate every answer; a card that shows a public
 * figure as text needs a fetch, the same batching and the same errors, in
 * under 2 KB. Nothing here imports zod or ky (test/reader.test.ts checks it).
 * What it gives up: answers are not validated against the schemas (a
 * malformed one is an `invalid_response` only when it lacks what a card
 * reads), and it makes no writes. As the client's, every answer carries
 * `lastResponse` (its `requestId`), and a call given up by its signal rejects
 * with the signal's reason (an `AbortError`).
 *
 * @packageDocumentation
 */
import type { IndicatorBatch, IndicatorDetail, Locale } from '@thidua/schemas';
import type { IndicatorsApi } from './client.js';
import { ThiduaApiError } from './errors.js';
import { indicatorBatcher, type IndicatorQuery } from './indicator-batches.js';
import { message } from './messages/index.js';
import { responseInfo, withResponse, type LastResponse } from './responses.js';

export interface ReaderOptions {
  /** The API root, e.g. `https://api.thidua.example.gov.vn` (the `/v1` prefix is added). */
  baseUrl: string;
  /** The language of the API's error messages; Vietnamese by default. */
  locale?: Locale;
  /** A bearer token, for an API that asks for one on public reads. */
  token?: string;
  /** Per attempt, in milliseconds (default 10 000, as the client's). */
  timeout?: number;
  /** Retries of a failed read: network errors, 408, 429 and 5xx (default 2, as the client's). */
  retry?: number;
  /** A fetch of your own (tests, Node without a global fetch). */
  fetch?: typeof fetch;
}

/** The part of `ThiduaClient` a reader has: a full client can stand in for one. */
export interface ThiduaReader {
  readonly baseUrl: string;
  indicators: Pick<IndicatorsApi, 'get'>;
}

const RETRY_STATUSES = new Set([408, 413, 429, 500, 502, 503, 504]);

export function createReader(options: ReaderOptions): ThiduaReader {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const locale = options.locale ?? 'vi';
  const retries = options.retry ?? 2;
  const timeout = options.timeout ?? 10_000;
  const fetchFn = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale, ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}) };

  /** One GET of the API, retried as the client retries reads (ky's backoff: 0.3 s, 0.6 s, … at most 3 s). */
  async function getJson(path: string): Promise<{ body: unknown; response: LastResponse }> {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetchFn(`${baseUrl}${path}`, { headers, signal: AbortSignal.timeout(timeout) });
      } catch (error) {
        const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
        if (attempt < retries && !timedOut) {
          await delay(attempt);
          continue;
        }
        throw new ThiduaApiError({ status: 0, code: timedOut ? 'timeout' : 'network_error', message: message(locale, timedOut ? 'timeout' : 'network'), cause: error });
      }
      const requestId = response.headers.get('x-request-id') ?? undefined;
      if (response.ok) {
        try {
          return { body: await response.json(), response: responseInfo(response) };
        } catch (error) {
          throw new ThiduaApiError({ status: 0, code: 'invalid_response', message: message(locale, 'invalidResponse'), requestId, cause: error });
        }
      }
      if (attempt < retries && RETRY_STATUSES.has(response.status)) {
        await response.body?.cancel();
        await delay(attempt, Number(response.headers.get('retry-after')));
        continue;
      }
      const body = (await response.json().catch(() => undefined)) as { error?: { code?: unknown; message?: unknown; issues?: unknown; requestId?: unknown } } | undefined;
      const e = body?.error;
      if (e && typeof e.code === 'string' && typeof e.message === 'string') {
        throw new ThiduaApiError({
          status: response.status,
          code: e.code as ThiduaApiError['code'],
          message: e.message,
          issues: Array.isArray(e.issues) ? e.issues : [],
          requestId: typeof e.requestId === 'string' ? e.requestId : requestId,
        });
      }
      // A proxy or gateway in front of the API answered with its own page.
      throw new ThiduaApiError({ status: response.status, code: response.status >= 500 ? 'internal' : 'not_found', message: `HTTP ${response.status} ${response.statusText}`.trim(), requestId });
    }
  }

  const invalid = (answer: LastResponse) => new ThiduaApiError({ status: 0, code: 'invalid_response', message: message(locale, 'invalidResponse'), requestId: answer.requestId });
  const notFound = () => {
    const text = message(locale, 'indicatorNotFound');
    return new ThiduaApiError({ status: 404, code: 'not_found', message: text, issues: [{ path: ['path', 'indicatorId'], message: text, code: 'not_found' }] });
  };

  // Cards asking in one task share one request, with the client's own batching (indicator-batches.ts).
  const asked = (query: IndicatorQuery, extra?: Record<string, string>) => {
    const q = new URLSearchParams(extra);
    for (const name of ['unit', 'asOf', 'campaign'] as const) if (query[name]) q.set(name, query[name]!);
    const text = q.toString();
    return text ? `?${text}` : '';
  };
  const get = indicatorBatcher(
    {
      one: async (id, query) => {
        const { body, response } = await getJson(`/v1/indicators/${encodeURIComponent(id)}${asked(query)}`);
        if (!isDetail(body)) throw invalid(response);
        return withResponse(body, response);
      },
      many: async (ids, query) => {
        const { body, response } = await getJson(`/v1/indicators${asked(query, { ids: ids.join(',') })}`);
        if (!isBatch(body)) throw invalid(response);
        return withResponse(body, response);
      },
      notFound,
    },
  );

  return { baseUrl, indicators: { get } };
}

/** What a card reads of an answer: enough to tell an API's answer from something else. */
function isDetail(value: unknown): value is IndicatorDetail {
  const v = value as Partial<IndicatorDetail> | null;
  return typeof v === 'object' && v !== null && typeof v.indicator?.id === 'string' && Array.isArray(v.indicator.targets) && typeof v.unit === 'object' && Array.isArray(v.sourceDocuments);
}

function isBatch(value: unknown): value is IndicatorBatch {
  const v = value as Partial<IndicatorBatch> | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.items) && Array.isArray(v.missing) && Array.isArray(v.sourceDocuments) && v.items.every((i) => Array.isArray(i?.targets));
}

function delay(attempt: number, retryAfterSeconds = NaN): Promise<void> {
  const ms = Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : 300 * 2 ** attempt;
  return new Promise((resolve) => setTimeout(resolve, Math.min(ms, 3_000)));
}

export { isAbort, type LastResponse, type WithResponse } from './responses.js';
