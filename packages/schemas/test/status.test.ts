import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessProgress } from '../src/status.js';

const target = { value: 90, comparator: 'gte' as const, deadline: '2026-10-10', baseline: { value: 40, date: '2025-01-01' } };
const start = { startDate: '2025-01-01' };
// 2025-01-01 → 2026-10-10 is 647 days; half-way is 2025-11-20 (323 days in).

describe('assessProgress', () => {
  it('says no data when nothing was reported, still counting the days left', () => {
    const a = assessProgress(target, null, '2026-09-30', start);
    assert.deepEqual(a, { status: 'noData', progress: null, expected: null, daysLeft: 10 });
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
});
