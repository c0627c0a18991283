import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessProgress } from '../src/status.js';

const target = { value: 90, comparator: 'gte' as const, deadline: '2026-10-10', baseline: { value: 40, date: '2025-01-01' } };
const start = { startDate: '2025-01-01' };
// 2025-01-01 → 2026-10-10 is 647 days; half-way is 2025-11-20 (323 days in).

describe('assessProgress', () => {
  it('says no data when nothing was reported, still counting the days left', () => {
    const a = assessProgress(target, null, '2026-09-30', start);
    assert.deepEqual(a, { status: 'noData', progress: null, expected: null, daysLeft: 10, belowBaseline: false });
  });

  it('says achieved when the target is met, whatever the date', () => {
    assert.equal(assessProgress(target, { value: 90, measuredOn: '2025-03-01' }, '2025-03-01', start).status, 'achieved');
    assert.equal(
      assessProgress({ ...target, comparator: 'gt' }, { value: 90, measuredOn: '2025-03-01' }, '2025-03-01', start).status,
      'onTrack',
      '"trên 90%" is not met by 90%',
    );
  });

  it('judges against the straight path from baseline to deadline', () => {
    const half = '2025-11-20';
    const on = assessProgress(target, { value: 66, measuredOn: half }, half, start);
    assert.equal(on.status, 'onTrack', JSON.stringify(on));
    const risk = assessProgress(target, { value: 62, measuredOn: half }, half, start);
    assert.equal(risk.status, 'atRisk', JSON.stringify(risk));
    const off = assessProgress(target, { value: 50, measuredOn: half }, half, start);
    assert.equal(off.status, 'offTrack', JSON.stringify(off));
    assert.ok(Math.abs(off.expected! - 0.5) < 0.01);
  });

  it('is off track once the deadline has passed unmet', () => {
    const a = assessProgress(target, { value: 89, measuredOn: '2026-10-01' }, '2026-10-11', start);
    assert.equal(a.status, 'offTrack');
    assert.equal(a.daysLeft, -1);
  });

  it('uses the first measurement as the baseline when the target has none (ranks start high)', () => {
    const rank = { value: 10, comparator: 'lte' as const, deadline: '2025-12-31' };
    const a = assessProgress(rank, { value: 12, measuredOn: '2025-07-01' }, '2025-07-02', {
      startDate: '2024-01-01',
      firstMeasurement: { value: 20, measuredOn: '2024-01-01' },
    });
    // 8 of 10 places gained (0.8) against ~75% of the time elapsed.
    assert.equal(a.status, 'onTrack', JSON.stringify(a));
    assert.ok(Math.abs(a.progress! - 0.8) < 1e-9);
  });

  describe('a unit that has fallen below its baseline', () => {
    // The card: it stood at 95 % against a 90 % target and reports 85 % half-way.
    const lost = { value: 90, comparator: 'gte' as const, deadline: '2026-12-31', baseline: { value: 95, date: '2025-01-01' } };

    it('is not on track, and its bar is empty rather than 94 % full', () => {
      const a = assessProgress(lost, { value: 85, measuredOn: '2026-06-30' }, '2026-07-01', { startDate: '2025-01-01' });
      assert.equal(a.status, 'offTrack', JSON.stringify(a));
      assert.equal(a.progress, 0);
      assert.equal(a.belowBaseline, true);
    });

    it('is at risk, not on track, when it slips right after the start', () => {
      const a = assessProgress(lost, { value: 89, measuredOn: '2025-01-01' }, '2025-01-02', { startDate: '2025-01-01' });
      assert.equal(a.status, 'atRisk', JSON.stringify(a));
      // Below a baseline under the target, too: 40 → 35 one week in.
      const b = assessProgress(target, { value: 35, measuredOn: '2025-01-08' }, '2025-01-08', start);
      assert.equal(b.status, 'atRisk', JSON.stringify(b));
      assert.equal(b.belowBaseline, true);
    });

    it('counts a unit’s own first figure as the level it had reached, for ranks too', () => {
      const rank = { value: 10, comparator: 'lte' as const, deadline: '2026-12-31' };
      // 5th at the start (already in the top 10), 12th now: it has lost its place.
      const a = assessProgress(rank, { value: 12, measuredOn: '2026-06-30' }, '2026-07-01', {
        startDate: '2025-01-01',
        firstMeasurement: { value: 5, measuredOn: '2025-01-01' },
      });
      assert.deepEqual([a.status, a.progress, a.belowBaseline], ['offTrack', 0, true]);
    });

    it('is still achieved when it dips but keeps the target', () => {
      const a = assessProgress(lost, { value: 92, measuredOn: '2026-06-30' }, '2026-07-01', { startDate: '2025-01-01' });
      assert.deepEqual([a.status, a.belowBaseline], ['achieved', false]);
    });
  });
});
