import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findOperation, operations, type OperationId } from '@thidua/schemas';
import { issueToken } from '@thidua/server';
import { createClient } from '../src/index.js';
import { useApi } from './support.js';

let reporter: string;
let coordinator: string;
const api = useApi(async (server) => {
  reporter = (await issueToken(server.db, { name: 'Sở Y tế', role: 'reporter', unitIds: ['so-y-te'] })).token;
  coordinator = (await issueToken(server.db, { name: 'Sở Khoa học và Công nghệ', role: 'coordinator' })).token;
});

/** Operations the SDK leaves to other tools: liveness probes and the OpenAPI document. */
const notInSdk: OperationId[] = ['health', 'openapi'];

describe(`the SDK and the route contract (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('asks each operation of the contract at its path, with only its query parameters, and the server serves it', async () => {
    const requests: { method: string; url: URL; status: number }[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await globalThis.fetch(request);
      requests.push({ method: request.method, url: new URL(request.url), status: response.status });
      return response;
    };
    const client = createClient({ baseUrl: api.url, token: () => reporter, fetch, batch: false, retry: 0 });
    const asOf = '2026-06-30';
    await client.campaigns.list();
    await client.campaigns.get('bn2026');
    await client.campaigns.progress('bn2026', { unit: 'so-y-te', asOf });
    await client.indicators.list('bn2026', { asOf });
    await client.indicators.get('bn2026-09', { unit: 'so-y-te', asOf });
    await client.indicators.history('bn2026-09', { from: '2025-01-01', to: asOf });
    await client.indicators.progressByUnit('bn2026-09', { level: 'commune', asOf });
    await client.units.list({ level: 'commune' });
    await client.units.get('so-y-te');
    await client.rankings.get('bn2026', { metric: 'dti', group: 'departments' });
    await client.measurements.report({ indicatorId: 'bn2026-09', unitId: 'so-y-te', value: 70, measuredOn: '2026-06-30', source: 'Báo cáo quý II/2026' });
    // Several cards at once: the batched read.
    const batching = createClient({ baseUrl: api.url, fetch, retry: 0 });
    await Promise.all([batching.indicators.get('bn2026-01', { asOf }), batching.indicators.get('bn2026-09', { asOf })]);

    // The coordinating department's writes.
    const admin = createClient({ baseUrl: api.url, token: () => coordinator, fetch, retry: 0 });
    const issued = await admin.admin.issueToken({ name: 'UBND phường Kinh Bắc', role: 'reporter', unitIds: ['phuong-kinh-bac'] });
    assert.deepEqual((await admin.admin.revokeToken(issued.id)).revoked, true);
    assert.deepEqual(await admin.admin.importUnits([{ id: 'xa-sdk', name: { vi: 'Xã SDK' }, kind: 'commune', level: 'commune', parentId: 'bac-ninh' }]), { read: 1, changed: 1 });
    assert.ok(Object.values((await admin.admin.loadCatalog()).changed).every((n) => n === 0), 'the default catalog is loaded already');

    const asked = new Set<OperationId>();
    for (const { method, url, status } of requests) {
      const found = findOperation(method, url.pathname);
      assert.ok(found, `${method} ${url.pathname} is an operation of the contract`);
      asked.add(found.id);
      assert.equal(status, found.operation.status ?? 200, `${method} ${url.pathname}${url.search}`);
      const declared = Object.keys(found.operation.query?.shape ?? {});
      for (const name of url.searchParams.keys()) assert.ok(declared.includes(name), `${found.id} declares ?${name}`);
    }
    const expected = (Object.keys(operations) as OperationId[]).filter((id) => !notInSdk.includes(id));
    assert.deepEqual([...asked].sort(), expected.sort(), 'the SDK reaches every operation but the excluded ones');
  });
});
