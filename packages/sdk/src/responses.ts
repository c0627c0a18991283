/*
 * What every result says of the HTTP answer it came from, and what an
 * aborted call rejects with: shared by the client and the reader, so this
 * module imports neither ky nor zod.
 */

/**
 * The HTTP answer a result came from, as Stripe's Node SDK gives it:
 * `(await client.campaigns.get('bn2026')).lastResponse.requestId`.
 */
export interface LastResponse {
  /**
   * The id the server gave the request (its `X-Request-Id` header): the
   * server logs an error under it, so quote it when reporting a problem.
   * Undefined only when a proxy in front of the API drops the header.
   */
  readonly requestId: string | undefined;
  /** The HTTP status, e.g. 200 or 201. */
  readonly status: number;
  /** The answer's headers (`ETag`, `Cache-Control`, …); a browser shows a cross-origin page only those the API exposes. */
  readonly headers: Headers;
}

/**
 * A result with the answer it came from as `lastResponse`. The property is
 * not enumerable: `JSON.stringify`, spreading, `Object.keys` and deep
 * equality see the data alone, as the contract's schema describes it.
 */
export type WithResponse<T> = T & { readonly lastResponse: LastResponse };

/** What a result's `lastResponse` holds of a fetch `Response`. */
export function responseInfo(response: { status: number; headers: Headers }): LastResponse {
  return { requestId: response.headers.get('x-request-id') ?? undefined, status: response.status, headers: response.headers };
}

/** Gives `value` its `lastResponse`, not enumerable (see `WithResponse`). */
export function withResponse<T extends object>(value: T, response: LastResponse): WithResponse<T> {
  return Object.defineProperty(value, 'lastResponse', { value: response, enumerable: false, configurable: true, writable: false }) as WithResponse<T>;
}

/** What an aborted call rejects with: the signal's reason, a `DOMException` named `AbortError` unless the caller gave one. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * Whether `error` is a call given up by its `AbortSignal`: a `DOMException`
 * named `AbortError`, or — with the signal — whatever reason it was aborted
 * with (`controller.abort(reason)`, `AbortSignal.timeout()`'s `TimeoutError`).
 *
 * ```ts
 * try { await client.units.list({ signal }); }
 * catch (error) { if (!isAbort(error, signal)) throw error; }
 * ```
 */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted && error === signal.reason) return true;
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
