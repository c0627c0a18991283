import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, PlainText } from './common.js';
import type { DeadlineStatus as DeadlineStatusType } from './deadlines.js';
import { CommentAudience, DossierComment, HistoryEntry, UnitRef } from './dossier-history.js';
import { Proposal, RecordId, Reference } from './nomination.js';
import { NextCursor, PAGE_SIZES, pageQuery } from './pagination.js';
import { CompleteAppraisalAction, MarkEligibleAction, RejectAction, ReturnAction, StartAppraisalAction } from './proposal-actions.js';
import { AwardTypeRef, RoundRef } from './proposal-list.js';
import { WORKFLOW_ACTION_TYPES } from './proposal-workflow.js';

/*
 * The appraisers' side of a dossier (nominations part 2): their queue, one
 * proposal as they read it — everything submitted, a criteria checklist per
 * nomination, comments, the history, the actions open to them and the
 * appraisal deadline — and what they write: workflow actions, checklists,
 * comments. An appraiser sees only the proposals of award types its unit
 * appraises (the award type's `appraisingUnitIds`); the coordinator sees
 * all. Drafts are never shown.
 */

/** Where a proposal may be once submitted: every state but draft. */
export const APPRAISAL_STATUSES = ['submitted', 'underAppraisal', 'returned', 'resubmitted', 'appraised', 'withdrawn'] as const;
export const AppraisalStatus = z.enum(APPRAISAL_STATUSES);
export type AppraisalStatus = z.infer<typeof AppraisalStatus>;

/** How a running deadline stands (deadlines.ts, where it is defined free of zod). */
export const DeadlineStatus = z.enum(['onTime', 'dueSoon', 'overdue']);
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;

/** What the queue sorts by: the due date, the day the dossier was complete (its latest submit or resubmit), the reference. */
export const APPRAISAL_SORTS = ['dueOn', 'submittedOn', 'reference'] as const;
export const AppraisalSort = z.enum(APPRAISAL_SORTS);
export type AppraisalSort = z.infer<typeof AppraisalSort>;

export const AppraisalListQuery = z.object({
  /** One campaign. */
  campaignId: z.optional(Id),
  /** One award round. */
  roundId: z.optional(Id),
  /** One award type. */
  awardTypeId: z.optional(Id),
  /** One proposing unit. */
  proposingUnitId: z.optional(Id),
  /** One workflow state. */
  status: z.optional(AppraisalStatus),
  /** Only dossiers whose appraisal clock runs and stands so (a returned or appraised dossier has none). */
  deadline: z.optional(DeadlineStatus),
  /** `dueOn` when omitted; dossiers without a running deadline come last either way. */
  sort: z.optional(AppraisalSort),
  /** `asc` when omitted. */
  order: z.optional(z.enum(['asc', 'desc'])),
  ...pageQuery(PAGE_SIZES.appraisals),
});
export interface AppraisalListQuery extends z.infer<typeof AppraisalListQuery> {}

/**
 * The appraisal time of a dossier while its clock runs (submitted, under
 * appraisal, resubmitted): counted in working days from `completeOn`, the
 * day of its latest submit or resubmit, over the catalog's working calendar.
 */
export const DossierDeadline = z.object({
  /** The day the dossier was last made complete (its latest submit or resubmit): the clock starts from it. */
  completeOn: IsoDate,
  /** The last day of the appraisal time: `appraisalWorkingDays` working days (25 by default) after `completeOn`. */
  dueOn: IsoDate,
  /** 0 on the due date, negative once overdue (see `workingDaysLeft`). */
  workingDaysLeft: z.int(),
  /** `onTime`, `dueSoon` (5 working days or fewer left, up to the due date) or `overdue` (past it). */
  status: DeadlineStatus,
  /** False when the calendar lacks the holidays of a year the period spans: weekends only were skipped there. */
  calendarComplete: z.boolean(),
});
export interface DossierDeadline extends z.infer<typeof DossierDeadline> {}

const count = z.int().check(z.minimum(0));

/** One dossier in the appraisers' queue: no contact, no nominee, no file — a list carries no personal data. */
export const AppraisalSummary = z.object({
  id: RecordId,
  /** The dossier's reference, e.g. `BN2026-BK-0042`. */
  reference: Reference,
  /** Where it stands in the workflow (never `draft`). */
  status: AppraisalStatus,
  campaignId: Id,
  /** The award round. */
  round: RoundRef,
  /** The award proposed. */
  awardType: AwardTypeRef,
  /** The unit that proposes. */
  proposingUnit: UnitRef,
  /** How many nominees it proposes. */
  nominationCount: count,
  /** When the dossier was last made complete: its latest submit or resubmit. */
  dossierCompleteAt: IsoDateTime,
  /** Null while the clock does not run: returned to the proposer, appraised, withdrawn. */
  deadline: z.nullable(DossierDeadline),
  /** The proposal's version (its ETag is `"<version>"`). */
  version: z.int(),
});
export interface AppraisalSummary extends z.infer<typeof AppraisalSummary> {}

/** A page of the appraisers' queue; `next` is the cursor of the following page. */
export const AppraisalList = z.object({ items: z.array(AppraisalSummary), next: NextCursor });
export interface AppraisalList extends z.infer<typeof AppraisalList> {}

/** The appraiser's finding on one criterion: met, not met, or not yet looked at (null). */
export const CriterionCheck = z.object({
  /** The criterion (tiêu chuẩn) checked. */
  criterionId: Id,
  /** The appraiser's finding: met, not met, or null when not yet looked at. */
  met: z.nullable(z.boolean()),
  /** The appraiser's note on it, for the appraisers only. */
  note: z.nullable(z.string()),
});
export interface CriterionCheck extends z.infer<typeof CriterionCheck> {}

/** One nomination's checklist: every criterion of the campaign that applies to its nominee group, in the catalog's order. */
export const NominationChecklist = z.object({
  /** The nomination checked. */
  nominationId: RecordId,
  criteria: z.array(CriterionCheck),
  /** The last change; null while nobody has filled it in. */
  updatedAt: z.nullable(IsoDateTime),
});
export interface NominationChecklist extends z.infer<typeof NominationChecklist> {}

/** The body that sets a nomination's checklist: the criteria given are set, the others left as they are. */
export const ChecklistUpdate = z.object({
  /** The criteria to set, each with its finding and an optional note. */
  criteria: z
    .array(
      z.object({
        criterionId: Id,
        met: z.nullable(z.boolean()),
        note: z.optional(z.nullable(PlainText(1000, { multiline: true }))),
      }),
    )
    .check(
      z.minLength(1),
      z.maxLength(50),
      z.refine((items) => new Set(items.map((i) => i.criterionId)).size === items.length, { params: { messageKey: 'duplicateItems' } }),
    ),
});
export interface ChecklistUpdate extends z.infer<typeof ChecklistUpdate> {}

export const COMMENT_MAX = 2000;

/** A comment: internal among the appraisers, or addressed to the proposing unit; about the dossier or one nomination. */
export const CommentInput = z.object({
  /** The comment. */
  text: PlainText(COMMENT_MAX, { multiline: true }),
  /** `internal` (the appraisers only) or `proposer` (shown to the proposing unit in `Proposal.messages`). */
  audience: CommentAudience,
  /** The nomination it is about; the whole dossier when absent. */
  nominationId: z.optional(RecordId),
});
export interface CommentInput extends z.infer<typeof CommentInput> {}

/** The workflow actions an appraiser takes (the body of `actOnAppraisal`). */
export const AppraisalAction = z.discriminatedUnion('type', [StartAppraisalAction, ReturnAction, MarkEligibleAction, RejectAction, CompleteAppraisalAction]);
export type AppraisalAction = z.infer<typeof AppraisalAction>;

/**
 * A proposal as the appraisers read it: the whole proposal — contact,
 * nominees with their personal data, files (each with its `href`) — whose
 * `history` is the full one (appraisers' notes and checklist changes
 * included), with `comments` (internal and to the proposer; `messages`
 * keeps those to the proposer, as the proposer reads them), the checklist
 * of each nomination, the actions the caller may take now, and the deadline.
 */
export const Appraisal = z.extend(Proposal, {
  /** The unit that proposes. */
  proposingUnit: UnitRef,
  /** The award round. */
  round: RoundRef,
  /** The award proposed. */
  awardType: AwardTypeRef,
  /** Everything that happened to it, appraisers' notes and checklist changes included, oldest first. */
  history: z.array(HistoryEntry),
  /** Every comment, internal and to the proposer, oldest first. */
  comments: z.array(DossierComment),
  /** The criteria checklist of each nomination. */
  checklists: z.array(NominationChecklist),
  /** What the caller may do now (`availableActions` of the workflow): what a review screen offers. */
  availableActions: z.array(z.enum(WORKFLOW_ACTION_TYPES)),
  /** The appraisal deadline while the clock runs; null otherwise (returned, appraised, withdrawn). */
  deadline: z.nullable(DossierDeadline),
  /** The proposal's version: the ETag, and what a write names in If-Match. */
  version: z.int(),
});
export interface Appraisal extends z.infer<typeof Appraisal> {}

/** The path of one nomination's checklist. */
export const ChecklistPathParams = z.object({ proposalId: RecordId, nominationId: RecordId });

// The schema and the zod-free type in deadlines.ts must describe the same values: a drift fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type DeadlineMatches = Holds<Same<DeadlineStatus, DeadlineStatusType>>;
