import { PAGE_SIZES, validationMessage } from '@thidua/schemas';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { findCampaign } from '../repositories/campaigns.js';
import { loadRanking } from '../repositories/rankings.js';
import { invalid, notFound, type Handlers, type RouteDeps } from '../http.js';

/**
 * `GET /v1/campaigns/{campaignId}/rankings?metric=dti&period=2025&group=departments&limit=&cursor=`:
 * a page of the units of a group ranked by a score index or an indicator,
 * with their rank and value in the previous year. The cursor holds the
 * period of the first page, so a walk through the pages stays in one year
 * even when a newer one gets data meanwhile.
 */
export function rankingHandlers({ db, today }: RouteDeps) {
  return {
    async getRanking({ params: { campaignId }, query, locale }) {
      const position = decodeCursor('rankings', query.cursor, ['s', 'n', 's', 's'], locale);
      if (position && query.period !== undefined && query.period !== position[0]) {
        throw invalid(locale, ['query', 'cursor'], validationMessage(locale, 'cursor'), 'invalid_cursor');
      }
      if (!(await findCampaign(db, campaignId))) throw notFound(locale, 'campaign_not_found', ['path', 'campaignId']);
      const ranking = await loadRanking(db, {
        campaignId,
        metricId: query.metric,
        period: position?.[0] ?? query.period,
        group: query.group ?? 'all',
        today: today(),
        limit: query.limit ?? PAGE_SIZES.rankings.default,
        after: position && [position[1], position[2], position[3]],
      });
      if (!ranking) throw notFound(locale, 'metric_not_found', ['query', 'metric']);
      return { ...ranking, next: ranking.next ? encodeCursor('rankings', [ranking.period, ...ranking.next]) : null };
    },
  } satisfies Partial<Handlers>;
}
