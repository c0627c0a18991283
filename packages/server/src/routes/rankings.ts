import type { Hono } from 'hono';
import { CampaignPathParams, RankingQuery } from '@thidua/schemas';
import { PUBLIC_CACHE, inputs, notFound, type Env, type RouteDeps } from '../http.js';
import { findCampaign } from '../repository.js';
import { loadRanking } from '../rankings.js';

/**
 * `GET /v1/campaigns/{campaignId}/rankings?metric=dti&period=2025&group=departments`:
 * the units of a group ranked by a score index or an indicator, with their
 * rank and value in the previous year. Public, cached like the other reads.
 */
export function rankingRoutes(app: Hono<Env>, { db, today }: RouteDeps) {
  app.get('/v1/campaigns/:campaignId/rankings', async (c) => {
    const locale = c.get('locale');
    const [{ campaignId }, query] = inputs(locale, [CampaignPathParams, c.req.param(), 'path'], [RankingQuery, c.req.query(), 'query']);
    if (!(await findCampaign(db, campaignId))) throw notFound(locale, 'campaign_not_found', ['path', 'campaignId']);
    const ranking = await loadRanking(db, { campaignId, metricId: query.metric, period: query.period, group: query.group ?? 'all', today: today() });
    if (!ranking) throw notFound(locale, 'metric_not_found', ['query', 'metric']);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(ranking);
  });
}
