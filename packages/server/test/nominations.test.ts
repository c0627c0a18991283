import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Campaign, validate } from '@thidua/schemas';
import { issueToken } from '../src/index.js';
import { splitStatements } from '../src/migrations.js';
import { getter, useTestServer } from './support.js';

let proposerTokenId: string;

const server = useTestServer(async () => {
  proposerTokenId = (await issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] })).id;
});
const get = getter(server);

describe('nominations storage (migration 4)', () => {
  it('issues proposer and appraiser tokens scoped to units, and refuses a role the contract does not know', async () => {
    await issueToken(server.db, { name: 'Sở KH&CN', role: 'appraiser', unitIds: ['so-khoa-hoc-cong-nghe'] });
    await assert.rejects(issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'proposer' }), /needs at least one unit/);
    await assert.rejects(
      server.db.query("INSERT INTO api_tokens (id, name, token_hash, role) VALUES ('x', 'x', 'x', 'mayor')"),
      /api_tokens_role_check/,
    );
  });

  it('stores the catalog’s award types and serves a campaign’s criteria and privacy notice with it', async () => {
    const { rows } = await server.db.query<{ id: string }>('SELECT id FROM award_types ORDER BY id');
    assert.deepEqual(rows.map((r) => r.id), ['bang-khen-chu-tich-ubnd-tinh', 'giay-khen']);
    const res = await get('/v1/campaigns/bn2026');
    const campaign = validate(Campaign, await res.json());
    assert.ok(campaign.success);
    assert.equal(campaign.data.nominations?.referencePrefix, 'BN2026');
    assert.equal(campaign.data.nominations?.criteria.length, 8);
    assert.equal(campaign.data.rounds[1]?.dossierDeadline, '2026-09-10');
  });

  it('keeps the history append-only: a recorded entry can be neither changed nor deleted', async () => {
    const proposal = '0b4f6a8e-3a41-4a57-9c55-2f3e3c1f6a10';
    await server.db.query("INSERT INTO proposal_history (proposal_id, token_id, action, version) VALUES ($1, $2, 'created', 1)", [proposal, proposerTokenId]);
    await assert.rejects(server.db.query("UPDATE proposal_history SET action = 'x' WHERE proposal_id = $1", [proposal]), /append-only/);
    await assert.rejects(server.db.query('DELETE FROM proposal_history WHERE proposal_id = $1', [proposal]), /append-only/);
    const { rows } = await server.db.query<{ action: string }>('SELECT action FROM proposal_history WHERE proposal_id = $1', [proposal]);
    assert.deepEqual(rows, [{ action: 'created' }]);
  });
});

describe('splitStatements', () => {
  it('splits on semicolons, except inside a dollar-quoted function body', () => {
    const sql = `CREATE TABLE a (x int);
      CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no'; END $$;
      SELECT 1;`;
    assert.deepEqual(splitStatements(sql), [
      'CREATE TABLE a (x int)',
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no'; END $$",
      'SELECT 1',
    ]);
  });
});
