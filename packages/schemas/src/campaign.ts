import * as z from 'zod/mini';
import { CampaignNominations } from './award.js';
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
export interface SourceDocument extends z.infer<typeof SourceDocument> {}

/** A group of indicators shown together (skills, public services, …). */
export const IndicatorDomain = z.object({
  id: Id,
  title: LocalizedText,
});
export interface IndicatorDomain extends z.infer<typeof IndicatorDomain> {}

/** The emulation contents of a plan; nominations cite one as the field of achievement. */
export const AchievementCategory = z.object({
  id: Id,
  title: LocalizedText,
});
export interface AchievementCategory extends z.infer<typeof AchievementCategory> {}

export const AwardRoundKind = z.enum(['interim', 'final']);

/**
 * A ceremony at which nominations are awarded (sơ kết / tổng kết). A round
 * that takes dossiers names the award types it gives and the days dossiers
 * are received, both inclusive, in the province's time zone
 * (see `dossierWindow`).
 */
export const AwardRound = z
  .object({
    id: Id,
    title: LocalizedText,
    date: IsoDate,
    kind: AwardRoundKind,
    awardTypeIds: z.optional(z.array(Id)),
    dossiersOpenOn: z.optional(IsoDate),
    dossierDeadline: z.optional(IsoDate),
    /** The dossier dates are placeholders for the demo, not published ones. */
    dossierDatesDemo: z.optional(z.boolean()),
    /** The whole round is demo data (see `withDemoRound`), in no published plan: shown marked as such. */
    demo: z.optional(z.boolean()),
  })
  .check(
    z.refine((r) => !r.dossiersOpenOn || !r.dossierDeadline || r.dossiersOpenOn <= r.dossierDeadline, {
      path: ['dossierDeadline'],
      params: { messageKey: 'endsBeforeStart' },
    }),
    z.refine((r) => !r.dossierDeadline || r.dossierDeadline <= r.date, {
      path: ['dossierDeadline'],
      params: { messageKey: 'deadlineAfterCeremony' },
    }),
  );
export interface AwardRound extends z.infer<typeof AwardRound> {}

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
    /** Criteria, reference prefix and privacy notice of its nominations; absent when the campaign takes none. */
    nominations: z.optional(CampaignNominations),
  })
  .check(
    z.refine((c) => c.startsOn <= c.endsOn, {
      path: ['endsOn'],
      params: { messageKey: 'endsBeforeStart' },
    }),
  );
export interface Campaign extends z.infer<typeof Campaign> {}
