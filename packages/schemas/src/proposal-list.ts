import * as z from 'zod/mini';
import { AWARD_CODE_PATTERN, NomineeGroup } from './award.js';
import { Id, IsoDateTime, LocalizedText } from './common.js';
import { NominationStatus, ProposalStatus, RecordId, Reference } from './nomination.js';
import { NextCursor, PAGE_SIZES, pageQuery } from './pagination.js';

/*
 * The lists of a proposing unit's own dossiers: its proposals, and its
 * nominations across them, each item with what a list shows — reference,
 * nominee's name, award, round, status, last change, counts — and nothing
 * more. No date of birth, gender, contact or file name is in a list item,
 * even though the unit may read them in the proposal itself: a list is
 * shown on screens, printed and exported, and what it does not carry it
 * cannot leak. Only the caller's token's units are listed.
 */

/** Filters both lists take; each narrows, none widens past the token's units. */
const DossierFilters = {
  /** One campaign. */
  campaign: z.optional(Id),
  /** One award round. */
  round: z.optional(Id),
  /** One of the token's units (a token scoped to several); all of them when absent. */
  unit: z.optional(Id),
};

export const ProposalListQuery = z.object({
  ...DossierFilters,
  /** The proposal's own status. */
  status: z.optional(ProposalStatus),
  ...pageQuery(PAGE_SIZES.proposals),
});
export interface ProposalListQuery extends z.infer<typeof ProposalListQuery> {}

export const NominationListQuery = z.object({
  ...DossierFilters,
  /** The nominations of one proposal only. */
  proposal: z.optional(RecordId),
  /** The nomination's own status (appraisal decides the nominations of one proposal apart). */
  status: z.optional(NominationStatus),
  ...pageQuery(PAGE_SIZES.nominations),
});
export interface NominationListQuery extends z.infer<typeof NominationListQuery> {}

/** The round a dossier is for; `title` is null when the catalog no longer lists the round. */
export const RoundRef = z.object({ id: Id, title: z.nullable(LocalizedText) });
export interface RoundRef extends z.infer<typeof RoundRef> {}
/** The award a dossier proposes. */
export const AwardTypeRef = z.object({ id: Id, code: z.string().check(z.regex(AWARD_CODE_PATTERN)), title: LocalizedText });
export interface AwardTypeRef extends z.infer<typeof AwardTypeRef> {}

const count = z.int().check(z.minimum(0));

/** What the list of a unit's proposals shows of one. */
export const ProposalSummary = z.object({
  id: RecordId,
  /** Given on submission, e.g. `BN2026-BK-0042`; null for a draft. */
  reference: z.nullable(Reference),
  /** Where it stands in the workflow (`draft`, `submitted`, `underAppraisal`, `returned`, …). */
  status: ProposalStatus,
  campaignId: Id,
  /** The award round it is for. */
  round: RoundRef,
  /** The award proposed. */
  awardType: AwardTypeRef,
  proposingUnitId: Id,
  /** How many nominations (individuals and collectives) and shared files it holds. */
  counts: z.object({ nominations: count, individuals: count, collectives: count, files: count }),
  createdAt: IsoDateTime,
  /** The last write to the proposal, its nominations or its files. */
  updatedAt: IsoDateTime,
  /** When it was first submitted; null for a draft. */
  submittedAt: z.nullable(IsoDateTime),
});
export interface ProposalSummary extends z.infer<typeof ProposalSummary> {}

/** A page of a unit's proposals, newest first; `next` is the cursor of the following page. */
export const ProposalList = z.object({ items: z.array(ProposalSummary), next: NextCursor });
export interface ProposalList extends z.infer<typeof ProposalList> {}

/** What the list of a unit's nominations shows of one. */
export const NominationSummary = z.object({
  id: RecordId,
  /** Given on submission, e.g. `BN2026-BK-0042-03`; null while its proposal is a draft. */
  reference: z.nullable(Reference),
  /** The nomination's own status (appraisal may decide nominations of one proposal apart). */
  status: NominationStatus,
  /** The proposal (dossier) it belongs to. */
  proposal: z.object({ id: RecordId, reference: z.nullable(Reference), status: ProposalStatus }),
  campaignId: Id,
  /** The award round. */
  round: RoundRef,
  /** The award proposed. */
  awardType: AwardTypeRef,
  proposingUnitId: Id,
  /** Who, as an awards list would name them: the collective's full name, or the person's three names joined. */
  nominee: z.object({ type: z.enum(['collective', 'individual']), group: NomineeGroup, name: z.string() }),
  /** How complete it is: achievement categories cited, achievements written, criteria attested, files. */
  counts: z.object({ achievementCategories: count, achievements: count, attestedCriteria: count, files: count }),
  /** The last change to the nomination or its files. */
  updatedAt: IsoDateTime,
});
export interface NominationSummary extends z.infer<typeof NominationSummary> {}

/**
 * A page of a unit's nominations, by proposal (newest first) and within one
 * in the proposal's order; `next` is the cursor of the following page.
 */
export const NominationList = z.object({ items: z.array(NominationSummary), next: NextCursor });
export interface NominationList extends z.infer<typeof NominationList> {}
