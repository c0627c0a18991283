import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PROPOSAL_STATUSES,
  ROLES,
  WORKFLOW_ACTION_TYPES,
  WorkflowAction,
  applyAction,
  editRefusal,
  availableActions,
  mayTake,
  ruleIssues,
  validate,
  type ProposalStatus,
  type Role,
  type WorkflowActionType,
  type WorkflowActor,
  type WorkflowResult,
  type WorkflowState,
} from '../src/index.js';
import * as logic from '../src/logic.js';

const N1 = '11111111-1111-4111-8111-111111111111';
const N2 = '22222222-2222-4222-8222-222222222222';
const N3 = '33333333-3333-4333-8333-333333333333';
const WARD = 'phuong-kinh-bac';
const APPRAISING = 'so-khoa-hoc-cong-nghe';

/*
 * The table as the issue states it, written out here rather than read from
 * WORKFLOW_RULES, so that a change to the rules has to change this too.
 */
const ALLOWED = new Set([
  'proposer submit draft',
  'proposer withdraw draft',
  'proposer withdraw submitted',
  'appraiser startAppraisal submitted',
  'appraiser startAppraisal resubmitted',
  'appraiser return underAppraisal',
  'proposer resubmit returned',
  'appraiser markEligible underAppraisal',
  'appraiser reject underAppraisal',
  'appraiser completeAppraisal underAppraisal',
  'coordinator recordDecision appraised',
]);

const TARGET: Record<WorkflowActionType, ProposalStatus> = {
  submit: 'submitted',
  withdraw: 'withdrawn',
  startAppraisal: 'underAppraisal',
  return: 'returned',
  resubmit: 'resubmitted',
  markEligible: 'underAppraisal',
  reject: 'underAppraisal',
  completeAppraisal: 'appraised',
  recordDecision: 'appraised',
};

const base = { proposingUnitId: WARD, appraisingUnitIds: [APPRAISING] };

/** For each state, a proposal in which every action the table allows there succeeds. */
const FIXTURES: Record<ProposalStatus, WorkflowState> = {
  draft: { ...base, status: 'draft', nominations: [{ id: N1, status: 'draft' }, { id: N2, status: 'draft' }] },
  submitted: { ...base, status: 'submitted', nominations: [{ id: N1, status: 'submitted' }, { id: N2, status: 'submitted' }] },
  underAppraisal: {
    ...base,
    status: 'underAppraisal',
    nominations: [
      { id: N1, status: 'rejected', reason: 'Chưa đủ thời gian công tác' },
      { id: N2, status: 'eligible' },
    ],
  },
  returned: {
    ...base,
    status: 'returned',
    returnReason: 'Thiếu biên bản họp Hội đồng',
    nominations: [
      { id: N1, status: 'returned', reason: 'Thiếu báo cáo thành tích' },
      { id: N2, status: 'eligible' },
    ],
  },
  resubmitted: { ...base, status: 'resubmitted', nominations: [{ id: N1, status: 'resubmitted' }, { id: N2, status: 'eligible' }] },
  appraised: { ...base, status: 'appraised', nominations: [{ id: N1, status: 'rejected', reason: 'Đang bị xem xét kỷ luật' }, { id: N2, status: 'eligible' }] },
  withdrawn: { ...base, status: 'withdrawn', nominations: [{ id: N1, status: 'withdrawn' }, { id: N2, status: 'withdrawn' }] },
};

const decision = { number: '1234/QĐ-UBND', signedOn: '2025-10-01', signer: { name: 'Nguyễn Văn A', title: 'Chủ tịch UBND tỉnh' } };

const SAMPLE: Record<WorkflowActionType, WorkflowAction> = {
  submit: { type: 'submit' },
  withdraw: { type: 'withdraw' },
  startAppraisal: { type: 'startAppraisal' },
  return: { type: 'return', nominations: [{ nominationId: N1, reason: 'Báo cáo thành tích chưa có xác nhận của thủ trưởng' }] },
  resubmit: { type: 'resubmit' },
  markEligible: { type: 'markEligible', nominationId: N1 },
  reject: { type: 'reject', nominationId: N2, reason: 'Thành tích chưa tiêu biểu xuất sắc' },
  completeAppraisal: { type: 'completeAppraisal' },
  recordDecision: { type: 'recordDecision', decision, nominationIds: [N2] },
};

const ACTOR: Record<Role, WorkflowActor> = {
  reporter: { role: 'reporter', unitId: WARD },
  proposer: { role: 'proposer', unitId: WARD },
  appraiser: { role: 'appraiser', unitId: APPRAISING },
  coordinator: { role: 'coordinator', unitId: APPRAISING },
};

/** Freezes a value and everything in it, so a mutation throws (modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
for (const state of Object.values(FIXTURES)) deepFreeze(state);

function ok(result: WorkflowResult): WorkflowState {
  if (!result.ok) assert.fail(`refused: ${result.refusal.code} ${JSON.stringify(result.refusal.problems)}`);
  return result.state;
}

function refused(result: WorkflowResult) {
  if (result.ok) assert.fail(`allowed, now ${result.state.status}`);
  return result.refusal;
}

describe('the workflow table, for every role × state × action', () => {
  it('covers 4 roles, 7 states and 9 actions', () => {
    assert.deepEqual([ROLES.length, PROPOSAL_STATUSES.length, WORKFLOW_ACTION_TYPES.length], [4, 7, 9]);
  });

  for (const role of ROLES)
    for (const status of PROPOSAL_STATUSES)
      for (const action of WORKFLOW_ACTION_TYPES) {
        const allowed = ALLOWED.has(`${role} ${action} ${status}`);
        it(`${role} ${allowed ? 'may' : 'may not'} ${action} a ${status} proposal`, () => {
          assert.equal(mayTake(role, status, action), allowed);
          assert.equal(availableActions(FIXTURES[status], ACTOR[role]).includes(action), allowed);
          const result = applyAction(FIXTURES[status], SAMPLE[action], ACTOR[role]);
          if (allowed) {
            assert.equal(ok(result).status, TARGET[action]);
          } else {
            const roleEverAllowed = PROPOSAL_STATUSES.some((s) => ALLOWED.has(`${role} ${action} ${s}`));
            assert.equal(refused(result).code, roleEverAllowed ? 'wrongState' : 'roleNotAllowed');
          }
        });
      }

  it('validates every sample action with the request schema', () => {
    for (const action of Object.values(SAMPLE)) assert.equal(validate(WorkflowAction, action).success, true, action.type);
  });

  it('is the same table in the zod-free entry', () => {
    assert.equal(logic.applyAction, applyAction);
    assert.equal(logic.mayTake, mayTake);
  });
});

describe('applyAction', () => {
  const proposer = ACTOR.proposer;
  const appraiser = ACTOR.appraiser;

  it('carries a proposal from draft to award, each nomination to its own outcome', () => {
    let s: WorkflowState = deepFreeze({ ...base, status: 'draft', nominations: [{ id: N1, status: 'draft' }, { id: N2, status: 'draft' }] });
    s = ok(applyAction(s, { type: 'submit' }, proposer));
    assert.deepEqual(s.nominations.map((n) => n.status), ['submitted', 'submitted']);
    s = ok(applyAction(s, { type: 'startAppraisal' }, appraiser));
    s = ok(
      applyAction(
        s,
        { type: 'return', reason: 'Thiếu biên bản họp Hội đồng', nominations: [{ nominationId: N1, reason: 'Thiếu báo cáo thành tích' }, { nominationId: N2 }] },
        appraiser,
      ),
    );
    assert.equal(s.status, 'returned');
    assert.equal(s.returnReason, 'Thiếu biên bản họp Hội đồng');
    assert.deepEqual(
      s.nominations.map((n) => [n.status, n.reason]),
      [
        ['returned', 'Thiếu báo cáo thành tích'],
        ['returned', 'Thiếu biên bản họp Hội đồng'],
      ],
    );
    s = ok(applyAction(s, { type: 'resubmit' }, proposer));
    assert.equal(s.returnReason, undefined);
    assert.deepEqual(s.nominations, [{ id: N1, status: 'resubmitted' }, { id: N2, status: 'resubmitted' }]);
    s = ok(applyAction(s, { type: 'startAppraisal' }, appraiser));
    s = ok(applyAction(s, { type: 'markEligible', nominationId: N1 }, appraiser));
    s = ok(applyAction(s, { type: 'reject', nominationId: N2, reason: '  Chưa đủ tiêu chuẩn  ' }, appraiser));
    s = ok(applyAction(s, { type: 'completeAppraisal' }, appraiser));
    assert.equal(s.status, 'appraised');
    s = ok(applyAction(s, { type: 'recordDecision', decision, nominationIds: [N1] }, ACTOR.coordinator));
    assert.deepEqual(s.nominations, [
      { id: N1, status: 'awarded', decision },
      { id: N2, status: 'rejected', reason: 'Chưa đủ tiêu chuẩn' },
    ]);
  });

  it('returns every undecided nomination when the return names none, and leaves the decided ones', () => {
    const s: WorkflowState = deepFreeze({
      ...base,
      status: 'underAppraisal',
      nominations: [
        { id: N1, status: 'underAppraisal' },
        { id: N2, status: 'eligible' },
        { id: N3, status: 'rejected', reason: 'Trùng đề nghị' },
      ],
    });
    const after = ok(applyAction(s, { type: 'return', reason: 'Tờ trình chưa ký, đóng dấu' }, appraiser));
    assert.equal(after.returnReason, 'Tờ trình chưa ký, đóng dấu');
    assert.deepEqual(after.nominations.map((n) => n.status), ['returned', 'eligible', 'rejected']);
    // The rejection's reason outlives the resubmission; the return's does not.
    const again = ok(applyAction(after, { type: 'resubmit' }, proposer));
    assert.deepEqual(again.nominations, [
      { id: N1, status: 'resubmitted' },
      { id: N2, status: 'eligible' },
      { id: N3, status: 'rejected', reason: 'Trùng đề nghị' },
    ]);
  });

  it('lets the appraiser change a decision until the appraisal is completed', () => {
    let s = ok(applyAction(FIXTURES.underAppraisal, { type: 'markEligible', nominationId: N1 }, appraiser));
    assert.deepEqual(s.nominations[0], { id: N1, status: 'eligible' });
    s = ok(applyAction(s, { type: 'reject', nominationId: N1, reason: 'Xác minh lại: đang bị thanh tra' }, appraiser));
    assert.deepEqual(s.nominations[0], { id: N1, status: 'rejected', reason: 'Xác minh lại: đang bị thanh tra' });
  });

  it('requires the reasons the law requires, with the path of each', () => {
    const cases: [WorkflowAction, (string | number)[], string][] = [
      [{ type: 'reject', nominationId: N2, reason: '   ' }, ['reason'], 'rejectReasonRequired'],
      [{ type: 'return' }, ['reason'], 'returnReasonRequired'],
      [{ type: 'return', reason: ' ', nominations: [] }, ['reason'], 'returnReasonRequired'],
      [{ type: 'return', nominations: [{ nominationId: N2, reason: 'Thiếu ảnh' }, { nominationId: N1 }] }, ['nominations', 1, 'reason'], 'nominationReturnReasonRequired'],
    ];
    for (const [action, path, key] of cases) {
      const refusal = refused(applyAction(FIXTURES.underAppraisal, action, appraiser));
      assert.equal(refusal.code, 'invalid');
      assert.deepEqual(refusal.problems.map((p) => [p.path, p.messageKey]), [[path, key]], JSON.stringify(action));
    }
  });

  it('refuses nominations that are not in the proposal, or named twice', () => {
    const other = '44444444-4444-4444-8444-444444444444';
    const refusal = refused(applyAction(FIXTURES.appraised, { type: 'recordDecision', decision, nominationIds: [N2, other, N2] }, ACTOR.coordinator));
    assert.deepEqual(refusal.problems.map((p) => [p.path, p.messageKey]), [
      [['nominationIds', 1], 'workflowUnknownNomination'],
      [['nominationIds', 2], 'duplicateItems'],
    ]);
    assert.deepEqual(refused(applyAction(FIXTURES.underAppraisal, { type: 'markEligible', nominationId: other }, appraiser)).problems[0]!.path, ['nominationId']);
  });

  it('refuses a decision without its number, date or signer, or awarding nobody', () => {
    const refusal = refused(
      applyAction(
        FIXTURES.appraised,
        { type: 'recordDecision', decision: { number: ' ', signedOn: '1/10/2025', signer: { name: '', title: ' ' } }, nominationIds: [] },
        ACTOR.coordinator,
      ),
    );
    assert.deepEqual(refusal.problems.map((p) => p.path.join('.')), ['decision.number', 'decision.signedOn', 'decision.signer.name', 'decision.signer.title', 'nominationIds']);
  });

  it('refuses to act on a nomination in the wrong state', () => {
    assert.deepEqual(
      refused(applyAction(FIXTURES.underAppraisal, { type: 'markEligible', nominationId: N2 }, appraiser)),
      { code: 'nominationState', problems: [{ path: ['nominationId'], messageKey: 'workflowNominationState', values: { nominationId: N2, status: { vi: 'Đủ điều kiện, trình Chủ tịch', en: 'Eligible, proposed to the Chairman' } } }] },
    );
    assert.equal(refused(applyAction(FIXTURES.underAppraisal, { type: 'reject', nominationId: N1, reason: 'Lần nữa' }, appraiser)).code, 'nominationState');
    const award = refused(applyAction(FIXTURES.appraised, { type: 'recordDecision', decision, nominationIds: [N2, N1] }, ACTOR.coordinator));
    assert.deepEqual([award.code, award.problems[0]!.path], ['nominationState', ['nominationIds', 1]]);
    const withdrawn: WorkflowState = { ...base, status: 'underAppraisal', nominations: [{ id: N1, status: 'withdrawn' }, { id: N2, status: 'underAppraisal' }] };
    assert.equal(refused(applyAction(withdrawn, { type: 'return', nominations: [{ nominationId: N1, reason: 'x' }] }, appraiser)).code, 'nominationState');
  });

  it('completes the appraisal only when every nomination is decided, withdrawn ones aside', () => {
    const s: WorkflowState = {
      ...base,
      status: 'underAppraisal',
      nominations: [{ id: N1, status: 'eligible' }, { id: N2, status: 'underAppraisal' }, { id: N3, status: 'withdrawn' }],
    };
    const refusal = refused(applyAction(s, { type: 'completeAppraisal' }, appraiser));
    assert.deepEqual([refusal.code, refusal.problems.map((p) => p.path)], ['undecided', [['nominations', 1]]]);
    const decided = ok(applyAction(s, { type: 'markEligible', nominationId: N2 }, appraiser));
    assert.equal(ok(applyAction(decided, { type: 'completeAppraisal' }, appraiser)).status, 'appraised');
  });

  it('lets a proposer act only for its own unit, an appraiser only for a unit that appraises the award', () => {
    assert.equal(refused(applyAction(FIXTURES.draft, { type: 'submit' }, { role: 'proposer', unitId: 'xa-tien-du' })).code, 'notOwnUnit');
    // Whatever the state: another unit learns nothing of where the proposal is.
    assert.equal(refused(applyAction(FIXTURES.appraised, { type: 'withdraw' }, { role: 'proposer', unitId: 'xa-tien-du' })).code, 'notOwnUnit');
    const stranger = refused(applyAction(FIXTURES.submitted, { type: 'startAppraisal' }, { role: 'appraiser', unitId: 'so-tai-chinh' }));
    assert.deepEqual([stranger.code, stranger.problems[0]!.messageKey], ['notOwnUnit', 'workflowNotAppraisingUnit']);
    assert.deepEqual(availableActions(FIXTURES.submitted, { role: 'appraiser', unitId: 'so-tai-chinh' }), []);
    // Without the award's appraising units, any appraiser; a coordinator whatever its unit.
    const { appraisingUnitIds: _, ...open } = FIXTURES.submitted;
    assert.equal(ok(applyAction(open, { type: 'startAppraisal' }, { role: 'appraiser', unitId: 'so-tai-chinh' })).status, 'underAppraisal');
    assert.equal(ok(applyAction(FIXTURES.appraised, SAMPLE.recordDecision, { role: 'coordinator', unitId: 'ubnd-tinh' })).status, 'appraised');
  });

  it('offers the actions of the table to the actor who may take them', () => {
    assert.deepEqual(availableActions(FIXTURES.underAppraisal, appraiser), ['return', 'markEligible', 'reject', 'completeAppraisal']);
    assert.deepEqual(availableActions(FIXTURES.submitted, proposer), ['withdraw']);
    assert.deepEqual(availableActions(FIXTURES.returned, proposer), ['resubmit']);
    assert.deepEqual(availableActions(FIXTURES.appraised, ACTOR.reporter), []);
  });

  it('words its refusals in Vietnamese and English', () => {
    const wrong = refused(applyAction(FIXTURES.draft, SAMPLE.return, appraiser));
    assert.equal(ruleIssues(wrong.problems, 'vi')[0]!.message, 'Không thể trả lại hồ sơ để hoàn thiện khi hồ sơ ở trạng thái “Bản nháp”');
    assert.equal(ruleIssues(wrong.problems, 'en')[0]!.message, 'Cannot return the dossier for completion while the dossier is “Draft”');
    const role = refused(applyAction(FIXTURES.submitted, { type: 'startAppraisal' }, proposer));
    assert.equal(ruleIssues(role.problems, 'vi')[0]!.message, 'Vai trò đơn vị đề nghị không được tiếp nhận thẩm định');
    assert.equal(ruleIssues(role.problems, 'en')[0]!.message, 'The proposer role may not take the dossier into appraisal');
  });
});

describe('WorkflowAction (the request body)', () => {
  const messages = (data: unknown, locale: 'vi' | 'en' = 'vi') => {
    const result = validate(WorkflowAction, data, locale);
    return result.success ? [] : result.issues.map((i) => [i.path.join('.'), i.message]);
  };

  it('requires a rejection’s reason, missing or blank, in the visitor’s language', () => {
    assert.deepEqual(messages({ type: 'reject', nominationId: N1 }), [['reason', 'Nhập lý do đối tượng không đủ điều kiện']]);
    assert.deepEqual(messages({ type: 'reject', nominationId: N1, reason: '  ' }), [['reason', 'Nhập lý do đối tượng không đủ điều kiện']]);
    assert.deepEqual(messages({ type: 'reject', nominationId: N1 }, 'en'), [['reason', 'Give the reason the nominee is not eligible']]);
  });

  it('requires a return’s reason: for the dossier, or for each nomination named without the shared one', () => {
    assert.deepEqual(messages({ type: 'return' }), [['reason', 'Nhập lý do trả lại hồ sơ, hoặc lý do cho từng đối tượng']]);
    assert.deepEqual(messages({ type: 'return', reason: '', nominations: [{ nominationId: N1, reason: 'Thiếu ảnh' }, { nominationId: N2, reason: ' ' }] }, 'en'), [
      ['nominations.1.reason', 'Give the reason this nominee is returned, or one reason for the whole dossier'],
    ]);
    assert.deepEqual(messages({ type: 'return', reason: 'Thiếu tờ trình', nominations: [{ nominationId: N1 }] }), []);
    assert.deepEqual(messages({ type: 'return', nominations: [{ nominationId: N1, reason: 'a' }, { nominationId: N1, reason: 'b' }] }), [
      ['nominations.1.nominationId', 'Danh sách có mục bị trùng'],
    ]);
  });

  it('requires the decision’s number, a signing date not in the future, the signer, and whom it awards', () => {
    const paths = (data: unknown) => messages(data).map(([path]) => path);
    assert.deepEqual(paths({ type: 'recordDecision', decision: { signer: {} }, nominationIds: [] }), [
      'decision.number',
      'decision.signedOn',
      'decision.signer.name',
      'decision.signer.title',
      'nominationIds',
    ]);
    assert.deepEqual(messages({ type: 'recordDecision', decision: { ...decision, signedOn: '2999-01-01' }, nominationIds: [N1] }), [
      ['decision.signedOn', 'Ngày ký quyết định không được sau ngày hôm nay'],
    ]);
    assert.deepEqual(messages({ type: 'recordDecision', decision, nominationIds: [] }, 'en'), [['nominationIds', 'Choose at least one nominee the decision awards']]);
  });

  it('refuses an unknown action type, naming the field', () => {
    assert.deepEqual(messages({ type: 'approve' }).map(([path]) => path), ['type']);
  });

  it('says what applyAction says about the same action', () => {
    const actions = [
      { type: 'reject', nominationId: N2, reason: ' ' },
      { type: 'return', nominations: [{ nominationId: N1 }] },
      { type: 'return' },
    ] as WorkflowAction[];
    for (const action of actions) {
      const schema = validate(WorkflowAction, action);
      const rule = refused(applyAction(FIXTURES.underAppraisal, action, ACTOR.appraiser));
      assert.equal(schema.success, false);
      if (schema.success) continue;
      assert.deepEqual(
        schema.issues.map((i) => [i.path, i.message]),
        ruleIssues(rule.problems).map((i) => [i.path, i.message]),
      );
    }
  });
});

describe('editRefusal (what a proposer may change)', () => {
  const returned = (returnReason: string | null) => ({
    status: 'returned' as const,
    returnReason,
    nominations: [
      { id: 'n1', status: 'returned' as const },
      { id: 'n2', status: 'eligible' as const },
    ],
  });
  it('lets a draft change anything', () => {
    const draft = { status: 'draft' as const, nominations: [{ id: 'n1', status: 'draft' as const }] };
    for (const part of ['draft', 'dossier', { nominationId: 'n1' }, { nominationId: 'gone' }] as const) assert.equal(editRefusal(draft, part), undefined);
  });
  it('lets a returned proposal change only its returned nominations when they were returned one by one', () => {
    const state = returned(null);
    assert.equal(editRefusal(state, { nominationId: 'n1' }), undefined);
    assert.equal(editRefusal(state, { nominationId: 'n2' }), 'notReturnedPart');
    assert.equal(editRefusal(state, { nominationId: 'gone' }), 'nominationNotFound');
    assert.equal(editRefusal(state, 'dossier'), 'notReturnedPart');
    assert.equal(editRefusal(state, 'draft'), 'notReturnedPart');
  });
  it('opens the dossier’s own part when the whole dossier was returned, never adding or removing nominations', () => {
    const state = returned('Thiếu biên bản họp hội đồng');
    assert.equal(editRefusal(state, 'dossier'), undefined);
    assert.equal(editRefusal(state, 'draft'), 'notReturnedPart');
    assert.equal(editRefusal(state, { nominationId: 'n2' }), 'notReturnedPart');
  });
  it('refuses every part of a proposal past the proposer', () => {
    for (const status of PROPOSAL_STATUSES.filter((s) => s !== 'draft' && s !== 'returned')) {
      const state = { ...returned('x'), status };
      assert.equal(editRefusal(state, 'dossier'), status === 'withdrawn' ? 'withdrawn' : 'notDraft');
      assert.equal(editRefusal(state, { nominationId: 'n1' }), status === 'withdrawn' ? 'withdrawn' : 'notDraft');
    }
  });
});
