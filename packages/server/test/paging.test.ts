import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ApiErrorBody,
  IndicatorUnitsProgress,
  PAGE_SIZES,
  Ranking,
  UnitList,
  countStatuses,
  rankGroup,
  validate,
  type OrganisationUnit,
  type RankingGroup,
  type UnitScore,
} from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { importUnits } from '../src/index.js';
import { getter, useTestServer } from './support.js';

// 150 community teams under one ward, so the unit lists run past a default page.
const TEAMS: OrganisationUnit[] = Array.from({ length: 150 }, (_, i) => ({
  id: `to-cns-kinh-bac-${String(i + 1).padStart(3, '0')}`,
  name: { vi: `Tổ công nghệ số cộng đồng ${['Thôn', 'Ấp', 'Bản', 'Đội'][i % 4]} ${i + 1}` },
  kind: 'communityTeam',
  level: 'commune',
  parentId: 'phuong-kinh-bac',
}));

const server = useTestServer(async (s) => {
  await importUnits(s.db, TEAMS);
});
const get = getter(server);

async function read<T>(schema: Parameters<typeof validate>[0], path: string): Promise<T> {
  const res = await get(path);
  assert.equal(res.status, 200, await res.clone().text());
  const parsed = validate(schema, await res.json());
  assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.issues));
  return parsed.data as T;
}

/** Every page of a list, following `next`; the number of requests made. */
async function walk<T extends { next: string | null }>(schema: Parameters<typeof validate>[0], path: string): Promise<T[]> {
  const pages: T[] = [];
  let cursor: string | null = null;
  do {
    const page: T = await read<T>(schema, `${path}${cursor ? `&cursor=${cursor}` : ''}`);
    pages.push(page);
    cursor = page.next;
    assert.ok(pages.length < 500, 'the walk ends');
  } while (cursor);
  return pages;
}

async function expectError(path: string, status: number, headers: Record<string, string> = {}) {
  const res = await get(path, headers);
  assert.equal(res.status, status);
  const body = validate(ApiErrorBody, await res.json());
  assert.ok(body.success);
  return body.data.error;
}

const unitsById = new Map(bacNinh2026.units.map((u) => [u.id, u]));
function scoresOf(period: string): UnitScore[] {
  return bacNinh2026.scores!
    .filter((s) => s.period === period)
    .map((s) => {
      const u = unitsById.get(s.unitId)!;
      return { unit: { id: u.id, name: u.name, kind: u.kind }, value: s.value, subScores: s.subScores, demo: s.demo };
    });
}

describe(`paged lists (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('ranks in the database exactly as rankGroup does, for every group and year', async () => {
    const metric = (await read<Ranking>(Ranking, '/v1/campaigns/bn2026/rankings?metric=dti&group=departments')).metric;
    for (const group of ['all', 'departments', 'communes'] as RankingGroup[]) {
      for (const period of ['2025', '2024']) {
        const r = await read<Ranking>(Ranking, `/v1/campaigns/bn2026/rankings?metric=dti&group=${group}&period=${period}&limit=1000`);
        const expected = rankGroup(scoresOf(period), scoresOf(String(Number(period) - 1)), group, { direction: 'higher', bands: metric.bands });
        assert.deepEqual(r.entries, expected, `${group} ${period}`);
        assert.equal(r.next, null);
      }
    }
  });

  it('pages a ranking with a cursor: the pages put together are the whole ranking, ranks are places in the group', async () => {
    const whole = await read<Ranking>(Ranking, '/v1/campaigns/bn2026/rankings?metric=dti&limit=1000');
    assert.equal(whole.entries.length, 31);
    // 4 a page: the tie at 6th among the departments falls across pages somewhere in the walk of every size tried.
    for (const limit of [1, 4, 5, 7]) {
      const pages = await walk<Ranking>(Ranking, `/v1/campaigns/bn2026/rankings?metric=dti&limit=${limit}`);
      assert.equal(pages.length, Math.ceil(31 / limit));
      assert.ok(pages.slice(0, -1).every((p) => p.entries.length === limit && p.next));
      assert.equal(pages.at(-1)!.next, null);
      assert.deepEqual(pages.flatMap((p) => p.entries), whole.entries, `limit ${limit}`);
      assert.ok(pages.every((p) => p.period === '2025' && p.periods.join() === '2025,2024'));
    }
    const first = await read<Ranking>(Ranking, '/v1/campaigns/bn2026/rankings?metric=dti');
    assert.equal(first.entries.length, Math.min(31, PAGE_SIZES.rankings.default));
  });

  it('keeps a walk in the year of its first page, and refuses a cursor for another year', async () => {
    const first = await read<Ranking>(Ranking, '/v1/campaigns/bn2026/rankings?metric=dti&group=departments&period=2024&limit=5');
    assert.ok(first.next);
    const second = await read<Ranking>(Ranking, `/v1/campaigns/bn2026/rankings?metric=dti&group=departments&limit=5&cursor=${first.next}`);
    assert.equal(second.period, '2024');
    assert.equal(second.entries[0]!.rank, 6);
    const mismatch = await expectError(`/v1/campaigns/bn2026/rankings?metric=dti&group=departments&period=2025&cursor=${first.next}`, 400);
    assert.deepEqual(mismatch.issues.map((i) => i.path.join('.')), ['query.cursor']);
  });

  it('pages a ranking by an indicator whose target is exact, with a tie on both sides of the target across a page', async () => {
    await server.db.query(
      `INSERT INTO indicators (id, campaign_id, code, sort_order, domain_id, title, unit)
       VALUES ('bn2026-dung-muc', 'bn2026', 'x', 91, 'public-services', '{"vi":"Chỉ tiêu đúng mức"}', 'count')`,
    );
    await server.db.query(
      `INSERT INTO targets (id, indicator_id, value, comparator, deadline, level, source_document_id)
       VALUES ('bn2026-dung-muc-t', 'bn2026-dung-muc', 10, 'eq', '2026-10-10', 'province', 'bn-kh-thi-dua-cds-2026')`,
    );
    const values: [string, number][] = [['so-noi-vu', 10], ['so-y-te', 8], ['so-tu-phap', 12], ['so-xay-dung', 15], ['so-tai-chinh', 7.5]];
    for (const [unit, value] of values) {
      await server.db.query(
        `INSERT INTO measurements (id, indicator_id, unit_id, value, measured_on, source) VALUES ($1, 'bn2026-dung-muc', $2, $3, '2025-06-30', 'Báo cáo')`,
        [`dm-${unit}`, unit, value],
      );
    }
    const whole = await read<Ranking>(Ranking, '/v1/campaigns/bn2026/rankings?metric=bn2026-dung-muc&group=departments');
    assert.equal(whole.metric.direction, 'closest');
    assert.deepEqual(
      whole.entries.map((e) => [e.rank, e.unit.id, e.tied]),
      [[1, 'so-noi-vu', false], [2, 'so-tu-phap', true], [2, 'so-y-te', true], [4, 'so-tai-chinh', false], [5, 'so-xay-dung', false]],
    );
    const pages = await walk<Ranking>(Ranking, '/v1/campaigns/bn2026/rankings?metric=bn2026-dung-muc&group=departments&limit=2');
    assert.deepEqual(pages.flatMap((p) => p.entries), whole.entries);
    assert.ok(pages[1]!.entries[0]!.tied, 'the tie split across pages is still marked on the second page');
  });

  it('pages units in Vietnamese name order, 100 by default', async () => {
    const all = await walk<UnitList>(UnitList, '/v1/units?level=commune');
    assert.equal(all.length, 2);
    assert.equal(all[0]!.items.length, PAGE_SIZES.units.default);
    const units = all.flatMap((p) => p.items);
    const expected = [...bacNinh2026.units, ...TEAMS].filter((u) => u.level === 'commune');
    const collator = new Intl.Collator('vi');
    expected.sort((a, b) => collator.compare(a.name.vi, b.name.vi) || (a.id < b.id ? -1 : 1));
    assert.deepEqual(units.map((u) => u.id), expected.map((u) => u.id));
    // Filters still apply, page after page.
    const teams = (await walk<UnitList>(UnitList, '/v1/units?parent=phuong-kinh-bac&kind=communityTeam&limit=40')).flatMap((p) => p.items);
    assert.equal(teams.length, 150);
    assert.equal(new Set(teams.map((u) => u.id)).size, 150);
    const departments = await read<UnitList>(UnitList, '/v1/units?kind=department');
    assert.equal(departments.items.length, 13);
    assert.equal(departments.next, null);
  });

  it('pages the per-level progress; the counts are the whole level’s on every page', async () => {
    const path = '/v1/indicators/bn2026-09/progress?level=commune&asOf=2026-06-30';
    const whole = await read<IndicatorUnitsProgress>(IndicatorUnitsProgress, `${path}&limit=500`);
    assert.equal(whole.items.length, 18 + 150);
    assert.equal(whole.next, null);
    assert.deepEqual(whole.counts, countStatuses(whole.items.map((i) => i.assessment?.status)));
    assert.ok(whole.items.some((i) => i.latestMeasurement !== null), 'some communes reported');
    const pages = await walk<IndicatorUnitsProgress>(IndicatorUnitsProgress, `${path}&limit=50`);
    assert.equal(pages.length, 4);
    assert.deepEqual(pages.flatMap((p) => p.items), whole.items);
    for (const p of pages) assert.deepEqual(p.counts, whole.counts);
    const first = await read<IndicatorUnitsProgress>(IndicatorUnitsProgress, path);
    assert.equal(first.items.length, PAGE_SIZES.unitsProgress.default);
  });

  it('gives the planner statistics after a large load (PGlite has no autovacuum), so a group is found by its index', async () => {
    const { rows } = await server.db.query<{ reltuples: number }>(`SELECT reltuples FROM pg_class WHERE relname = 'organisation_units'`);
    assert.ok(Number(rows[0]!.reltuples) >= bacNinh2026.units.length, `reltuples ${rows[0]!.reltuples}`);
  });

  it('refuses a bad limit or cursor with a 400 naming the field, in Vietnamese or English', async () => {
    for (const limit of ['0', '1001', 'abc', '2.5']) {
      const error = await expectError(`/v1/units?limit=${limit}`, 400);
      assert.deepEqual(error.issues.map((i) => i.path.join('.')), ['query.limit'], limit);
    }
    const progress = await expectError(`/v1/indicators/bn2026-09/progress?limit=${PAGE_SIZES.unitsProgress.max + 1}`, 400);
    assert.deepEqual(progress.issues.map((i) => i.path.join('.')), ['query.limit']);
    // Not base64url, not one the server wrote, and one of another list.
    const units = await read<UnitList>(UnitList, '/v1/units?limit=2');
    for (const cursor of ['%2F%2F', 'bm90LWpzb24', Buffer.from('["units",1,2]').toString('base64url')]) {
      const error = await expectError(`/v1/units?cursor=${cursor}`, 400);
      assert.deepEqual(error.issues.map((i) => i.path.join('.')), ['query.cursor'], cursor);
    }
    const wrongList = await expectError(`/v1/campaigns/bn2026/rankings?metric=dti&cursor=${units.next}`, 400, { 'Accept-Language': 'en' });
    assert.deepEqual(wrongList.issues.map((i) => i.path.join('.')), ['query.cursor']);
    assert.match(wrongList.issues[0]!.message, /page cursor/);
    const vi = await expectError(`/v1/indicators/bn2026-09/progress?cursor=${units.next}`, 400);
    assert.match(vi.issues[0]!.message, /Con trỏ trang/);
  });
});
