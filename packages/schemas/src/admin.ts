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
  /** `reporter` (reports its units' figures), `proposer` (writes its units' nomination dossiers), `appraiser` (appraises submitted dossiers) or `coordinator` (every unit; records the decisions and administers the server); see `ROLES`. */
  role: z.enum(ROLES),
  /**
   * The units a reporter, proposer or appraiser acts for. A coordinator acts
   * for every unit and names at most one: the coordinating department it
   * works from, shown in the history (by default the catalog's
   * `coordinatingUnitId`, when its campaigns name one).
   */
  unitIds: z.optional(z.array(Id).check(z.maxLength(1000))),
});
export interface TokenInput extends z.infer<typeof TokenInput> {}

/** A token just issued: the only time the token itself is shown. */
export const TokenIssued = z.object({
  /** The token's id, to revoke it. */
  id: z.string(),
  /** Shown once; only its digest is stored. */
  token: z.string(),
  /** Who holds it. */
  name: z.string(),
  /** What it may do. */
  role: z.enum(ROLES),
  /** The units it acts for. */
  unitIds: z.array(Id),
});
export interface TokenIssued extends z.infer<typeof TokenIssued> {}

/**
 * Who the request's token speaks for (`getSession`): its role, its holder's
 * name and the units it acts for (for a coordinator, who acts for all, its
 * coordinating department, if it has one). Never the token or its digest.
 */
export const Session = z.object({
  /** What the token may do. */
  role: z.enum(ROLES),
  /** Who holds it, as named when it was issued. */
  name: z.string(),
  /** The units it acts for; none for a coordinator. */
  unitIds: z.array(Id),
});
export interface Session extends z.infer<typeof Session> {}

export const TokenPathParams = z.object({ tokenId: z.uuid() });
/** What revoking answers: the token no longer opens anything. */
export const TokenRevoked = z.object({ id: z.string(), revoked: z.literal(true) });
export interface TokenRevoked extends z.infer<typeof TokenRevoked> {}

/** Units to add or update, by id (the province's communes and wards from the official list, say); at most 20,000. */
export const UnitImportInput = z.object({ units: z.array(OrganisationUnit).check(z.maxLength(20_000)) });
export interface UnitImportInput extends z.infer<typeof UnitImportInput> {}
/** How many units the import read, and how many of them were new or different. */
export const UnitImportResult = z.object({ read: z.number(), changed: z.number() });
export interface UnitImportResult extends z.infer<typeof UnitImportResult> {}

/** A catalog to load (the `Catalog` schema, checked field by field), or none for the server's default. */
export const SeedInput = z.object({ catalog: z.optional(z.unknown()) });
export interface SeedInput extends z.infer<typeof SeedInput> {}
/** How many rows of each kind (campaigns, indicators, units…) loading the catalog added or changed. */
export const SeedResult = z.object({ changed: z.record(z.string(), z.number()) });
export interface SeedResult extends z.infer<typeof SeedResult> {}
