import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Appraisal, HistoryEntry, Proposal } from '@thidua/schemas';
import { useTestServer } from './support.js';
import { APPRAISING_UNIT, appraisalCatalog, caller, person, submitDossier, testClock, tokenFor } from './appraisal-support.js';

/*
 * Every time the server stores comes from its clock (`startServer({ now })`),
 * never from the database's: a round seeded with past dates (the demo's
 * round 1) reads back on those dates. The clock is moved to days of 2025,
 * the database's own clock says late 2026.
 */

const clock = testClock('2025-09-15T09:00:00+07:00');
const tokens = { ward: '', appraiser: '', reporter: '' };
const server = useTestServer(
  async () => {
    tokens.ward = await tokenFor(server, 'proposer', ['phuong-kinh-bac']);
    tokens.appraiser = await tokenFor(server, 'appraiser', [APPRAISING_UNIT]);
    tokens.reporter = await tokenFor(server, 'reporter', ['so-y-te']);
  },
  { seed: appraisalCatalog('2025-09-01', '2025-12-31'), now: clock.now },
);
const call = caller(server);

/** 09:00 in Vietnam on `day`, as the API writes an instant. */
const at = (day: string) => new Date(`${day}T09:00:00+07:00`).toISOString();

describe(`the server's clock reaches what it stores (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('dates a dossier, its history, comments and checklist on the moved clock', async () => {
    clock.set('2025-09-15');
    const submitted = await submitDossier(server, tokens.ward, 'phuong-kinh-bac', [person('Lê', 'Mai')]);
    const id = submitted.id;
    const nominationId = submitted.proposal.nominations[0].id as string;

    clock.set('2025-09-22');
    let review = await call<Appraisal>('GET', `/v1/appraisals/${id}`, { token: tokens.appraiser });
    review = await call<Appraisal>('POST', `/v1/appraisals/${id}/actions`, { token: tokens.appraiser, body: { type: 'startAppraisal' }, headers: { 'If-Match': review.etag! } });
    assert.equal(review.status, 200, JSON.stringify(review.body));

    clock.set('2025-09-23');
    const criterionId = review.body.checklists[0]!.criteria[0]!.criterionId;
    review = await call<Appraisal>('PUT', `/v1/appraisals/${id}/nominations/${nominationId}/checklist`, {
      token: tokens.appraiser,
      body: { criteria: [{ criterionId, met: true }] },
      headers: { 'If-Match': review.etag! },
    });
    assert.equal(review.status, 200, JSON.stringify(review.body));
    const comment = await call('POST', `/v1/appraisals/${id}/comments`, {
      token: tokens.appraiser,
      body: { audience: 'proposer', text: 'Đề nghị bổ sung biên bản họp xét' },
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    assert.equal(comment.status, 201, JSON.stringify(comment.body));
    // Several at the same instant of the clock: read in the order they were written.
    for (const text of ['Thứ hai: bổ sung ảnh hoạt động', 'Thứ ba: bổ sung xác nhận của khu phố', 'Thứ tư: ghi rõ số liệu năm 2025'])
      assert.equal((await call('POST', `/v1/appraisals/${id}/comments`, { token: tokens.appraiser, body: { audience: 'proposer', text } })).status, 201);

    clock.set('2025-09-24');
    review = await call<Appraisal>('POST', `/v1/appraisals/${id}/actions`, {
      token: tokens.appraiser,
      body: { type: 'return', reason: 'Thiếu biên bản họp xét' },
      headers: { 'If-Match': review.etag! },
    });
    assert.equal(review.status, 200, JSON.stringify(review.body));

    clock.set('2025-09-29');
    const resubmitted = await call<Proposal>('POST', `/v1/proposals/${id}/resubmit`, {
      token: tokens.ward,
      headers: { 'If-Match': review.etag!, 'Idempotency-Key': crypto.randomUUID() },
    });
    assert.equal(resubmitted.status, 200, JSON.stringify(resubmitted.body));

    const proposal = resubmitted.body;
    assert.deepEqual([proposal.createdAt, proposal.updatedAt], [at('2025-09-15'), at('2025-09-29')]);
    const steps = (history: HistoryEntry[]) => history.map((h) => [h.action, h.at]);
    // The proposing unit's history leaves the checklist out; the appraisers' has it.
    assert.deepEqual(steps(proposal.history), [
      ['created', at('2025-09-15')],
      ['nominationAdded', at('2025-09-15')],
      ['submitted', at('2025-09-15')],
      ['appraisalStarted', at('2025-09-22')],
      ['returned', at('2025-09-24')],
      ['resubmitted', at('2025-09-29')],
    ]);
    assert.deepEqual(
      proposal.messages.map((m) => [m.text.slice(0, 7), m.at]),
      [
        ['Đề nghị', at('2025-09-23')],
        ['Thứ hai', at('2025-09-23')],
        ['Thứ ba:', at('2025-09-23')],
        ['Thứ tư:', at('2025-09-23')],
      ],
    );
    const appraisal = await call<Appraisal>('GET', `/v1/appraisals/${id}`, { token: tokens.appraiser });
    assert.ok(steps(appraisal.body.history).some(([action, when]) => action === 'checklistUpdated' && when === at('2025-09-23')));
    const queue = await call('GET', '/v1/appraisals?proposingUnitId=phuong-kinh-bac', { token: tokens.appraiser });
    assert.equal(queue.body.items.find((i: { id: string }) => i.id === id).dossierCompleteAt, at('2025-09-29'));
    assert.equal(appraisal.body.checklists[0]!.updatedAt, at('2025-09-23'));

    // The dossier's list entry too.
    const listed = await call('GET', '/v1/proposals?limit=5', { token: tokens.ward });
    const entry = listed.body.items.find((p: { id: string }) => p.id === id);
    assert.deepEqual([entry.createdAt, entry.updatedAt], [at('2025-09-15'), at('2025-09-29')]);
  });

  it('records a reported figure at the moved time', async () => {
    clock.set('2025-10-06');
    const reported = await call('POST', '/v1/measurements', {
      token: tokens.reporter,
      body: { indicatorId: 'bn2026-09', unitId: 'so-y-te', value: 70, measuredOn: '2025-09-30', source: 'Báo cáo quý III/2025' },
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    assert.equal(reported.status, 201, JSON.stringify(reported.body));
    assert.equal(reported.body.measurement.recordedAt, at('2025-10-06'));
  });
});
