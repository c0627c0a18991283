import * as z from 'zod/mini';
import { IsoDate, noControlCharacters } from './common.js';
import { RecordId } from './nomination.js';
import { DOSSIER_TIME_ZONE, dateIn } from './nomination-rules.js';
import type { AwardDecision as AwardDecisionType, WorkflowAction as WorkflowActionType } from './proposal-workflow.js';
import { requiredWith } from './validation.js';

/*
 * The workflow's actions as a request body: a discriminated union on `type`,
 * validated with messages in vi and en and the path of each field. The rules
 * the law sets — a return and a rejection give their reason, a decision its
 * number, date and signer — are checked here at the boundary and again by
 * `applyAction` (proposal-workflow.ts), which also knows the proposal.
 */

const REASON_MAX = 2000;

/** A text the rule requires: missing or blank reads with `messageKey`, not a generic "expected string". */
const required = (max: number, messageKey: string, multiline = false) =>
  requiredWith(
    z.string().check(
      z.trim(),
      z.refine((s) => s.length > 0, { params: { messageKey } }),
      z.maxLength(max),
      noControlCharacters(multiline),
    ),
    messageKey,
  );

/** A text that may be left empty: a blank one counts as absent, as a form sends an untouched field. */
const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max), noControlCharacters(true)));

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

/** The Chairman's decision (quyết định khen thưởng) as signed: its number, date and signer. */
export const AwardDecision = z.object({
  number: required(50, 'decisionNumberRequired'),
  signedOn: requiredWith(
    IsoDate.check(z.refine((d) => d <= dateIn(new Date(), DOSSIER_TIME_ZONE), { params: { messageKey: 'decisionDateFuture' } })),
    'decisionDateRequired',
  ),
  signer: z.object({
    name: required(100, 'signerNameRequired'),
    title: required(200, 'signerTitleRequired'),
  }),
});
export interface AwardDecision extends z.infer<typeof AwardDecision> {}

export const SubmitAction = z.object({ type: z.literal('submit') });
export const WithdrawAction = z.object({ type: z.literal('withdraw'), reason: optionalText(REASON_MAX) });
export const StartAppraisalAction = z.object({ type: z.literal('startAppraisal') });

/**
 * A return for completion: one reason for the whole dossier, the
 * nominations concerned each with its own reason where they differ, or both
 * (a nomination listed without a reason takes the shared one).
 */
export const ReturnAction = z
  .object({
    type: z.literal('return'),
    reason: optionalText(REASON_MAX),
    nominations: z.optional(
      z.array(z.object({ nominationId: RecordId, reason: optionalText(REASON_MAX) })).check(z.maxLength(500)),
    ),
  })
  .check(
    z.superRefine((action, ctx) => {
      const listed = action.nominations ?? [];
      const shared = Boolean(action.reason);
      if (listed.length === 0 && !shared) ctx.addIssue({ code: 'custom', path: ['reason'], params: { messageKey: 'returnReasonRequired' }, input: action.reason });
      const seen = new Set<string>();
      listed.forEach((r, i) => {
        if (!r.reason && !shared)
          ctx.addIssue({ code: 'custom', path: ['nominations', i, 'reason'], params: { messageKey: 'nominationReturnReasonRequired' }, input: r.reason });
        if (seen.has(r.nominationId))
          ctx.addIssue({ code: 'custom', path: ['nominations', i, 'nominationId'], params: { messageKey: 'duplicateItems' }, input: r.nominationId });
        seen.add(r.nominationId);
      });
    }),
  );

/** A note may answer the return (what was corrected): kept in the history, read by the appraisers and the unit. */
export const ResubmitAction = z.object({ type: z.literal('resubmit'), note: optionalText(REASON_MAX) });
/** The body of `resubmitProposal`: the action's note, if any (the body may be left out). */
export const ResubmitInput = z.object({ note: ResubmitAction.shape.note });
/** What the unit corrected, told to the appraisers with a resubmission. */
export interface ResubmitInput extends z.infer<typeof ResubmitInput> {}
export const MarkEligibleAction = z.object({ type: z.literal('markEligible'), nominationId: RecordId, note: optionalText(REASON_MAX) });
/** Not eligible: the reason is required (it is notified to the proposing unit). */
export const RejectAction = z.object({ type: z.literal('reject'), nominationId: RecordId, reason: required(REASON_MAX, 'rejectReasonRequired', true) });
export const CompleteAppraisalAction = z.object({ type: z.literal('completeAppraisal'), note: optionalText(REASON_MAX) });
/** The Chairman's decision, and the eligible nominations of this proposal it awards. */
export const RecordDecisionAction = z.object({
  type: z.literal('recordDecision'),
  decision: AwardDecision,
  nominationIds: z.array(RecordId).check(
    z.refine((ids) => ids.length > 0, { params: { messageKey: 'decisionNominationsRequired' } }),
    z.refine(unique, { params: { messageKey: 'duplicateItems' } }),
    z.maxLength(500),
  ),
});

export interface SubmitAction extends z.infer<typeof SubmitAction> {}
export interface WithdrawAction extends z.infer<typeof WithdrawAction> {}
export interface StartAppraisalAction extends z.infer<typeof StartAppraisalAction> {}
export interface ReturnAction extends z.infer<typeof ReturnAction> {}
export interface ResubmitAction extends z.infer<typeof ResubmitAction> {}
export interface MarkEligibleAction extends z.infer<typeof MarkEligibleAction> {}
export interface RejectAction extends z.infer<typeof RejectAction> {}
export interface CompleteAppraisalAction extends z.infer<typeof CompleteAppraisalAction> {}
export interface RecordDecisionAction extends z.infer<typeof RecordDecisionAction> {}

export const WorkflowAction = z.discriminatedUnion('type', [
  SubmitAction,
  WithdrawAction,
  StartAppraisalAction,
  ReturnAction,
  ResubmitAction,
  MarkEligibleAction,
  RejectAction,
  CompleteAppraisalAction,
  RecordDecisionAction,
]);
export type WorkflowAction = z.infer<typeof WorkflowAction>;

// The schemas and the zod-free types in proposal-workflow.ts must describe the same values: a drift fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type SchemasMatchWorkflow = [
  Holds<Same<z.infer<typeof WorkflowAction>, WorkflowActionType>>,
  Holds<Same<z.infer<typeof AwardDecision>, AwardDecisionType>>,
];
