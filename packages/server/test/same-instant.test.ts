import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTestServer } from './support.js';
import { APPRAISING_UNIT, BANG_KHEN, CONTACT, appraisalCatalog, caller, nominationOf, person, submitDossier, testClock, tokenFor } from './appraisal-support.js';

/*
 * The server's clock may stand still (a test's, or the demo's moved one): drafts created at
 * one instant must still list in the order they were made — newest first, as at distinct
 * instants — and a page boundary inside such a tie must neither repeat nor skip a row.
 */

const clock = testClock('2025-09-15T09:00:00+07:00');
const tokens = { ward: '', appraiser: '' };
const server = useTestServer(
  async () => {
    tokens.ward = await tokenFor(server, 'proposer', ['phuong-kinh-bac']);
    tokens.appraiser = await tokenFor(server, 'appraiser', [APPRAISING_UNIT]);
  },
  { seed: appraisalCatalog('2025-09-01', '2025-12-31'), now: clock.now },
);
const call = caller(server);

/** Every item of a list, walked `limit` at a time through its cursors. */
async function walk<T>(path: string, token: string, limit: number): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { status: number; body: { items: T[]; next: string | null } } = await call('GET', `${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, { token });
    assert.equal(page.status, 200, JSON.stringify(page.body));
    items.push(...page.body.items);
    cursor = page.body.next;
  } while (cursor);
  return items;
}

describe(`lists at one instant of the clock keep the order things were made (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('lists drafts and their nominations in creation order, newest first', async () => {
    clock.setInstant('2025-09-15T09:00:00+07:00');
    const made: string[] = [];
    const nominees: string[] = [];
    for (let i = 1; i <= 7; i++) {
      const draft = await call('POST', '/v1/proposals', {
        token: tokens.ward,
        body: { campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: BANG_KHEN, proposingUnitId: 'phuong-kinh-bac', contact: CONTACT },
      });
      assert.equal(draft.status, 201, JSON.stringify(draft.body));
      made.push(draft.body.id);
      for (const given of [`Lan ${i}`, `Mai ${i}`]) {
        const added = await call('POST', `/v1/proposals/${draft.body.id}/nominations`, { token: tokens.ward, body: nominationOf(person('Lê', given)), headers: { 'If-Match': '*' } });
        assert.equal(added.status, 201, JSON.stringify(added.body));
        nominees.push(`Lê Thị ${given}`);
      }
    }
    const newestFirst = [...made].reverse();
    for (const limit of [1, 2, 3, 50]) {
      const proposals = await walk<{ id: string; createdAt: string }>('/v1/proposals', tokens.ward, limit);
      assert.deepEqual(
        proposals.map((p) => p.id),
        newestFirst,
        `proposals, ${limit} a page`,
      );
      assert.ok(proposals.every((p) => p.createdAt === proposals[0]!.createdAt), 'all at one instant');
      const nominations = await walk<{ nominee: { name: string }; proposal: { id: string } }>('/v1/nominations', tokens.ward, limit);
      assert.deepEqual(
        nominations.map((n) => n.proposal.id),
        newestFirst.flatMap((id) => [id, id]),
        `nominations, ${limit} a page`,
      );
      const byProposal = new Map(made.map((id, i) => [id, nominees.slice(2 * i, 2 * i + 2)]));
      assert.deepEqual(
        nominations.map((n) => n.nominee.name),
        newestFirst.flatMap((id) => byProposal.get(id)!),
      );
    }
  });

  it('breaks a tie in the appraisal queue by the order the dossiers were made', async () => {
    clock.setInstant('2025-09-16T09:00:00+07:00');
    const submitted: string[] = [];
    for (let i = 1; i <= 5; i++) submitted.push((await submitDossier(server, tokens.ward, 'phuong-kinh-bac', [person('Trần', `Hoa ${i}`)])).id);
    for (const limit of [1, 2, 50])
      for (const order of ['asc', 'desc'] as const) {
        const queue = await walk<{ id: string }>(`/v1/appraisals?sort=submittedOn&order=${order}`, tokens.appraiser, limit);
        assert.deepEqual(
          queue.map((a) => a.id),
          order === 'asc' ? submitted : [...submitted].reverse(),
          `appraisals by submittedOn ${order}, ${limit} a page`,
        );
      }
  });
});
