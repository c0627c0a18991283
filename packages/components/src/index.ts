/**
 * Every element of the kit; importing this module defines them all.
 * Import `@thidua/components/kpi-progress` (etc.) to define only one.
 */
export { ThiduaProvider } from './provider/thidua-provider.js';
export { KpiProgress } from './kpi-progress/kpi-progress.js';
export { KpiBoard } from './kpi-board/kpi-board.js';
export { RankingTable, type RankingRow } from './ranking-table/ranking-table.js';
export { NominationList, type NominationListData, type NominationOpenDetail, type NominationOpenMode } from './nomination-list/nomination-list.js';
export { NominationForm, type NominationFormLoad } from './nomination-form/nomination-form.js';
export {
  NominationQueue,
  type AppraisalOpenDetail,
  type QueueFilterDetail,
  type QueueItem,
  type QueueFilters,
  type QueueSort,
  type QueueSortKey,
  type DeadlineFilter,
  type NominationQueueLoad,
} from './nomination-queue/nomination-queue.js';
export { NominationReview, type AppraisalChangeDetail, type NominationReviewLoad } from './nomination-review/nomination-review.js';
export { AwardList, type AwardRow, type Awardee, type AwardListData, type AwardFilterDetail, type AwardExportDetail } from './award-list/award-list.js';
export { FeaturedModels, type FeaturedModelsData } from './featured-models/featured-models.js';
export { clientContext, localeContext, type ThiduaClient } from './shared/context.js';
export { setStrings, type Catalogue, type StringOverrides } from './strings/index.js';
