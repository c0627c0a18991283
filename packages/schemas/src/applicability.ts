// Kept free of zod (types only): elements use it at run time.
import type { Indicator } from './indicator.js';
import type { AdministrativeLevel } from './organisation-unit.js';

/**
 * Whether a unit's board shows an indicator: the campaign's owner sees all of
 * them (its figures are the whole movement's), any other unit those that
 * apply to its level (`Indicator.appliesTo`; every level when the catalog
 * does not say).
 */
export function appliesToUnit(
  indicator: Pick<Indicator, 'appliesTo'>,
  unit: { id: string; level: AdministrativeLevel },
  campaign: { ownerUnitId: string },
): boolean {
  return unit.id === campaign.ownerUnitId || !indicator.appliesTo || indicator.appliesTo.includes(unit.level);
}
