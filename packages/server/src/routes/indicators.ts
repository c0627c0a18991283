import {
  MAX_BATCH_IDS,
  PAGE_SIZES,
  appliesToUnit,
  campaignPhase,
  countOutcomes,
  countStatuses,
  finalReview,
  type Campaign,
  type IndicatorProgress,
  type IsoDate,
  type Locale,
  type OrganisationUnit,
} from '@thidua/schemas';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { HttpError, message } from '../errors.js';
import { notFound, resolveUnit, type Handlers, type RouteDeps } from '../http.js';
import { findCampaign, findSourceDocuments } from '../repositories/campaigns.js';
import { loadIndicatorProgress, loadIndicatorUnitsProgress, ownersOfIndicators } from '../repositories/indicators.js';
import { listHistory } from '../repositories/measurements.js';

/** The campaign's phase on `asOf` and its final review round, as campaign-wide reads carry them. */
const standing = (campaign: Campaign, asOf: IsoDate) => ({ phase: campaignPhase(campaign, asOf), finalReview: finalReview(campaign) ?? null });

const documentsOf = (items: IndicatorProgress[]) => [...new Set(items.flatMap((i) => i.targets.map((t) => t.sourceDocumentId)))];

export function indicatorHandlers({ db, today }: RouteDeps) {
  /**
   * Whose figures a read about indicators shows: the unit asked for, else the
   * owner of their campaign (all must share one); undefined when none of the
   * indicators exists.
   */
  async function unitFor(ids: string[], unitId: string | undefined, locale: Locale): Promise<OrganisationUnit | undefined> {
    if (unitId === undefined) {
      const owners = await ownersOfIndicators(db, ids);
      if (owners.length > 1) {
        throw new HttpError(400, 'validation_failed', message(locale, 'validation_failed'), [
          { path: ['query', 'unit'], message: message(locale, 'unit_required_across_campaigns'), code: 'required' },
        ]);
      }
      unitId = owners[0];
      if (unitId === undefined) return undefined;
    }
    return resolveUnit(db, unitId, locale);
  }

  /** The campaign, unit, date and indicators a campaign-wide read is about. */
  async function campaignProgress(campaignId: string, query: { unit?: string | undefined; asOf?: IsoDate | undefined }, locale: Locale) {
    const campaign = await findCampaign(db, campaignId);
    if (!campaign) throw notFound(locale, 'campaign_not_found', ['path', 'campaignId']);
    const unit = await resolveUnit(db, query.unit ?? campaign.ownerUnitId, locale);
    const asOf = query.asOf ?? today();
    // A unit's board holds what its level reports (the owner's, everything).
    const items = (await loadIndicatorProgress(db, { campaignId }, unit, asOf)).filter((i) => appliesToUnit(i, unit, campaign));
    return { campaign, unit, asOf, items };
  }

  /** `?campaign=`: the programme whose targets single indicators are judged by. */
  async function scopeOf(campaignId: string | undefined, locale: Locale) {
    if (!campaignId) return undefined;
    const campaign = await findCampaign(db, campaignId);
    if (!campaign) throw notFound(locale, 'campaign_not_found', ['query', 'campaign']);
    return campaign;
  }

  return {
    async listIndicators({ params, query, locale }) {
      const { campaign, unit, asOf, items } = await campaignProgress(params.campaignId, query, locale);
      const sourceDocuments = await findSourceDocuments(db, [campaign.sourceDocumentId, ...documentsOf(items)]);
      return { campaign, unit, asOf, ...standing(campaign, asOf), items, sourceDocuments };
    },

    async getCampaignProgress({ params, query, locale }) {
      const { campaign, unit, asOf, items: indicators } = await campaignProgress(params.campaignId, query, locale);
      const items = indicators.map((i) => ({ indicatorId: i.id, latestMeasurement: i.latestMeasurement, assessment: i.assessment, result: i.result }));
      const { phase, finalReview } = standing(campaign, asOf);
      return {
        campaign,
        unit,
        asOf,
        phase,
        finalReview,
        counts: countStatuses(items.map((i) => i.assessment?.status)),
        outcomes: phase === 'ended' ? countOutcomes(items.map((i) => i.result)) : null,
        items,
      };
    },

    // Batch read: how a page of cards asks for all its indicators in one request.
    async getIndicators({ query, locale }) {
      const ids = [...new Set(query.ids.split(','))].slice(0, MAX_BATCH_IDS);
      const unit = await unitFor(ids, query.unit, locale);
      // None of the ids exists: nothing to show, and no unit to name.
      if (!unit) throw notFound(locale, 'indicator_not_found', ['query', 'ids']);
      const asOf = query.asOf ?? today();
      const campaign = await scopeOf(query.campaign, locale);
      const found = await loadIndicatorProgress(db, { indicatorIds: ids }, unit, asOf, { campaign });
      const order = new Map(ids.map((id, i) => [id, i]));
      const items = found.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      const missing = ids.filter((id) => !found.some((i) => i.id === id));
      return { unit, asOf, items, missing, sourceDocuments: await findSourceDocuments(db, documentsOf(items)) };
    },

    async getIndicator({ params: { indicatorId }, query, locale }) {
      // No unit named: the campaign owner's figures, as on the campaign's own list.
      const unit = await unitFor([indicatorId], query.unit, locale);
      if (!unit) throw notFound(locale, 'indicator_not_found', ['path', 'indicatorId']);
      const asOf = query.asOf ?? today();
      const campaign = await scopeOf(query.campaign, locale);
      const [indicator] = await loadIndicatorProgress(db, { indicatorIds: [indicatorId] }, unit, asOf, { campaign });
      if (!indicator) throw notFound(locale, 'indicator_not_found', ['path', 'indicatorId']);
      return { indicator, unit, asOf, sourceDocuments: await findSourceDocuments(db, documentsOf([indicator])) };
    },

    async getMeasurementHistory({ params: { indicatorId }, query, locale }) {
      const owners = await ownersOfIndicators(db, [indicatorId]);
      if (owners.length === 0) throw notFound(locale, 'indicator_not_found', ['path', 'indicatorId']);
      const unit = await resolveUnit(db, query.unit ?? owners[0]!, locale);
      return { indicatorId, unit, items: await listHistory(db, { indicatorId, unitId: unit.id, from: query.from, to: query.to }) };
    },

    // Every unit of a level on one indicator: where communes stand on, say, online dossiers.
    async getIndicatorProgressByUnit({ params: { indicatorId }, query, locale }) {
      const asOf = query.asOf ?? today();
      const after = decodeCursor('unitsProgress', query.cursor, ['s', 's'], locale);
      const page = { limit: query.limit ?? PAGE_SIZES.unitsProgress.default, after };
      const progress = await loadIndicatorUnitsProgress(db, indicatorId, query.level ?? 'commune', asOf, page);
      if (!progress) throw notFound(locale, 'indicator_not_found', ['path', 'indicatorId']);
      const { indicator, counts, outcomes, items, next } = progress;
      return { indicator, asOf, counts, outcomes, items, next: next ? encodeCursor('unitsProgress', next) : null };
    },
  } satisfies Partial<Handlers>;
}
