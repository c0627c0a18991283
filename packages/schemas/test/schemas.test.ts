import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  Campaign,
  Catalog,
  Indicator,
  Measurement,
  OrganisationUnit,
  validate,
} from '../src/index.js';
import { bacNinh2026 } from '../src/catalogs/bac-ninh-2026.js';
import { buildOpenApiDocument } from '../src/openapi.js';

const indicator = {
  id: 'x2026-09',
  campaignId: 'x2026',
  code: '9',
  order: 9,
  domainId: 'public-services',
  title: { vi: 'Hồ sơ thủ tục hành chính xử lý trực tuyến' },
  unit: 'percent',
  targets: [
    { id: 't1', value: 90, comparator: 'gte', deadline: '2026-10-10', level: 'province', sourceDocumentId: 'plan' },
  ],
};

describe('the seeded 2026 catalog', () => {
  it('parses, with all 19 indicators titled in Vietnamese and English', () => {
    const result = validate(Catalog, bacNinh2026);
    assert.equal(result.success, true, JSON.stringify(!result.success && result.issues));
    const plan = bacNinh2026.indicators.filter((i) => i.campaignId === 'bn2026');
    assert.equal(plan.length, 19);
    for (const i of plan) {
      assert.ok(i.title.vi.length > 0 && i.title.en && i.title.en.length > 0, i.id);
      assert.ok(i.targets.some((t) => t.deadline === '2026-10-10' && t.sourceSection === `III.${i.code}`), i.id);
    }
  });

  it('keeps the plan’s comparators exact: "trên 90%" is strictly greater, "≥ 0,75" at least', () => {
    const byCode = new Map(bacNinh2026.indicators.filter((i) => i.campaignId === 'bn2026').map((i) => [i.code, i]));
    assert.equal(byCode.get('4')?.targets[0]?.comparator, 'gt');
    assert.equal(byCode.get('9')?.targets[0]?.comparator, 'gte');
    assert.deepEqual(
      { unit: byCode.get('19')?.unit, value: byCode.get('19')?.targets[0]?.value },
      { unit: 'index', value: 0.75 },
    );
  });

  it('marks every invented measurement as demo data; the rest are published figures with their source', () => {
    const demo = bacNinh2026.measurements.filter((m) => m.demo);
    assert.ok(demo.length > 100);
    assert.ok(demo.every((m) => /demo/i.test(m.source) && m.id.startsWith('demo-')));
    const published = bacNinh2026.measurements.filter((m) => !m.demo);
    assert.deepEqual(published.map((m) => [m.indicatorId, m.value]), [
      ['bn2030-xep-hang-dti', 3],
      ['bn2030-xep-hang-dti', 4],
      ['bn2030-xep-hang-dti', 7],
      ['bn2030-kinh-te-so', 56.83],
    ]);
  });

  it('carries the 2023, 2025 and 2030 targets per level with their source documents', () => {
    const byId = new Map(bacNinh2026.indicators.map((i) => [i.id, i]));
    const dossiers = byId.get('bn2026-09')!.targets.map((t) => [t.deadline.slice(0, 4), t.level, t.comparator, t.value, t.sourceDocumentId]);
    assert.deepEqual(dossiers, [
      ['2026', 'province', 'gte', 90, 'bn-kh-thi-dua-cds-2026'],
      ['2023', 'province', 'gte', 50, 'bn-qd-08-2023'],
      ['2025', 'province', 'gte', 95, 'bn-thi-dua-cds-2024-2025'],
      ['2025', 'district', 'gte', 90, 'bn-thi-dua-cds-2024-2025'],
      ['2025', 'commune', 'gte', 85, 'bn-thi-dua-cds-2024-2025'],
    ]);
    const workDossiers = byId.get('bn2026-14')!.targets.filter((t) => t.deadline.startsWith('2030'));
    assert.deepEqual(workDossiers.map((t) => [t.level, t.value]), [['province', 100], ['district', 90], ['commune', 90]]);
    // "Top 10" is a rank of at most 10; "trên 80%" is strictly greater.
    const rank = byId.get('bn2030-xep-hang-dti')!;
    assert.equal(rank.unit, 'rank');
    assert.deepEqual(rank.targets.map((t) => [t.comparator, t.value]), [['lte', 10], ['lte', 10]]);
    assert.deepEqual(byId.get('bn2030-tai-khoan-tt')!.targets.map((t) => [t.comparator, t.value]), [['gt', 50], ['gt', 80]]);
    assert.equal(byId.get('bn2030-kinh-te-so')!.unit, 'grdpShare');
    assert.equal(byId.get('bn2030-nang-suat')!.unit, 'growthRate');
    const documents = new Set(bacNinh2026.sourceDocuments.map((d) => d.id));
    assert.ok(bacNinh2026.indicators.every((i) => i.targets.every((t) => documents.has(t.sourceDocumentId))));
  });

  it('rejects a catalog whose references dangle, naming the field', () => {
    const broken = structuredClone(bacNinh2026);
    broken.indicators[3]!.domainId = 'no-such-domain';
    broken.measurements[0]!.unitId = 'nowhere';
    const result = validate(Catalog, broken);
    assert.equal(result.success, false);
    const paths = !result.success ? result.issues.map((i) => i.path.join('.')) : [];
    assert.ok(paths.includes('indicators.3.domainId'), paths.join());
    assert.ok(paths.includes('measurements.0.unitId'), paths.join());
  });
});

describe('Indicator', () => {
  it('accepts a valid indicator', () => {
    assert.equal(validate(Indicator, indicator).success, true);
  });

  it('reports each invalid field with its path, in Vietnamese by default and English on request', () => {
    const bad = {
      ...indicator,
      id: 'Chỉ tiêu 9',
      unit: 'percentage',
      targets: [{ ...indicator.targets[0], comparator: '>=', deadline: '10/10/2026' }],
    };
    const vi = validate(Indicator, bad);
    assert.equal(vi.success, false);
    if (vi.success) return;
    const byPath = new Map(vi.issues.map((i) => [i.path.join('.'), i.message]));
    assert.deepEqual([...byPath.keys()].sort(), ['id', 'targets.0.comparator', 'targets.0.deadline', 'unit']);
    assert.match(byPath.get('id')!, /Mã không hợp lệ/);
    assert.match(byPath.get('unit')!, /không hợp lệ/);

    const en = validate(Indicator, bad, 'en');
    assert.equal(en.success, false);
    if (!en.success) assert.match(en.issues.find((i) => i.path[0] === 'id')!.message, /Invalid identifier/);
  });

  it('needs at least one target, and an index target within 0–1', () => {
    assert.equal(validate(Indicator, { ...indicator, targets: [] }).success, false);
    const r = validate(Indicator, { ...indicator, unit: 'index', targets: [{ ...indicator.targets[0], value: 75 }] });
    assert.equal(r.success, false);
    if (!r.success) assert.deepEqual(r.issues[0]?.path, ['targets']);
  });
});

describe('Campaign, OrganisationUnit, Measurement', () => {
  it('rejects a campaign that ends before it starts', () => {
    const campaign = { ...bacNinh2026.campaigns[0]!, startsOn: '2027-01-01' };
    const r = validate(Campaign, campaign);
    assert.equal(r.success, false);
    if (!r.success) assert.deepEqual(r.issues.map((i) => i.path.join('.')), ['endsOn']);
  });

  it('rejects an impossible date and an unknown unit kind', () => {
    assert.equal(validate(Campaign, { ...bacNinh2026.campaigns[0]!, endsOn: '2026-02-30' }).success, false);
    assert.equal(validate(OrganisationUnit, { id: 'x', name: { vi: 'X' }, kind: 'village', level: 'commune' }).success, false);
  });

  it('rejects a non-finite measurement value and an empty source', () => {
    const m = { id: 'm1', indicatorId: 'a', unitId: 'b', value: 1, measuredOn: '2026-01-01', source: 'báo cáo', recordedAt: '2026-01-02T00:00:00.000Z', demo: false };
    assert.equal(validate(Measurement, m).success, true);
    assert.equal(validate(Measurement, { ...m, value: Number.POSITIVE_INFINITY }).success, false);
    assert.equal(validate(Measurement, { ...m, source: '   ' }).success, false);
  });
});

describe('the OpenAPI document', () => {
  it('describes both indicator routes with component references that resolve', () => {
    const doc = buildOpenApiDocument();
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/v1/campaigns/{campaignId}/indicators']?.get);
    assert.ok(doc.paths['/v1/indicators/{indicatorId}']?.get);
    const text = JSON.stringify(doc);
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([A-Za-z]+)"/g)) {
      assert.ok(name! in doc.components.schemas, `unresolved $ref ${name}`);
    }
    assert.ok(!/"\$id"/.test(text), 'no $id left in components');
    const target = doc.components.schemas.Target as { properties: Record<string, { enum?: string[] }> };
    assert.deepEqual(target.properties.comparator?.enum, ['gte', 'gt', 'lte', 'lt', 'eq']);
  });
});
