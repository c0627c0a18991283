import type { Catalogue } from '../index.js';

export const board: Catalogue['board'] = {
  caption: (unit, date) => `Progress of ${unit} · assessed on ${date}`,
  filter: 'Filter indicators by status',
  all: 'All',
  shown: (shown, total) => `Showing ${shown} of ${total} indicators`,
  loading: 'Loading the indicators…',
  empty: 'This campaign has no indicators yet.',
  none: 'No indicator has this status.',
  other: 'Other indicators',
};
