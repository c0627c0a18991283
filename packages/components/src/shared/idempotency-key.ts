/**
 * A fresh Idempotency-Key for one write that must not happen twice (a
 * decision recorded, a dossier submitted): kept by the caller until an
 * answer comes, so that the same write sent again is recognised. Also on a
 * page served over plain HTTP, where `crypto.randomUUID` is missing.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
