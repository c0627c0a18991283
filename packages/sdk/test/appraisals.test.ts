import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nominee } from '@thidua/schemas';
import { sampleContact, sampleNomination, sampleTeam } from '@thidua/schemas/testing/nominees';
import { issueToken } from '@thidua/server';
import { createClient, ThiduaApiError, type ThiduaClient } from '../src/index.js';
import { catalogWithOpenRound, countingFetch, useApi } from './support.js';

/*
 * The appraisers' methods against the real server: the queue as a page and
 * as every item, one appraisal with its ETag, a step, the checklist, a
 * comment retried under one key, a stale version refused; and the proposer's
 * resubmission after a return, reading the reason and never the internal
 * comment.
 */

const tokens = { ward: '', appraiser: '', health: '' };
const catalog = catalogWithOpenRound();
catalog.awardTypes!.find((a) => a.id === 'bang-khen-chu-tich-ubnd-tinh')!.requiredFiles = { proposal: [], nomination: [] };
const criteria = catalog.campaigns[0]!.nominations!.criteria;
const api = useApi(
  async () => {
    tokens.ward = (await issueToken(api.db, { name: 'Phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] })).token;
    tokens.appraiser = (await issueToken(api.db, { name: 'Sở Khoa học và Công nghệ', role: 'appraiser', unitIds: ['so-khoa-hoc-cong-nghe'] })).token;
    tokens.health = (await issueToken(api.db, { name: 'Sở Y tế', role: 'appraiser', unitIds: ['so-y-te'] })).token;
  },
  { seed: catalog },
);

const nomination = (nominee: Nominee) => sampleNomination(nominee, criteria);

async function submitted(ward: ThiduaClient, name: string) {
  const created = await ward.nominations.createProposal({
    campaignId: 'bn2026',
    roundId: 'bn2026-tong-ket',
    awardTypeId: 'bang-khen-chu-tich-ubnd-tinh',
    proposingUnitId: 'phuong-kinh-bac',
    contact: sampleContact,
  });
  const added = await ward.nominations.add(created.proposal.id, nomination(sampleTeam({ name })), { etag: created.etag });
  return ward.nominations.submit(created.proposal.id, { etag: added.etag });
}

describe('appraisals', () => {
  it('lists the queue page by page and all at once, reads an appraisal, takes steps with ETags, and the proposer resubmits', async () => {
    const ward = createClient({ baseUrl: api.url, token: tokens.ward });
    const counting = countingFetch();
    const appraiser = createClient({ baseUrl: api.url, token: tokens.appraiser, fetch: counting.fetch });
    const dossiers = [];
    for (let i = 0; i < 5; i++) dossiers.push(await submitted(ward, `Tổ Công nghệ số cộng đồng thôn ${i + 1}`));

    const page = await appraiser.appraisals.list({ limit: 2, sort: 'reference' });
    assert.equal(page.items.length, 2);
    assert.ok(page.next);
    const walked = [];
    for await (const item of appraiser.appraisals.list({ limit: 2, sort: 'reference' })) walked.push(item.reference);
    assert.deepEqual(walked, dossiers.map((d) => d.proposal.reference));
    counting.urls.length = 0;
    const all = await appraiser.appraisals.all({ sort: 'reference', order: 'desc' });
    assert.deepEqual(all.map((a) => a.id), dossiers.map((d) => d.proposal.id).reverse());
    assert.equal(counting.urls.length, 1, 'one page of 500 holds them');
    assert.match(counting.urls[0]!, /limit=500/);
    assert.deepEqual(all.map((a) => a.deadline?.status), ['onTime', 'onTime', 'onTime', 'onTime', 'onTime']);

    const id = dossiers[0]!.proposal.id;
    let review = await appraiser.appraisals.get(id);
    assert.equal(review.etag, `"${review.appraisal.version}"`);
    assert.deepEqual(review.appraisal.availableActions, ['startAppraisal']);
    review = await appraiser.appraisals.act(id, { type: 'startAppraisal' }, { etag: review.etag });
    assert.equal(review.appraisal.status, 'underAppraisal');
    const nominationId = review.appraisal.nominations[0]!.id;
    const criterionId = review.appraisal.checklists[0]!.criteria[0]!.criterionId;
    review = await appraiser.appraisals.updateChecklist(id, nominationId, { criteria: [{ criterionId, met: true, note: 'Có biên bản' }] }, { etag: review.etag });
    assert.deepEqual(review.appraisal.checklists[0]!.criteria[0], { criterionId, met: true, note: 'Có biên bản' });

    // A stale ETag: a 412 ThiduaApiError naming If-Match, nothing changed.
    const stale = await appraiser.appraisals.act(id, { type: 'return', reason: 'Thiếu' }, { etag: '"1"' }).catch((e: unknown) => e);
    assert.ok(stale instanceof ThiduaApiError);
    assert.equal(stale.status, 412);
    assert.deepEqual(stale.issues[0]!.path, ['header', 'If-Match']);
    assert.equal((await appraiser.appraisals.get(id)).appraisal.status, 'underAppraisal');

    // A comment retried with its key is written once; an internal one never reaches the proposer.
    await appraiser.appraisals.comment(id, { text: 'Nội bộ: kiểm tra lại số thành viên', audience: 'internal' }, { idempotencyKey: 'comment-1' });
    const twice = await appraiser.appraisals.comment(id, { text: 'Nội bộ: kiểm tra lại số thành viên', audience: 'internal' }, { idempotencyKey: 'comment-1' });
    assert.equal(twice.appraisal.comments.length, 1);
    await appraiser.appraisals.comment(id, { text: 'Đề nghị bổ sung danh sách thành viên', audience: 'proposer', nominationId });

    review = await appraiser.appraisals.act(id, { type: 'return', reason: 'Thiếu danh sách thành viên của tổ' }, { etag: review.etag });
    assert.equal(review.appraisal.status, 'returned');

    let mine = await ward.nominations.getProposal(id);
    assert.equal(mine.proposal.returnReason, 'Thiếu danh sách thành viên của tổ');
    assert.deepEqual(mine.proposal.messages.map((m) => m.text), ['Đề nghị bổ sung danh sách thành viên']);
    assert.ok(!JSON.stringify(mine.proposal).includes('Nội bộ'));
    assert.equal(mine.proposal.history.at(-1)!.action, 'returned');
    // The whole dossier was returned: its contact may change, then it goes back.
    mine = await ward.nominations.updateProposal(id, { contact: { name: 'Trần Văn Bình', phone: '0222 3822 124', email: 'binh@kinhbac.gov.vn' } }, { etag: mine.etag });
    // A note says what was corrected: too long is refused with its path, in the reader's language; kept, both sides read it.
    for (const [locale, words] of [['vi', /2000|2\.000/], ['en', /2000|2,000/]] as const) {
      const long = await createClient({ baseUrl: api.url, token: tokens.ward, locale })
        .nominations.resubmit(id, { etag: mine.etag, note: 'x'.repeat(2001) })
        .catch((e: unknown) => e);
      assert.ok(long instanceof ThiduaApiError && long.status === 400, String(long));
      assert.deepEqual(long.issues.map((i) => i.path), [['body', 'note']]);
      assert.match(long.issues[0]!.message, words);
    }
    const NOTE = 'Đã bổ sung danh sách thành viên của tổ có xác nhận của UBND phường';
    const again = await ward.nominations.resubmit(id, { etag: mine.etag, note: `  ${NOTE} ` });
    assert.equal(again.proposal.status, 'resubmitted');
    assert.equal(again.proposal.returnReason, null);
    assert.deepEqual([again.proposal.history.at(-1)!.action, again.proposal.history.at(-1)!.note], ['resubmitted', NOTE]);
    const read = (await appraiser.appraisals.get(id)).appraisal.history.at(-1)!;
    assert.deepEqual([read.action, read.note, read.actor?.unit?.id], ['resubmitted', NOTE, 'phuong-kinh-bac']);
    const notReturned = await ward.nominations.resubmit(id, { etag: again.etag }).catch((e: unknown) => e);
    assert.ok(notReturned instanceof ThiduaApiError && notReturned.status === 409);
  });

  it('gives an appraiser of a unit that appraises nothing an empty queue and a 404 ThiduaApiError for a dossier', async () => {
    const ward = createClient({ baseUrl: api.url, token: tokens.ward });
    const { proposal } = await submitted(ward, 'Tổ Công nghệ số cộng đồng thôn Đông');
    const health = createClient({ baseUrl: api.url, token: tokens.health, locale: 'en' });
    assert.deepEqual(await health.appraisals.all(), []);
    const error = await health.appraisals.get(proposal.id).catch((e: unknown) => e);
    assert.ok(error instanceof ThiduaApiError);
    assert.equal(error.status, 404);
    assert.match(error.message, /appraises/);
  });
});
