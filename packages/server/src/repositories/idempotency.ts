import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db.js';

/*
 * Idempotency-Key, once for every write that takes one (reporting a figure,
 * starting and submitting a proposal): a request repeated with its key is answered from
 * what the first one stored, and the key reused for a different request is
 * refused. Keys belong to a token, so two tokens never see each other's.
 */

/**
 * A digest of what was asked, its object keys sorted at every depth (a
 * nested contact person counts whole), so a reused key with another request
 * is caught. A flat object digests as it always did.
 */
export const requestDigest = (value: object) => createHash('sha256').update(canonical(value)).digest('hex');

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** A request made under an Idempotency-Key: whose, which key, and the digest of what it asks. */
export interface KeyedRequest {
  tokenId: string;
  key: string;
  hash: string;
}

export type Seen<T> = { outcome: 'replayed'; body: T } | { outcome: 'keyReused' } | undefined;

/**
 * What an earlier request with this key stored: its answer when it asked the
 * same, `keyReused` when it asked something else, undefined when the key is
 * new. Called inside the write's transaction, after it has locked what it
 * writes, so a concurrent twin waits for the first and then sees its key.
 */
export async function seenKey<T>(tx: Queryable, request: KeyedRequest): Promise<Seen<T>> {
  const { rows } = await tx.query<{ request_hash: string; response: T }>('SELECT request_hash, response FROM idempotency_keys WHERE token_id = $1 AND key = $2', [
    request.tokenId,
    request.key,
  ]);
  const seen = rows[0];
  if (!seen) return undefined;
  return seen.request_hash === request.hash ? { outcome: 'replayed', body: seen.response } : { outcome: 'keyReused' };
}

/** Stores the answer to replay, in the write's transaction: both commit or neither. */
export async function rememberKey(tx: Queryable, request: KeyedRequest, status: number, response: unknown, at: Date): Promise<void> {
  await tx.query('INSERT INTO idempotency_keys (token_id, key, request_hash, status, response, created_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)', [
    request.tokenId,
    request.key,
    request.hash,
    status,
    JSON.stringify(response),
    at,
  ]);
}

/**
 * Runs a keyed write; when a concurrent request with the same key committed
 * first (the key's primary key refuses the second insert), runs it once more,
 * and this time `seenKey` finds the winner's answer.
 */
export async function onceForKey<T>(db: Database, key: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if ((error as { code?: string }).code !== '23505' || key === undefined) throw error;
    return run();
  }
}

/**
 * Deletes the keys stored more than `maxAgeMs` before `now` (the server's
 * clock): a request repeated after that is a new request. Answers how many.
 */
export async function purgeOldKeys(db: Queryable, maxAgeMs: number, now: Date): Promise<number> {
  const { rowCount } = await db.query(`DELETE FROM idempotency_keys WHERE created_at < $2::timestamptz - $1::double precision * interval '1 millisecond'`, [maxAgeMs, now]);
  return rowCount;
}
