import * as z from 'zod/mini';
import { Id, IsoDate, LocalizedText, PlainText } from './common.js';

/**
 * A document a target or a campaign comes from: a plan, a resolution, a
 * published article. Targets cite one so a reader can check where a number
 * was set.
 */
export const SourceDocument = z.object({
  id: Id,
  title: LocalizedText,
  issuer: z.optional(PlainText(500)),
  /** The document's number as printed, e.g. "230/NQ-HĐND". */
  reference: z.optional(PlainText(200)),
  issuedOn: z.optional(IsoDate),
  /** Web pages only: a `javascript:` or `data:` link would run or smuggle content on every portal showing it. */
  url: z.optional(z.url({ protocol: /^https?$/ })),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** A group of indicators shown together (skills, public services, …). */
export const IndicatorDomain = z.object({
  id: Id,
  title: LocalizedText,
});
export type IndicatorDomain = z.infer<typeof IndicatorDomain>;

/** The emulation contents of a plan; nominations cite one as the field of achievement. */
export const AchievementCategory = z.object({
  id: Id,
  title: LocalizedText,
});
export type AchievementCategory = z.infer<typeof AchievementCategory>;

export const AwardRoundKind = z.enum(['interim', 'final']);

/** A ceremony at which nominations are awarded (sơ kết / tổng kết). */
export const AwardRound = z.object({
  id: Id,
  title: LocalizedText,
  date: IsoDate,
  kind: AwardRoundKind,
});
export type AwardRound = z.infer<typeof AwardRound>;

/** An emulation movement (phong trào thi đua). */
export const Campaign = z
  .object({
    id: Id,
    title: LocalizedText,
    issuer: LocalizedText,
    /** The unit that runs the movement; its own progress is shown when no unit is named. */
    ownerUnitId: Id,
    startsOn: IsoDate,
    endsOn: IsoDate,
    sourceDocumentId: Id,
    domains: z.array(IndicatorDomain).check(z.minLength(1)),
    achievementCategories: z.array(AchievementCategory),
    rounds: z.array(AwardRound),
  })
  .check(
    z.refine((c) => c.startsOn <= c.endsOn, {
      path: ['endsOn'],
      params: { messageKey: 'endsBeforeStart' },
    }),
  );
export type Campaign = z.infer<typeof Campaign>;
