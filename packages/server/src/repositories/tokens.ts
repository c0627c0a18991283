import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '@thidua/schemas';
import { hashToken, type Principal } from '../auth.js';
import type { Queryable } from '../db.js';

export interface IssuedToken {
  id: string;
  /** Shown once; only its digest is kept. */
  token: string;
}

export async function issueToken(db: Queryable, init: { name: string; role: Role; unitIds?: string[] }): Promise<IssuedToken> {
  if (init.role === 'reporter' && !init.unitIds?.length) throw new Error('A reporter token needs at least one unit');
  const id = randomUUID();
  const token = `thd_${randomBytes(32).toString('base64url')}`;
  await db.query('INSERT INTO api_tokens (id, name, token_hash, role, unit_ids) VALUES ($1, $2, $3, $4, $5::text[])', [
    id,
    init.name,
    hashToken(token),
    init.role,
    init.unitIds ?? [],
  ]);
  return { id, token };
}

export async function revokeToken(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
  return rowCount > 0;
}

/** The holder of the unrevoked token with this digest, or undefined. */
export async function findPrincipal(db: Queryable, tokenHash: string): Promise<Principal | undefined> {
  const { rows } = await db.query<{ id: string; name: string; role: Role; unit_ids: string[] }>(
    'SELECT id, name, role, unit_ids FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
    [tokenHash],
  );
  const r = rows[0];
  return r ? { tokenId: r.id, name: r.name, role: r.role, unitIds: r.unit_ids } : undefined;
}
