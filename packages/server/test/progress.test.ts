import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  CampaignList,
  CampaignProgress,
  IndicatorBatch,
  IndicatorDetail,
  IndicatorUnitsProgress,
  UnitList,
  validate,
} from '@thidua/schemas';
import { CatalogInvalidError, importUnits, parseUnitsCsv } from '../src/index.js';
import { useTestServer } from './support.js';

const server = useTestServer(async () => {
  // A history for Phường Từ Sơn on online dossiers (target ≥ 90 % by 10/10/2026).
  const insert = `INSERT INTO measurements (id, indicator_id, unit_id, value, measured_on, source) VALUES ($1, 'bn2026-09', 'phuong-tu-son', $2, $3, 'Báo cáo')`;
  for (const [id, value, date] of [['ts-1', 40, '2025-06-30'], ['ts-2', 55, '2025-12-31'], ['ts-3', 70, '2026-06-30']] as const) {
    await server.db.query(insert, [id, value, date]);
  }
});

async function getJson(path: string) {
  const res = await fetch(`${server.url}${path}`);
  assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
  return res.json();
}

describe('progress in responses', () => {
  it('carries a unit’s history oldest first and judges it against the straight path', async () => {
    const parsed = validate(IndicatorDetail, await getJson('/v1/indicators/bn2026-09?unit=phuong-tu-son&asOf=2026-07-01'));
    assert.ok(parsed.success);
    const { indicator, asOf } = parsed.data;
    assert.equal(asOf, '2026-07-01');
    assert.deepEqual(indicator.history.map((m) => m.value), [40, 55, 70]);
    // Baseline 40 on 30/06/2025 (the first figure); 30 of 50 points by 30/06/2026 = 0.6,
    // against 365 of 467 days (0.78) of the way: more than ten points behind.
    assert.equal(indicator.assessment?.status, 'offTrack');
    assert.ok(Math.abs(indicator.assessment!.progress! - 0.6) < 1e-9);
    assert.equal(indicator.assessment?.daysLeft, 101);
  });

  it('leaves out figures dated after the date asked', async () => {
    const { indicator } = (await getJson('/v1/indicators/bn2026-09?unit=phuong-tu-son&asOf=2026-01-01')) as IndicatorDetail;
    assert.deepEqual(indicator.history.map((m) => m.value), [40, 55]);
    assert.equal(indicator.latestMeasurement?.value, 55);
    const units = (await getJson('/v1/indicators/bn2026-09/progress?level=commune&asOf=2025-07-01')) as IndicatorUnitsProgress;
    assert.equal(units.items.find((i) => i.unit.id === 'phuong-tu-son')?.latestMeasurement?.value, 40);
  });

  it('says no data for a unit that never reported', async () => {
    const { indicator } = (await getJson('/v1/indicators/bn2026-09?unit=xa-van-mon&asOf=2026-07-01')) as IndicatorDetail;
    assert.deepEqual(indicator.history, []);
    assert.equal(indicator.assessment?.status, 'noData');
  });

  it('batches several indicators in one request, in the order asked, naming the missing', async () => {
    const parsed = validate(IndicatorBatch, await getJson('/v1/indicators?ids=bn2026-19,bn2026-09,khong-co,bn2026-09'));
    assert.ok(parsed.success);
    assert.deepEqual(parsed.data.items.map((i) => i.id), ['bn2026-19', 'bn2026-09']);
    assert.deepEqual(parsed.data.missing, ['khong-co']);
    assert.equal(parsed.data.unit.id, 'bac-ninh');
    const bad = await fetch(`${server.url}/v1/indicators?ids=BN,x`);
    assert.equal(bad.status, 400);
    assert.deepEqual(((await bad.json()) as { error: { issues: { path: string[] }[] } }).error.issues[0]?.path, ['query', 'ids']);
  });

  it('summarises a unit’s campaign progress with counts per status', async () => {
    const parsed = validate(CampaignProgress, await getJson('/v1/campaigns/bn2026/progress?unit=phuong-tu-son&asOf=2026-07-01'));
    assert.ok(parsed.success);
    const { counts, items } = parsed.data;
    // The 14 of the 19 indicators a ward reports (see the indicators' levels).
    assert.equal(items.length, 14);
    assert.equal(counts.noData, 13);
    assert.equal(counts.offTrack, 1);
    assert.equal(Object.values(counts).reduce((a, b) => a + b), 14);
  });

  it('shows every commune and ward on one indicator', async () => {
    const parsed = validate(IndicatorUnitsProgress, await getJson('/v1/indicators/bn2026-09/progress?level=commune&asOf=2026-07-01'));
    assert.ok(parsed.success);
    const tuSon = parsed.data.items.find((i) => i.unit.id === 'phuong-tu-son');
    assert.equal(tuSon?.latestMeasurement?.value, 70);
    assert.ok(parsed.data.items.every((i) => i.unit.level === 'commune'));
    // Four demo communes and wards have figures too; the rest have none.
    const reported = parsed.data.items.filter((i) => i.latestMeasurement !== null).map((i) => i.unit.id).sort();
    assert.deepEqual(reported, ['phuong-bac-giang', 'phuong-kinh-bac', 'phuong-tu-son', 'xa-gia-binh', 'xa-tien-du']);
    assert.equal(parsed.data.counts.noData, parsed.data.items.length - 5);
  });
});

describe('campaigns and units', () => {
  it('lists campaigns', async () => {
    const parsed = validate(CampaignList, await getJson('/v1/campaigns'));
    assert.ok(parsed.success);
    assert.ok(parsed.data.items.some((c) => c.id === 'bn2026'));
    assert.equal(((await getJson('/v1/campaigns/bn2026')) as { ownerUnitId: string }).ownerUnitId, 'bac-ninh');
  });

  it('lists units by level and kind in Vietnamese order', async () => {
    const parsed = validate(UnitList, await getJson('/v1/units?level=commune'));
    assert.ok(parsed.success);
    const names = parsed.data.items.map((u) => u.name.vi);
    assert.ok(names.includes('Phường Từ Sơn'));
    assert.deepEqual(names, [...names].sort(new Intl.Collator('vi').compare));
    const departments = (await getJson('/v1/units?kind=department')) as UnitList;
    assert.ok(departments.items.every((u) => u.kind === 'department'));
    const bad = await fetch(`${server.url}/v1/units?level=village`);
    assert.equal(bad.status, 400);
    assert.equal((await fetch(`${server.url}/v1/units/khong-co`)).status, 404);
  });
});

describe('loading a province’s units from a file', () => {
  it('reads a semicolon CSV with a BOM and quoted fields, and imports it idempotently', async () => {
    const csv = '\uFEFFid;name_vi;name_en;kind;level;parent_id\r\nxa-thu-nghiem;"Xã Thử; Nghiệm";Test Commune;commune;commune;bac-ninh\r\nthon-mot;Thôn Một;;communityTeam;commune;xa-thu-nghiem\r\n';
    const units = parseUnitsCsv(csv);
    assert.deepEqual(units[0], { id: 'xa-thu-nghiem', name: { vi: 'Xã Thử; Nghiệm', en: 'Test Commune' }, kind: 'commune', level: 'commune', parentId: 'bac-ninh' });
    assert.deepEqual(await importUnits(server.db, units), { read: 2, changed: 2 });
    assert.deepEqual(await importUnits(server.db, units), { read: 2, changed: 0 });
  });

  it('names the row and field of each mistake and imports none of the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-csv-'));
    try {
      const file = join(dir, 'units.csv');
      await writeFile(file, 'id,name_vi,kind,level,parent_id\nxa-a,Xã A,commune,commune,bac-ninh\nXa B,Xã B,village,commune,khong-co\n');
      const { readFile } = await import('node:fs/promises');
      const units = parseUnitsCsv(await readFile(file, 'utf8'));
      await assert.rejects(importUnits(server.db, units), (e: unknown) => {
        assert.ok(e instanceof CatalogInvalidError);
        assert.deepEqual(e.issues.map((i) => i.path.join('.')).sort(), ['units.1.id', 'units.1.kind']);
        return true;
      });
      assert.equal((await server.db.query("SELECT 1 FROM organisation_units WHERE id = 'xa-a'")).rows.length, 0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
