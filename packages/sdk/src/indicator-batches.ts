import type { IndicatorBatch, IndicatorDetail, Locale } from '@thidua/schemas';
import { ThiduaApiError } from './errors.js';
import { message } from './messages/index.js';

/*
 * The batching of `indicators.get`, once for the client and the reader: the
 * cards of a page that ask in one task share one request
 * (`GET /v1/indicators?ids=…`), or the single read when only one asks. It
 * knows nothing of HTTP: each side gives its own two reads (the client
 * validates answers with the contract's schemas, the reader only checks what
 * a card reads), so this module stays free of zod and ky for the reader.
 */

/** The query that makes two asks batchable together: the same unit, day and campaign. */
export interface IndicatorQuery {
  unit?: string | undefined;
  asOf?: string | undefined;
  campaign?: string | undefined;
}

export interface IndicatorReads {
  /** `GET /v1/indicators/{id}`. */
  one(indicatorId: string, query: IndicatorQuery): Promise<IndicatorDetail>;
  /** `GET /v1/indicators?ids=…`. */
  many(indicatorIds: string[], query: IndicatorQuery): Promise<IndicatorBatch>;
  /** The error of an id a batch answers as missing. */
  notFound(indicatorId: string): unknown;
}

/** The contract's limit on one batch (`MAX_BATCH_IDS` of @thidua/schemas; test/reader.test.ts keeps them equal). */
export const MAX_BATCH_IDS = 100;

type Waiter = { resolve: (d: IndicatorDetail) => void; reject: (e: unknown) => void };
type Batch = { query: IndicatorQuery; waiters: Map<string, Waiter[]> };

/** `get(id, options)`: one indicator, joined with the others asked in the same task. */
export function indicatorBatcher(reads: IndicatorReads, locale: Locale) {
  const batches = new Map<string, Batch>();

  function flush(key: string) {
    const batch = batches.get(key);
    if (!batch) return;
    batches.delete(key);
    const ids = [...batch.waiters.keys()];
    const settle = (id: string, outcome: { detail: IndicatorDetail } | { error: unknown }) => {
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
          settle(indicator.id, { detail: { indicator, unit: answer.unit, asOf: answer.asOf, sourceDocuments: answer.sourceDocuments.filter((d) => cited.has(d.id)) } });
        }
        for (const id of answer.missing) settle(id, { error: reads.notFound(id) });
      },
      (error) => ids.forEach((id) => settle(id, { error })),
    );
  }

  return function get(indicatorId: string, opts: IndicatorQuery & { signal?: AbortSignal | undefined } = {}): Promise<IndicatorDetail> {
    const query: IndicatorQuery = { unit: opts.unit, asOf: opts.asOf, campaign: opts.campaign };
    const key = `${opts.unit ?? ''}|${opts.asOf ?? ''}|${opts.campaign ?? ''}`;
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
  };
}

/** Lets one caller stop waiting without cancelling the request others share. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, locale: Locale): Promise<T> {
  if (!signal) return promise;
  const aborted = () => new ThiduaApiError({ status: 0, code: 'aborted', message: message(locale, 'aborted'), cause: signal.reason });
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
