import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, PlainText } from './common.js';

/** A value of an indicator for one unit on one date, with where it came from. */
export const Measurement = z.object({
  id: z.string().check(z.minLength(1)),
  /** The indicator measured. */
  indicatorId: Id,
  /** The unit whose figure it is. */
  unitId: Id,
  /** The figure, in the indicator's `unit`. */
  value: z.number().check(z.refine(Number.isFinite, { params: { messageKey: 'finite' } })),
  /** The day the figure describes (not the day it was reported). */
  measuredOn: IsoDate,
  /** Where the figure comes from: a report, a system export, a survey. */
  source: PlainText(500),
  /** Who reported it (an office or a person's role), as given. */
  reportedBy: z.optional(PlainText(500)),
  /** When the server recorded it. */
  recordedAt: IsoDateTime,
  /** Invented figures seeded for demonstration; never to be read as real progress. */
  demo: z.boolean(),
});
export interface Measurement extends z.infer<typeof Measurement> {}
