import { createHash } from 'node:crypto';
import type { Role } from '@thidua/schemas';
import type { Queryable } from './db.js';
import { findPrincipal } from './repositories/tokens.js';

/** Who is calling: a token holder with a role, for some units or (a coordinator) for all. */
export interface Principal {
  tokenId: string;
  name: string;
  role: Role;
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

/** The principal behind an `Authorization: Bearer …` header, or undefined. */
export async function authenticate(db: Queryable, header: string | undefined): Promise<Principal | undefined> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? findPrincipal(db, hashToken(match[1]!)) : undefined;
}

export function mayReportFor(principal: Principal, unitId: string): boolean {
  return principal.role === 'coordinator' || principal.unitIds.includes(unitId);
}
