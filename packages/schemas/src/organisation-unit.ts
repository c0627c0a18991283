import * as z from 'zod/mini';
import { Id, LocalizedText } from './common.js';

/**
 * The administrative tier a unit belongs to and a target applies to.
 * Districts were abolished on 1 July 2025 but older targets still name them.
 */
export const AdministrativeLevel = z.enum(['province', 'district', 'commune']);
export type AdministrativeLevel = z.infer<typeof AdministrativeLevel>;

export const OrganisationUnitKind = z.enum([
  'province',
  'department',
  'agency',
  'district',
  'commune',
  'ward',
  'enterprise',
  'organisation',
  'communityTeam',
]);
export type OrganisationUnitKind = z.infer<typeof OrganisationUnitKind>;

/** A department, commune, ward, agency… anything that reports, is ranked or is nominated. */
export const OrganisationUnit = z.object({
  id: Id,
  name: LocalizedText,
  kind: OrganisationUnitKind,
  level: AdministrativeLevel,
  parentId: z.optional(Id),
});
export interface OrganisationUnit extends z.infer<typeof OrganisationUnit> {}
