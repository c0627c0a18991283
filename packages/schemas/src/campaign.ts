import * as z from 'zod/mini';
import { CampaignNominations } from './award.js';
import { Id, IsoDate, LocalizedText, PlainText } from './common.js';

/**
 * A document a target or a campaign comes from: a plan, a resolution, a
 * published article. Targets cite one so a reader can check where a number
 * was set.
 */
export const SourceDocument = z.object({
  /** The id targets and campaigns cite it by (`sourceDocumentId`). */
  id: Id,
  /** Its title, e.g. the plan launching a movement (Kế hoạch phát động phong trào thi đua). */
  title: LocalizedText,
  /** Who issued it, e.g. "UBND tỉnh Bắc Ninh" (the provincial People's Committee). */
  issuer: z.optional(PlainText(500)),
  /** The document's number as printed, e.g. "230/NQ-HĐND". */
  reference: z.optional(PlainText(200)),
  /** The day it was signed. */
  issuedOn: z.optional(IsoDate),
  /** Web pages only: a `javascript:` or `data:` link would run or smuggle content on every portal showing it. */
  url: z.optional(z.url({ protocol: /^https?$/ })),
});
export interface SourceDocument extends z.infer<typeof SourceDocument> {}

/** A group of indicators shown together (skills, public services, …). */
export const IndicatorDomain = z.object({
  id: Id,
  /** Shown as the heading of its group of cards. */
  title: LocalizedText,
});
export interface IndicatorDomain extends z.infer<typeof IndicatorDomain> {}

/** The emulation contents of a plan; nominations cite one as the field of achievement. */
export const AchievementCategory = z.object({
  id: Id,
  /** E.g. "Bồi dưỡng kiến thức, kỹ năng số" (digital-skills training). */
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
    /** The day of the ceremony; every dossier deadline falls on or before it. */
    date: IsoDate,
    /** `interim` for a sơ kết (a review part-way through the movement), `final` for its tổng kết (the closing review). */
    kind: AwardRoundKind,
    /** The award types (`AwardType.id`) proposed at this round; a round without them takes no dossiers. */
    awardTypeIds: z.optional(z.array(Id)),
    /** The first day dossiers (hồ sơ đề nghị khen thưởng) are received. */
    dossiersOpenOn: z.optional(IsoDate),
    /** The last day dossiers are received, inclusive. */
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
    /** E.g. "Chuyển đổi số trên địa bàn tỉnh Bắc Ninh đến năm 2026" (digital transformation in Bắc Ninh province to 2026). */
    title: LocalizedText,
    /** The authority that launched it, e.g. the provincial People's Committee (UBND tỉnh). */
    issuer: LocalizedText,
    /** The unit that runs the movement; its own progress is shown when no unit is named. */
    ownerUnitId: Id,
    /** First day of the movement. */
    startsOn: IsoDate,
    /** Last day of the movement; after it, its board shows final results (`campaignPhase`). */
    endsOn: IsoDate,
    /** The plan or decision that launched it (a `SourceDocument` id). */
    sourceDocumentId: Id,
    /** The groups its indicators are shown in, in order. */
    domains: z.array(IndicatorDomain).check(z.minLength(1)),
    /** The fields of achievement a nomination may cite. */
    achievementCategories: z.array(AchievementCategory),
    /** Its award ceremonies, interim (sơ kết) and final (tổng kết). */
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
