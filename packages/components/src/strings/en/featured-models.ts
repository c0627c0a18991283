import type { Catalogue } from '../index.js';

export const featuredModels: Catalogue['featuredModels'] = {
  label: 'Exemplary models',
  loading: 'Loading the exemplary models…',
  category: 'Field',
  allCategories: 'All fields',
  award: 'Award',
  unit: 'Unit',
  decision: (number, date) => `decision ${number} of ${date}`,
  readMore: 'Read more',
  readMoreWhat: (name) => ` about ${name}`,
  noPhoto: 'No photo yet',
  shown: (count) => (count === 0 ? 'No exemplary models.' : `${count} exemplary model${count === 1 ? '' : 's'}.`),
  empty: 'No exemplary model has been featured yet.',
  noMatch: 'No exemplary model in the chosen field yet.',
  ellipsis: '…',
};
