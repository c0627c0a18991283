// Kept free of zod (types only): elements use it at run time.
import type { Indicator } from './indicator.js';
import type { AdministrativeLevel, OrganisationUnitKind } from './organisation-unit.js';

/**
 * Whether a unit's board shows an indicator: the campaign's owner sees all of
 * them (its figures are the whole movement's), any other unit those that
 * apply to its level (`Indicator.appliesTo`) and its kind
 * (`Indicator.appliesToKinds`: a department is at the province's level but
 * does not report the province's own figures); every level or kind when the
 * catalog does not say.
 */
export function appliesToUnit(
  indicator: Pick<Indicator, 'appliesTo' | 'appliesToKinds'>,
  unit: { id: string; level: AdministrativeLevel; kind: OrganisationUnitKind },
  campaign: { ownerUnitId: string },
): boolean {
  if (unit.id === campaign.ownerUnitId) return true;
  return (!indicator.appliesTo || indicator.appliesTo.includes(unit.level)) && (!indicator.appliesToKinds || indicator.appliesToKinds.includes(unit.kind));
}
