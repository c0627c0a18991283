import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeIndicator } from '../src/assessment.js';
import { campaignPhase, countOutcomes, figuresDate, finalResult, finalReview, finalTarget } from '../src/campaign-result.js';
import { appliesToUnit } from '../src/applicability.js';
import { targetWording } from '../src/target-wording.js';
import { bacNinh2026 } from '../src/catalogs/bac-ninh-2026.js';

const plan = bacNinh2026.campaigns.find((c) => c.id === 'bn2026')!;

describe('campaignPhase', () => {
  it('runs up to and including its last day, and has ended the day after', () => {
    assert.equal(campaignPhase(plan, '2024-12-31'), 'upcoming');
    assert.equal(campaignPhase(plan, '2025-01-01'), 'running');
    assert.equal(campaignPhase(plan, '2026-10-10'), 'running');
    assert.equal(campaignPhase(plan, '2026-10-11'), 'ended');
  });
});

describe('finalReview', () => {
  it('is the campaign’s final award round, from the catalog', () => {
    assert.deepEqual([finalReview(plan)?.id, finalReview(plan)?.date], ['bn2026-tong-ket', '2026-10-10']);
    assert.equal(finalReview({ rounds: [{ kind: 'interim', date: '2025-10-10' }] }), undefined);
    const two = finalReview({ rounds: [{ kind: 'final', date: '2026-12-20' }, { kind: 'final', date: '2026-10-10' }] });
    assert.equal(two?.date, '2026-12-20');
  });
});

describe('finalResult', () => {
  const target = { id: 't', value: 90, comparator: 'gte' as const, deadline: '2026-10-10' };

  it('judges the last figure on or before the deadline: met, not met', () => {
    const figures = [
      { value: 80, measuredOn: '2026-06-30' },
      { value: 91, measuredOn: '2026-10-10' },
    ];
    assert.deepEqual(finalResult(target, figures), { targetId: 't', outcome: 'met', value: 91, measuredOn: '2026-10-10' });
    assert.equal(finalResult(target, [{ value: 89.9, measuredOn: '2026-09-30' }]).outcome, 'notMet');
    assert.equal(finalResult({ ...target, comparator: 'gt' }, [{ value: 90, measuredOn: '2026-09-30' }]).outcome, 'notMet');
  });

  it('ignores figures dated after the deadline, in whatever order they come', () => {
    const figures = [
      { value: 95, measuredOn: '2026-12-31' },
      { value: 70, measuredOn: '2026-09-30' },
      { value: 60, measuredOn: '2026-03-31' },
    ];
    assert.deepEqual(finalResult(target, figures), { targetId: 't', outcome: 'notMet', value: 70, measuredOn: '2026-09-30' });
  });

  it('says there was no figure rather than guessing', () => {
    assert.deepEqual(finalResult(target, [{ value: 95, measuredOn: '2026-10-11' }]), { targetId: 't', outcome: 'noData', value: null, measuredOn: null });
    assert.equal(finalResult(target, []).outcome, 'noData');
  });

  it('is judged against the campaign’s own target, not a later programme’s (indicator 14)', () => {
    const workDossiers = bacNinh2026.indicators.find((i) => i.id === 'bn2026-14')!;
    const own = finalTarget(workDossiers.targets, plan);
    assert.deepEqual([own?.deadline, own?.value], ['2026-10-10', 100]);
    assert.equal(finalTarget(workDossiers.targets, plan, 'commune')?.deadline, '2026-10-10');
    assert.equal(finalResult(own!, [{ value: 97, measuredOn: '2026-06-30' }]).outcome, 'notMet');
  });

  it('counts the outcomes of a board', () => {
    const results = [{ outcome: 'met' as const }, { outcome: 'notMet' as const }, { outcome: 'met' as const }, null, { outcome: 'noData' as const }];
    assert.deepEqual(countOutcomes(results), { met: 2, notMet: 1, noData: 1 });
  });
});

describe('appliesToUnit', () => {
  const byCode = new Map(bacNinh2026.indicators.filter((i) => i.campaignId === 'bn2026').map((i) => [i.code, i]));
  const province = { id: 'bac-ninh', level: 'province' as const, kind: 'province' as const };
  const department = { id: 'so-noi-vu', level: 'province' as const, kind: 'department' as const };
  const ward = { id: 'phuong-kinh-bac', level: 'commune' as const, kind: 'ward' as const };

  it('keeps provincial staff off a commune’s board and commune staff off a department’s', () => {
    assert.equal(appliesToUnit(byCode.get('2')!, ward, plan), false, 'cán bộ, công chức cấp tỉnh');
    assert.equal(appliesToUnit(byCode.get('2')!, department, plan), true);
    assert.equal(appliesToUnit(byCode.get('1')!, ward, plan), true);
    assert.equal(appliesToUnit(byCode.get('1')!, department, plan), false, 'cán bộ, công chức cấp xã');
    assert.equal(appliesToUnit(byCode.get('9')!, ward, plan), true, 'dossiers are processed at every level');
  });

  it('keeps the province’s own figures — its economy, its DTI — off a department’s board', () => {
    assert.equal(appliesToUnit(byCode.get('19')!, department, plan), false, 'DTI cấp tỉnh');
    assert.equal(appliesToUnit(byCode.get('16')!, department, plan), false, 'giao dịch không dùng tiền mặt');
    assert.equal(appliesToUnit(byCode.get('18')!, department, plan), true, 'a department runs information systems');
    assert.equal(appliesToUnit(byCode.get('19')!, province, plan), true);
    assert.equal(appliesToUnit({ appliesToKinds: ['province'] }, { id: 'tinh-khac', level: 'province', kind: 'province' }, plan), true, 'by kind, not by id');
  });

  it('shows every indicator to the campaign’s owner, and to anyone when the catalog does not say', () => {
    for (const indicator of byCode.values()) assert.equal(appliesToUnit(indicator, province, plan), true, indicator.id);
    assert.equal(appliesToUnit({}, ward, plan), true);
  });

  it('says for each of the 19 indicators which levels report it', () => {
    const levels = [...byCode.values()].map((i) => [i.code, (i.appliesTo ?? []).join('+')]);
    assert.deepEqual(Object.fromEntries(levels), {
      1: 'commune', 2: 'province', 3: 'province+commune', 4: 'province+commune', 5: 'province+commune',
      6: 'province+commune', 7: 'province+commune', 8: 'province', 9: 'province+commune', 10: 'province+commune',
      11: 'province+commune', 12: 'province+commune', 13: 'province+commune', 14: 'province+commune',
      15: 'province+commune', 16: 'province', 17: 'province+commune', 18: 'province', 19: 'province',
    });
  });

  it('seeds demo figures only for indicators a unit reports', () => {
    const units = new Map(bacNinh2026.units.map((u) => [u.id, u]));
    const indicators = new Map(bacNinh2026.indicators.map((i) => [i.id, i]));
    for (const m of bacNinh2026.measurements) {
      const unit = units.get(m.unitId)!;
      const indicator = indicators.get(m.indicatorId)!;
      const campaign = bacNinh2026.campaigns.find((c) => c.id === indicator.campaignId)!;
      assert.ok(appliesToUnit(indicator, unit, campaign), `${m.indicatorId} for ${m.unitId}`);
    }
  });
});

describe('targetWording', () => {
  it('reads a rank below 10 as the top 9, not "below 10th"', () => {
    assert.deepEqual(targetWording({ comparator: 'lt', value: 10 }, 'rank'), { relation: 'top', value: 9 });
    assert.deepEqual(targetWording({ comparator: 'lte', value: 10 }, 'rank'), { relation: 'top', value: 10 });
  });

  it('turns the comparators round on ranks, where a lower number is a better place', () => {
    assert.deepEqual(targetWording({ comparator: 'gte', value: 10 }, 'rank'), { relation: 'rankOrLower', value: 10 });
    assert.deepEqual(targetWording({ comparator: 'gt', value: 10 }, 'rank'), { relation: 'rankOrLower', value: 11 });
    assert.deepEqual(targetWording({ comparator: 'eq', value: 3 }, 'rank'), { relation: 'rank', value: 3 });
    // No place is better than 1st: no "top 0".
    assert.deepEqual(targetWording({ comparator: 'lt', value: 1 }, 'rank'), { relation: 'below', value: 1 });
  });

  it('reads the comparator as it is on measures where more is better', () => {
    assert.deepEqual(targetWording({ comparator: 'gt', value: 90 }, 'percent'), { relation: 'above', value: 90 });
    assert.deepEqual(targetWording({ comparator: 'gte', value: 0.75 }, 'index'), { relation: 'atLeast', value: 0.75 });
    assert.deepEqual(targetWording({ comparator: 'lt', value: 5 }, 'growthRate'), { relation: 'below', value: 5 });
    assert.deepEqual(targetWording({ comparator: 'lte', value: 3 }, undefined), { relation: 'atMost', value: 3 });
  });
});

describe('judgeIndicator', () => {
  const workDossiers = bacNinh2026.indicators.find((i) => i.id === 'bn2026-14')!;
  const figures = bacNinh2026.measurements
    .filter((m) => m.indicatorId === 'bn2026-14' && m.unitId === 'bac-ninh')
    .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));

  it('while the campaign runs, judges progress toward the target of the day and has no result yet', () => {
    const j = judgeIndicator(workDossiers.targets, figures, { asOf: '2026-06-30', level: 'province', campaign: plan });
    assert.equal(j.target?.deadline, '2026-10-10');
    assert.equal(j.result, null);
    assert.ok(j.assessment && j.assessment.status !== 'noData');
  });

  it('after the end, gives the final result against the campaign’s own target, and an assessment that agrees', () => {
    const j = judgeIndicator(workDossiers.targets, figures, { asOf: '2026-11-25', level: 'province', campaign: plan });
    assert.deepEqual([j.target?.deadline, j.target?.value], ['2026-10-10', 100], 'not the 2030 scheme’s target');
    assert.deepEqual(j.result, { targetId: j.target!.id, outcome: 'notMet', value: 97, measuredOn: '2026-06-30' });
    assert.equal(j.assessment?.status, 'offTrack');
    const met = judgeIndicator(workDossiers.targets, [{ value: 100, measuredOn: '2026-09-30' }], { asOf: '2026-11-25', level: 'commune', campaign: plan });
    assert.deepEqual([met.result?.outcome, met.assessment?.status], ['met', 'achieved']);
    const none = judgeIndicator(workDossiers.targets, [], { asOf: '2026-11-25', level: 'commune', campaign: plan });
    assert.deepEqual([none.result?.outcome, none.assessment?.status], ['noData', 'noData']);
  });

  it('shows the 2030 scheme’s target only when asked for that programme', () => {
    const scheme = bacNinh2026.campaigns.find((c) => c.id === 'bn2030')!;
    const j = judgeIndicator(workDossiers.targets, figures, { asOf: '2026-11-25', level: 'province', campaign: scheme });
    assert.deepEqual([j.target?.deadline, j.result], ['2030-12-31', null]);
  });

  it('reads an ended campaign’s figures as of its end', () => {
    assert.equal(figuresDate(plan, '2026-11-25'), '2026-10-10');
    assert.equal(figuresDate(plan, '2026-06-30'), '2026-06-30');
  });
});
