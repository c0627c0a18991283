import * as z from 'zod/mini';
import { SourceDocument } from './campaign.js';
import { Id, IsoDate, LocalizedText } from './common.js';
import type { CalendarDays } from './deadlines.js';

/*
 * The working calendar a catalog brings for counting appraisal time
 * (deadlines.ts): the public holidays and days swapped off of each year, the
 * weekend days worked in exchange, and the documents that decided them.
 * Holidays move every year (Tết and Giỗ Tổ follow the lunar calendar, and
 * the Government decides the swaps), so they are data, not code.
 */

/** Days off besides weekends, both ends included; a span may take in the weekends around a holiday, as the decisions write it. */
export const DayOffSpan = z
  .object({
    from: IsoDate,
    to: z.optional(IsoDate),
    title: LocalizedText,
    /** The `sources` entry that decided it. */
    sourceId: z.optional(Id),
  })
  .check(
    z.refine((s) => !s.to || s.from <= s.to, { path: ['to'], params: { messageKey: 'endsBeforeStart' } }),
    // A span is one holiday: a year's length is the most a typo should be allowed to expand into.
    z.refine((s) => !s.to || Date.parse(s.to) - Date.parse(s.from) <= 31 * 86_400_000, { path: ['to'], params: { messageKey: 'dayOffSpanTooLong' } }),
  );
export interface DayOffSpan extends z.infer<typeof DayOffSpan> {}

/** A Saturday or Sunday worked in exchange for a weekday off (ngày làm bù). */
export const MakeUpDay = z.object({
  date: IsoDate,
  title: LocalizedText,
  sourceId: z.optional(Id),
});
export interface MakeUpDay extends z.infer<typeof MakeUpDay> {}

const isWeekend = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

export const WorkingCalendar = z
  .object({
    /** The years whose days off are all listed; a deadline reaching past them counts weekends only there and says so. */
    years: z.array(z.int().check(z.minimum(1945), z.maximum(2200))).check(z.minLength(1)),
    daysOff: z.array(DayOffSpan),
    makeUpDays: z.array(MakeUpDay),
    sources: z.array(SourceDocument),
  })
  .check(
    z.superRefine((calendar, ctx) => {
      const sources = new Set(calendar.sources.map((s) => s.id));
      const issue = (path: (string | number)[], messageKey: string, input: unknown) =>
        ctx.addIssue({ code: 'custom', path, params: { messageKey }, input });
      const off = (date: string) => calendar.daysOff.some((s) => s.from <= date && date <= (s.to ?? s.from));
      calendar.daysOff.forEach((s, i) => {
        if (s.sourceId && !sources.has(s.sourceId)) issue(['daysOff', i, 'sourceId'], 'unknownSource', s.sourceId);
      });
      const seen = new Set<string>();
      calendar.makeUpDays.forEach((m, i) => {
        if (!isWeekend(m.date)) issue(['makeUpDays', i, 'date'], 'makeUpDayNotWeekend', m.date);
        else if (off(m.date)) issue(['makeUpDays', i, 'date'], 'makeUpDayIsDayOff', m.date);
        if (seen.has(m.date)) issue(['makeUpDays', i, 'date'], 'duplicateDate', m.date);
        seen.add(m.date);
        if (m.sourceId && !sources.has(m.sourceId)) issue(['makeUpDays', i, 'sourceId'], 'unknownSource', m.sourceId);
      });
    }),
  );
export interface WorkingCalendar extends z.infer<typeof WorkingCalendar> {}

// A catalog's calendar is what the working-day functions read.
type Holds<T extends true> = T;
type CalendarIsReadable = Holds<WorkingCalendar extends CalendarDays ? true : false>;
