import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AdministrativeLevel,
  EvidenceMediaType,
  ID_LIST_PATTERN,
  ID_PATTERN,
  IDEMPOTENCY_KEY_PATTERN,
  PERIOD_PATTERN,
  OrganisationUnitKind,
  RankingGroupSchema,
  judgeIndicator,
  assessProgress,
  errorStatuses,
  findOperation,
  matchPath,
  operations,
  pathOf,
  pathParamNames,
  queryOf,
  selectTarget,
  type Operation,
  type Target,
} from '../src/index.js';
import { buildOpenApiDocument } from '../src/openapi.js';

const entries = Object.entries(operations) as [string, Operation][];

describe('the route contract', () => {
  it('names each operation once, by method and path', () => {
    const keys = entries.map(([, op]) => `${op.method} ${op.path}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('types every path parameter, and only those, in the params schema', () => {
    for (const [id, op] of entries) {
      assert.deepEqual(Object.keys(op.params?.shape ?? {}).sort(), pathParamNames(op).sort(), id);
    }
  });

  it('builds a path and finds the operation back from it, encoding what needs it', () => {
    const path = pathOf(operations.getIndicator, { indicatorId: 'bn2026-09' });
    assert.equal(path, '/v1/indicators/bn2026-09');
    assert.deepEqual(findOperation('GET', path), { id: 'getIndicator', operation: operations.getIndicator, params: { indicatorId: 'bn2026-09' } });
    assert.equal(pathOf(operations.getUnit, { unitId: 'a/b c' }), '/v1/units/a%2Fb%20c');
    assert.deepEqual(matchPath(operations.getUnit, '/v1/units/a%2Fb%20c'), { unitId: 'a/b c' });
    assert.equal(matchPath(operations.getUnit, '/v1/units/x/y'), undefined);
    assert.equal(findOperation('GET', '/v1/indicators')?.id, 'getIndicators');
    assert.equal(findOperation('POST', '/v1/measurements')?.id, 'reportMeasurement');
    assert.equal(findOperation('DELETE', '/v1/measurements'), undefined);
    assert.equal(findOperation('GET', '/v1/campaigns/bn2026/other'), undefined);
  });

  it('puts only the operation’s own query parameters that are given in the query string', () => {
    assert.equal(queryOf(operations.getIndicator, { asOf: '2026-06-30', unit: 'so-y-te', level: 'commune' }), '?unit=so-y-te&asOf=2026-06-30');
    assert.equal(queryOf(operations.getIndicator, { unit: undefined, asOf: '' }), '');
    assert.equal(queryOf(operations.getIndicators, { ids: 'a,b' }), '?ids=a%2Cb');
    assert.equal(queryOf(operations.listCampaigns, { unit: 'x' }), '');
  });

  it('derives the error statuses from the shape of each operation', () => {
    assert.deepEqual(errorStatuses(operations.listCampaigns), []);
    assert.deepEqual(errorStatuses(operations.getCampaign), [400, 404]);
    assert.deepEqual(errorStatuses(operations.reportMeasurement), [400, 401, 403, 409, 413, 415]);
  });
});

describe('the OpenAPI document generated from the contract', () => {
  const doc = buildOpenApiDocument();
  type DocOperation = {
    operationId: string;
    parameters: { name: string; in: string; required: boolean; description: string; schema: Record<string, unknown> }[];
    responses: Record<string, unknown>;
    requestBody?: unknown;
    security?: unknown;
  };
  const opOf = (op: Operation) => (doc.paths[op.path] as Record<string, DocOperation> | undefined)?.[op.method.toLowerCase()];

  it('covers every operation, and nothing else', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    assert.deepEqual(documented.sort(), entries.map(([, op]) => `${op.method} ${op.path}`).sort());
    for (const [id, op] of entries) assert.equal(opOf(op)?.operationId, id);
  });

  it('lists every path, query and header parameter of each operation, described and typed', () => {
    for (const [id, op] of entries) {
      const documented = opOf(op)!.parameters.filter((p) => p.name !== 'Accept-Language');
      const expected = [
        ...Object.keys(op.params?.shape ?? {}).map((n) => `path ${n}`),
        ...Object.keys(op.query?.shape ?? {}).map((n) => `query ${n}`),
        ...Object.keys(op.headers?.shape ?? {}).map((n) => `header ${n}`),
      ];
      assert.deepEqual(documented.map((p) => `${p.in} ${p.name}`), expected, id);
      for (const p of documented) {
        assert.ok(p.description.length > 0, `${id} ${p.name} is described`);
        assert.ok(Object.keys(p.schema).length > 0, `${id} ${p.name} is typed`);
      }
    }
  });

  it('has asOf wherever the server takes it (the indicator list and one indicator included)', () => {
    for (const op of [operations.listIndicators, operations.getIndicator, operations.getIndicators, operations.getCampaignProgress, operations.getIndicatorProgressByUnit]) {
      const asOf = opOf(op)!.parameters.find((p) => p.name === 'asOf');
      assert.equal(asOf?.schema.format, 'date', op.path);
      assert.equal(asOf?.required, false);
    }
    assert.equal(opOf(operations.getIndicators)!.parameters.find((p) => p.name === 'ids')?.required, true);
    assert.equal(opOf(operations.getRanking)!.parameters.find((p) => p.name === 'metric')?.required, true);
  });

  it('takes enums from the schemas, not from a copy', () => {
    const param = (op: Operation, name: string) => opOf(op)!.parameters.find((p) => p.name === name)!.schema;
    assert.deepEqual(param(operations.listUnits, 'level').enum, AdministrativeLevel.options);
    assert.deepEqual(param(operations.listUnits, 'kind').enum, OrganisationUnitKind.options);
    assert.deepEqual(param(operations.getRanking, 'group').enum, RankingGroupSchema.options);
    assert.deepEqual(param(operations.getIndicatorProgressByUnit, 'level').enum, AdministrativeLevel.options);
    // Rules checked by a refinement keep their pattern in the document.
    assert.equal(param(operations.getRanking, 'period').pattern, PERIOD_PATTERN.source);
    assert.equal(param(operations.getIndicators, 'ids').pattern, ID_LIST_PATTERN.source);
    assert.equal(param(operations.reportMeasurement, 'Idempotency-Key').pattern, IDEMPOTENCY_KEY_PATTERN.source);
    assert.equal(param(operations.getRanking, 'metric').pattern, ID_PATTERN.source);
  });

  it('describes an upload as multipart/form-data with a binary file, and a download as the evidence types', () => {
    const upload = opOf(operations.uploadEvidence)! as { requestBody: { content: Record<string, { schema: { properties: Record<string, { format?: string }> } }> } };
    assert.deepEqual(Object.keys(upload.requestBody.content), ['multipart/form-data']);
    assert.equal(upload.requestBody.content['multipart/form-data']!.schema.properties.file!.format, 'binary');
    const download = opOf(operations.downloadEvidence)!.responses['200'] as { content: Record<string, unknown> };
    assert.deepEqual(Object.keys(download.content).sort(), [...EvidenceMediaType.options].sort());
  });

  it('answers each operation with its response schema and the error statuses it may return', () => {
    for (const [id, op] of entries) {
      const responses = opOf(op)!.responses;
      const expected = [String(op.status ?? 200), ...errorStatuses(op).map(String), '500'];
      assert.deepEqual(Object.keys(responses).sort(), expected.sort(), id);
      assert.equal(Boolean(opOf(op)!.requestBody), Boolean(op.body || op.form), id);
      assert.equal(Boolean(opOf(op)!.security), op.auth !== 'public', id);
    }
  });
});

describe('judgeIndicator', () => {
  const targets: Target[] = [
    { id: 't-2025-commune', value: 70, comparator: 'gte', deadline: '2025-12-31', level: 'commune', sourceDocumentId: 'doc' },
    { id: 't-2025', value: 80, comparator: 'gte', deadline: '2025-12-31', level: 'province', sourceDocumentId: 'doc' },
    { id: 't-2026', value: 90, comparator: 'gte', deadline: '2026-10-10', level: 'province', sourceDocumentId: 'doc' },
  ];
  const campaign = { startsOn: '2025-01-01', endsOn: '2026-10-10' };
  const latest = { value: 72, measuredOn: '2025-09-30' };
  const first = { value: 40, measuredOn: '2025-01-31' };

  it('judges the target that applies to the unit’s level on the date, as selectTarget then assessProgress do', () => {
    for (const [level, asOf] of [['commune', '2025-10-01'], ['province', '2025-10-01'], ['commune', '2026-03-01']] as const) {
      const target = selectTarget(targets, { date: asOf, level })!;
      assert.deepEqual(judgeIndicator(targets, [first, latest], { asOf, level, campaign }).assessment, {
        targetId: target.id,
        ...assessProgress(target, latest, asOf, { startDate: '2025-01-01', firstMeasurement: first }),
      });
    }
    const commune = judgeIndicator(targets, [latest], { asOf: '2025-10-01', level: 'commune', campaign });
    assert.deepEqual([commune.assessment?.targetId, commune.assessment?.status, commune.result], ['t-2025-commune', 'achieved', null]);
  });

  it('is null for an indicator without targets, and noData without a figure', () => {
    assert.deepEqual(judgeIndicator([], [latest], { asOf: '2025-10-01', level: 'province', campaign }), { target: undefined, assessment: null, result: null });
    assert.equal(judgeIndicator(targets, [], { asOf: '2025-10-01', level: 'province', campaign }).assessment?.status, 'noData');
  });
});
