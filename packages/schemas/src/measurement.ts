import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, PlainText } from './common.js';

/** A value of an indicator for one unit on one date, with where it came from. */
export const Measurement = z.object({
  id: z.string().check(z.minLength(1)),
  indicatorId: Id,
  unitId: Id,
  value: z.number().check(z.refine(Number.isFinite, { params: { messageKey: 'finite' } })),
  measuredOn: IsoDate,
  /** Where the figure comes from: a report, a system export, a survey. */
  source: PlainText(500),
  reportedBy: z.optional(PlainText(500)),
  recordedAt: IsoDateTime,
  /** Invented figures seeded for demonstration; never to be read as real progress. */
  demo: z.boolean(),
});
export interface Measurement extends z.infer<typeof Measurement> {}
