import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, LocalizedText } from './common.js';
import { PROPOSAL_STATUSES, type AwardDecision, type WorkflowActionType } from './proposal-workflow.js';
import { ROLES } from './roles.js';

/*
 * What a dossier's history and its comments look like in a response: the
 * proposing unit reads them in its proposal, the appraisers in the
 * appraisal. An actor is shown as a role and a unit, never as a token or a
 * person: who typed it stays inside the appraising unit. No personal data
 * (the history names fields, never their values).
 *
 * Kept apart from nomination.ts, which uses these shapes in `Proposal`, and
 * free of its imports, so the two modules form no cycle.
 */

/** A unit as a response names it. */
export const UnitRef = z.object({ id: Id, name: LocalizedText });
export interface UnitRef extends z.infer<typeof UnitRef> {}

/** The Chairman's decision as stored on an awarded nomination (the request's checks are `AwardDecision`'s in proposal-actions.ts). */
export const AwardDecisionRecord = z.object({
  /** As printed, e.g. "1234/QĐ-UBND" (quyết định of the provincial People's Committee). */
  number: z.string(),
  /** The day it was signed. */
  signedOn: IsoDate,
  /** Who signed it and their title. */
  signer: z.object({ name: z.string(), title: z.string() }),
});
export interface AwardDecisionRecord extends z.infer<typeof AwardDecisionRecord> {}

/**
 * What happened, as events: the proposer's edits (part 1), then the
 * workflow's steps, and the appraisers' own work (`checklistUpdated`, shown
 * to the appraisers only).
 */
export const HISTORY_ACTIONS = [
  'created',
  'updated',
  'nominationAdded',
  'nominationUpdated',
  'nominationRemoved',
  'nominationImported',
  'fileAdded',
  'fileRemoved',
  'submitted',
  'withdrawn',
  'appraisalStarted',
  'returned',
  'resubmitted',
  'markedEligible',
  'rejected',
  'appraisalCompleted',
  'decisionRecorded',
  'checklistUpdated',
] as const;
export const HistoryAction = z.enum(HISTORY_ACTIONS);
export type HistoryAction = z.infer<typeof HistoryAction>;

/** The history entry each workflow action is recorded as. */
export const HISTORY_ACTION_OF: Readonly<Record<WorkflowActionType, HistoryAction>> = {
  submit: 'submitted',
  withdraw: 'withdrawn',
  startAppraisal: 'appraisalStarted',
  return: 'returned',
  resubmit: 'resubmitted',
  markEligible: 'markedEligible',
  reject: 'rejected',
  completeAppraisal: 'appraisalCompleted',
  recordDecision: 'decisionRecorded',
};

/** Who acted: a role and the unit it acted for (none for the coordinator, who acts for every unit); null when the server itself did. */
export const HistoryActor = z.nullable(z.object({ role: z.enum(ROLES), unit: z.nullable(UnitRef) }));
export type HistoryActor = z.infer<typeof HistoryActor>;

const ProposalStatusValue = z.enum(PROPOSAL_STATUSES);

/** One step of a dossier's history, oldest first in a list. */
export const HistoryEntry = z.object({
  /** When it happened. */
  at: IsoDateTime,
  /** What happened: `created`, `submitted`, `returned`, `nominationRejected`, `decisionRecorded`, … */
  action: HistoryAction,
  /** The nomination it is about, when one. */
  nominationId: z.nullable(z.uuid()),
  /** The proposal's status before and after (equal when the step did not move it; `from` null at creation). */
  from: z.nullable(ProposalStatusValue),
  /** The status after the step. */
  to: z.nullable(ProposalStatusValue),
  /** Who acted, as a role and a unit: never a person's token or name. */
  actor: HistoryActor,
  /** Why: a return's reason for the whole dossier, a rejection's, a withdrawal's. */
  reason: z.optional(z.string()),
  /** A return's nominations, each with its own reason (or the shared one). */
  nominations: z.optional(z.array(z.object({ nominationId: z.uuid(), reason: z.nullable(z.string()) }))),
  /** A note given with the step: the proposer's with a resubmission (shown to both), an appraiser's (shown to the appraisers only). */
  note: z.optional(z.string()),
  /** The fields a write changed, by name (never their values). */
  fields: z.array(z.string()),
  /** The proposal's version after the step. */
  version: z.int(),
});
export interface HistoryEntry extends z.infer<typeof HistoryEntry> {}

/** `internal`: among the appraisers only; `proposer`: addressed to the proposing unit, which reads it in its proposal. */
export const CommentAudience = z.enum(['internal', 'proposer']);
export type CommentAudience = z.infer<typeof CommentAudience>;

/** An appraiser's comment on a dossier or one of its nominations. */
export const DossierComment = z.object({
  /** The comment's id. */
  id: z.uuid(),
  /** What was written. */
  text: z.string(),
  /** `internal` (the appraisers only) or `proposer` (the proposing unit reads it too). */
  audience: CommentAudience,
  /** The nomination it is about; null for the whole dossier. */
  nominationId: z.nullable(z.uuid()),
  /** Who wrote it, as a role and a unit. */
  author: z.object({ role: z.enum(ROLES), unit: z.nullable(UnitRef) }),
  /** When it was written. */
  at: IsoDateTime,
});
export interface DossierComment extends z.infer<typeof DossierComment> {}

// The stored decision and the workflow's type must describe the same values: a drift fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type DecisionMatchesWorkflow = Holds<Same<AwardDecisionRecord, AwardDecision>>;
