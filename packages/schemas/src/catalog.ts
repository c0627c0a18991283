import * as z from 'zod/mini';
import { AwardType } from './award.js';
import { WorkingCalendar } from './calendar.js';
import { Campaign, SourceDocument } from './campaign.js';
import { Indicator } from './indicator.js';
import { Measurement } from './measurement.js';
import { OrganisationUnit } from './organisation-unit.js';
import { Score, ScoreIndex, checkScoreReferences } from './ranking.js';

/**
 * Everything a province publishes to run a movement: the campaign, its
 * documents, units, indicators and (optionally) measurements. A province
 * other than the seeded one loads its own catalog of this shape.
 */
export const Catalog = z
  .object({
    campaigns: z.array(Campaign),
    sourceDocuments: z.array(SourceDocument),
    units: z.array(OrganisationUnit),
    indicators: z.array(Indicator),
    measurements: z.array(z.omit(Measurement, { recordedAt: true })),
    /** Composite indices units are ranked on (the DTI) and their scores; optional, so a catalog without rankings stays valid. */
    scoreIndices: z.optional(z.array(ScoreIndex)),
    scores: z.optional(z.array(Score)),
    /** The awards nominations may be made for; optional, so a catalog without commendation stays valid. */
    awardTypes: z.optional(z.array(AwardType)),
    /** Public holidays and make-up days for counting appraisal time in working days; without it, weekends only. */
    workingCalendar: z.optional(WorkingCalendar),
  })
  .check(
    z.superRefine((catalog, ctx) => {
      const ids = (items: { id: string }[]) => new Set(items.map((i) => i.id));
      const documents = ids(catalog.sourceDocuments);
      const units = ids(catalog.units);
      const indicators = ids(catalog.indicators);
      const missing = (path: (string | number)[], what: string, id: string) =>
        ctx.addIssue({ code: 'custom', path, message: `${what} "${id}" không có trong danh mục (not in the catalog)`, input: id });
      catalog.campaigns.forEach((c, i) => {
        if (!units.has(c.ownerUnitId)) missing(['campaigns', i, 'ownerUnitId'], 'Đơn vị', c.ownerUnitId);
        if (!documents.has(c.sourceDocumentId)) missing(['campaigns', i, 'sourceDocumentId'], 'Văn bản', c.sourceDocumentId);
        const coordinating = c.nominations?.coordinatingUnitId;
        if (coordinating && !units.has(coordinating)) missing(['campaigns', i, 'nominations', 'coordinatingUnitId'], 'Đơn vị', coordinating);
      });
      catalog.units.forEach((u, i) => {
        if (u.parentId && !units.has(u.parentId)) missing(['units', i, 'parentId'], 'Đơn vị', u.parentId);
      });
      catalog.indicators.forEach((ind, i) => {
        const campaign = catalog.campaigns.find((c) => c.id === ind.campaignId);
        if (!campaign) missing(['indicators', i, 'campaignId'], 'Phong trào', ind.campaignId);
        else if (!campaign.domains.some((d) => d.id === ind.domainId)) missing(['indicators', i, 'domainId'], 'Nhóm chỉ tiêu', ind.domainId);
        ind.targets.forEach((t, j) => {
          if (!documents.has(t.sourceDocumentId)) missing(['indicators', i, 'targets', j, 'sourceDocumentId'], 'Văn bản', t.sourceDocumentId);
        });
      });
      catalog.measurements.forEach((m, i) => {
        if (!indicators.has(m.indicatorId)) missing(['measurements', i, 'indicatorId'], 'Chỉ tiêu', m.indicatorId);
        if (!units.has(m.unitId)) missing(['measurements', i, 'unitId'], 'Đơn vị', m.unitId);
      });
      const awardTypes = ids(catalog.awardTypes ?? []);
      (catalog.awardTypes ?? []).forEach((a, i) => {
        if (a.grantingAuthority.unitId && !units.has(a.grantingAuthority.unitId))
          missing(['awardTypes', i, 'grantingAuthority', 'unitId'], 'Đơn vị', a.grantingAuthority.unitId);
        a.appraisingUnitIds.forEach((id, j) => units.has(id) || missing(['awardTypes', i, 'appraisingUnitIds', j], 'Đơn vị', id));
        a.proposers.forEach((p, j) =>
          p.unitIds?.forEach((id, k) => units.has(id) || missing(['awardTypes', i, 'proposers', j, 'unitIds', k], 'Đơn vị', id)),
        );
      });
      catalog.campaigns.forEach((c, i) => {
        c.rounds.forEach((r, j) =>
          r.awardTypeIds?.forEach((id, k) => awardTypes.has(id) || missing(['campaigns', i, 'rounds', j, 'awardTypeIds', k], 'Hình thức khen thưởng', id)),
        );
        const criteria = new Set<string>();
        c.nominations?.criteria.forEach((crit, j) => {
          if (criteria.has(crit.id))
            ctx.addIssue({ code: 'custom', path: ['campaigns', i, 'nominations', 'criteria', j, 'id'], message: `Mã "${crit.id}" bị trùng (duplicate id)`, input: crit.id });
          criteria.add(crit.id);
        });
      });
      checkScoreReferences(catalog, (path, message, input) => ctx.addIssue({ code: 'custom', path, message, input }));
      for (const [name, list] of [['campaigns', catalog.campaigns], ['units', catalog.units], ['indicators', catalog.indicators], ['awardTypes', catalog.awardTypes ?? []]] as const) {
        const seen = new Set<string>();
        list.forEach((item, i) => {
          if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [name, i, 'id'], message: `Mã "${item.id}" bị trùng (duplicate id)`, input: item.id });
          seen.add(item.id);
        });
      }
    }),
  );
export interface Catalog extends z.infer<typeof Catalog> {}
