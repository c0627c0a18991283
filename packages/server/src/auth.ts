import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from './db.js';

/** Who is calling: a reporter for some units, or the coordinating department for all. */
export interface Principal {
  tokenId: string;
  name: string;
  role: 'reporter' | 'coordinator';
  unitIds: string[];
}

/**
 * Tokens are stored as SHA-256 digests only: a leaked database does not leak
 * credentials. They carry 256 random bits, so a fast digest is enough — no
 * password-style stretching is needed.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface IssuedToken {
  id: string;
  /** Shown once; only its digest is kept. */
  token: string;
}

/** A token asked for units that are not in the catalog: it would report for nobody, or for a unit created later by mistake. */
export class UnknownUnitsError extends Error {
  constructor(readonly unitIds: string[]) {
    super(`Không có đơn vị (no such unit): ${unitIds.join(', ')}`);
    this.name = 'UnknownUnitsError';
  }
}

export async function issueToken(
  db: Queryable,
  init: { name: string; role: Principal['role']; unitIds?: string[] },
): Promise<IssuedToken> {
  if (init.role === 'reporter' && !init.unitIds?.length) throw new Error('A reporter token needs at least one unit');
  const unitIds = [...new Set(init.unitIds ?? [])];
  if (unitIds.length > 0) {
    const known = new Set(
      (await db.query<{ id: string }>('SELECT id FROM organisation_units WHERE id = ANY($1::text[])', [unitIds])).rows.map((r) => r.id),
    );
    const unknown = unitIds.filter((u) => !known.has(u));
    if (unknown.length > 0) throw new UnknownUnitsError(unknown);
  }
  const id = randomUUID();
  const token = `thd_${randomBytes(32).toString('base64url')}`;
  await db.query('INSERT INTO api_tokens (id, name, token_hash, role, unit_ids) VALUES ($1, $2, $3, $4, $5::text[])', [
    id,
    init.name,
    hashToken(token),
    init.role,
    unitIds,
  ]);
  return { id, token };
}

export async function revokeToken(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
  return rowCount > 0;
}

/** The principal behind an `Authorization: Bearer …` header, or undefined. */
export async function authenticate(db: Queryable, header: string | undefined): Promise<Principal | undefined> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return undefined;
  const { rows } = await db.query<{ id: string; name: string; role: Principal['role']; unit_ids: string[] }>(
    'SELECT id, name, role, unit_ids FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
    [hashToken(match[1]!)],
  );
  const r = rows[0];
  return r ? { tokenId: r.id, name: r.name, role: r.role, unitIds: r.unit_ids } : undefined;
}

export function mayReportFor(principal: Principal, unitId: string): boolean {
  return principal.role === 'coordinator' || principal.unitIds.includes(unitId);
}
