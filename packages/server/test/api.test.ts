import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiErrorBody, IndicatorDetail, IndicatorList, validate } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { CatalogInvalidError, createApp, migrate, seedCatalog } from '../src/index.js';
import { getter, useTestServer } from './support.js';

const server = useTestServer();
const get = getter(server);

async function expectError(res: Response, status: number) {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = await res.json();
  const parsed = validate(ApiErrorBody, body);
  assert.ok(parsed.success, `error body matches the contract: ${JSON.stringify(body)}`);
  return body as ApiErrorBody;
}

describe(`the indicator API (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('lists the campaign’s 19 indicators in plan order with the owner’s latest measurement', async () => {
    const res = await get('/v1/campaigns/bn2026/indicators');
    assert.equal(res.status, 200);
    const body = validate(IndicatorList, await res.json());
    assert.ok(body.success);
    const list = body.data;
    assert.equal(list.items.length, 19);
    assert.deepEqual(list.items.map((i) => i.code), bacNinh2026.indicators.filter((i) => i.campaignId === 'bn2026').map((i) => i.code));
    assert.equal(list.unit.id, 'bac-ninh');
    assert.equal(list.campaign.title.vi, 'Chuyển đổi số trên địa bàn tỉnh Bắc Ninh đến năm 2026');
    const dti = list.items.find((i) => i.code === '19')!;
    const dti2026 = dti.targets.find((t) => t.deadline === '2026-10-10')!;
    assert.deepEqual({ value: dti2026.value, comparator: dti2026.comparator }, { value: 0.75, comparator: 'gte' });
    assert.deepEqual(dti.targets.map((t) => t.deadline), ['2025-12-31', '2026-10-10'], 'targets in deadline order');
    assert.equal(dti.latestMeasurement?.value, 0.7012);
    assert.deepEqual(list.sourceDocuments.map((d) => d.id).sort(), ['bn-kh-thi-dua-cds-2026', 'bn-nq-230-de-an-cds-2024-2030', 'bn-qd-08-2023', 'bn-thi-dua-cds-2024-2025']);
  });

  it('returns one indicator with its targets, source and latest measurement', async () => {
    const res = await get('/v1/indicators/bn2026-09');
    assert.equal(res.status, 200);
    const parsed = validate(IndicatorDetail, await res.json());
    assert.ok(parsed.success);
    const { indicator, unit, sourceDocuments } = parsed.data;
    assert.equal(indicator.title.vi, 'Hồ sơ thủ tục hành chính xử lý trực tuyến');
    const target2026 = indicator.targets.find((t) => t.sourceSection === 'III.9');
    assert.deepEqual(
      { value: target2026?.value, comparator: target2026?.comparator, deadline: target2026?.deadline },
      { value: 90, comparator: 'gte', deadline: '2026-10-10' },
    );
    assert.equal(indicator.targets.length, 5, 'the 2023, 2025 (three levels) and 2026 targets');
    assert.equal(indicator.latestMeasurement?.value, 62);
    assert.equal(indicator.latestMeasurement?.demo, true);
    assert.equal(indicator.latestMeasurement?.measuredOn, '2026-06-30');
    assert.equal(unit.id, 'bac-ninh');
    assert.ok(sourceDocuments.every((d) => d.issuer === 'UBND tỉnh Bắc Ninh'));
    assert.deepEqual(sourceDocuments.map((d) => d.id).sort(), ['bn-kh-thi-dua-cds-2026', 'bn-qd-08-2023', 'bn-thi-dua-cds-2024-2025']);
  });

  it('takes the newest measurement by date, then by recording time', async () => {
    const insert = `INSERT INTO measurements (id, indicator_id, unit_id, value, measured_on, source, recorded_at)
                    VALUES ($1, 'bn2026-16', 'so-tai-chinh', $2, $3, 'Báo cáo quý', $4)`;
    await server.db.query(insert, ['t-old', 40, '2026-03-31', '2026-04-02T00:00:00Z']);
    await server.db.query(insert, ['t-new', 55, '2026-09-30', '2026-10-01T00:00:00Z']);
    await server.db.query(insert, ['t-mid', 50, '2026-06-30', '2026-10-05T00:00:00Z']);
    const res = await get('/v1/indicators/bn2026-16?unit=so-tai-chinh');
    const { indicator, unit } = (await res.json()) as IndicatorDetail;
    assert.equal(unit.name.vi, 'Sở Tài chính');
    assert.equal(indicator.latestMeasurement?.id, 't-new');
    assert.equal(indicator.latestMeasurement?.value, 55);
    assert.equal(indicator.latestMeasurement?.recordedAt, '2026-10-01T00:00:00.000Z');
  });

  it('gives null, not an error, for a unit that has reported nothing', async () => {
    const res = await get('/v1/campaigns/bn2026/indicators?unit=so-y-te');
    assert.equal(res.status, 200);
    const list = (await res.json()) as IndicatorList;
    assert.equal(list.unit.id, 'so-y-te');
    assert.ok(list.items.every((i) => i.latestMeasurement === null));
  });

  it("keeps the province's own figures off a department's board, by the catalog's applicability", async () => {
    const codes = async (unit: string) => ((await (await get(`/v1/campaigns/bn2026/indicators?unit=${unit}`)).json()) as IndicatorList).items.map((i) => i.code);
    const department = await codes('so-y-te');
    // The provincial DTI and non-cash transactions are the province's alone; its staff, services and systems are not.
    for (const code of ['16', '19']) assert.ok(!department.includes(code), `indicator ${code} on a department's board`);
    for (const code of ['2', '8', '18']) assert.ok(department.includes(code), `indicator ${code} missing from a department's board`);
    assert.ok(!department.includes('1'), 'commune staff are not a department’s');
    assert.deepEqual((await codes('bac-ninh')).length, 19, 'the province reports every one');
  });

  it('rejects a malformed id and unit with 400 and the path of each field, in Vietnamese', async () => {
    const body = await expectError(await get('/v1/indicators/Chi%20tieu%209?unit=S%E1%BB%9F'), 400);
    assert.equal(body.error.code, 'validation_failed');
    assert.deepEqual(body.error.issues.map((i) => i.path), [['path', 'indicatorId'], ['query', 'unit']]);
    assert.match(body.error.issues[0]!.message, /Mã không hợp lệ/);
    assert.ok(body.error.requestId);
  });

  it('answers in English when the client prefers it', async () => {
    const body = await expectError(await get('/v1/indicators/BAD', { 'Accept-Language': 'en-GB,en;q=0.9,vi;q=0.5' }), 400);
    assert.equal(body.error.message, 'The request is invalid');
    assert.match(body.error.issues[0]!.message, /Invalid identifier/);
  });

  it('says 404 for an unknown indicator, campaign or unit, naming the field', async () => {
    const a = await expectError(await get('/v1/indicators/no-such-indicator'), 404);
    assert.deepEqual(a.error.issues[0]?.path, ['path', 'indicatorId']);
    const b = await expectError(await get('/v1/campaigns/no-such-campaign/indicators'), 404);
    assert.deepEqual(b.error.issues[0]?.path, ['path', 'campaignId']);
    const c = await expectError(await get('/v1/indicators/bn2026-01?unit=nowhere'), 404);
    assert.deepEqual(c.error.issues[0]?.path, ['query', 'unit']);
    await expectError(await get('/v1/nothing-here'), 404);
  });

  it('says 405 with Allow for a write to a read-only route', async () => {
    const res = await fetch(`${server.url}/v1/indicators/bn2026-09`, { method: 'DELETE' });
    await expectError(res, 405);
    assert.match(res.headers.get('allow') ?? '', /GET/);
  });

  it('lets any portal read (CORS) and caches with an ETag', async () => {
    const first = await get('/v1/indicators/bn2026-01', { Origin: 'https://xa-example.gov.vn' });
    assert.equal(first.headers.get('access-control-allow-origin'), '*');
    assert.match(first.headers.get('cache-control') ?? '', /max-age=\d+/);
    const tag = first.headers.get('etag');
    assert.ok(tag);
    const again = await get('/v1/indicators/bn2026-01', { 'If-None-Match': tag });
    assert.equal(again.status, 304);
  });

  it('publishes an OpenAPI document generated from the schemas', async () => {
    const res = await get('/v1/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/v1/indicators/{indicatorId}']);
    assert.ok(doc.components.schemas.IndicatorDetail);
  });

  it('documents every route the server answers', async () => {
    const doc = (await (await get('/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const served = createApp({ db: server.db })
      .routes.filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    assert.deepEqual([...new Set(served)].sort(), documented.sort());
  });
});

describe('migrations and seeding', () => {
  it('applies nothing the second time', async () => {
    assert.deepEqual(await migrate(server.db), []);
  });

  it('changes nothing when the same catalog is loaded again', async () => {
    const count = async () =>
      (await server.db.query<{ n: number; latest: string }>(
        "SELECT count(*)::int AS n, max(recorded_at)::text AS latest FROM measurements WHERE id LIKE 'demo-%'",
      )).rows[0];
    const before = await count();
    const report = await seedCatalog(server.db, bacNinh2026);
    assert.deepEqual(Object.entries(report.changed).filter(([, n]) => n !== 0), []);
    assert.deepEqual(await count(), before);
  });

  it('updates only what changed in a catalog', async () => {
    const edited = structuredClone(bacNinh2026);
    edited.indicators[8]!.title.en = 'Dossiers processed online';
    const report = await seedCatalog(server.db, edited);
    assert.equal(report.changed.indicators, 1);
    assert.equal(report.changed.targets + report.changed.units + report.changed.measurements, 0);
    await seedCatalog(server.db, bacNinh2026);
  });

  it('skips a catalog at start when it is the one last loaded, and loads a changed one', async () => {
    // The test server was started with the default catalog, as the demo is.
    const again = await seedCatalog(server.db, bacNinh2026, { onlyIfChanged: true });
    assert.equal(again.skipped, true);
    const edited = structuredClone(bacNinh2026);
    edited.indicators[8]!.title.en = 'Dossiers handled online';
    const changed = await seedCatalog(server.db, edited, { onlyIfChanged: true });
    assert.equal(changed.skipped, undefined);
    assert.equal(changed.changed.indicators, 1);
    const back = await seedCatalog(server.db, bacNinh2026, { onlyIfChanged: true });
    assert.equal(back.changed.indicators, 1, 'the default again is a change too');
    assert.equal((await seedCatalog(server.db, bacNinh2026, { onlyIfChanged: true })).skipped, true);
  });

  it('refuses an invalid catalog with field paths and writes none of it', async () => {
    const broken = structuredClone(bacNinh2026);
    broken.units.push({ id: 'xa-moi', name: { vi: 'Xã Mới' }, kind: 'commune', level: 'commune' });
    broken.indicators[0]!.targets[0]!.comparator = '>=' as never;
    await assert.rejects(seedCatalog(server.db, broken), (error: unknown) => {
      assert.ok(error instanceof CatalogInvalidError);
      assert.deepEqual(error.issues.map((i) => i.path.join('.')), ['indicators.0.targets.0.comparator']);
      return true;
    });
    const { rows } = await server.db.query("SELECT 1 FROM organisation_units WHERE id = 'xa-moi'");
    assert.equal(rows.length, 0);
  });
});
