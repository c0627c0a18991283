import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AwardType,
  Catalog,
  DEFAULT_APPRAISAL_WORKING_DAYS,
  WorkingCalendar,
  addWorkingDays,
  appraisalDeadline,
  appraisalDueDate,
  calendarCovers,
  deadlineStatus,
  isWorkingDay,
  validate,
  workingDaysBetween,
  workingDaysLeft,
} from '../src/index.js';
import { bacNinh2026 } from '../src/catalogs/bac-ninh-2026.js';
import { vietnamWorkingCalendar as vn } from '../src/catalogs/vietnam-holidays.js';

const weekendsOnly = { daysOff: [] };

/** Every day of `year`, as yyyy-mm-dd. */
function daysOf(year: number): string[] {
  const days: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
  return days;
}
const isWeekday = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

describe('the seeded calendar of Vietnam, 2025–2026', () => {
  it('is a valid working calendar, and the Bắc Ninh catalog carries it', () => {
    assert.equal(validate(WorkingCalendar, vn).success, true);
    assert.equal(validate(Catalog, bacNinh2026).success, true);
    assert.equal(bacNinh2026.workingCalendar, vn);
  });

  it('gives public servants the Labour Code’s 11 paid holidays a year, swaps made up', () => {
    // Weekdays off less the Saturdays worked in exchange: Article 112 counts 11 days.
    for (const year of [2025, 2026]) {
      const weekdaysOff = daysOf(year).filter((d) => isWeekday(d) && !isWorkingDay(d, vn)).length;
      const madeUp = daysOf(year).filter((d) => !isWeekday(d) && isWorkingDay(d, vn)).length;
      assert.equal(weekdaysOff - madeUp, 11, String(year));
    }
  });

  it('has the published spans: Tết 25/1–2/2/2025 and 14/2–22/2/2026, and the swapped days', () => {
    assert.equal(isWorkingDay('2025-01-24', vn), true);
    for (const d of ['2025-01-27', '2025-01-31', '2025-02-02']) assert.equal(isWorkingDay(d, vn), false, d);
    assert.equal(isWorkingDay('2025-02-03', vn), true);
    for (const d of ['2026-02-16', '2026-02-20']) assert.equal(isWorkingDay(d, vn), false, d);
    assert.equal(isWorkingDay('2026-02-23', vn), true);
    // Friday 2/5/2025 off, Saturday 26/4/2025 worked; Friday 2/1/2026 off, Saturday 10/1/2026 worked; Monday 31/8/2026 off, Saturday 22/8/2026 worked.
    assert.deepEqual(
      ['2025-05-02', '2025-04-26', '2026-01-02', '2026-01-10', '2026-08-31', '2026-08-22'].map((d) => isWorkingDay(d, vn)),
      [false, true, false, true, false, true],
    );
    // Giỗ Tổ 2026 falls on Sunday 26/4 and is made up on Monday 27/4; Quốc khánh 2025 is Monday 1/9 and Tuesday 2/9.
    assert.deepEqual(['2026-04-27', '2026-04-28', '2025-09-01', '2025-09-02', '2025-09-03'].map((d) => isWorkingDay(d, vn)), [false, true, false, false, true]);
  });

  it('names its source for every day it lists', () => {
    const sources = new Set(vn.sources.map((s) => s.id));
    for (const day of [...vn.daysOff, ...vn.makeUpDays]) assert.ok(day.sourceId && sources.has(day.sourceId), JSON.stringify(day));
  });
});

describe('appraisalDueDate', () => {
  it('counts 25 working days by default, from the day after the dossier is complete', () => {
    assert.equal(DEFAULT_APPRAISAL_WORKING_DAYS, 25);
    // Thursday 5/3/2026: day 1 is Friday 6/3, day 25 Thursday 9/4.
    assert.equal(appraisalDueDate('2026-03-05', vn), '2026-04-09');
    assert.equal(appraisalDueDate('2026-03-05', vn, 1), '2026-03-06');
  });

  it('starts on the Monday when the dossier is complete on a Friday, Saturday or Sunday', () => {
    for (const complete of ['2026-03-06', '2026-03-07', '2026-03-08']) assert.equal(appraisalDueDate(complete, vn), '2026-04-10', complete);
    assert.equal(appraisalDueDate('2026-03-07', vn, 1), '2026-03-09');
  });

  it('skips a holiday span: Tết 2026 moves the due date by its five weekdays', () => {
    assert.equal(appraisalDueDate('2026-02-13', weekendsOnly), '2026-03-20');
    assert.equal(appraisalDueDate('2026-02-13', vn), '2026-03-27');
    // Complete during Tết: the first day is the first one after it.
    assert.equal(appraisalDueDate('2026-02-17', vn, 1), '2026-02-23');
  });

  it('skips Giỗ Tổ’s made-up Monday and 30/4–1/5 when they come a day apart', () => {
    // Friday 24/4/2026: 27/4 off; 28, 29/4 are days 1–2; 30/4, 1/5 off; 4/5 is day 3 … 3/6 day 25.
    assert.equal(appraisalDueDate('2026-04-24', vn, 2), '2026-04-29');
    assert.equal(appraisalDueDate('2026-04-24', vn, 3), '2026-05-04');
    assert.equal(appraisalDueDate('2026-04-24', vn), '2026-06-03');
  });

  it('crosses the year boundary through New Year 2026 and counts its make-up Saturday', () => {
    // Wednesday 17/12/2025: days 1–10 to 31/12; 1–4/1 off; 5–9/1 days 11–15; Saturday 10/1 day 16; … 22/1 day 25.
    assert.equal(appraisalDueDate('2025-12-17', vn), '2026-01-22');
    assert.equal(appraisalDueDate('2025-12-31', vn, 1), '2026-01-05');
    assert.equal(appraisalDueDate('2026-01-09', vn, 1), '2026-01-10');
  });

  it('takes an award type’s own appraisal time', () => {
    const fast = bacNinh2026.awardTypes!.map((a) => ({ ...a, appraisalWorkingDays: 10 }))[0]!;
    assert.equal(validate(AwardType, fast).success, true);
    assert.equal(appraisalDeadline({ completeOn: '2026-03-05', today: '2026-03-05', calendar: vn, workingDays: fast.appraisalWorkingDays }).dueOn, '2026-03-19');
    assert.equal(bacNinh2026.awardTypes![0]!.appraisalWorkingDays, undefined);
    const wrong = validate(AwardType, { ...fast, appraisalWorkingDays: 0 }, 'en');
    assert.deepEqual(wrong.success ? [] : wrong.issues.map((i) => i.path), [['appraisalWorkingDays']]);
  });

  it('refuses dates that do not exist and counts that are not whole', () => {
    assert.throws(() => appraisalDueDate('2026-02-30', vn), RangeError);
    assert.throws(() => appraisalDueDate('5/3/2026', vn), RangeError);
    assert.throws(() => appraisalDueDate('2026-03-05', vn, 0), RangeError);
    assert.throws(() => addWorkingDays('2026-03-05', 1.5, vn), RangeError);
  });
});

describe('workingDaysLeft and deadlineStatus', () => {
  const due = '2026-04-10'; // a Friday

  it('counts the working days after today up to the due date, negative once past', () => {
    assert.deepEqual(
      ['2026-04-06', '2026-04-09', '2026-04-10', '2026-04-11', '2026-04-13', '2026-04-14'].map((today) => workingDaysLeft(today, due, vn)),
      [4, 1, 0, 0, -1, -2],
    );
  });

  it('is dueSoon at the threshold, onTime above it, overdue from the day after the due date, weekend or not', () => {
    assert.equal(deadlineStatus('2026-04-06', due, vn, 4), 'dueSoon');
    assert.equal(deadlineStatus('2026-04-06', due, vn, 3), 'onTime');
    assert.equal(deadlineStatus('2026-04-10', due, vn, 0), 'dueSoon');
    assert.equal(deadlineStatus('2026-04-11', due, vn, 0), 'overdue');
    assert.equal(deadlineStatus('2026-04-13', due, vn), 'overdue');
    assert.equal(deadlineStatus('2026-04-02', due, vn), 'onTime'); // 6 left, default threshold 5
    assert.equal(deadlineStatus('2026-04-03', due, vn), 'dueSoon'); // 5 left
  });

  it('does not count a holiday span as days left', () => {
    // Friday 13/2/2026 to Friday 27/2: Tết leaves 23–27/2.
    assert.equal(workingDaysLeft('2026-02-13', '2026-02-27', vn), 5);
    assert.equal(workingDaysLeft('2026-02-13', '2026-02-27', weekendsOnly), 10);
    assert.equal(deadlineStatus('2026-02-13', '2026-02-27', vn), 'dueSoon');
    assert.equal(workingDaysBetween('2026-02-27', '2026-02-13', vn), -5);
  });

  it('sums it up for a queue, and says when the calendar does not reach the dates', () => {
    assert.deepEqual(appraisalDeadline({ completeOn: '2026-03-05', today: '2026-04-06', calendar: vn }), {
      dueOn: '2026-04-09',
      workingDaysLeft: 3,
      status: 'dueSoon',
      calendarComplete: true,
    });
    const late = appraisalDeadline({ completeOn: '2026-12-10', today: '2026-12-10', calendar: vn });
    assert.equal(late.dueOn, '2027-01-14');
    assert.equal(late.calendarComplete, false);
    assert.equal(calendarCovers(vn, '2025-01-01', '2026-12-31'), true);
    assert.equal(calendarCovers(weekendsOnly, '2030-01-01', '2031-01-01'), true);
  });
});

describe('WorkingCalendar (catalog data)', () => {
  const messages = (calendar: unknown, locale: 'vi' | 'en' = 'vi') => {
    const result = validate(WorkingCalendar, calendar, locale);
    return result.success ? [] : result.issues.map((i) => [i.path.join('.'), i.message]);
  };
  const title = { vi: 'Ngày nghỉ' };

  it('refuses a make-up day that is not a weekend, or that is a day off itself', () => {
    assert.deepEqual(messages({ ...vn, makeUpDays: [{ date: '2026-01-09', title }] }), [['makeUpDays.0.date', 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật']]);
    assert.deepEqual(messages({ ...vn, makeUpDays: [{ date: '2026-02-14', title }] }, 'en'), [['makeUpDays.0.date', 'The make-up working day falls on a day off']]);
  });

  it('refuses a span that ends before it starts or runs past a month, and a source it does not list', () => {
    assert.deepEqual(messages({ ...vn, daysOff: [{ from: '2026-02-22', to: '2026-02-14', title }] }), [['daysOff.0.to', 'Ngày kết thúc phải sau ngày bắt đầu']]);
    assert.deepEqual(messages({ ...vn, daysOff: [{ from: '2026-02-14', to: '2027-02-22', title }], makeUpDays: [] }, 'en').map(([p]) => p), ['daysOff.0.to']);
    assert.deepEqual(messages({ ...vn, daysOff: [{ from: '2026-02-14', title, sourceId: 'nghi-dinh-x' }] }, 'en'), [['daysOff.0.sourceId', 'The source document is not listed']]);
  });
});
