/*
 * The queue's columns that sort, and the order it opens in: apart from the
 * model (nomination-queue-model.ts) so that the element's first paint, which
 * reads its `sort` attribute, carries none of the model's search and
 * collation code.
 */

export const QUEUE_SORT_KEYS = ['reference', 'unit', 'awardType', 'round', 'nominations', 'status', 'completeOn', 'dueOn'] as const;
export type QueueSortKey = (typeof QUEUE_SORT_KEYS)[number];
export type SortOrder = 'ascending' | 'descending';
export interface QueueSort {
  key: QueueSortKey;
  order: SortOrder;
}

/** The order a fresh queue opens in: the most pressing deadline first. */
export const DEFAULT_SORT: QueueSort = { key: 'dueOn', order: 'ascending' };

