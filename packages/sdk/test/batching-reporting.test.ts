import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { issueToken } from '@thidua/server';
import { createClient, ThiduaApiError } from '../src/index.js';
import { countingFetch, useApi, useLossyGateway } from './support.js';

let token: string;
const api = useApi(async () => {
  token = (await issueToken(api.db, { name: 'UBND phường Từ Sơn', role: 'reporter', unitIds: ['phuong-tu-son'] })).token;
});

const ids = Array.from({ length: 19 }, (_, i) => `bn2026-${String(i + 1).padStart(2, '0')}`);

describe('batching', () => {
  it('makes one request for 19 cards asking in the same task', async () => {
    const counter = countingFetch();
    const client = createClient({ baseUrl: api.url, fetch: counter.fetch });
    const details = await Promise.all(ids.map((id) => client.indicators.get(id)));
    assert.equal(counter.urls.length, 1, counter.urls.join('\n'));
    assert.match(counter.urls[0]!, /\/v1\/indicators\?ids=bn2026-01%2Cbn2026-02/);
    assert.deepEqual(details.map((d) => d.indicator.id), ids);
    assert.equal(details[8]?.indicator.latestMeasurement?.value, 62);
    // Each card gets the documents its own targets cite, not the whole batch's.
    assert.deepEqual(details[8]?.sourceDocuments.map((d) => d.id).sort(), ['bn-kh-thi-dua-cds-2026', 'bn-qd-08-2023', 'bn-thi-dua-cds-2024-2025']);
    assert.deepEqual(details[0]?.sourceDocuments.map((d) => d.id), ['bn-kh-thi-dua-cds-2026']);
  });

  it('keeps units apart and uses the plain route for a lone request', async () => {
    const counter = countingFetch();
    const client = createClient({ baseUrl: api.url, fetch: counter.fetch });
    const [a, b] = await Promise.all([client.indicators.get('bn2026-09'), client.indicators.get('bn2026-09', { unit: 'so-y-te' })]);
    assert.equal(counter.urls.length, 2);
    assert.ok(counter.urls.some((u) => u.endsWith('/v1/indicators/bn2026-09')));
    assert.ok(counter.urls.some((u) => u.endsWith('/v1/indicators/bn2026-09?unit=so-y-te')));
    assert.equal(a.unit.id, 'bac-ninh');
    assert.equal(b.unit.id, 'so-y-te');
  });

  it('fails only the card whose indicator does not exist', async () => {
    const client = createClient({ baseUrl: api.url });
    const [ok, missing] = await Promise.allSettled([client.indicators.get('bn2026-01'), client.indicators.get('khong-co')]);
    assert.equal(ok.status, 'fulfilled');
    assert.equal(missing.status, 'rejected');
    const error = (missing as PromiseRejectedResult).reason;
    assert.ok(error instanceof ThiduaApiError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'not_found');
  });

  it('can be turned off', async () => {
    const counter = countingFetch();
    const client = createClient({ baseUrl: api.url, fetch: counter.fetch, batch: false });
    await Promise.all(ids.slice(0, 3).map((id) => client.indicators.get(id)));
    assert.equal(counter.urls.length, 3);
  });
});

describe('reading the rest of the API', () => {
  it('lists campaigns, units and a campaign’s progress, judged on a given date', async () => {
    const client = createClient({ baseUrl: api.url });
    assert.ok((await client.campaigns.list()).items.some((c) => c.id === 'bn2026'));
    assert.equal((await client.campaigns.get('bn2026')).ownerUnitId, 'bac-ninh');
    const communes = await client.units.list({ level: 'commune' });
    assert.ok(communes.items.some((u) => u.id === 'phuong-tu-son'));
    assert.equal((await client.units.get('so-y-te')).kind, 'department');
    const progress = await client.campaigns.progress('bn2026', { asOf: '2026-07-01' });
    assert.equal(progress.asOf, '2026-07-01');
    assert.equal(Object.values(progress.counts).reduce((a, b) => a + b), 19);
  });
});

describe('reporting', () => {
  it('reports a figure with the token, and it shows in the history', async () => {
    const client = createClient({ baseUrl: api.url, token: () => token });
    const { measurement } = await client.measurements.report({
      indicatorId: 'bn2026-09',
      unitId: 'phuong-tu-son',
      value: 64.2,
      measuredOn: '2026-06-30',
      source: 'Báo cáo 6 tháng',
    });
    assert.equal(measurement.value, 64.2);
    const history = await client.indicators.history('bn2026-09', { unit: 'phuong-tu-son' });
    assert.deepEqual(history.items.map((m) => m.id), [measurement.id]);
  });

  it('says which field is wrong', async () => {
    const client = createClient({ baseUrl: api.url, token, locale: 'en' });
    const error = await client.measurements
      .report({ indicatorId: 'bn2026-19', unitId: 'phuong-tu-son', value: 75, measuredOn: '2026-06-30', source: 'x' })
      .catch((e: unknown) => e);
    assert.ok(error instanceof ThiduaApiError);
    assert.equal(error.status, 400);
    assert.deepEqual(error.issues[0]?.path, ['body', 'value']);
    assert.match(error.issues[0]!.message, /between 0 and 1/);
  });

  describe('through a gateway that fails once after recording', () => {
    let failNextResponse = true;
    // The first answer is lost on the way back, after the API recorded the figure.
    const gateway = useLossyGateway(api, () => {
      const lose = failNextResponse;
      failNextResponse = false;
      return lose;
    });

    it('records the figure once: the retry carries the same Idempotency-Key', async () => {
      const count = async () =>
        (await api.db.query<{ n: number }>("SELECT count(*)::int AS n FROM measurements WHERE unit_id = 'phuong-tu-son' AND indicator_id = 'bn2026-10'")).rows[0]!.n;
      const before = await count();
      const client = createClient({ baseUrl: gateway.url, token, retry: 2 });
      const { measurement } = await client.measurements.report({
        indicatorId: 'bn2026-10',
        unitId: 'phuong-tu-son',
        value: 55,
        measuredOn: '2026-06-30',
        source: 'Báo cáo 6 tháng',
      });
      assert.equal(failNextResponse, false, 'the first answer was lost');
      assert.equal(await count(), before + 1);
      const { rows } = await api.db.query<{ id: string }>("SELECT id FROM measurements WHERE unit_id = 'phuong-tu-son' AND indicator_id = 'bn2026-10'");
      assert.deepEqual(rows.map((r) => r.id), [measurement.id]);
    });
  });
});
