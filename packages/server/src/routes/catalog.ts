import type { Hono } from 'hono';
import { CampaignPathParams, UnitListQuery, UnitPathParams } from '@thidua/schemas';
import { PUBLIC_CACHE, inputs, notFound, resolveUnit, type Env, type RouteDeps } from '../http.js';
import { findCampaign, listCampaigns, listUnits } from '../repository.js';

export function catalogRoutes(app: Hono<Env>, { db }: RouteDeps) {
  app.get('/v1/campaigns', async (c) => {
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ items: await listCampaigns(db) });
  });

  app.get('/v1/campaigns/:campaignId', async (c) => {
    const locale = c.get('locale');
    const [{ campaignId }] = inputs(locale, [CampaignPathParams, c.req.param(), 'path']);
    const campaign = await findCampaign(db, campaignId);
    if (!campaign) throw notFound(locale, 'campaign_not_found', ['path', 'campaignId']);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(campaign);
  });

  app.get('/v1/units', async (c) => {
    const [query] = inputs(c.get('locale'), [UnitListQuery, c.req.query(), 'query']);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ items: await listUnits(db, query) });
  });

  app.get('/v1/units/:unitId', async (c) => {
    const locale = c.get('locale');
    const [{ unitId }] = inputs(locale, [UnitPathParams, c.req.param(), 'path']);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(await resolveUnit(db, unitId, locale, ['path', 'unitId']));
  });
}
