/*
 * Appraisal time in working days: Monday to Friday, less the public holidays
 * and the days swapped off that a catalog lists, plus the Saturdays worked
 * in exchange (ngày làm bù). Pure functions over calendar dates
 * (`yyyy-mm-dd`), free of zod and of the clock: the caller says what "today"
 * is, in the province's time zone (`dateIn` in nomination-rules.ts).
 *
 * A period "within N working days from" a day starts the day after it
 * (Civil Code 2015, Article 147): a dossier complete on a Friday has Monday
 * as its first day, and is due at the end of its N-th working day.
 */

/** The appraisal time when an award type sets none (DOMAIN.md, "Nominations"). */
export const DEFAULT_APPRAISAL_WORKING_DAYS = 25;

/** Working days left at or below which a deadline is `dueSoon`, unless the caller says otherwise. */
export const DEFAULT_DUE_SOON_WITHIN = 5;

/** What the working-day functions read of a catalog's `workingCalendar`. */
export interface CalendarDays {
  /** Days off besides weekends, as spans (both ends included); weekends inside a span change nothing. */
  daysOff: readonly { from: string; to?: string | undefined }[];
  /** Saturdays or Sundays worked in exchange for a weekday off. */
  makeUpDays?: readonly { date: string }[] | undefined;
  /** The years for which the lists are complete (see `calendarCovers`). */
  years?: readonly number[] | undefined;
}

export type DeadlineStatus = 'onTime' | 'dueSoon' | 'overdue';
export const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['onTime', 'dueSoon', 'overdue'];

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a calendar date; throws on anything that is not a real `yyyy-mm-dd`. */
function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  const n = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : NaN;
  if (!Number.isInteger(n) || isoDate(n) !== date) throw new RangeError(`not a calendar date (yyyy-mm-dd): ${date}`);
  return n;
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;

interface Compiled {
  off: Set<number>;
  worked: Set<number>;
}

// A queue of 2,000 dossiers asks the same calendar thousands of times: expand its spans once.
const compiled = new WeakMap<CalendarDays, Compiled>();

function compile(calendar: CalendarDays): Compiled {
  let c = compiled.get(calendar);
  if (!c) {
    const off = new Set<number>();
    for (const span of calendar.daysOff) {
      const last = dayNumber(span.to ?? span.from);
      for (let d = dayNumber(span.from); d <= last; d++) off.add(d);
    }
    c = { off, worked: new Set((calendar.makeUpDays ?? []).map((m) => dayNumber(m.date))) };
    compiled.set(calendar, c);
  }
  return c;
}

function working(day: number, c: Compiled): boolean {
  if (c.worked.has(day)) return true;
  const w = weekday(day);
  return w !== 0 && w !== 6 && !c.off.has(day);
}

/** Whether `date` is a working day: a weekday not off, or a make-up day. */
export function isWorkingDay(date: string, calendar: CalendarDays): boolean {
  return working(dayNumber(date), compile(calendar));
}

/** The `count`-th working day after `date` (`date` itself when `count` is 0). */
export function addWorkingDays(date: string, count: number, calendar: CalendarDays): string {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a whole number, not negative: ${count}`);
  const c = compile(calendar);
  let day = dayNumber(date);
  for (let left = count; left > 0; ) if (working(++day, c)) left--;
  return isoDate(day);
}

/**
 * The working days after `from` up to and including `to`; negative (the
 * working days after `to` up to and including `from`) when `to` is earlier.
 */
export function workingDaysBetween(from: string, to: string, calendar: CalendarDays): number {
  const c = compile(calendar);
  const a = dayNumber(from);
  const b = dayNumber(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let n = 0;
  for (let d = lo + 1; d <= hi; d++) if (working(d, c)) n++;
  return n === 0 ? 0 : sign * n;
}

/** The last day of the appraisal of a dossier complete on `completeOn`: its `workingDays`-th working day after. */
export function appraisalDueDate(completeOn: string, calendar: CalendarDays, workingDays: number = DEFAULT_APPRAISAL_WORKING_DAYS): string {
  if (!Number.isSafeInteger(workingDays) || workingDays < 1) throw new RangeError(`workingDays must be a whole number of at least 1: ${workingDays}`);
  return addWorkingDays(completeOn, workingDays, calendar);
}

/**
 * Working days left after `today` up to the due date: 0 on the due date
 * itself (still on time, due today), negative once it has passed (the
 * working days overdue; 0 on a weekend right after the due date, which
 * `deadlineStatus` still calls overdue).
 */
export function workingDaysLeft(today: string, dueOn: string, calendar: CalendarDays): number {
  return workingDaysBetween(today, dueOn, calendar);
}

/**
 * `overdue` after the due date; `dueSoon` up to it while at most
 * `dueSoonWithin` working days are left; `onTime` before that.
 */
export function deadlineStatus(today: string, dueOn: string, calendar: CalendarDays, dueSoonWithin: number = DEFAULT_DUE_SOON_WITHIN): DeadlineStatus {
  if (!Number.isSafeInteger(dueSoonWithin) || dueSoonWithin < 0) throw new RangeError(`dueSoonWithin must be a whole number, not negative: ${dueSoonWithin}`);
  if (dayNumber(today) > dayNumber(dueOn)) return 'overdue';
  return workingDaysLeft(today, dueOn, calendar) <= dueSoonWithin ? 'dueSoon' : 'onTime';
}

export interface AppraisalDeadline {
  dueOn: string;
  workingDaysLeft: number;
  status: DeadlineStatus;
  /** False when the calendar does not list the holidays of every year from completion to today or the due date: the dates then count weekends only past its years. */
  calendarComplete: boolean;
}

/** Everything an appraiser's queue shows of a dossier's deadline, in one call. */
export function appraisalDeadline(input: {
  completeOn: string;
  today: string;
  calendar: CalendarDays;
  /** The award type's `appraisalWorkingDays`; the default when absent. */
  workingDays?: number | undefined;
  dueSoonWithin?: number | undefined;
}): AppraisalDeadline {
  const { completeOn, today, calendar } = input;
  const dueOn = appraisalDueDate(completeOn, calendar, input.workingDays ?? DEFAULT_APPRAISAL_WORKING_DAYS);
  const last = today > dueOn ? today : dueOn;
  return {
    dueOn,
    workingDaysLeft: workingDaysLeft(today, dueOn, calendar),
    status: deadlineStatus(today, dueOn, calendar, input.dueSoonWithin ?? DEFAULT_DUE_SOON_WITHIN),
    calendarComplete: calendarCovers(calendar, completeOn, last),
  };
}

/** Whether the calendar lists the days off of every year from `from` to `to`. A calendar that names no years is taken as complete. */
export function calendarCovers(calendar: CalendarDays, from: string, to: string): boolean {
  if (!calendar.years) return true;
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!calendar.years.includes(y)) return false;
  return true;
}
