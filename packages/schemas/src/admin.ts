import * as z from 'zod/mini';
import { Id, PlainText } from './common.js';
import { OrganisationUnit } from './organisation-unit.js';
import { ROLES } from './roles.js';

/**
 * The admin routes: what the coordinating department (or the CLI, through a
 * running server) sends to issue and revoke tokens, import units and load a
 * catalog, so these writes go through the process that owns the database.
 */
export const TokenInput = z.object({
  /** Who holds the token, e.g. "Sở Y tế". */
  name: PlainText(200),
  role: z.enum(ROLES),
  /**
   * The units a reporter, proposer or appraiser acts for. A coordinator acts
   * for every unit and names at most one: the coordinating department it
   * works from, shown in the history (by default the catalog's
   * `coordinatingUnitId`, when its campaigns name one).
   */
  unitIds: z.optional(z.array(Id).check(z.maxLength(1000))),
});
export type TokenInput = z.infer<typeof TokenInput>;

export const TokenIssued = z.object({
  id: z.string(),
  /** Shown once; only its digest is stored. */
  token: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  unitIds: z.array(Id),
});
export type TokenIssued = z.infer<typeof TokenIssued>;

/**
 * Who the request's token speaks for (`getSession`): its role, its holder's
 * name and the units it acts for (for a coordinator, who acts for all, its
 * coordinating department, if it has one). Never the token or its digest.
 */
export const Session = z.object({
  role: z.enum(ROLES),
  name: z.string(),
  unitIds: z.array(Id),
});
export type Session = z.infer<typeof Session>;

export const TokenPathParams = z.object({ tokenId: z.uuid() });
export const TokenRevoked = z.object({ id: z.string(), revoked: z.literal(true) });
export type TokenRevoked = z.infer<typeof TokenRevoked>;

export const UnitImportInput = z.object({ units: z.array(OrganisationUnit).check(z.maxLength(20_000)) });
export type UnitImportInput = z.infer<typeof UnitImportInput>;
export const UnitImportResult = z.object({ read: z.number(), changed: z.number() });
export type UnitImportResult = z.infer<typeof UnitImportResult>;

/** A catalog to load (the `Catalog` schema, checked field by field), or none for the server's default. */
export const SeedInput = z.object({ catalog: z.optional(z.unknown()) });
export type SeedInput = z.infer<typeof SeedInput>;
export const SeedResult = z.object({ changed: z.record(z.string(), z.number()) });
export type SeedResult = z.infer<typeof SeedResult>;
