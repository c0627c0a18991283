import { findCampaign, listCampaigns } from '../repositories/campaigns.js';
import { listUnits } from '../repositories/units.js';
import { notFound, resolveUnit, type Handlers, type RouteDeps } from '../http.js';

export function catalogHandlers({ db }: RouteDeps) {
  return {
    listCampaigns: async () => ({ items: await listCampaigns(db) }),

    async getCampaign({ params, locale }) {
      const campaign = await findCampaign(db, params.campaignId);
      if (!campaign) throw notFound(locale, 'campaign_not_found', ['path', 'campaignId']);
      return campaign;
    },

    listUnits: async ({ query }) => ({ items: await listUnits(db, query) }),

    getUnit: ({ params, locale }) => resolveUnit(db, params.unitId, locale, ['path', 'unitId']),
  } satisfies Partial<Handlers>;
}
