import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '@thidua/schemas';
import { hashToken, type Principal } from '../auth.js';
import type { Queryable } from '../db.js';
import { existingUnitIds } from './units.js';

export interface IssuedToken {
  id: string;
  /** Shown once; only its digest is kept. */
  token: string;
  /** The units it acts for (a coordinator's: its coordinating department, if any). */
  unitIds: string[];
}

/** A token asked for units that are not in the catalog: it would report for nobody, or for a unit created later by mistake. */
export class UnknownUnitsError extends Error {
  constructor(readonly unitIds: string[]) {
    super(`Không có đơn vị (no such unit): ${unitIds.join(', ')}`);
    this.name = 'UnknownUnitsError';
  }
}

/**
 * The coordinating department of the catalog's commendation
 * (`coordinatingUnitId`), when its campaigns name one and only one: what a
 * coordinator token naming no unit works from.
 */
export async function coordinatingUnit(db: Queryable): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT DISTINCT nominations->>'coordinatingUnitId' AS id FROM campaigns WHERE nominations->>'coordinatingUnitId' IS NOT NULL`,
  );
  return rows.length === 1 ? rows[0]!.id : undefined;
}

/** A coordinator token naming more than its one coordinating department. */
export class CoordinatorUnitsError extends Error {
  constructor() {
    super('Mã của cơ quan thường trực chỉ ghi một đơn vị (a coordinator token names one unit at most)');
    this.name = 'CoordinatorUnitsError';
  }
}

/**
 * Issues a token: a reporter, proposer or appraiser for the units given (at
 * least one); a coordinator for every unit, working from the one unit it
 * names, or else from the catalog's coordinating department (none when the
 * catalog names none).
 */
export async function issueToken(db: Queryable, init: { name: string; role: Role; unitIds?: string[] }, at = new Date()): Promise<IssuedToken> {
  if (init.role !== 'coordinator' && !init.unitIds?.length) throw new Error(`A ${init.role} token needs at least one unit`);
  let unitIds = [...new Set(init.unitIds ?? [])];
  if (init.role === 'coordinator') {
    if (unitIds.length > 1) throw new CoordinatorUnitsError();
    if (unitIds.length === 0) unitIds = [(await coordinatingUnit(db)) ?? []].flat();
  }
  const known = await existingUnitIds(db, unitIds);
  const unknown = unitIds.filter((u) => !known.has(u));
  if (unknown.length > 0) throw new UnknownUnitsError(unknown);
  const id = randomUUID();
  const token = `thd_${randomBytes(32).toString('base64url')}`;
  await db.query('INSERT INTO api_tokens (id, name, token_hash, role, unit_ids, created_at) VALUES ($1, $2, $3, $4, $5::text[], $6)', [
    id,
    init.name,
    hashToken(token),
    init.role,
    unitIds,
    at,
  ]);
  return { id, token, unitIds };
}

export async function revokeToken(db: Queryable, id: string, at = new Date()): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [id, at]);
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
