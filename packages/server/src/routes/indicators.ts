import type { Hono } from 'hono';
import {
  CampaignPathParams,
  HistoryQuery,
  IndicatorBatchQuery,
  IndicatorPathParams,
  IndicatorQuery,
  LevelQuery,
  MAX_BATCH_IDS,
  PROGRESS_STATUSES,
  UnitQuery,
  appliesToUnit,
  campaignPhase,
  countOutcomes,
  figuresDate,
  finalReview,
  judgeIndicator,
  type Campaign,
  type IndicatorProgress,
  type Locale,
  type ProgressStatus,
} from '@thidua/schemas';
import { HttpError, message } from '../errors.js';
import { PUBLIC_CACHE, inputs, notFound, resolveUnit, type AppContext, type Env, type RouteDeps } from '../http.js';
import {
  MEASUREMENT_COLUMNS,
  findCampaign,
  findSourceDocuments,
  listUnits,
  loadIndicatorProgress,
  loadLatestForUnits,
  toMeasurement,
} from '../repository.js';

const documentsOf = (items: IndicatorProgress[]) => [...new Set(items.flatMap((i) => i.targets.map((t) => t.sourceDocumentId)))];

/** The campaign's phase on `asOf` and its final review round, as campaign-wide reads carry them. */
function standing(campaign: Campaign, asOf: string) {
  return { phase: campaignPhase(campaign, asOf), finalReview: finalReview(campaign) ?? null };
}

export function countStatuses(statuses: (ProgressStatus | undefined)[]) {
  const counts = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  for (const s of statuses) counts[s ?? 'noData']++;
  return counts;
}

export function indicatorRoutes(app: Hono<Env>, { db, today }: RouteDeps) {
  /** The owner unit of the campaigns the indicators belong to; all must share it. */
  async function ownerOf(ids: string[], locale: Locale): Promise<string | undefined> {
    const { rows } = await db.query<{ owner_unit_id: string }>(
      'SELECT DISTINCT c.owner_unit_id FROM indicators i JOIN campaigns c ON c.id = i.campaign_id WHERE i.id = ANY($1::text[])',
      [ids],
    );
    if (rows.length > 1) {
      throw new HttpError(400, 'validation_failed', message(locale, 'validation_failed'), [
        { path: ['query', 'unit'], message: message(locale, 'unit_required_across_campaigns'), code: 'required' },
      ]);
    }
    return rows[0]?.owner_unit_id;
  }

  /** The campaign, unit, date and indicators a campaign-wide read is about. */
  async function campaignProgress(c: AppContext) {
    const locale = c.get('locale');
    const [{ campaignId }, query] = inputs(locale, [CampaignPathParams, c.req.param(), 'path'], [UnitQuery, c.req.query(), 'query']);
    const campaign = await findCampaign(db, campaignId);
    if (!campaign) throw notFound(locale, 'campaign_not_found', ['path', 'campaignId']);
    const unit = await resolveUnit(db, query.unit ?? campaign.ownerUnitId, locale);
    const asOf = query.asOf ?? today();
    // A unit's board holds what its level reports (the owner's, everything).
    const items = (await loadIndicatorProgress(db, { campaignId }, unit, asOf)).filter((i) => appliesToUnit(i, unit, campaign));
    return { campaign, unit, asOf, items };
  }

  app.get('/v1/campaigns/:campaignId/indicators', async (c) => {
    const { campaign, unit, asOf, items } = await campaignProgress(c);
    const sourceDocuments = await findSourceDocuments(db, [campaign.sourceDocumentId, ...documentsOf(items)]);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ campaign, unit, asOf, ...standing(campaign, asOf), items, sourceDocuments });
  });

  app.get('/v1/campaigns/:campaignId/progress', async (c) => {
    const { campaign, unit, asOf, items: indicators } = await campaignProgress(c);
    const items = indicators.map((i) => ({ indicatorId: i.id, latestMeasurement: i.latestMeasurement, assessment: i.assessment, result: i.result }));
    const { phase, finalReview } = standing(campaign, asOf);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({
      campaign,
      unit,
      asOf,
      phase,
      finalReview,
      counts: countStatuses(items.map((i) => i.assessment?.status)),
      outcomes: phase === 'ended' ? countOutcomes(items.map((i) => i.result)) : null,
      items,
    });
  });

  /** `?campaign=`: the programme whose targets single indicators are judged by. */
  async function scopeOf(campaignId: string | undefined, locale: Locale) {
    if (!campaignId) return undefined;
    const campaign = await findCampaign(db, campaignId);
    if (!campaign) throw notFound(locale, 'campaign_not_found', ['query', 'campaign']);
    return campaign;
  }

  // Batch read: how a page of cards asks for all its indicators in one request.
  app.get('/v1/indicators', async (c) => {
    const locale = c.get('locale');
    const [query] = inputs(locale, [IndicatorBatchQuery, c.req.query(), 'query']);
    const ids = [...new Set(query.ids.split(','))].slice(0, MAX_BATCH_IDS);
    const unitId = query.unit ?? (await ownerOf(ids, locale));
    const asOf = query.asOf ?? today();
    if (!unitId) {
      // None of the ids exists: nothing to show, and no unit to name.
      throw notFound(locale, 'indicator_not_found', ['query', 'ids']);
    }
    const unit = await resolveUnit(db, unitId, locale);
    const campaign = await scopeOf(query.campaign, locale);
    const found = await loadIndicatorProgress(db, { indicatorIds: ids }, unit, asOf, { campaign });
    const order = new Map(ids.map((id, i) => [id, i]));
    const items = found.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const missing = ids.filter((id) => !found.some((i) => i.id === id));
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ unit, asOf, items, missing, sourceDocuments: await findSourceDocuments(db, documentsOf(items)) });
  });

  app.get('/v1/indicators/:indicatorId', async (c) => {
    const locale = c.get('locale');
    const [{ indicatorId }, query] = inputs(locale, [IndicatorPathParams, c.req.param(), 'path'], [IndicatorQuery, c.req.query(), 'query']);
    // No unit named: the campaign owner's figures, as on the campaign's own list.
    const unitId = query.unit ?? (await ownerOf([indicatorId], locale));
    if (!unitId) throw notFound(locale, 'indicator_not_found', ['path', 'indicatorId']);
    const unit = await resolveUnit(db, unitId, locale);
    const asOf = query.asOf ?? today();
    const campaign = await scopeOf(query.campaign, locale);
    const [indicator] = await loadIndicatorProgress(db, { indicatorIds: [indicatorId] }, unit, asOf, { campaign });
    if (!indicator) throw notFound(locale, 'indicator_not_found', ['path', 'indicatorId']);
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ indicator, unit, asOf, sourceDocuments: await findSourceDocuments(db, documentsOf([indicator])) });
  });

  app.get('/v1/indicators/:indicatorId/measurements', async (c) => {
    const locale = c.get('locale');
    const [{ indicatorId }, query] = inputs(locale, [IndicatorPathParams, c.req.param(), 'path'], [HistoryQuery, c.req.query(), 'query']);
    const unitId = query.unit ?? (await ownerOf([indicatorId], locale));
    if (!unitId) throw notFound(locale, 'indicator_not_found', ['path', 'indicatorId']);
    const unit = await resolveUnit(db, unitId, locale);
    if ((await db.query('SELECT 1 FROM indicators WHERE id = $1', [indicatorId])).rows.length === 0) {
      throw notFound(locale, 'indicator_not_found', ['path', 'indicatorId']);
    }
    const { rows } = await db.query<Record<string, unknown>>(
      `SELECT ${MEASUREMENT_COLUMNS} FROM (
         SELECT DISTINCT ON (measured_on) * FROM measurements
          WHERE indicator_id = $1 AND unit_id = $2
            AND ($3::date IS NULL OR measured_on >= $3::date) AND ($4::date IS NULL OR measured_on <= $4::date)
          ORDER BY measured_on, recorded_at DESC, id DESC
       ) m ORDER BY measured_on`,
      [indicatorId, unit.id, query.from ?? null, query.to ?? null],
    );
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({ indicatorId, unit, items: rows.map(toMeasurement) });
  });

  // Every unit of a level on one indicator: where communes stand on, say, online dossiers.
  app.get('/v1/indicators/:indicatorId/progress', async (c) => {
    const locale = c.get('locale');
    const [{ indicatorId }, query] = inputs(locale, [IndicatorPathParams, c.req.param(), 'path'], [LevelQuery, c.req.query(), 'query']);
    const asOf = query.asOf ?? today();
    const level = query.level ?? 'commune';
    // The owner's figures are not shown, but loading the indicator for it brings its targets.
    const [owner] = (await db.query<{ campaign_id: string; owner_unit_id: string }>(
      `SELECT i.campaign_id, c.owner_unit_id FROM indicators i JOIN campaigns c ON c.id = i.campaign_id WHERE i.id = $1`,
      [indicatorId],
    )).rows;
    if (!owner) throw notFound(locale, 'indicator_not_found', ['path', 'indicatorId']);
    const campaign = (await findCampaign(db, owner.campaign_id))!;
    const ownerUnit = await resolveUnit(db, owner.owner_unit_id, locale);
    const [indicator] = await loadIndicatorProgress(db, { indicatorIds: [indicatorId] }, ownerUnit, asOf);
    // Units of a level the indicator does not apply to have nothing to report on it.
    const units = (await listUnits(db, { level })).filter((unit) => appliesToUnit(indicator!, unit, campaign));
    const latest = await loadLatestForUnits(db, indicatorId, units.map((u) => u.id), figuresDate(campaign, asOf));
    const items = units.map((unit) => {
      const entry = latest.get(unit.id);
      const { assessment, result } = judgeIndicator(indicator!.targets, entry ? [entry.latest] : [], {
        asOf,
        level: unit.level,
        campaign,
        first: entry?.first,
      });
      return { unit, latestMeasurement: entry?.latest ?? null, assessment, result };
    });
    const { latestMeasurement: _l, history: _h, assessment: _a, result: _r, ...plain } = indicator!;
    const ended = campaignPhase(campaign, asOf) === 'ended';
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json({
      indicator: plain,
      asOf,
      counts: countStatuses(items.map((i) => i.assessment?.status)),
      outcomes: ended ? countOutcomes(items.map((i) => i.result)) : null,
      items,
    });
  });
}
