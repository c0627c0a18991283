import { findCampaign, listCampaigns } from '../repositories/campaigns.js';
import { PAGE_SIZES, dossierWindowOn, type Commendation } from '@thidua/schemas';
import { findAwardTypes } from '../repositories/proposals.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { listUnits } from '../repositories/units.js';
import { notFound, resolveUnit, type Handlers, type RouteDeps } from '../http.js';

export function catalogHandlers({ db, today }: RouteDeps) {
  return {
    listCampaigns: async () => ({ items: await listCampaigns(db) }),

    async getCampaign({ params, locale }) {
      const campaign = await findCampaign(db, params.campaignId);
      if (!campaign) throw notFound(locale, 'campaign_not_found', ['path', 'campaignId']);
      return campaign;
    },

    async getCommendation({ params, locale }): Promise<Commendation> {
      const campaign = await findCampaign(db, params.campaignId);
      if (!campaign?.nominations) throw notFound(locale, campaign ? 'commendation_not_found' : 'campaign_not_found', ['path', 'campaignId']);
      const asOf = today();
      // The award types in the order the rounds first name them: the catalog's own order is not stored.
      const awardTypeIds = [...new Set(campaign.rounds.flatMap((r) => r.awardTypeIds ?? []))];
      return {
        campaignId: campaign.id,
        asOf,
        referencePrefix: campaign.nominations.referencePrefix,
        privacyNotice: campaign.nominations.privacyNotice,
        criteria: campaign.nominations.criteria,
        achievementCategories: campaign.achievementCategories,
        rounds: campaign.rounds.map((round) => ({ round, dossierWindow: dossierWindowOn(round, asOf) })),
        awardTypes: await findAwardTypes(db, awardTypeIds),
      };
    },

    async listUnits({ query: { limit, cursor, ...filter }, locale }) {
      const after = decodeCursor('units', cursor, ['s', 's'], locale);
      const page = await listUnits(db, filter, { limit: limit ?? PAGE_SIZES.units.default, after });
      return { items: page.items, next: page.next ? encodeCursor('units', page.next) : null };
    },

    getUnit: ({ params, locale }) => resolveUnit(db, params.unitId, locale, ['path', 'unitId']),
  } satisfies Partial<Handlers>;
}
