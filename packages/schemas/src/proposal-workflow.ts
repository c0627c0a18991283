/*
 * How a proposal (hồ sơ đề nghị khen thưởng) moves from the proposing unit to
 * the appraisers and on to the Chairman's decision, as a pure state machine:
 * no I/O, no zod, no clock, no wording (a refusal carries message keys that
 * `ruleIssues` words in vi or en). The server applies it to every workflow
 * write and records each step in the proposal's history; the review screen
 * asks it which actions to offer.
 *
 *   draft ─submit→ submitted ─startAppraisal→ underAppraisal ─completeAppraisal→ appraised
 *   underAppraisal ─return→ returned ─resubmit→ resubmitted ─startAppraisal→ underAppraisal
 *   draft, submitted ─withdraw→ withdrawn
 *   appraised ─recordDecision→ appraised, its eligible nominations awarded
 *
 * While the proposal is under appraisal the appraiser decides each nomination
 * — eligible (proposed to the Chairman) or rejected, with its reason — and may
 * change a decision until the appraisal is completed, which makes them final
 * and needs every nomination decided. A return sends the dossier back for
 * completion with its reasons: one for the whole dossier, or one per
 * nomination where they differ; the nominations it names (or, when it names
 * none, every nomination not yet decided) are the ones returned.
 */
import type { Role } from './roles.js';
import type { LocalizedText } from './text.js';
import type { RuleProblem } from './validation.js';

/** Where a proposal is. `underAppraisal` is the "in appraisal". */
export const PROPOSAL_STATUSES = ['draft', 'submitted', 'underAppraisal', 'returned', 'resubmitted', 'appraised', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * Where one nomination is: while undecided it follows its proposal (draft,
 * submitted, underAppraisal, returned, resubmitted, withdrawn); then its own
 * outcome — eligible or rejected — and, for an eligible one, awarded once the
 * decision is recorded.
 */
export const NOMINATION_STATUSES = [
  'draft',
  'submitted',
  'underAppraisal',
  'returned',
  'resubmitted',
  'eligible',
  'rejected',
  'awarded',
  'withdrawn',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const WORKFLOW_ACTION_TYPES = [
  'submit',
  'withdraw',
  'startAppraisal',
  'return',
  'resubmit',
  'markEligible',
  'reject',
  'completeAppraisal',
  'recordDecision',
] as const;
export type WorkflowActionType = (typeof WORKFLOW_ACTION_TYPES)[number];

/** The Chairman's (or another authority's) decision that grants the award. */
export interface AwardDecision {
  /** As printed, e.g. "1234/QĐ-UBND". */
  number: string;
  /** The date the decision was signed. */
  signedOn: string;
  /** Who signed it, as on the decision: "Nguyễn Văn A", "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH". */
  signer: { name: string; title: string };
}

/** One nomination returned with its own reason; without one, the return's shared reason applies. */
export interface ReturnedNomination {
  nominationId: string;
  reason?: string | undefined;
}

export type WorkflowAction =
  | { type: 'submit' }
  | { type: 'withdraw'; reason?: string | undefined }
  | { type: 'startAppraisal' }
  | { type: 'return'; reason?: string | undefined; nominations?: ReturnedNomination[] | undefined }
  | { type: 'resubmit'; note?: string | undefined }
  | { type: 'markEligible'; nominationId: string; note?: string | undefined }
  | { type: 'reject'; nominationId: string; reason: string }
  | { type: 'completeAppraisal'; note?: string | undefined }
  | { type: 'recordDecision'; decision: AwardDecision; nominationIds: string[] };

export interface WorkflowNomination {
  id: string;
  status: NominationStatus;
  /** Why it is returned (while it is) or rejected. */
  reason?: string | undefined;
  /** The decision that awarded it. */
  decision?: AwardDecision | undefined;
}

/** What the workflow reads and writes of a proposal. */
export interface WorkflowState {
  status: ProposalStatus;
  proposingUnitId: string;
  /**
   * The units whose appraisers appraise it (the award type's
   * `appraisingUnitIds`); when given, an appraiser of another unit is
   * refused. A coordinator acts for the coordinating department whatever its unit.
   */
  appraisingUnitIds?: readonly string[] | undefined;
  /** The reason the whole dossier was returned, while it is. */
  returnReason?: string | undefined;
  nominations: readonly WorkflowNomination[];
}

export interface WorkflowActor {
  role: Role;
  unitId: string;
}

/**
 * Why an action was refused, from the first check that fails:
 * `roleNotAllowed` — the role never takes this action (403);
 * `notOwnUnit` — a proposer of another unit, or an appraiser of a unit that does not appraise this award (403);
 * `wrongState` — the role takes it, but not in this state (409);
 * `invalid` — the action itself is wrong: a reason missing, a nomination not in the proposal (400);
 * `nominationState` — a named nomination is not in a state the action applies to (409);
 * `undecided` — the appraisal cannot be completed while a nomination is undecided (409).
 */
export const REFUSAL_CODES = ['roleNotAllowed', 'notOwnUnit', 'wrongState', 'invalid', 'nominationState', 'undecided'] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface WorkflowRefusal {
  code: RefusalCode;
  /** Each with the path of the action's field it is about (empty for the action as a whole). */
  problems: RuleProblem[];
}

export type WorkflowResult = { ok: true; state: WorkflowState } | { ok: false; refusal: WorkflowRefusal };

/**
 * Who may take which action from which proposal state. A proposer submits,
 * withdraws before appraisal and resubmits after a return, for its own unit;
 * an appraiser takes the dossier into appraisal, returns it, decides each
 * nomination and completes the appraisal; the coordinator records the
 * Chairman's decision, a step apart from judging eligibility. A reporter
 * takes no part.
 */
export const WORKFLOW_RULES: Readonly<Record<WorkflowActionType, { roles: readonly Role[]; from: readonly ProposalStatus[] }>> = {
  submit: { roles: ['proposer'], from: ['draft'] },
  withdraw: { roles: ['proposer'], from: ['draft', 'submitted'] },
  startAppraisal: { roles: ['appraiser'], from: ['submitted', 'resubmitted'] },
  return: { roles: ['appraiser'], from: ['underAppraisal'] },
  resubmit: { roles: ['proposer'], from: ['returned'] },
  markEligible: { roles: ['appraiser'], from: ['underAppraisal'] },
  reject: { roles: ['appraiser'], from: ['underAppraisal'] },
  completeAppraisal: { roles: ['appraiser'], from: ['underAppraisal'] },
  recordDecision: { roles: ['coordinator'], from: ['appraised'] },
};

/** Whether `role` may take `action` on a proposal in `status` (the table above). */
export function mayTake(role: Role, status: ProposalStatus, action: WorkflowActionType): boolean {
  const rule = WORKFLOW_RULES[action];
  return rule.roles.includes(role) && rule.from.includes(status);
}

/** The actions `actor` may take on the proposal now: its role, the state and its unit; what to offer on a review screen. */
export function availableActions(state: Pick<WorkflowState, 'status' | 'proposingUnitId' | 'appraisingUnitIds'>, actor: WorkflowActor): WorkflowActionType[] {
  if (!actsForUnit(state, actor)) return [];
  return WORKFLOW_ACTION_TYPES.filter((action) => mayTake(actor.role, state.status, action));
}

/** States in which the appraisal deadline runs: the dossier is with the appraisers. Returned, it waits for the proposer. */
export const APPRAISAL_CLOCK_STATUSES: readonly ProposalStatus[] = ['submitted', 'underAppraisal', 'resubmitted'];

/**
 * The actions after which the dossier counts as complete, so the appraisal
 * time starts again from that day: a return means it was not.
 */
export const DOSSIER_COMPLETING_ACTIONS: readonly WorkflowActionType[] = ['submit', 'resubmit'];

/** Nominations still waiting for the appraiser's decision. */
const UNDECIDED: readonly NominationStatus[] = ['submitted', 'underAppraisal', 'resubmitted'];

/** Whether a nomination counts toward the appraisal: anything but withdrawn. */
const counts = (n: WorkflowNomination) => n.status !== 'withdrawn';

function actsForUnit(state: Pick<WorkflowState, 'proposingUnitId' | 'appraisingUnitIds'>, actor: WorkflowActor): boolean {
  if (actor.role === 'proposer') return actor.unitId === state.proposingUnitId;
  if (actor.role === 'appraiser') return !state.appraisingUnitIds || state.appraisingUnitIds.includes(actor.unitId);
  return true;
}

const blank = (text: string | undefined) => !text || text.trim() === '';

const refuse = (code: RefusalCode, problems: RuleProblem[]): WorkflowResult => ({ ok: false, refusal: { code, problems } });

/**
 * The proposal after `actor` takes `action`, or why not. Never changes
 * `state`. The checks, in order: the role (`roleNotAllowed`), the unit
 * (`notOwnUnit`), the state (`wrongState`), the action's own content
 * (`invalid`: reasons where the law needs them, nominations of this
 * proposal), the named nominations' states (`nominationState`), and for
 * completing, that every nomination is decided (`undecided`).
 */
export function applyAction(state: WorkflowState, action: WorkflowAction, actor: WorkflowActor): WorkflowResult {
  const rule = WORKFLOW_RULES[action.type];
  const values = { action: WORKFLOW_ACTION_TITLES[action.type], status: PROPOSAL_STATUS_TITLES[state.status], role: ROLE_TITLES[actor.role] };
  if (!rule.roles.includes(actor.role)) return refuse('roleNotAllowed', [{ path: [], messageKey: 'workflowRoleNotAllowed', values }]);
  // The unit before the state, so that another unit learns nothing of where this proposal is.
  if (!actsForUnit(state, actor))
    return refuse('notOwnUnit', [{ path: [], messageKey: actor.role === 'proposer' ? 'workflowNotOwnUnit' : 'workflowNotAppraisingUnit' }]);
  if (!rule.from.includes(state.status)) return refuse('wrongState', [{ path: [], messageKey: 'workflowWrongState', values }]);

  const problems = actionProblems(state, action);
  if (problems.length > 0) return refuse('invalid', problems);

  switch (action.type) {
    case 'submit':
      return next(state, 'submitted', (n) => (n.status === 'draft' ? { ...n, status: 'submitted' } : n));
    case 'withdraw':
      return next(state, 'withdrawn', (n) => ({ ...n, status: 'withdrawn' }));
    case 'startAppraisal':
      return next(state, 'underAppraisal', (n) => (n.status === 'submitted' || n.status === 'resubmitted' ? { ...n, status: 'underAppraisal' } : n));
    case 'resubmit':
      // Reasons of the return are answered; the history keeps them.
      return next(state, 'resubmitted', (n) => (n.status === 'returned' || n.status === 'draft' ? withoutReason({ ...n, status: 'resubmitted' }) : n), {
        returnReason: undefined,
      });
    case 'return':
      return returned(state, action);
    case 'markEligible':
    case 'reject': {
      const nomination = state.nominations.find((n) => n.id === action.nominationId)!;
      const from: readonly NominationStatus[] = action.type === 'markEligible' ? ['underAppraisal', 'rejected'] : ['underAppraisal', 'eligible'];
      if (!from.includes(nomination.status)) return nominationRefusal(nomination, ['nominationId']);
      return next(state, state.status, (n) =>
        n.id !== nomination.id ? n : action.type === 'reject' ? { ...n, status: 'rejected', reason: action.reason.trim() } : withoutReason({ ...n, status: 'eligible' }),
      );
    }
    case 'completeAppraisal': {
      const undecided = state.nominations
        .map((n, i) => ({ n, i }))
        .filter(({ n }) => counts(n) && n.status !== 'eligible' && n.status !== 'rejected');
      if (undecided.length > 0)
        return refuse(
          'undecided',
          undecided.map(({ n, i }) => ({ path: ['nominations', i], messageKey: 'workflowUndecided', values: { nominationId: n.id } })),
        );
      return next(state, 'appraised', (n) => n);
    }
    case 'recordDecision': {
      const awarded = new Set(action.nominationIds);
      const wrong = action.nominationIds.findIndex((id) => state.nominations.find((n) => n.id === id)!.status !== 'eligible');
      if (wrong >= 0) return nominationRefusal(state.nominations.find((n) => n.id === action.nominationIds[wrong])!, ['nominationIds', wrong]);
      const decision = trimDecision(action.decision);
      return next(state, state.status, (n) => (awarded.has(n.id) ? { ...n, status: 'awarded', decision } : n));
    }
  }
}

function next(
  state: WorkflowState,
  status: ProposalStatus,
  nomination: (n: WorkflowNomination) => WorkflowNomination,
  changes: Partial<WorkflowState> = {},
): WorkflowResult {
  const result: WorkflowState = { ...state, ...changes, status, nominations: state.nominations.map(nomination) };
  if ('returnReason' in changes && changes.returnReason === undefined) delete result.returnReason;
  return { ok: true, state: result };
}

function withoutReason(n: WorkflowNomination): WorkflowNomination {
  const { reason: _reason, ...rest } = n;
  return rest;
}

function trimDecision(d: AwardDecision): AwardDecision {
  return { number: d.number.trim(), signedOn: d.signedOn, signer: { name: d.signer.name.trim(), title: d.signer.title.trim() } };
}

function nominationRefusal(n: WorkflowNomination, path: (string | number)[]): WorkflowResult {
  return refuse('nominationState', [{ path, messageKey: 'workflowNominationState', values: { nominationId: n.id, status: NOMINATION_STATUS_TITLES[n.status] } }]);
}

/** A return: the nominations named get their reason (or the shared one); naming none returns every undecided nomination. */
function returned(state: WorkflowState, action: Extract<WorkflowAction, { type: 'return' }>): WorkflowResult {
  const shared = action.reason?.trim() || undefined;
  const named = new Map((action.nominations ?? []).map((r) => [r.nominationId, r.reason?.trim() || shared]));
  const wrong = (action.nominations ?? []).findIndex((r) => !counts(state.nominations.find((n) => n.id === r.nominationId)!));
  if (wrong >= 0) return nominationRefusal(state.nominations.find((n) => n.id === action.nominations![wrong]!.nominationId)!, ['nominations', wrong, 'nominationId']);
  const returns = (n: WorkflowNomination) => (named.size > 0 ? named.has(n.id) : UNDECIDED.includes(n.status));
  return next(
    state,
    'returned',
    (n) => {
      if (!returns(n)) return n;
      const reason = named.get(n.id);
      return reason ? { ...n, status: 'returned', reason } : withoutReason({ ...n, status: 'returned' });
    },
    shared ? { returnReason: shared } : { returnReason: undefined },
  );
}

/**
 * What is wrong with the action itself, whatever the state: the checks the
 * zod schemas of proposal-actions.ts make, repeated here so that a caller
 * holding a typed action built in code meets the same rules, plus those that
 * need the proposal (its nominations).
 */
export function actionProblems(state: Pick<WorkflowState, 'nominations'>, action: WorkflowAction): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const known = (id: string) => state.nominations.some((n) => n.id === id);
  switch (action.type) {
    case 'return': {
      const listed = action.nominations ?? [];
      if (listed.length === 0 && blank(action.reason)) problems.push({ path: ['reason'], messageKey: 'returnReasonRequired' });
      const seen = new Set<string>();
      listed.forEach((r, i) => {
        if (!known(r.nominationId)) problems.push({ path: ['nominations', i, 'nominationId'], messageKey: 'workflowUnknownNomination' });
        else if (seen.has(r.nominationId)) problems.push({ path: ['nominations', i, 'nominationId'], messageKey: 'duplicateItems' });
        seen.add(r.nominationId);
        if (blank(r.reason) && blank(action.reason)) problems.push({ path: ['nominations', i, 'reason'], messageKey: 'nominationReturnReasonRequired' });
      });
      break;
    }
    case 'markEligible':
      if (!known(action.nominationId)) problems.push({ path: ['nominationId'], messageKey: 'workflowUnknownNomination' });
      break;
    case 'reject':
      if (!known(action.nominationId)) problems.push({ path: ['nominationId'], messageKey: 'workflowUnknownNomination' });
      if (blank(action.reason)) problems.push({ path: ['reason'], messageKey: 'rejectReasonRequired' });
      break;
    case 'recordDecision': {
      const d = action.decision;
      if (blank(d.number)) problems.push({ path: ['decision', 'number'], messageKey: 'decisionNumberRequired' });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d.signedOn)) problems.push({ path: ['decision', 'signedOn'], messageKey: 'decisionDateRequired' });
      if (blank(d.signer.name)) problems.push({ path: ['decision', 'signer', 'name'], messageKey: 'signerNameRequired' });
      if (blank(d.signer.title)) problems.push({ path: ['decision', 'signer', 'title'], messageKey: 'signerTitleRequired' });
      if (action.nominationIds.length === 0) problems.push({ path: ['nominationIds'], messageKey: 'decisionNominationsRequired' });
      const seen = new Set<string>();
      action.nominationIds.forEach((id, i) => {
        if (!known(id)) problems.push({ path: ['nominationIds', i], messageKey: 'workflowUnknownNomination' });
        else if (seen.has(id)) problems.push({ path: ['nominationIds', i], messageKey: 'duplicateItems' });
        seen.add(id);
      });
      break;
    }
  }
  return problems;
}

/** Names of the states, actions and roles, for refusal messages and for any screen that shows them. */
export const PROPOSAL_STATUS_TITLES: Readonly<Record<ProposalStatus, LocalizedText>> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
  underAppraisal: { vi: 'Đang thẩm định', en: 'Under appraisal' },
  returned: { vi: 'Trả lại để hoàn thiện', en: 'Returned for completion' },
  resubmitted: { vi: 'Đã nộp lại', en: 'Resubmitted' },
  appraised: { vi: 'Đã thẩm định', en: 'Appraised' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
};

export const NOMINATION_STATUS_TITLES: Readonly<Record<NominationStatus, LocalizedText>> = {
  draft: PROPOSAL_STATUS_TITLES.draft,
  submitted: PROPOSAL_STATUS_TITLES.submitted,
  underAppraisal: PROPOSAL_STATUS_TITLES.underAppraisal,
  returned: PROPOSAL_STATUS_TITLES.returned,
  resubmitted: PROPOSAL_STATUS_TITLES.resubmitted,
  eligible: { vi: 'Đủ điều kiện, trình Chủ tịch', en: 'Eligible, proposed to the Chairman' },
  rejected: { vi: 'Không đủ điều kiện', en: 'Not eligible' },
  awarded: { vi: 'Đã khen thưởng', en: 'Awarded' },
  withdrawn: PROPOSAL_STATUS_TITLES.withdrawn,
};

export const WORKFLOW_ACTION_TITLES: Readonly<Record<WorkflowActionType, LocalizedText>> = {
  submit: { vi: 'nộp hồ sơ', en: 'submit the dossier' },
  withdraw: { vi: 'rút hồ sơ', en: 'withdraw the dossier' },
  startAppraisal: { vi: 'tiếp nhận thẩm định', en: 'take the dossier into appraisal' },
  return: { vi: 'trả lại hồ sơ để hoàn thiện', en: 'return the dossier for completion' },
  resubmit: { vi: 'nộp lại hồ sơ', en: 'resubmit the dossier' },
  markEligible: { vi: 'xác nhận đủ điều kiện', en: 'mark a nomination eligible' },
  reject: { vi: 'kết luận không đủ điều kiện', en: 'reject a nomination' },
  completeAppraisal: { vi: 'kết thúc thẩm định', en: 'complete the appraisal' },
  recordDecision: { vi: 'ghi nhận quyết định khen thưởng', en: 'record the award decision' },
};

export const ROLE_TITLES: Readonly<Record<Role, LocalizedText>> = {
  reporter: { vi: 'đơn vị báo cáo số liệu', en: 'reporter' },
  proposer: { vi: 'đơn vị đề nghị', en: 'proposer' },
  appraiser: { vi: 'cán bộ thẩm định', en: 'appraiser' },
  coordinator: { vi: 'cơ quan thường trực', en: 'coordinator' },
};

/**
 * What a proposer's write changes: `draft` what only a draft may change
 * (adding, removing, importing nominations); `dossier` the proposal's own
 * fields (contact) and shared files; a nomination its content and files.
 */
export type ProposalPart = 'draft' | 'dossier' | { nominationId: string };

/** Why a proposer may not change a part: see `editRefusal`. */
export type EditRefusal = 'withdrawn' | 'notDraft' | 'notReturnedPart' | 'nominationNotFound';

/**
 * Whether the proposing unit may change `part` of a proposal, as the server
 * enforces it and the form shows it: a draft may change whole; a proposal
 * returned for completion only what was returned — a nomination in status
 * `returned`, and the dossier's own part when the whole dossier was returned
 * (it carries a `returnReason`); nominations are then neither added nor
 * removed. Anything else is past the proposer's edits. Undefined when allowed.
 */
export function editRefusal(
  state: { status: ProposalStatus; returnReason?: string | null | undefined; nominations: readonly Pick<WorkflowNomination, 'id' | 'status'>[] },
  part: ProposalPart,
): EditRefusal | undefined {
  if (state.status === 'draft') return undefined;
  if (state.status === 'withdrawn') return 'withdrawn';
  if (state.status !== 'returned') return 'notDraft';
  if (part === 'draft') return 'notReturnedPart';
  if (part === 'dossier') return state.returnReason == null ? 'notReturnedPart' : undefined;
  const nomination = state.nominations.find((n) => n.id === part.nominationId);
  if (!nomination) return 'nominationNotFound';
  return nomination.status === 'returned' ? undefined : 'notReturnedPart';
}
