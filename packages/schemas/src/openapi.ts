/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the same schemas
 * the server validates with and the SDK parses with. Kept out of the package
 * root so browser bundles never carry it.
 */
import * as z from 'zod/mini';
import { Campaign, SourceDocument } from './campaign.js';
import { Indicator, Target } from './indicator.js';
import { Measurement } from './measurement.js';
import { OrganisationUnit } from './organisation-unit.js';
import { Ranking } from './ranking.js';
import {
  ApiErrorBody,
  CampaignList,
  CampaignProgress,
  HealthStatus,
  IndicatorBatch,
  IndicatorDetail,
  IndicatorList,
  IndicatorProgress,
  IndicatorUnitsProgress,
  IndicatorWithLatest,
  MeasurementCreated,
  MeasurementHistory,
  MeasurementInput,
  ProgressAssessment,
  UnitList,
} from './api.js';
import { SeedInput, SeedResult, TokenInput, TokenIssued, TokenRevoked, UnitImportInput, UnitImportResult } from './admin.js';

const components = {
  Campaign,
  SourceDocument,
  Target,
  Indicator,
  IndicatorWithLatest,
  Measurement,
  OrganisationUnit,
  IndicatorList,
  IndicatorDetail,
  ApiErrorBody,
  HealthStatus,
  Ranking,
  ProgressAssessment,
  IndicatorProgress,
  IndicatorBatch,
  MeasurementHistory,
  CampaignList,
  CampaignProgress,
  IndicatorUnitsProgress,
  UnitList,
  MeasurementInput,
  MeasurementCreated,
  TokenInput,
  TokenIssued,
  TokenRevoked,
  UnitImportInput,
  UnitImportResult,
  SeedInput,
  SeedResult,
} as const;

type ComponentName = keyof typeof components;

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

const json = (name: ComponentName, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});

const errors = {
  '400': json('ApiErrorBody', 'Invalid input; `error.issues` names each field (path) and what is wrong with it.'),
  '404': json('ApiErrorBody', 'No such resource.'),
  '500': json('ApiErrorBody', 'Server fault; nothing was changed.'),
};

const idParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' },
});

const unitParam = {
  name: 'unit',
  in: 'query',
  required: false,
  description: 'Whose measurements to include; the campaign owner (the province) when omitted.',
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' },
};

const asOfParam = {
  name: 'asOf',
  in: 'query',
  required: false,
  description: 'The date progress is judged on (yyyy-mm-dd); today in the server’s time zone when omitted.',
  schema: { type: 'string', format: 'date' },
};

const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const levels = { type: 'string', enum: ['province', 'district', 'commune'] };

const langParam = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description: 'vi (default) or en: the language of error messages.',
  schema: { type: 'string' },
};

export function buildOpenApiDocument(options: { serverUrl?: string } = {}) {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    // OpenAPI names components by their key; a JSON Schema $id inside would re-base every $ref.
    const { $id: _id, $schema: _schema, ...rest } = schema;
    schemas[id] = rest;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'thidua API',
      version: '1',
      description:
        'Campaigns, indicators and measurements of a digital-transformation emulation movement. Errors are JSON with a code, a message and field paths.',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    paths: {
      '/v1/campaigns/{campaignId}/indicators': {
        get: {
          operationId: 'listIndicators',
          summary: 'The indicators of a campaign with the latest measurement of one unit',
          parameters: [idParam('campaignId', 'The campaign'), unitParam, langParam],
          responses: { '200': json('IndicatorList', 'The campaign, the unit and its indicators.'), ...errors },
        },
      },
      '/v1/indicators/{indicatorId}': {
        get: {
          operationId: 'getIndicator',
          summary: 'One indicator with its targets and the latest measurement of one unit',
          parameters: [idParam('indicatorId', 'The indicator'), unitParam, langParam],
          responses: { '200': json('IndicatorDetail', 'The indicator.'), ...errors },
        },
      },
      '/v1/campaigns/{campaignId}/rankings': {
        get: {
          operationId: 'getRanking',
          summary: 'Units of a group ranked by a score index (the DTI) or an indicator, with last year’s rank and score',
          description:
            'Standard competition ranks: tied units share a rank and the next is skipped (1, 2, 2, 4). By an indicator, each unit’s latest measurement within the year counts; the direction follows the indicator’s target.',
          parameters: [
            idParam('campaignId', 'The campaign'),
            { name: 'metric', in: 'query', required: true, description: 'A score index of the campaign (`dti`) or one of its indicator ids.', schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' } },
            { name: 'period', in: 'query', required: false, description: 'The year (`2025`); the latest with data when omitted. The change is against the year before.', schema: { type: 'string', pattern: '^\\d{4}$' } },
            { name: 'group', in: 'query', required: false, description: '`departments`, `communes` (communes and wards) or `all` (default).', schema: { type: 'string', enum: ['all', 'departments', 'communes'] } },
            langParam,
          ],
          responses: { '200': json('Ranking', 'The ranking; empty entries when the period has no data.'), ...errors },
        },
      },
      '/v1/indicators': {
        get: {
          operationId: 'getIndicators',
          summary: 'Several indicators at once for one unit (how the SDK batches a page of cards)',
          parameters: [
            { name: 'ids', in: 'query', required: true, description: 'Comma-separated indicator ids, at most 100.', schema: { type: 'string' } },
            unitParam,
            asOfParam,
            langParam,
          ],
          responses: { '200': json('IndicatorBatch', 'The indicators found, in the order asked, and the ids not found.'), ...errors },
        },
      },
      '/v1/indicators/{indicatorId}/measurements': {
        get: {
          operationId: 'getMeasurementHistory',
          summary: 'One unit’s figures for an indicator over time, one per date (a later correction replaces its date’s figure)',
          parameters: [idParam('indicatorId', 'The indicator'), unitParam, query('from', 'First date', { type: 'string', format: 'date' }), query('to', 'Last date', { type: 'string', format: 'date' }), langParam],
          responses: { '200': json('MeasurementHistory', 'The history, oldest first.'), ...errors },
        },
      },
      '/v1/indicators/{indicatorId}/progress': {
        get: {
          operationId: 'getIndicatorProgressByUnit',
          summary: 'Every unit of a level on one indicator, with counts per status',
          parameters: [idParam('indicatorId', 'The indicator'), query('level', 'Administrative level (commune by default)', levels), asOfParam, langParam],
          responses: { '200': json('IndicatorUnitsProgress', 'Each unit’s latest figure and assessment.'), ...errors },
        },
      },
      '/v1/campaigns': {
        get: { operationId: 'listCampaigns', summary: 'All campaigns', responses: { '200': json('CampaignList', 'The campaigns, newest first.') } },
      },
      '/v1/campaigns/{campaignId}': {
        get: {
          operationId: 'getCampaign',
          summary: 'One campaign: period, domains, award rounds, achievement categories',
          parameters: [idParam('campaignId', 'The campaign'), langParam],
          responses: { '200': json('Campaign', 'The campaign.'), ...errors },
        },
      },
      '/v1/campaigns/{campaignId}/progress': {
        get: {
          operationId: 'getCampaignProgress',
          summary: 'How one unit stands on every indicator of a campaign, with counts per status',
          parameters: [idParam('campaignId', 'The campaign'), unitParam, asOfParam, langParam],
          responses: { '200': json('CampaignProgress', 'The summary.'), ...errors },
        },
      },
      '/v1/units': {
        get: {
          operationId: 'listUnits',
          summary: 'Organisation units, in Vietnamese name order',
          parameters: [
            query('level', 'Administrative level', levels),
            query('kind', 'Kind of unit', { type: 'string', enum: ['province', 'department', 'agency', 'district', 'commune', 'ward', 'enterprise', 'organisation', 'communityTeam'] }),
            query('parent', 'Parent unit id'),
            langParam,
          ],
          responses: { '200': json('UnitList', 'The units.'), ...errors },
        },
      },
      '/v1/units/{unitId}': {
        get: {
          operationId: 'getUnit',
          summary: 'One organisation unit',
          parameters: [idParam('unitId', 'The unit'), langParam],
          responses: { '200': json('OrganisationUnit', 'The unit.'), ...errors },
        },
      },
      '/v1/measurements': {
        post: {
          operationId: 'reportMeasurement',
          summary: 'Record a figure (a reporter for the unit, or the coordinating department)',
          security: [{ bearer: [] }],
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description: 'Makes retries safe: the same key with the same body is recorded once and answered the same way; with another body it is refused (409).',
              schema: { type: 'string', maxLength: 200 },
            },
            langParam,
          ],
          requestBody: { required: true, content: { 'application/json': { schema: ref('MeasurementInput') } } },
          responses: {
            '201': json('MeasurementCreated', 'Recorded (or, for a repeated Idempotency-Key, the earlier record; header Idempotent-Replayed: true).'),
            '400': errors['400'],
            '401': json('ApiErrorBody', 'No valid bearer token.'),
            '403': json('ApiErrorBody', 'The token may not report for this unit.'),
            '409': json('ApiErrorBody', 'Idempotency-Key reused with another body.'),
            '413': json('ApiErrorBody', 'Body too large.'),
            '415': json('ApiErrorBody', 'Body is not JSON.'),
          },
        },
      },
      ...adminPaths(),
      '/v1/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      '/v1/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness and the kind of database in use',
          responses: { '200': json('HealthStatus', 'The server is up.') },
        },
      },
    },
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A token issued with `thidua-server token create`; only its SHA-256 digest is stored.' } },
    },
  };
}

/** The admin routes: the coordinating department's token, or the server's local admin key (what the CLI uses). */
function adminPaths() {
  const admin = (operationId: string, summary: string, body: ComponentName, ok: ComponentName, extra: Record<string, unknown> = {}) => ({
    post: {
      operationId,
      summary,
      security: [{ bearer: [] }],
      parameters: [langParam],
      requestBody: { required: true, content: { 'application/json': { schema: ref(body) } } },
      responses: {
        [operationId === 'issueToken' ? '201' : '200']: json(ok, 'Done.'),
        '400': errors['400'],
        '401': json('ApiErrorBody', 'No valid bearer token.'),
        '403': json('ApiErrorBody', 'The token is not the coordinating department’s.'),
        '413': json('ApiErrorBody', 'Body too large.'),
        '415': json('ApiErrorBody', 'Body is not JSON.'),
        ...extra,
      },
    },
  });
  return {
    '/v1/admin/tokens': admin('issueToken', 'Issue a reporting token (shown once; only its digest is stored)', 'TokenInput', 'TokenIssued'),
    '/v1/admin/tokens/{tokenId}/revoke': {
      post: {
        operationId: 'revokeToken',
        summary: 'Revoke a token: refused from the next request on',
        security: [{ bearer: [] }],
        parameters: [{ name: 'tokenId', in: 'path', required: true, description: 'The token’s id (not the token)', schema: { type: 'string', format: 'uuid' } }, langParam],
        responses: {
          '200': json('TokenRevoked', 'Revoked.'),
          '400': errors['400'],
          '401': json('ApiErrorBody', 'No valid bearer token.'),
          '403': json('ApiErrorBody', 'The token is not the coordinating department’s.'),
          '404': json('ApiErrorBody', 'No active token has this id.'),
        },
      },
    },
    '/v1/admin/units': admin('importUnits', 'Add or update organisation units (all or none)', 'UnitImportInput', 'UnitImportResult'),
    '/v1/admin/seed': admin('loadCatalog', 'Load a catalog (the server’s default when none is sent); idempotent', 'SeedInput', 'SeedResult'),
  };
}
