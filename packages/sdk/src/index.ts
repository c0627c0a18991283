export { createClient, type ClientOptions, type RequestOptions, type ThiduaClient, type UnitOptions } from './client.js';
export { ThiduaApiError, type ClientErrorCode } from './errors.js';
export type {
  Campaign,
  FieldIssue,
  Indicator,
  IndicatorDetail,
  IndicatorList,
  IndicatorWithLatest,
  Locale,
  Measurement,
  OrganisationUnit,
  SourceDocument,
  Target,
} from '@thidua/schemas';
