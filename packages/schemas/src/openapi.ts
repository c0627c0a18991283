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
import { ApiErrorBody, HealthStatus, IndicatorDetail, IndicatorList, IndicatorWithLatest } from './api.js';

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
      '/v1/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness and the kind of database in use',
          responses: { '200': json('HealthStatus', 'The server is up.') },
        },
      },
    },
    components: { schemas },
  };
}
