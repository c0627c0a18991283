import { findCampaign } from '../repositories/campaigns.js';
import { loadRanking } from '../repositories/rankings.js';
import { notFound, type Handlers, type RouteDeps } from '../http.js';

/**
 * `GET /v1/campaigns/{campaignId}/rankings?metric=dti&period=2025&group=departments`:
 * the units of a group ranked by a score index or an indicator, with their
 * rank and value in the previous year.
 */
export function rankingHandlers({ db, today }: RouteDeps) {
  return {
    async getRanking({ params: { campaignId }, query, locale }) {
      if (!(await findCampaign(db, campaignId))) throw notFound(locale, 'campaign_not_found', ['path', 'campaignId']);
      const ranking = await loadRanking(db, { campaignId, metricId: query.metric, period: query.period, group: query.group ?? 'all', today: today() });
      if (!ranking) throw notFound(locale, 'metric_not_found', ['query', 'metric']);
      return ranking;
    },
  } satisfies Partial<Handlers>;
}
