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
  /** E.g. `so-noi-vu` for a department, `phuong-tu-son` for a ward. */
  id: Id,
  /** E.g. "Sở Nội vụ" (the Department of Home Affairs), "Phường Từ Sơn" (Từ Sơn Ward). */
  name: LocalizedText,
  /** What it is: a provincial department (sở), a commune (xã), a ward (phường), an enterprise… */
  kind: OrganisationUnitKind,
  /** The administrative level whose targets apply to it. */
  level: AdministrativeLevel,
  /** The unit it belongs to (the province for a department or a commune). */
  parentId: z.optional(Id),
});
export interface OrganisationUnit extends z.infer<typeof OrganisationUnit> {}
