import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiErrorBody, Ranking, validate } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { buildOpenApiDocument } from '@thidua/schemas/openapi';
import { seedCatalog } from '../src/index.js';
import { getter, useTestServer } from './support.js';

const server = useTestServer();
const get = getter(server);

async function ranking(query: string): Promise<Ranking> {
  const res = await get(`/v1/campaigns/bn2026/rankings?${query}`);
  assert.equal(res.status, 200, await res.clone().text());
  const parsed = validate(Ranking, await res.json());
  assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.issues));
  return parsed.data;
}

async function expectError(res: Response, status: number) {
  assert.equal(res.status, status);
  const body = validate(ApiErrorBody, await res.json());
  assert.ok(body.success);
  return body.data.error;
}

const catalogScore = (unitId: string, period: string) =>
  bacNinh2026.scores!.find((s) => s.unitId === unitId && s.period === period)!;

describe(`rankings (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('ranks the departments by DTI for the latest year, with shared ranks, skipped places and last year’s ranks', async () => {
    const r = await ranking('metric=dti&group=departments');
    assert.equal(r.period, '2025');
    assert.equal(r.previousPeriod, '2024');
    assert.deepEqual(r.periods, ['2025', '2024']);
    assert.equal(r.metric.kind, 'index');
    assert.equal(r.metric.title.vi, 'Chỉ số chuyển đổi số (DTI)');
    assert.equal(r.metric.subIndices.length, 8);
    assert.equal(r.entries.length, 13);
    assert.ok(r.entries.every((e) => e.unit.kind === 'department' && e.demo));
    // The seeded tie: Sở Tài chính and Sở Tư pháp share 6th; nobody is 7th.
    assert.deepEqual(r.entries.map((e) => e.rank), [1, 2, 3, 4, 5, 6, 6, 8, 9, 10, 11, 12, 13]);
    const tied = r.entries.filter((e) => e.rank === 6);
    assert.deepEqual(tied.map((e) => e.unit.name.vi), ['Sở Tài chính', 'Sở Tư pháp']);
    assert.ok(tied.every((e) => e.tied));
    const own = r.entries.find((e) => e.unit.id === 'so-khoa-hoc-cong-nghe')!;
    assert.equal(own.value, catalogScore('so-khoa-hoc-cong-nghe', '2025').value);
    assert.deepEqual(own.subScores, catalogScore('so-khoa-hoc-cong-nghe', '2025').subScores);
    assert.deepEqual(own.previous, { rank: 6, value: catalogScore('so-khoa-hoc-cong-nghe', '2024').value });
    assert.equal(own.rank, 2);
    // Bands come from the stored thresholds.
    for (const e of r.entries) {
      const band = r.metric.bands.filter((b) => e.value >= b.min).sort((a, b) => b.min - a.min)[0];
      assert.equal(e.band, band?.id ?? null, e.unit.id);
    }
  });

  it('ranks communes and wards within their own group, and every unit but the province under "all"', async () => {
    const communes = await ranking('metric=dti&group=communes&period=2025');
    assert.equal(communes.entries.length, 18);
    assert.ok(communes.entries.every((e) => e.unit.kind === 'commune' || e.unit.kind === 'ward'));
    const tie = communes.entries.filter((e) => e.tied);
    assert.deepEqual(tie.map((e) => [e.rank, e.unit.id]), [[15, 'phuong-vo-cuong'], [15, 'xa-tien-du']]);
    assert.equal(communes.entries[16]!.rank, 17);
    // Previous ranks are places within the group too.
    assert.ok(communes.entries.every((e) => e.previous && e.previous.rank <= 18));

    const all = await ranking('metric=dti');
    assert.equal(all.group, 'all');
    assert.equal(all.entries.length, 31);
    assert.ok(!all.entries.some((e) => e.unit.kind === 'province'));
  });

  it('has no previous ranks for the first year, and an empty ranking for a year without scores', async () => {
    const first = await ranking('metric=dti&group=departments&period=2024');
    assert.equal(first.previousPeriod, '2023');
    assert.ok(first.entries.every((e) => e.previous === null));
    // Sở Y tế and Sở Xây dựng tied in 2024.
    assert.deepEqual(first.entries.filter((e) => e.tied).map((e) => e.unit.id).sort(), ['so-xay-dung', 'so-y-te']);
    const none = await ranking('metric=dti&period=2019');
    assert.deepEqual(none.entries, []);
    assert.deepEqual(none.periods, ['2025', '2024']);
  });

  /** An indicator of the campaign with a target, and no seeded figures: the test's own. */
  async function testIndicator(id: string, comparator: string, target: number, unit = 'percent') {
    await server.db.query(
      `INSERT INTO indicators (id, campaign_id, code, sort_order, domain_id, title, unit)
       VALUES ($1, 'bn2026', $1, 90, 'public-services', '{"vi":"Chỉ tiêu thử nghiệm"}', $2)`,
      [id, unit],
    );
    await server.db.query(
      `INSERT INTO targets (id, indicator_id, value, comparator, deadline, level, source_document_id)
       VALUES ($1 || '-t', $1, $2, $3, '2026-10-10', 'province', 'bn-kh-thi-dua-cds-2026')`,
      [id, target, comparator],
    );
  }

  it('ranks by an indicator on each unit’s latest figure within the year', async () => {
    await testIndicator('bn2026-thu-nghiem', 'gte', 90);
    const insert = `INSERT INTO measurements (id, indicator_id, unit_id, value, measured_on, source, recorded_at)
                    VALUES ($1, 'bn2026-thu-nghiem', $2, $3, $4, 'Báo cáo', $5)`;
    const rows: [string, string, number, string][] = [
      ['r-1', 'phuong-tu-son', 70, '2025-06-30'],
      ['r-2', 'phuong-tu-son', 88, '2025-12-31'], // latest of 2025 for Từ Sơn
      ['r-3', 'xa-tien-du', 88, '2025-09-30'], // ties with Từ Sơn
      ['r-4', 'phuong-kinh-bac', 91.5, '2025-03-31'],
      ['r-5', 'phuong-kinh-bac', 60, '2024-12-31'],
      ['r-6', 'phuong-tu-son', 80, '2024-12-31'],
      ['r-7', 'so-noi-vu', 95, '2025-12-31'],
      ['r-8', 'phuong-tam-son', 99, '2026-01-15'], // next year: not in 2025
    ];
    for (const [id, unit, value, date] of rows) await server.db.query(insert, [id, unit, value, date, `${date}T10:00:00Z`]);
    const r = await ranking('metric=bn2026-thu-nghiem&period=2025&group=communes');
    assert.equal(r.metric.kind, 'indicator');
    assert.equal(r.metric.unit, 'percent');
    assert.equal(r.metric.direction, 'higher');
    assert.deepEqual(r.metric.bands, []);
    assert.deepEqual(
      r.entries.map((e) => [e.rank, e.unit.id, e.value, e.previous?.rank ?? null]),
      [
        [1, 'phuong-kinh-bac', 91.5, 2],
        [2, 'phuong-tu-son', 88, 1],
        [2, 'xa-tien-du', 88, null],
      ],
    );
    assert.deepEqual(r.periods, ['2026', '2025', '2024']);
  });

  it('ranks the smallest first for an indicator whose target is "at most"', async () => {
    await testIndicator('bn2026-thoi-gian', 'lte', 3, 'count');
    const insert = `INSERT INTO measurements (id, indicator_id, unit_id, value, measured_on, source)
                    VALUES ($1, 'bn2026-thoi-gian', $2, $3, '2025-12-31', 'Báo cáo')`;
    await server.db.query(insert, ['t-1', 'so-tu-phap', 5.5]);
    await server.db.query(insert, ['t-2', 'so-y-te', 2.1]);
    await server.db.query(insert, ['t-3', 'so-xay-dung', 4]);
    const r = await ranking('metric=bn2026-thoi-gian&group=departments');
    assert.equal(r.metric.direction, 'lower');
    assert.deepEqual(r.entries.map((e) => e.unit.id), ['so-y-te', 'so-xay-dung', 'so-tu-phap']);
  });

  it('names every bad query field in one 400, in Vietnamese and in English', async () => {
    const vi = await expectError(await get('/v1/campaigns/bn2026/rankings?period=25&group=provinces'), 400);
    assert.equal(vi.code, 'validation_failed');
    const paths = vi.issues.map((i) => i.path.join('.')).sort();
    assert.deepEqual(paths, ['query.group', 'query.metric', 'query.period']);
    assert.match(vi.issues.find((i) => i.path.join('.') === 'query.period')!.message, /năm gồm 4 chữ số/);
    const en = await expectError(await get('/v1/campaigns/bn2026/rankings?metric=dti&period=2025-1', { 'Accept-Language': 'en' }), 400);
    assert.equal(en.issues[0]!.message, 'Invalid period: a four-digit year, e.g. 2025');
  });

  it('says 404 for an unknown campaign or metric, naming the field', async () => {
    const campaign = await expectError(await get('/v1/campaigns/khong-co/rankings?metric=dti'), 404);
    assert.deepEqual(campaign.issues[0]!.path, ['path', 'campaignId']);
    const metric = await expectError(await get('/v1/campaigns/bn2026/rankings?metric=khong-co', { 'Accept-Language': 'en' }), 404);
    assert.deepEqual(metric.issues[0]!.path, ['query', 'metric']);
    assert.equal(metric.message, 'The campaign has no such index or indicator to rank by');
  });

  it('is a public, cacheable read with an ETag, and read-only', async () => {
    const first = await get('/v1/campaigns/bn2026/rankings?metric=dti&group=departments');
    assert.equal(first.headers.get('access-control-allow-origin'), '*');
    assert.match(first.headers.get('cache-control') ?? '', /public, max-age=\d+/);
    const tag = first.headers.get('etag');
    assert.ok(tag);
    const again = await get('/v1/campaigns/bn2026/rankings?metric=dti&group=departments', { 'If-None-Match': tag });
    assert.equal(again.status, 304);
    const post = await fetch(`${server.url}/v1/campaigns/bn2026/rankings?metric=dti`, { method: 'POST' });
    await expectError(post, 405);
    assert.match(post.headers.get('allow') ?? '', /GET/);
  });

  it('computes from what is stored: a changed score moves the unit, and re-seeding changes nothing else', async () => {
    const edited = structuredClone(bacNinh2026);
    const score = edited.scores!.find((s) => s.unitId === 'so-giao-duc-dao-tao' && s.period === '2025')!;
    score.value = 0.95;
    const report = await seedCatalog(server.db, edited);
    assert.equal(report.changed.scores, 1);
    assert.equal(report.changed.scoreIndices, 0);
    const r = await ranking('metric=dti&group=departments');
    assert.equal(r.entries[0]!.unit.id, 'so-giao-duc-dao-tao');
    assert.equal(r.entries[0]!.band, 'excellent');
    const restored = await seedCatalog(server.db, bacNinh2026);
    assert.equal(restored.changed.scores, 1);
    const unchanged = await seedCatalog(server.db, bacNinh2026);
    assert.equal(unchanged.changed.scores + unchanged.changed.scoreIndices, 0);
  });

  it('is described in the OpenAPI document', () => {
    const doc = buildOpenApiDocument() as unknown as { paths: Record<string, { get?: { parameters: { name: string }[] } }>; components: { schemas: Record<string, unknown> } };
    const op = doc.paths['/v1/campaigns/{campaignId}/rankings']?.get;
    assert.ok(op);
    assert.deepEqual(op.parameters.map((p) => p.name).filter((n) => n !== 'Accept-Language'), ['campaignId', 'metric', 'period', 'group', 'limit', 'cursor']);
    assert.ok(doc.components.schemas.Ranking);
  });
});
