import { findCampaign, listCampaigns } from '../repositories/campaigns.js';
import { PAGE_SIZES } from '@thidua/schemas';
import { decodeCursor, encodeCursor } from '../cursor.js';
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

    async listUnits({ query: { limit, cursor, ...filter }, locale }) {
      const after = decodeCursor('units', cursor, ['s', 's'], locale);
      const page = await listUnits(db, filter, { limit: limit ?? PAGE_SIZES.units.default, after });
      return { items: page.items, next: page.next ? encodeCursor('units', page.next) : null };
    },

    getUnit: ({ params, locale }) => resolveUnit(db, params.unitId, locale, ['path', 'unitId']),
  } satisfies Partial<Handlers>;
}
