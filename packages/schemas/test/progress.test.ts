import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directionOf, meetsTarget, progressToward, selectTarget, targetsOfCampaign } from '../src/progress.js';

describe('meetsTarget', () => {
  it('is exact at the boundary for every comparator', () => {
    assert.equal(meetsTarget(90, { value: 90, comparator: 'gt' }), false);
    assert.equal(meetsTarget(90.01, { value: 90, comparator: 'gt' }), true);
    assert.equal(meetsTarget(90, { value: 90, comparator: 'gte' }), true);
    assert.equal(meetsTarget(89.99, { value: 90, comparator: 'gte' }), false);
    assert.equal(meetsTarget(10, { value: 10, comparator: 'lte' }), true);
    assert.equal(meetsTarget(10, { value: 10, comparator: 'lt' }), false);
    assert.equal(meetsTarget(0.75, { value: 0.75, comparator: 'eq' }), true);
    assert.equal(meetsTarget(0.7501, { value: 0.75, comparator: 'eq' }), false);
  });
});

describe('progressToward', () => {
  it('counts from zero without a baseline', () => {
    assert.equal(progressToward(45, { value: 90, comparator: 'gte' }), 0.5);
    assert.equal(progressToward(0.75, { value: 0.75, comparator: 'gte' }), 1);
  });

  it('never shows a full bar for an unmet strict target', () => {
    const p = progressToward(90, { value: 90, comparator: 'gt' });
    assert.ok(p < 1 && p > 0.99, String(p));
  });

  it('counts from the baseline when there is one', () => {
    assert.equal(progressToward(60, { value: 90, comparator: 'gte', baseline: { value: 30, date: '2025-01-01' } }), 0.5);
    assert.equal(progressToward(20, { value: 90, comparator: 'gte', baseline: { value: 30, date: '2025-01-01' } }), 0);
  });

  it('counts nothing covered when the value is worse than a baseline, even one past the target', () => {
    const fallen = { value: 90, comparator: 'gte' as const, baseline: { value: 95, date: '2025-01-01' } };
    assert.equal(progressToward(85, fallen), 0, 'not 85/90 = 94 %');
    assert.equal(progressToward(95, fallen), 1);
    // A rank that was 5th against "top 10" and is now 12th.
    assert.equal(progressToward(12, { value: 10, comparator: 'lte', baseline: { value: 5, date: '2025-01-01' } }), 0);
    // Standing still at "> 90" from 90 has covered none of the way.
    assert.equal(progressToward(90, { value: 90, comparator: 'gt', baseline: { value: 90, date: '2025-01-01' } }), 0);
  });

  it('treats ranks as lower-is-better', () => {
    assert.equal(directionOf('lte'), 'lower');
    assert.equal(progressToward(20, { value: 10, comparator: 'lte' }), 0.5);
    assert.equal(progressToward(15, { value: 10, comparator: 'lte', baseline: { value: 20, date: '2023-01-01' } }), 0.5);
    assert.equal(progressToward(7, { value: 10, comparator: 'lte' }), 1);
  });
});

describe('selectTarget', () => {
  const targets = [
    { id: 'p25', deadline: '2025-12-31', level: 'province' as const },
    { id: 'p26', deadline: '2026-10-10', level: 'province' as const },
    { id: 'c25', deadline: '2025-12-31', level: 'commune' as const },
    { id: 'd25', deadline: '2025-12-31', level: 'district' as const },
  ];
  it('picks the nearest deadline not yet passed, the level’s own target before the province’s', () => {
    assert.equal(selectTarget(targets, { date: '2025-06-01' })?.id, 'p25');
    assert.equal(selectTarget(targets, { date: '2026-01-01' })?.id, 'p26');
    assert.equal(selectTarget(targets, { date: '2025-06-01', level: 'commune' })?.id, 'c25');
    assert.equal(selectTarget(targets, { date: '2025-06-01', level: 'district' })?.id, 'd25');
  });
  it('moves a commune on to the province-wide target once its own deadline has passed', () => {
    assert.equal(selectTarget(targets, { date: '2026-01-01', level: 'commune' })?.id, 'p26');
  });
  it('keeps the last target once all have passed, and any target when none fits the level', () => {
    assert.equal(selectTarget(targets, { date: '2027-01-01' })?.id, 'p26');
    assert.equal(selectTarget([{ id: 'd', deadline: '2025-12-31', level: 'district' as const }], { date: '2025-01-01', level: 'commune' })?.id, 'd');
    assert.equal(selectTarget([], { date: '2027-01-01' }), undefined);
  });
});

describe('selectTarget scoped to a campaign', () => {
  // Indicator 14 of the 2026 plan: its own 2026 target, earlier ones, and the 2030 scheme's.
  const targets = [
    { id: 'p23', deadline: '2023-12-31', level: 'province' as const },
    { id: 'p25', deadline: '2025-12-31', level: 'province' as const },
    { id: 'c25', deadline: '2025-12-31', level: 'commune' as const },
    { id: 'p26', deadline: '2026-10-10', level: 'province' as const },
    { id: 'p30', deadline: '2030-12-31', level: 'province' as const },
    { id: 'c30', deadline: '2030-12-31', level: 'commune' as const },
  ];
  const plan2026 = { startsOn: '2025-01-01', endsOn: '2026-10-10' };
  const scheme2030 = { startsOn: '2024-01-01', endsOn: '2030-12-31' };

  it('keeps the campaign’s own last target after its end instead of moving on to a later programme’s', () => {
    assert.equal(selectTarget(targets, { date: '2026-11-25' })?.id, 'p30', 'unscoped, the next deadline wins');
    assert.equal(selectTarget(targets, { date: '2026-11-25', campaign: plan2026 })?.id, 'p26');
    assert.equal(selectTarget(targets, { date: '2026-11-25', level: 'commune', campaign: plan2026 })?.id, 'p26');
    assert.equal(selectTarget(targets, { date: '2027-06-01', campaign: plan2026 })?.id, 'p26');
  });

  it('shows the later programme’s target when asked for that programme', () => {
    assert.equal(selectTarget(targets, { date: '2026-11-25', campaign: scheme2030 })?.id, 'p30');
    assert.equal(selectTarget(targets, { date: '2026-11-25', level: 'commune', campaign: scheme2030 })?.id, 'c30');
  });

  it('still steps through the campaign’s milestones while it runs', () => {
    assert.equal(selectTarget(targets, { date: '2025-06-01', campaign: plan2026 })?.id, 'p25');
    assert.equal(selectTarget(targets, { date: '2025-06-01', level: 'commune', campaign: plan2026 })?.id, 'c25');
    assert.equal(selectTarget(targets, { date: '2026-01-05', campaign: plan2026 })?.id, 'p26');
  });

  it('has nothing to judge by when the campaign sets no target for the indicator', () => {
    assert.equal(selectTarget(targets, { date: '2023-06-01', campaign: { startsOn: '2022-01-01', endsOn: '2022-12-31' } }), undefined);
    assert.deepEqual(targetsOfCampaign(targets, plan2026).map((t) => t.id), ['p25', 'c25', 'p26']);
  });
});
