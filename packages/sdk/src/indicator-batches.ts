import type { IndicatorBatch, IndicatorDetail } from '@thidua/schemas';
import { abortReason, withResponse, type WithResponse } from './responses.js';

/*
 * The batching of `indicators.get`, once for the client and the reader: the
 * cards of a page that ask in one task share one request
 * (`GET /v1/indicators?ids=…`), or the single read when only one asks. It
 * knows nothing of HTTP: each side gives its own two reads (the client
 * validates answers with the contract's schemas, the reader only checks what
 * a card reads), so this module stays free of zod and ky for the reader.
 * Each card's detail carries the answer it came from as `lastResponse`: the
 * batch's, when it was answered in one.
 */

/** The query that makes two asks batchable together: the same unit, day and campaign. */
export interface IndicatorQuery {
  unit?: string | undefined;
  asOf?: string | undefined;
  campaign?: string | undefined;
}

export interface IndicatorReads {
  /** `GET /v1/indicators/{id}`. */
  one(indicatorId: string, query: IndicatorQuery): Promise<WithResponse<IndicatorDetail>>;
  /** `GET /v1/indicators?ids=…`. */
  many(indicatorIds: string[], query: IndicatorQuery): Promise<WithResponse<IndicatorBatch>>;
  /** The error of an id a batch answers as missing. */
  notFound(indicatorId: string): unknown;
}

/** The contract's limit on one batch (`MAX_BATCH_IDS` of @thidua/schemas; test/reader.test.ts keeps them equal). */
export const MAX_BATCH_IDS = 100;

type Waiter = { resolve: (d: WithResponse<IndicatorDetail>) => void; reject: (e: unknown) => void };
type Batch = { query: IndicatorQuery; waiters: Map<string, Waiter[]> };

/** `get(id, options)`: one indicator, joined with the others asked in the same task. */
export function indicatorBatcher(reads: IndicatorReads) {
  const batches = new Map<string, Batch>();

  function flush(key: string) {
    const batch = batches.get(key);
    if (!batch) return;
    batches.delete(key);
    const ids = [...batch.waiters.keys()];
    const settle = (id: string, outcome: { detail: WithResponse<IndicatorDetail> } | { error: unknown }) => {
      for (const w of batch.waiters.get(id) ?? []) 'detail' in outcome ? w.resolve(outcome.detail) : w.reject(outcome.error);
    };
    if (ids.length === 1) {
      const id = ids[0]!;
      reads.one(id, batch.query).then(
        (detail) => settle(id, { detail }),
        (error) => settle(id, { error }),
      );
      return;
    }
    reads.many(ids, batch.query).then(
      (answer) => {
        for (const indicator of answer.items) {
          const cited = new Set(indicator.targets.map((t) => t.sourceDocumentId));
          const detail = { indicator, unit: answer.unit, asOf: answer.asOf, sourceDocuments: answer.sourceDocuments.filter((d) => cited.has(d.id)) };
          settle(indicator.id, { detail: withResponse(detail, answer.lastResponse) });
        }
        for (const id of answer.missing) settle(id, { error: reads.notFound(id) });
      },
      (error) => ids.forEach((id) => settle(id, { error })),
    );
  }

  return function get(indicatorId: string, opts: IndicatorQuery & { signal?: AbortSignal | undefined } = {}): Promise<WithResponse<IndicatorDetail>> {
    const query: IndicatorQuery = { unit: opts.unit, asOf: opts.asOf, campaign: opts.campaign };
    const key = `${opts.unit ?? ''}|${opts.asOf ?? ''}|${opts.campaign ?? ''}`;
    let batch = batches.get(key);
    if (!batch) {
      batches.set(key, (batch = { query, waiters: new Map() }));
      // A macrotask, not a microtask: cards upgraded by the parser in one task all join.
      setTimeout(() => flush(key), 0);
    }
    const promise = new Promise<WithResponse<IndicatorDetail>>((resolve, reject) => {
      const list = batch.waiters.get(indicatorId) ?? [];
      list.push({ resolve, reject });
      batch.waiters.set(indicatorId, list);
    });
    if (batch.waiters.size >= MAX_BATCH_IDS) flush(key);
    return abortable(promise, opts.signal);
  };
}

/**
 * Lets one caller stop waiting without cancelling the request others share:
 * it rejects with the signal's reason (an `AbortError` `DOMException` by
 * default), as a fetch given that signal would.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
