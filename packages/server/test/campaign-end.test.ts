// A campaign that has ended, indicators by level, and the baseline rule, over HTTP against a real server.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CampaignProgress, IndicatorDetail, IndicatorList, IndicatorUnitsProgress, validate } from '@thidua/schemas';
import { useTestServer } from './support.js';

const server = useTestServer(async () => {
  const insert = `INSERT INTO measurements (id, indicator_id, unit_id, value, measured_on, source) VALUES ($1, $2, $3, $4, $5, 'Báo cáo')`;
  // A figure for the province dated after the 2026 plan's end: it belongs to whatever comes next.
  await server.db.query(insert, ['late-09', 'bn2026-09', 'bac-ninh', 95, '2026-12-31']);
  // Xã Văn Môn stood at 95 % of dossiers online (target ≥ 90 %) and fell to 85 %.
  await server.db.query(insert, ['vm-1', 'bn2026-09', 'xa-van-mon', 95, '2025-03-31']);
  await server.db.query(insert, ['vm-2', 'bn2026-09', 'xa-van-mon', 85, '2026-06-30']);
});

async function read<S extends Parameters<typeof validate>[0]>(schema: S, path: string) {
  const res = await fetch(`${server.url}${path}`);
  assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
  const parsed = validate(schema, await res.json());
  assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.issues));
  return parsed.data as NonNullable<Extract<ReturnType<typeof validate<S>>, { success: true }>['data']>;
}

describe('a campaign that has ended', () => {
  it('is a final result: each indicator met, not met or without a figure, with the final review’s date', async () => {
    const list = await read(IndicatorList, '/v1/campaigns/bn2026/indicators?asOf=2026-11-25');
    assert.equal(list.phase, 'ended');
    assert.deepEqual([list.finalReview?.id, list.finalReview?.date], ['bn2026-tong-ket', '2026-10-10']);
    assert.equal(list.items.length, 19);
    for (const item of list.items) {
      assert.ok(item.result, item.id);
      // The assessment agrees with the result: nothing is "behind schedule" any more.
      const expected = { met: 'achieved', notMet: 'offTrack', noData: 'noData' }[item.result.outcome];
      assert.equal(item.assessment?.status, expected, item.id);
    }
    const byId = new Map(list.items.map((i) => [i.id, i]));
    // 7 (dossiers digitised) reached 100 %; 9 (online dossiers) stopped at 62 % on 30/06/2026.
    assert.equal(byId.get('bn2026-07')?.result?.outcome, 'met');
    assert.deepEqual(byId.get('bn2026-09')?.result, { targetId: 'bn2026-09-2026', outcome: 'notMet', value: 62, measuredOn: '2026-06-30' });
  });

  it('judges indicator 14 against the plan’s own target, not the 2030 scheme’s', async () => {
    const list = await read(IndicatorList, '/v1/campaigns/bn2026/indicators?asOf=2026-11-25');
    const workDossiers = list.items.find((i) => i.id === 'bn2026-14')!;
    assert.equal(workDossiers.assessment?.targetId, 'bn2026-14-2026');
    assert.equal(workDossiers.result?.targetId, 'bn2026-14-2026');
    const single = await read(IndicatorDetail, '/v1/indicators/bn2026-14?asOf=2026-11-25');
    assert.equal(single.indicator.assessment?.targetId, 'bn2026-14-2026');
    assert.equal(single.indicator.result?.outcome, 'notMet');
  });

  it('shows a later programme’s target only when asked for that programme', async () => {
    const scheme = await read(IndicatorDetail, '/v1/indicators/bn2026-14?asOf=2026-11-25&campaign=bn2030');
    assert.equal(scheme.indicator.assessment?.targetId, 'bn2026-14-2030-province');
    assert.equal(scheme.indicator.result, null, 'the 2030 scheme is still running');
    const res = await fetch(`${server.url}/v1/indicators/bn2026-14?campaign=khong-co`);
    assert.equal(res.status, 404);
    assert.deepEqual(((await res.json()) as { error: { issues: { path: string[] }[] } }).error.issues[0]?.path, ['query', 'campaign']);
  });

  it('leaves out figures dated after the end, and keeps them for a date before it', async () => {
    const ended = await read(IndicatorDetail, '/v1/indicators/bn2026-09?asOf=2027-01-15');
    assert.equal(ended.indicator.latestMeasurement?.measuredOn, '2026-06-30');
    assert.ok(ended.indicator.history.every((m) => m.measuredOn <= '2026-10-10'));
    assert.equal(ended.indicator.result?.value, 62);
    // Asked for a programme still running on that date, the late figure counts.
    const scheme = await read(IndicatorDetail, '/v1/indicators/bn2026-09?asOf=2027-01-15&campaign=bn2030');
    assert.equal(scheme.indicator.latestMeasurement?.value, 95);
  });

  it('counts the outcomes in the summary, and has none while the campaign runs', async () => {
    const ended = await read(CampaignProgress, '/v1/campaigns/bn2026/progress?asOf=2026-11-25');
    assert.equal(ended.phase, 'ended');
    assert.ok(ended.outcomes);
    assert.equal(ended.outcomes.met + ended.outcomes.notMet + ended.outcomes.noData, 19);
    assert.equal(ended.outcomes.met, ended.items.filter((i) => i.result?.outcome === 'met').length);
    assert.ok(ended.outcomes.notMet > 0 && ended.outcomes.met > 0);
    const running = await read(CampaignProgress, '/v1/campaigns/bn2026/progress?asOf=2026-06-30');
    assert.deepEqual([running.phase, running.outcomes], ['running', null]);
    assert.ok(running.items.every((i) => i.result === null));
  });

  it('judges every unit of a level at the end, too', async () => {
    const units = await read(IndicatorUnitsProgress, '/v1/indicators/bn2026-09/progress?level=commune&asOf=2026-11-25');
    const kinhBac = units.items.find((i) => i.unit.id === 'phuong-kinh-bac')!;
    assert.ok(kinhBac.result && kinhBac.result.measuredOn! <= '2026-10-10');
    assert.ok(units.outcomes && units.outcomes.noData > 0);
  });
});

describe('indicators by administrative level', () => {
  const provincialOnly = ['bn2026-02', 'bn2026-08', 'bn2026-16', 'bn2026-18', 'bn2026-19'];

  it('keeps provincial indicators off a ward’s board', async () => {
    const ward = await read(IndicatorList, '/v1/campaigns/bn2026/indicators?unit=phuong-kinh-bac&asOf=2026-06-30');
    const ids = ward.items.map((i) => i.id);
    assert.equal(ids.length, 14);
    for (const id of provincialOnly) assert.ok(!ids.includes(id), id);
    assert.ok(ids.includes('bn2026-01'), 'commune cadres are the ward’s');
    assert.deepEqual(ward.items.find((i) => i.id === 'bn2026-01')?.appliesTo, ['commune']);
    const summary = await read(CampaignProgress, '/v1/campaigns/bn2026/progress?unit=phuong-kinh-bac&asOf=2026-06-30');
    assert.equal(summary.items.length, 14);
  });

  it('keeps commune indicators off a department’s board, and shows the province all of them', async () => {
    const department = await read(IndicatorList, '/v1/campaigns/bn2026/indicators?unit=so-noi-vu&asOf=2026-06-30');
    assert.ok(!department.items.some((i) => i.id === 'bn2026-01'));
    // Nor the province's own figures: its DTI and its non-cash transactions (Indicator.appliesToKinds).
    assert.deepEqual(department.items.filter((i) => ['bn2026-16', 'bn2026-19'].includes(i.id)), []);
    assert.equal(department.items.length, 16);
    const province = await read(IndicatorList, '/v1/campaigns/bn2026/indicators?asOf=2026-06-30');
    assert.equal(province.items.length, 19);
  });

  it('lists no commune on an indicator only the province reports', async () => {
    const units = await read(IndicatorUnitsProgress, '/v1/indicators/bn2026-02/progress?level=commune&asOf=2026-06-30');
    assert.deepEqual(units.items, []);
  });

  it("lists no department on the province's own figure, and counts none", async () => {
    const units = await read(IndicatorUnitsProgress, '/v1/indicators/bn2026-19/progress?level=province&asOf=2026-06-30&limit=100');
    assert.deepEqual(units.items.map((u) => u.unit.kind), ['province']);
    assert.equal(Object.values(units.counts).reduce((a, b) => a + b, 0), 1);
    const staff = await read(IndicatorUnitsProgress, '/v1/indicators/bn2026-02/progress?level=province&asOf=2026-06-30&limit=100');
    assert.ok(staff.items.some((u) => u.unit.kind === 'department'), 'departments report their staff');
  });
});

describe('a unit that has fallen below the level it had reached', () => {
  it('is off track with an empty bar, not on track', async () => {
    const { indicator } = await read(IndicatorDetail, '/v1/indicators/bn2026-09?unit=xa-van-mon&asOf=2026-07-01');
    assert.equal(indicator.assessment?.status, 'offTrack');
    assert.equal(indicator.assessment?.progress, 0);
    assert.equal(indicator.assessment?.belowBaseline, true);
  });
});
