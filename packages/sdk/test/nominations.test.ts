import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NominationInput } from '@thidua/schemas';
import { issueToken } from '@thidua/server';
import { createClient, ThiduaApiError } from '../src/index.js';
import { catalogWithOpenRound, useApi } from './support.js';

let token: string;
const api = useApi(
  async () => {
    token = (await issueToken(api.db, { name: 'Phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] })).token;
  },
  { seed: catalogWithOpenRound() },
);

const team: NominationInput = {
  nominee: { type: 'collective', name: 'Tổ Công nghệ số cộng đồng khu phố 3, phường Kinh Bắc', kind: 'communityTeam' },
  achievementCategoryIds: ['community-teams'],
  achievements: [],
  priorAwards: [],
  attestedCriterionIds: [],
};

describe('nominations', () => {
  it('creates a draft, adds, edits and removes a nomination, each answer carrying the version to send back', async () => {
    const client = createClient({ baseUrl: api.url, token });
    const created = await client.nominations.createProposal({ campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'phuong-kinh-bac' });
    assert.equal(created.etag, '"1"');
    const id = created.proposal.id;
    const added = await client.nominations.add(id, team, { etag: created.etag });
    const nominationId = added.proposal.nominations[0]!.id;
    const edited = await client.nominations.update(id, nominationId, { ...team, summary: 'Hỗ trợ 300 hộ dân.' }, { etag: added.etag });
    assert.equal(edited.proposal.nominations[0]!.summary, 'Hỗ trợ 300 hộ dân.');
    const contact = await client.nominations.updateProposal(id, { contact: { name: 'Trần Văn Bình', phone: '0222 3822 123', email: 'binh@kinhbac.gov.vn' } }, { etag: edited.etag });
    const removed = await client.nominations.remove(id, nominationId, { etag: contact.etag });
    assert.deepEqual([removed.etag, removed.proposal.nominations.length], ['"5"', 0]);
    const read = await client.nominations.getProposal(id);
    assert.deepEqual(read, removed);
  });

  it('throws a 412 ThiduaApiError for a change based on a stale version, and nothing changes', async () => {
    const client = createClient({ baseUrl: api.url, token, locale: 'en' });
    const created = await client.nominations.createProposal({ campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'phuong-kinh-bac' });
    await client.nominations.add(created.proposal.id, team, { etag: created.etag });
    const error = await client.nominations.add(created.proposal.id, { ...team, nominee: { ...team.nominee, name: 'Tổ khác' } as NominationInput['nominee'] }, { etag: created.etag }).catch((e: unknown) => e);
    assert.ok(error instanceof ThiduaApiError);
    assert.deepEqual([error.status, error.code, error.retryable], [412, 'precondition_failed', false]);
    assert.match(error.message, /changed since it was read/);
    assert.equal((await client.nominations.getProposal(created.proposal.id)).proposal.nominations.length, 1);
  });
});
