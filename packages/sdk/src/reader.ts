import type { IndicatorBatch, IndicatorDetail, Locale } from '@thidua/schemas';
import type { IndicatorOptions, ThiduaClient } from './client.js';
import { ThiduaApiError } from './errors.js';
import { message } from './messages/index.js';

/*
 * `@thidua/sdk/reader`: the one read a live `<kpi-progress>` makes, without
 * the client's weight. `createClient` brings ky and the contract's zod schemas
 * (about 35 KB gzipped) to validate every answer; a card that shows a public
 * figure as text needs a fetch, the same batching and the same errors, in
 * under 2 KB. Nothing here imports zod or ky (test/reader.test.ts checks it).
 * What it gives up: answers are not validated against the schemas (a
 * malformed one is an `invalid_response` only when it lacks what a card
 * reads), and it makes no writes.
 */

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
  indicators: Pick<ThiduaClient['indicators'], 'get'>;
}

/** The contract's limit on one batch (`MAX_BATCH_IDS` of @thidua/schemas; test/reader.test.ts keeps them equal). */
const MAX_BATCH_IDS = 100;
const RETRY_STATUSES = new Set([408, 413, 429, 500, 502, 503, 504]);

export function createReader(options: ReaderOptions): ThiduaReader {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const locale = options.locale ?? 'vi';
  const retries = options.retry ?? 2;
  const timeout = options.timeout ?? 10_000;
  const fetchFn = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale, ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}) };

  /** One GET of the API, retried as the client retries reads (ky's backoff: 0.3 s, 0.6 s, … at most 3 s). */
  async function getJson(path: string): Promise<unknown> {
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
          return await response.json();
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

  const invalid = () => new ThiduaApiError({ status: 0, code: 'invalid_response', message: message(locale, 'invalidResponse') });
  const notFound = () => {
    const text = message(locale, 'indicatorNotFound');
    return new ThiduaApiError({ status: 404, code: 'not_found', message: text, issues: [{ path: ['path', 'indicatorId'], message: text, code: 'not_found' }] });
  };

  // Cards asking in one task share one request, as with the client (see its `indicators.get`).
  type Waiter = { resolve: (d: IndicatorDetail) => void; reject: (e: unknown) => void };
  type Batch = { query: URLSearchParams; waiters: Map<string, Waiter[]> };
  const batches = new Map<string, Batch>();

  function flush(key: string) {
    const batch = batches.get(key);
    if (!batch) return;
    batches.delete(key);
    const ids = [...batch.waiters.keys()];
    const settle = (id: string, outcome: { detail: IndicatorDetail } | { error: unknown }) => {
      for (const w of batch.waiters.get(id) ?? []) 'detail' in outcome ? w.resolve(outcome.detail) : w.reject(outcome.error);
    };
    const query = batch.query.toString();
    if (ids.length === 1) {
      const id = ids[0]!;
      getJson(`/v1/indicators/${encodeURIComponent(id)}${query ? `?${query}` : ''}`).then(
        (detail) => settle(id, isDetail(detail) ? { detail } : { error: invalid() }),
        (error) => settle(id, { error }),
      );
      return;
    }
    const all = new URLSearchParams(batch.query);
    all.set('ids', ids.join(','));
    getJson(`/v1/indicators?${all}`).then(
      (answer) => {
        if (!isBatch(answer)) return ids.forEach((id) => settle(id, { error: invalid() }));
        for (const indicator of answer.items) {
          const cited = new Set(indicator.targets.map((t) => t.sourceDocumentId));
          settle(indicator.id, { detail: { indicator, unit: answer.unit, asOf: answer.asOf, sourceDocuments: answer.sourceDocuments.filter((d) => cited.has(d.id)) } });
        }
        for (const id of answer.missing) settle(id, { error: notFound() });
      },
      (error) => ids.forEach((id) => settle(id, { error })),
    );
  }

  function get(indicatorId: string, opts: IndicatorOptions = {}): Promise<IndicatorDetail> {
    const query = new URLSearchParams();
    for (const name of ['unit', 'asOf', 'campaign'] as const) if (opts[name]) query.set(name, opts[name]!);
    const key = query.toString();
    let batch = batches.get(key);
    if (!batch) {
      batches.set(key, (batch = { query, waiters: new Map() }));
      // A macrotask, not a microtask: cards upgraded by the parser in one task all join.
      setTimeout(() => flush(key), 0);
    }
    const promise = new Promise<IndicatorDetail>((resolve, reject) => {
      const list = batch.waiters.get(indicatorId) ?? [];
      list.push({ resolve, reject });
      batch.waiters.set(indicatorId, list);
    });
    if (batch.waiters.size >= MAX_BATCH_IDS) flush(key);
    return abortable(promise, opts.signal, locale);
  }

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

/** Lets one caller stop waiting without cancelling the request others share. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, locale: Locale): Promise<T> {
  if (!signal) return promise;
  const aborted = () => new ThiduaApiError({ status: 0, code: 'aborted', message: message(locale, 'aborted'), cause: signal.reason });
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
