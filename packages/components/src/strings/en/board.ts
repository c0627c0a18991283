import type { Catalogue } from '../index.js';

export const board: Catalogue['board'] = {
  caption: (unit, date) => `Progress of ${unit} · assessed on ${date}`,
  region: (campaign, unit, date) => `${campaign} — ${unit}, ${date}`,
  resultCaption: (unit) => `Final result of ${unit}, on each indicator's figures by its deadline`,
  ended: (date) => `The campaign ended on ${date}.`,
  finalReview: (date) => `Final review on ${date}.`,
  filterResult: 'Filter indicators by result',
  noneResult: 'No indicator has this result.',
  filter: 'Filter indicators by status',
  all: 'All',
  shown: (shown, total) => `Showing ${shown} of ${total} indicators`,
  loading: 'Loading the indicators…',
  empty: 'This campaign has no indicators yet.',
  none: 'No indicator has this status.',
  other: 'Other indicators',
};
