import type { Catalogue } from '../index.js';

export const errors: Catalogue['errors'] = {
  title: {
    indicator: 'Could not load the data',
    campaign: 'Could not load the data',
    ranking: 'Could not load the ranking',
    nominations: 'Could not load the list of proposals',
    awards: 'Could not load the list of awards',
    featuredModels: 'Could not load the exemplary models',
  },
  retry: 'Try again',
  requestId: (id) => `Request ID: ${id}`,
  noApi: 'No data server is configured (api-base).',
  noCampaign: 'No campaign is given (campaign).',
  unauthorized: 'The access token is not valid or has been revoked. Please ask the managing unit for a new one.',
  forbidden: 'The access token does not allow this (another unit or another role).',
  notFound: {
    indicator: (id) => `Indicator "${id}" was not found.`,
    campaign: (id) => `Campaign "${id}" or the chosen unit was not found.`,
    ranking: (campaign, metric) => `Campaign “${campaign}” or ranking metric “${metric}” was not found.`,
    nominations: (campaign) => `Campaign "${campaign}" was not found.`,
    awards: (campaign) => `Campaign "${campaign}" or the chosen award round was not found.`,
    featuredModels: (campaign) => `Campaign "${campaign}" was not found.`,
  },
  invalid: {
    indicator: (id) => `"${id}" is not a valid indicator id.`,
    campaign: (id) => `"${id}" or the unit is not a valid id.`,
    ranking: () => 'The ranking’s parameters are not valid (campaign, metric, year or group).',
    nominations: () => 'The filters are not valid (campaign, round, status or unit).',
    awards: () => 'The campaign or award round is not a valid id.',
    featuredModels: () => 'The campaign or category is not a valid id.',
  },
  server: (status) => `The data server reported an error (status ${status}). Please try again later.`,
  timeout: 'The data server did not answer in time. Please try again.',
  invalidResponse: 'The data server answered with data of an unexpected shape.',
  network: 'Could not reach the data server. Please check the connection and try again.',
};
