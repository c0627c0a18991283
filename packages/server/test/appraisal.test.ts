import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Appraisal, AppraisalList, Proposal, appraisalDueDate, validate } from '@thidua/schemas';
import { vietnamWorkingCalendar } from '@thidua/schemas/catalogs/vietnam-holidays';
import { useTestServer } from './support.js';
import {
  APPRAISING_UNIT,
  BANG_KHEN,
  OTHER_DEPARTMENT,
  appraisalCatalog,
  caller,
  criteria,
  nominationOf,
  person,
  submitDossier,
  team,
  testClock,
  tokenFor,
} from './appraisal-support.js';

/*
 * The appraisal through HTTP, on a clock the test moves: a ward submits, Sở
 * Khoa học và Công nghệ takes it into appraisal, fills a checklist, comments
 * (internally and to the ward), returns one nominee with its reason; the
 * ward reads the reason and the history (never the internal comment),
 * corrects that nominee only and resubmits (the deadline starts again); the
 * appraiser marks one eligible, rejects the other with its reason and
 * completes. Then deadlines over Tết 2026, and the queue's deadline filter.
 */

const clock = testClock('2026-03-02T09:00:00+07:00');
const logged: string[] = [];
const tokens = { ward: '', otherWard: '', appraiser: '', homeAffairs: '', health: '', coordinator: '', reporter: '' };
const server = useTestServer(
  async () => {
    tokens.ward = await tokenFor(server, 'proposer', ['phuong-kinh-bac']);
    tokens.otherWard = await tokenFor(server, 'proposer', ['xa-tien-du']);
    tokens.appraiser = await tokenFor(server, 'appraiser', [APPRAISING_UNIT]);
    tokens.homeAffairs = await tokenFor(server, 'appraiser', ['so-noi-vu']);
    tokens.health = await tokenFor(server, 'appraiser', [OTHER_DEPARTMENT]);
    tokens.coordinator = await tokenFor(server, 'coordinator');
    tokens.reporter = await tokenFor(server, 'reporter', ['phuong-kinh-bac']);
  },
  { seed: appraisalCatalog('2026-01-01', '2026-06-30'), now: clock.now, logError: (error) => logged.push(String(error)) },
);
const call = caller(server);

const INTERNAL = 'Ghi chú nội bộ: hồ sơ của bà Hà cần đối chiếu với Sở Nội vụ';
const TO_WARD = 'Đề nghị phường bổ sung báo cáo thành tích có xác nhận';
const RETURN_REASON = 'Báo cáo thành tích chưa có xác nhận của thủ trưởng đơn vị';
const REJECT_REASON = 'Tổ chưa đủ 12 tháng hoạt động tính đến thời điểm đề nghị';

describe(`appraisal through HTTP (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('goes from submission to a return, a resubmission and a completed appraisal, the proposer reading reasons and history but no internal comment', async () => {
    clock.set('2026-03-02');
    const submitted = await submitDossier(server, tokens.ward, 'phuong-kinh-bac', [person('Nguyễn', 'Hà'), team('Tổ Công nghệ số cộng đồng khu phố 3')]);
    const id = submitted.id;
    const [ha, teamId] = submitted.proposal.nominations.map((n: { id: string }) => n.id) as [string, string];

    // The queue: the dossier with its deadline, and no personal data.
    const queue = await call<AppraisalList>('GET', `/v1/appraisals?proposingUnitId=phuong-kinh-bac`, { token: tokens.appraiser });
    assert.equal(queue.status, 200);
    assert.ok(validate(AppraisalList, queue.body).success);
    const item = queue.body.items.find((i) => i.id === id)!;
    const due = appraisalDueDate('2026-03-02', vietnamWorkingCalendar, 25);
    assert.deepEqual(
      { status: item.status, unit: item.proposingUnit, count: item.nominationCount, deadline: item.deadline, award: item.awardType.id, round: item.round.id },
      {
        status: 'submitted',
        unit: { id: 'phuong-kinh-bac', name: { vi: 'Phường Kinh Bắc', en: 'Kinh Bắc Ward' } },
        count: 2,
        deadline: { completeOn: '2026-03-02', dueOn: due, workingDaysLeft: 25, status: 'onTime', calendarComplete: true },
        award: BANG_KHEN,
        round: 'bn2026-tong-ket',
      },
    );
    for (const secret of ['1984-03-07', 'female', 'binh@kinhbac.gov.vn', '3822', 'Nguyễn']) assert.ok(!JSON.stringify(queue.body).includes(secret), secret);

    // The dossier as the appraiser reads it: everything, a checklist per nomination, what it may do.
    let review = await call<Appraisal>('GET', `/v1/appraisals/${id}`, { token: tokens.appraiser });
    assert.equal(review.status, 200);
    assert.ok(validate(Appraisal, review.body).success, JSON.stringify(validate(Appraisal, review.body)));
    assert.equal(review.etag, `"${review.body.version}"`);
    assert.equal(review.headers.get('cache-control'), 'no-store');
    assert.equal(review.body.nominations[0]!.nominee.type === 'individual' && review.body.nominations[0]!.nominee.dateOfBirth, '1984-03-07');
    assert.deepEqual(review.body.contact?.email, 'binh@kinhbac.gov.vn');
    assert.deepEqual(review.body.availableActions, ['startAppraisal']);
    assert.deepEqual(
      review.body.checklists.map((c) => [c.nominationId, c.criteria.map((k) => k.criterionId), c.criteria.every((k) => k.met === null)]),
      [
        [ha, criteria.filter((c) => c.appliesTo.includes('individual')).map((c) => c.id), true],
        [teamId, criteria.filter((c) => c.appliesTo.includes('communityTeam')).map((c) => c.id), true],
      ],
    );
    // The other appraising department reads it too; a department that appraises nothing does not.
    assert.equal((await call('GET', `/v1/appraisals/${id}`, { token: tokens.homeAffairs })).status, 200);
    assert.equal((await call('GET', `/v1/appraisals/${id}`, { token: tokens.health })).status, 404);

    // Checklist before the appraisal starts: refused.
    const early = await call('PUT', `/v1/appraisals/${id}/nominations/${ha}/checklist`, {
      token: tokens.appraiser,
      body: { criteria: [{ criterionId: review.body.checklists[0]!.criteria[0]!.criterionId, met: true }] },
      headers: { 'If-Match': review.etag! },
    });
    assert.equal(early.status, 409);

    review = await call<Appraisal>('POST', `/v1/appraisals/${id}/actions`, { token: tokens.appraiser, body: { type: 'startAppraisal' }, headers: { 'If-Match': review.etag! } });
    assert.equal(review.status, 200, JSON.stringify(review.body));
    assert.equal(review.body.status, 'underAppraisal');
    assert.deepEqual(review.body.availableActions, ['return', 'markEligible', 'reject', 'completeAppraisal']);
    assert.equal(review.body.deadline?.dueOn, due, 'taking it into appraisal does not move the deadline');

    // The checklist: an unknown criterion and one that does not apply are named by path, in vi and en.
    const firstCriterion = review.body.checklists[0]!.criteria[0]!.criterionId;
    const teamOnly = criteria.find((c) => !c.appliesTo.includes('individual'))!.id;
    for (const lang of ['vi', 'en'] as const) {
      const bad = await call('PUT', `/v1/appraisals/${id}/nominations/${ha}/checklist`, {
        token: tokens.appraiser,
        lang,
        body: { criteria: [{ criterionId: firstCriterion, met: true }, { criterionId: 'khong-co', met: false }, { criterionId: teamOnly, met: true }] },
        headers: { 'If-Match': review.etag! },
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(
        bad.body.error.issues.map((i: { path: (string | number)[] }) => i.path.join('.')),
        ['body.criteria.1.criterionId', 'body.criteria.2.criterionId'],
      );
      assert.match(bad.body.error.issues[0].message, lang === 'vi' ? /Tiêu chuẩn/ : /criterion/);
    }
    const checked = await call<Appraisal>('PUT', `/v1/appraisals/${id}/nominations/${ha}/checklist`, {
      token: tokens.appraiser,
      body: { criteria: [{ criterionId: firstCriterion, met: false, note: 'Chưa có xác nhận' }] },
      headers: { 'If-Match': review.etag! },
    });
    assert.equal(checked.status, 200);
    assert.deepEqual(checked.body.checklists[0]!.criteria[0], { criterionId: firstCriterion, met: false, note: 'Chưa có xác nhận' });
    assert.notEqual(checked.etag, review.etag);
    review = checked;

    // Comments: one internal, one to the ward; a retried one is written once.
    const key = crypto.randomUUID();
    for (let i = 0; i < 2; i++) {
      const commented = await call<Appraisal>('POST', `/v1/appraisals/${id}/comments`, {
        token: tokens.appraiser,
        body: { text: INTERNAL, audience: 'internal', nominationId: ha },
        headers: { 'Idempotency-Key': key },
      });
      assert.equal(commented.status, 201);
      assert.equal(commented.etag, review.etag, 'a comment is not a new version');
    }
    const toWard = await call<Appraisal>('POST', `/v1/appraisals/${id}/comments`, { token: tokens.coordinator, body: { text: TO_WARD, audience: 'proposer' } });
    assert.equal(toWard.status, 201);
    assert.deepEqual(
      toWard.body.comments.map((c) => [c.text, c.audience, c.author.role, c.author.unit?.id ?? null]),
      [
        [INTERNAL, 'internal', 'appraiser', APPRAISING_UNIT],
        // The coordinator writes for its coordinating department (the catalog's: its token names none).
        [TO_WARD, 'proposer', 'coordinator', APPRAISING_UNIT],
      ],
    );
    assert.deepEqual(
      toWard.body.messages.map((m) => m.text),
      [TO_WARD],
    );

    // Returned: only Hà, with her reason; the team stays under appraisal. The clock stops.
    clock.set('2026-03-09');
    const noReason = await call('POST', `/v1/appraisals/${id}/actions`, { token: tokens.appraiser, body: { type: 'return', nominations: [{ nominationId: ha }] }, headers: { 'If-Match': review.etag! } });
    assert.equal(noReason.status, 400);
    assert.deepEqual(noReason.body.error.issues.map((i: { path: (string | number)[] }) => i.path.join('.')), ['body.nominations.0.reason']);
    review = await call<Appraisal>('POST', `/v1/appraisals/${id}/actions`, {
      token: tokens.appraiser,
      body: { type: 'return', nominations: [{ nominationId: ha, reason: RETURN_REASON }] },
      headers: { 'If-Match': review.etag! },
    });
    assert.equal(review.status, 200, JSON.stringify(review.body));
    assert.equal(review.body.status, 'returned');
    assert.equal(review.body.deadline, null);
    assert.deepEqual(review.body.nominations.map((n) => [n.status, n.reason ?? null]), [
      ['returned', RETURN_REASON],
      ['underAppraisal', null],
    ]);
    // Under return the queue shows no deadline, and the deadline filter leaves it out.
    const returnedQueue = await call<AppraisalList>('GET', `/v1/appraisals?proposingUnitId=phuong-kinh-bac&status=returned`, { token: tokens.appraiser });
    assert.deepEqual(returnedQueue.body.items.map((i) => [i.id, i.deadline]), [[id, null]]);

    // The ward: the reason, the history and the message; never the internal comment, the checklist, a token.
    let mine = await call<Proposal>('GET', `/v1/proposals/${id}`, { token: tokens.ward });
    assert.equal(mine.status, 200);
    assert.ok(validate(Proposal, mine.body).success);
    assert.equal(mine.body.nominations[0]!.reason, RETURN_REASON);
    assert.equal(mine.body.returnReason, null);
    assert.deepEqual(mine.body.messages.map((m) => [m.text, m.author.role]), [[TO_WARD, 'coordinator']]);
    const returned = mine.body.history.find((h) => h.action === 'returned')!;
    assert.deepEqual(
      { from: returned.from, to: returned.to, actor: returned.actor, nominations: returned.nominations },
      {
        from: 'underAppraisal',
        to: 'returned',
        actor: { role: 'appraiser', unit: { id: APPRAISING_UNIT, name: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' } } },
        nominations: [{ nominationId: ha, reason: RETURN_REASON }],
      },
    );
    assert.deepEqual(
      mine.body.history.map((h) => h.action),
      ['created', 'nominationAdded', 'nominationAdded', 'submitted', 'appraisalStarted', 'returned'],
    );
    const text = JSON.stringify(mine.body);
    for (const secret of [INTERNAL, 'Chưa có xác nhận', 'checklistUpdated', tokens.appraiser, 'tokenId']) assert.ok(!text.includes(secret), `the proposer never reads ${secret}`);

    // Only what was returned may change: the team, the dossier's contact and a new nominee are refused.
    const refusedEdit = await call('PUT', `/v1/proposals/${id}/nominations/${teamId}`, { token: tokens.ward, body: nominationOf(team('Tổ CNSCĐ khu phố 3')), headers: { 'If-Match': mine.etag! } });
    assert.equal(refusedEdit.status, 409);
    assert.match(refusedEdit.body.error.message, /trả lại/);
    assert.equal((await call('PATCH', `/v1/proposals/${id}`, { token: tokens.ward, body: { contact: null }, headers: { 'If-Match': mine.etag! } })).status, 409);
    assert.equal((await call('POST', `/v1/proposals/${id}/nominations`, { token: tokens.ward, body: nominationOf(person('Lê', 'Mai')), headers: { 'If-Match': mine.etag! } })).status, 409);
    // Another ward cannot resubmit it.
    assert.equal((await call('POST', `/v1/proposals/${id}/resubmit`, { token: tokens.otherWard, headers: { 'If-Match': '*', 'Idempotency-Key': crypto.randomUUID() } })).status, 404);
    const corrected = await call<Proposal>('PUT', `/v1/proposals/${id}/nominations/${ha}`, {
      token: tokens.ward,
      body: { ...nominationOf(person('Nguyễn', 'Hà')), summary: 'Hướng dẫn 1.500 hộ dân cài đặt VNeID mức 2 (có xác nhận của Chủ tịch UBND phường).' },
      headers: { 'If-Match': mine.etag! },
    });
    assert.equal(corrected.status, 200, JSON.stringify(corrected.body));

    // Resubmitted a week later: the appraisal time starts again from that day. A retry is answered once.
    clock.set('2026-03-16');
    const resubmitKey = crypto.randomUUID();
    const resubmitted = await call<Proposal>('POST', `/v1/proposals/${id}/resubmit`, { token: tokens.ward, headers: { 'If-Match': corrected.etag!, 'Idempotency-Key': resubmitKey } });
    assert.equal(resubmitted.status, 200, JSON.stringify(resubmitted.body));
    assert.equal(resubmitted.body.status, 'resubmitted');
    assert.deepEqual(resubmitted.body.nominations.map((n) => [n.status, n.reason ?? null]), [
      ['resubmitted', null],
      ['underAppraisal', null],
    ]);
    const replay = await call<Proposal>('POST', `/v1/proposals/${id}/resubmit`, { token: tokens.ward, headers: { 'If-Match': corrected.etag!, 'Idempotency-Key': resubmitKey } });
    assert.equal(replay.status, 200);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.etag, resubmitted.etag);
    assert.equal((await call('POST', `/v1/proposals/${id}/resubmit`, { token: tokens.ward, headers: { 'If-Match': resubmitted.etag!, 'Idempotency-Key': crypto.randomUUID() } })).status, 409);
    review = await call<Appraisal>('GET', `/v1/appraisals/${id}`, { token: tokens.appraiser });
    assert.deepEqual(review.body.deadline, {
      completeOn: '2026-03-16',
      dueOn: appraisalDueDate('2026-03-16', vietnamWorkingCalendar, 25),
      workingDaysLeft: 25,
      status: 'onTime',
      calendarComplete: true,
    });
    assert.ok(review.body.deadline!.dueOn > due);

    // Decided: Hà eligible, the team rejected with its reason (required), then completed.
    review = await call<Appraisal>('POST', `/v1/appraisals/${id}/actions`, { token: tokens.appraiser, body: { type: 'startAppraisal' }, headers: { 'If-Match': review.etag! } });
    const early2 = await call('POST', `/v1/appraisals/${id}/actions`, { token: tokens.appraiser, body: { type: 'completeAppraisal' }, headers: { 'If-Match': review.etag! } });
    assert.equal(early2.status, 409);
    assert.deepEqual(early2.body.error.issues.map((i: { path: (string | number)[] }) => i.path.join('.')), ['body.nominations.0', 'body.nominations.1']);
    review = await call<Appraisal>('POST', `/v1/appraisals/${id}/actions`, { token: tokens.appraiser, body: { type: 'markEligible', nominationId: ha, note: 'Đạt' }, headers: { 'If-Match': review.etag! } });
    assert.equal(review.status, 200);
    for (const lang of ['vi', 'en'] as const) {
      const bare = await call('POST', `/v1/appraisals/${id}/actions`, { token: tokens.appraiser, lang, body: { type: 'reject', nominationId: teamId, reason: '  ' }, headers: { 'If-Match': review.etag! } });
      assert.equal(bare.status, 400);
      assert.deepEqual(bare.body.error.issues.map((i: { path: (string | number)[] }) => i.path.join('.')), ['body.reason']);
      assert.match(bare.body.error.issues[0].message, lang === 'vi' ? /lý do/i : /reason/i);
    }
    review = await call<Appraisal>('POST', `/v1/appraisals/${id}/actions`, { token: tokens.appraiser, body: { type: 'reject', nominationId: teamId, reason: REJECT_REASON }, headers: { 'If-Match': review.etag! } });
    assert.equal(review.status, 200);
    // The coordinator reads it but takes no appraisal step.
    assert.equal((await call('POST', `/v1/appraisals/${id}/actions`, { token: tokens.coordinator, body: { type: 'completeAppraisal' }, headers: { 'If-Match': review.etag! } })).status, 403);
    review = await call<Appraisal>('POST', `/v1/appraisals/${id}/actions`, { token: tokens.appraiser, body: { type: 'completeAppraisal' }, headers: { 'If-Match': review.etag! } });
    assert.equal(review.status, 200);
    assert.equal(review.body.status, 'appraised');
    assert.deepEqual(review.body.availableActions, []);
    assert.equal(review.body.deadline, null);

    mine = await call<Proposal>('GET', `/v1/proposals/${id}`, { token: tokens.ward });
    assert.deepEqual(mine.body.nominations.map((n) => [n.status, n.reason ?? null]), [
      ['eligible', null],
      ['rejected', REJECT_REASON],
    ]);
    assert.deepEqual(
      mine.body.history.slice(-5).map((h) => [h.action, h.from, h.to, h.actor?.role, h.reason ?? null, h.note ?? null]),
      [
        ['resubmitted', 'returned', 'resubmitted', 'proposer', null, null],
        ['appraisalStarted', 'resubmitted', 'underAppraisal', 'appraiser', null, null],
        // The appraiser's note stays with the appraisers.
        ['markedEligible', 'underAppraisal', 'underAppraisal', 'appraiser', null, null],
        ['rejected', 'underAppraisal', 'underAppraisal', 'appraiser', REJECT_REASON, null],
        ['appraisalCompleted', 'underAppraisal', 'appraised', 'appraiser', null, null],
      ],
    );
    assert.ok(!JSON.stringify(mine.body).includes(INTERNAL));
    assert.equal(review.body.history.find((h) => h.action === 'markedEligible')!.note, 'Đạt');
    assert.deepEqual(logged, []);
  });

  it('refuses a stale If-Match with 412 and changes nothing; refuses a body that is not an action, by path, in vi and en; never a 500', async () => {
    clock.set('2026-03-03');
    const { id } = await submitDossier(server, tokens.ward, 'phuong-kinh-bac', [person('Trần', 'Lan')]);
    const before = await call<Appraisal>('GET', `/v1/appraisals/${id}`, { token: tokens.appraiser });
    const started = await call<Appraisal>('POST', `/v1/appraisals/${id}/actions`, { token: tokens.appraiser, body: { type: 'startAppraisal' }, headers: { 'If-Match': before.etag! } });
    assert.equal(started.status, 200);
    for (const [method, path, body] of [
      ['POST', `/v1/appraisals/${id}/actions`, { type: 'return', reason: 'Thiếu hồ sơ' }],
      ['PUT', `/v1/appraisals/${id}/nominations/${started.body.nominations[0]!.id}/checklist`, { criteria: [{ criterionId: started.body.checklists[0]!.criteria[0]!.criterionId, met: true }] }],
    ] as const) {
      const stale = await call(method, path, { token: tokens.appraiser, body, headers: { 'If-Match': before.etag! } });
      assert.equal(stale.status, 412);
      assert.deepEqual(stale.body.error.issues[0].path, ['header', 'If-Match']);
    }
    const after = await call<Appraisal>('GET', `/v1/appraisals/${id}`, { token: tokens.appraiser });
    assert.equal(after.etag, started.etag);
    assert.equal(after.body.status, 'underAppraisal');
    assert.ok(after.body.checklists[0]!.criteria.every((k) => k.met === null));

    const cases: [string, string, unknown, Record<string, string>, string[]][] = [
      ['POST', `/v1/appraisals/${id}/actions`, { type: 'recordDecision', decision: {}, nominationIds: [] }, { 'If-Match': started.etag! }, ['body.type']],
      ['POST', `/v1/appraisals/${id}/actions`, { type: 'reject', nominationId: 'x' }, { 'If-Match': started.etag! }, ['body.nominationId', 'body.reason']],
      ['POST', `/v1/appraisals/${id}/actions`, { type: 'startAppraisal' }, { 'If-Match': 'W/"1"' }, ['header.If-Match']],
      ['POST', `/v1/appraisals/${id}/comments`, { text: 'x'.repeat(2001), audience: 'public' }, {}, ['body.text', 'body.audience']],
      ['PUT', `/v1/appraisals/${id}/nominations/${started.body.nominations[0]!.id}/checklist`, { criteria: [] }, { 'If-Match': started.etag! }, ['body.criteria']],
      ['GET', `/v1/appraisals?deadline=soon&sort=name&limit=0`, undefined, {}, ['query.deadline', 'query.sort', 'query.limit']],
      ['GET', `/v1/appraisals?cursor=bm90LWEtY3Vyc29y`, undefined, {}, ['query.cursor']],
      ['GET', `/v1/appraisals/not-a-uuid`, undefined, {}, ['path.proposalId']],
    ];
    for (const lang of ['vi', 'en'] as const) {
      for (const [method, path, body, headers, paths] of cases) {
        const answer = await call(method, path, { token: tokens.appraiser, body, headers, lang });
        assert.equal(answer.status, 400, `${method} ${path} ${JSON.stringify(answer.body)}`);
        assert.deepEqual(answer.body.error.issues.map((i: { path: (string | number)[] }) => i.path.join('.')).sort(), [...paths].sort(), `${method} ${path}`);
        assert.match(answer.body.error.message, lang === 'vi' ? /không hợp lệ/ : /invalid/);
      }
    }
    // A checklist of a nomination not in the proposal, a comment about one: 404 naming it.
    const stranger = crypto.randomUUID();
    const missing = await call('PUT', `/v1/appraisals/${id}/nominations/${stranger}/checklist`, {
      token: tokens.appraiser,
      body: { criteria: [{ criterionId: criteria[0]!.id, met: true }] },
      headers: { 'If-Match': started.etag! },
    });
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body.error.issues[0].path, ['path', 'nominationId']);
    const comment = await call('POST', `/v1/appraisals/${id}/comments`, { token: tokens.appraiser, body: { text: 'Xem lại', audience: 'internal', nominationId: stranger } });
    assert.equal(comment.status, 404);
    assert.deepEqual(comment.body.error.issues[0].path, ['body', 'nominationId']);
    assert.deepEqual(logged, []);
  });

  it('counts working days over the Tết 2026 holiday, and files a dossier under onTime, dueSoon or overdue as the days pass', async () => {
    // Submitted on Tuesday 10 February 2026: Tết (14–22 February) is not counted.
    clock.set('2026-02-10');
    const tet = await submitDossier(server, tokens.otherWard, 'xa-tien-du', [person('Phạm', 'Thu')]);
    // Submitted on Monday 5 January: due in mid-February, past by March.
    clock.set('2026-01-05');
    const early = await submitDossier(server, tokens.otherWard, 'xa-tien-du', [person('Đỗ', 'Nga')]);
    clock.set('2026-03-19');
    const late = await submitDossier(server, tokens.otherWard, 'xa-tien-du', [person('Vũ', 'Linh')]);

    const queue = async (query = '') =>
      (await call<AppraisalList>('GET', `/v1/appraisals?proposingUnitId=xa-tien-du${query}`, { token: tokens.appraiser })).body.items;
    clock.set('2026-02-10');
    const [onSubmit] = (await queue()).filter((i) => i.id === tet.id);
    // 11–13 February, then from 23 February: the 25th working day is 24 March (weekends only would make it 17 March).
    assert.equal(onSubmit!.deadline!.dueOn, '2026-03-24');
    assert.equal(appraisalDueDate('2026-02-10', { daysOff: [], makeUpDays: [] }, 25), '2026-03-17');
    assert.equal(onSubmit!.deadline!.workingDaysLeft, 25);
    // The make-up Saturday 10 January 2026 counts: 2 January is off, 10 January worked.
    assert.equal((await queue()).find((i) => i.id === early.id)!.deadline!.dueOn, appraisalDueDate('2026-01-05', vietnamWorkingCalendar, 25));

    clock.set('2026-03-20');
    const items = await queue();
    const byId = new Map(items.map((i) => [i.id, i.deadline]));
    assert.deepEqual(byId.get(tet.id), { completeOn: '2026-02-10', dueOn: '2026-03-24', workingDaysLeft: 2, status: 'dueSoon', calendarComplete: true });
    assert.equal(byId.get(early.id)!.status, 'overdue');
    assert.ok(byId.get(early.id)!.workingDaysLeft < 0);
    assert.equal(byId.get(late.id)!.status, 'onTime');
    for (const [deadline, expected] of [
      ['overdue', [early.id]],
      ['dueSoon', [tet.id]],
      ['onTime', [late.id]],
    ] as const) {
      assert.deepEqual((await queue(`&deadline=${deadline}`)).map((i) => i.id), expected, deadline);
    }
    // Due on the day itself: still due soon, 0 days left; the next working day it is overdue.
    clock.set('2026-03-24');
    assert.deepEqual(
      (await queue('&deadline=dueSoon')).map((i) => [i.id, i.deadline!.workingDaysLeft]),
      [[tet.id, 0]],
    );
    clock.set('2026-03-25');
    assert.deepEqual((await queue('&deadline=overdue')).map((i) => i.id).sort(), [early.id, tet.id].sort());
    // Sorted by due date, earliest first; the reverse with order=desc.
    assert.deepEqual((await queue('&sort=dueOn')).map((i) => i.id), [early.id, tet.id, late.id]);
    assert.deepEqual((await queue('&sort=dueOn&order=desc')).map((i) => i.id), [late.id, tet.id, early.id]);
  });

  it('opens evidence to the appraisers of the award and the coordinator once submitted, as an attachment with nosniff; never a draft’s', async () => {
    clock.set('2026-03-04');
    const token = tokens.ward;
    const made = await call('POST', '/v1/proposals', {
      token,
      body: { campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: BANG_KHEN, proposingUnitId: 'phuong-kinh-bac', contact: { name: 'Lê An', phone: '0222 3822 999', email: 'an@kinhbac.gov.vn' } },
    });
    const form = new FormData();
    form.append('kind', 'submissionLetter');
    form.append('file', new Blob(['%PDF-1.7\n%tờ trình\n'], { type: 'application/pdf' }), 'to-trinh.pdf');
    const uploaded = await fetch(`${server.url}/v1/proposals/${made.body.id}/files`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    const withFile = (await uploaded.json()) as Proposal;
    const file = withFile.files[0]!;
    assert.equal(file.href, `/v1/proposals/${made.body.id}/files/${file.id}`);
    const download = (t: string) => fetch(`${server.url}${file.href}`, { headers: { Authorization: `Bearer ${t}` } });
    // A draft: its unit only.
    assert.equal((await download(tokens.ward)).status, 200);
    for (const t of [tokens.appraiser, tokens.coordinator, tokens.health, tokens.otherWard]) assert.equal((await download(t)).status, 404);
    assert.equal((await download(tokens.reporter)).status, 403);

    const added = await call('POST', `/v1/proposals/${made.body.id}/nominations`, { token, body: nominationOf(person('Hoàng', 'Yến')), headers: { 'If-Match': uploaded.headers.get('etag')! } });
    const submitted = await call('POST', `/v1/proposals/${made.body.id}/submit`, { token, headers: { 'If-Match': added.etag!, 'Idempotency-Key': crypto.randomUUID() } });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    for (const t of [tokens.appraiser, tokens.homeAffairs, tokens.coordinator]) {
      const got = await download(t);
      assert.equal(got.status, 200);
      assert.match(got.headers.get('content-disposition') ?? '', /^attachment;/);
      assert.equal(got.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(got.headers.get('content-type'), 'application/pdf');
      assert.equal(await got.text(), '%PDF-1.7\n%tờ trình\n');
    }
    for (const t of [tokens.health, tokens.otherWard]) assert.equal((await download(t)).status, 404);
  });
});
