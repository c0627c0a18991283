import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Campaign, dateIn, validate, type NominationInput, type Nominee } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { sampleContact, sampleIndividual, sampleNomination, sampleTeam } from '@thidua/schemas/testing/nominees';
import { issueToken } from '../src/index.js';
import { splitStatements } from '../src/migrations.js';
import { proposalHistory } from '../src/repositories/proposals.js';
import { expectError as error, expectProposal as proposal, getter, sender, useTestServer } from './support.js';

/** Days from today in Vietnam, yyyy-mm-dd. */
const day = (offset: number) => dateIn(new Date(Date.now() + offset * 86_400_000));

// The seeded rounds are past; the final one is moved around today so that it
// takes dossiers, and round 1 stays closed.
const catalog = structuredClone(bacNinh2026);
Object.assign(catalog.campaigns[0]!.rounds[1]!, { dossiersOpenOn: day(-30), dossierDeadline: day(30), date: day(40) });
const criteria = catalog.campaigns[0]!.nominations!.criteria;
// Files are uploaded through the evidence routes; here the Bằng khen requires none, so that
// submission is tested on its own (the required files are the catalog's, checked by `proposalProblems`).
catalog.awardTypes!.find((a) => a.id === 'bang-khen-chu-tich-ubnd-tinh')!.requiredFiles = { proposal: [], nomination: [] };

const logged: string[] = [];
let proposerTokenId: string;
const tokens: Record<'kinhBac' | 'tienDu' | 'health' | 'youth' | 'reporter' | 'coordinator', string> = {
  kinhBac: '',
  tienDu: '',
  health: '',
  youth: '',
  reporter: '',
  coordinator: '',
};

const server = useTestServer(
  async () => {
    const kinhBac = await issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] });
    proposerTokenId = kinhBac.id;
    tokens.kinhBac = kinhBac.token;
    tokens.tienDu = (await issueToken(server.db, { name: 'Xã Tiên Du', role: 'proposer', unitIds: ['xa-tien-du'] })).token;
    tokens.health = (await issueToken(server.db, { name: 'Sở Y tế', role: 'proposer', unitIds: ['so-y-te'] })).token;
    tokens.youth = (await issueToken(server.db, { name: 'Tỉnh đoàn', role: 'proposer', unitIds: ['tinh-doan'] })).token;
    tokens.reporter = (await issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'reporter', unitIds: ['phuong-kinh-bac'] })).token;
    tokens.coordinator = (await issueToken(server.db, { name: 'Sở Khoa học và Công nghệ', role: 'coordinator' })).token;
  },
  { seed: catalog, logError: (error) => logged.push(String(error instanceof Error ? `${error.stack} ${String(error.cause)}` : error)) },
);
const get = getter(server);

const bangKhen = 'bang-khen-chu-tich-ubnd-tinh';
const draft = (proposingUnitId = 'phuong-kinh-bac', extra: Record<string, unknown> = {}) => ({
  campaignId: 'bn2026',
  roundId: 'bn2026-tong-ket',
  awardTypeId: bangKhen,
  proposingUnitId,
  ...extra,
});
const contact = sampleContact;
const individual = sampleIndividual();
const team = sampleTeam();
const nomination = (nominee: Nominee, changes: Partial<NominationInput> = {}) => sampleNomination(nominee, criteria, changes);

const send = sender(server);

async function newDraft(token = tokens.kinhBac, unit = 'phuong-kinh-bac') {
  return proposal(await send('POST', '/v1/proposals', token, draft(unit)), 201);
}

describe('nominations storage (migration 4)', () => {
  it('issues proposer and appraiser tokens scoped to units, and refuses a role the contract does not know', async () => {
    await issueToken(server.db, { name: 'Sở KH&CN', role: 'appraiser', unitIds: ['so-khoa-hoc-cong-nghe'] });
    await assert.rejects(issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'proposer' }), /needs at least one unit/);
    await assert.rejects(
      server.db.query("INSERT INTO api_tokens (id, name, token_hash, role) VALUES ('x', 'x', 'x', 'mayor')"),
      /api_tokens_role_check/,
    );
  });

  it('lets the coordinator issue a proposer token through the admin route, scoped to units, never without one', async () => {
    const issued = await send('POST', '/v1/admin/tokens', tokens.coordinator, { name: 'UBND phường Vũ Ninh', role: 'proposer', unitIds: ['phuong-vu-ninh'] });
    assert.equal(issued.status, 201, await issued.clone().text());
    const body = (await issued.json()) as { role: string; unitIds: string[]; token: string };
    assert.deepEqual([body.role, body.unitIds], ['proposer', ['phuong-vu-ninh']]);
    await proposal(await send('POST', '/v1/proposals', body.token, draft('phuong-vu-ninh')), 201);
    const none = await error(await send('POST', '/v1/admin/tokens', tokens.coordinator, { name: 'Sở KH&CN', role: 'appraiser' }), 400);
    assert.deepEqual(none.issues.map((i) => i.path.join('.')), ['body.unitIds']);
  });

  it('stores the catalog’s award types and serves a campaign’s criteria and privacy notice with it', async () => {
    const { rows } = await server.db.query<{ id: string }>('SELECT id FROM award_types ORDER BY id');
    assert.deepEqual(rows.map((r) => r.id), ['bang-khen-chu-tich-ubnd-tinh', 'giay-khen']);
    const res = await get('/v1/campaigns/bn2026');
    const campaign = validate(Campaign, await res.json());
    assert.ok(campaign.success);
    assert.equal(campaign.data.nominations?.referencePrefix, 'BN2026');
    assert.equal(campaign.data.nominations?.criteria.length, 8);
    assert.equal(campaign.data.rounds[1]?.dossierDeadline, day(30));
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

describe('creating a draft proposal', () => {
  it('starts an empty draft of the token’s unit, version 1, never cached', async () => {
    const res = await send('POST', '/v1/proposals', tokens.kinhBac, draft('phuong-kinh-bac', { contact }));
    const { body, etag } = await proposal(res, 201);
    assert.equal(etag, '"1"');
    assert.equal(res.headers.get('location'), `/v1/proposals/${body.id}`);
    assert.deepEqual(
      { status: body.status, reference: body.reference, contact: body.contact, nominations: body.nominations, files: body.files, submittedAt: body.submittedAt },
      { status: 'draft', reference: null, contact, nominations: [], files: [], submittedAt: null },
    );
  });

  it('refuses a unit the token is not scoped to (403) and a role other than proposer (403)', async () => {
    const other = await error(await send('POST', '/v1/proposals', tokens.kinhBac, draft('xa-tien-du')), 403);
    assert.deepEqual(other.issues.map((i) => i.path.join('.')), ['body.proposingUnitId']);
    assert.equal((await error(await send('POST', '/v1/proposals', tokens.reporter, draft()), 403)).code, 'forbidden');
  });

  it('refuses a closed round, an award the unit may not propose and an unknown campaign, naming the field', async () => {
    const closed = await error(await send('POST', '/v1/proposals', tokens.kinhBac, draft('phuong-kinh-bac', { roundId: 'bn2026-dot-1' })), 400);
    assert.deepEqual(closed.issues, [
      { path: ['body', 'roundId'], message: 'Đã hết hạn nhận hồ sơ của đợt khen thưởng (hạn cuối ngày 15/09/2025)', code: 'roundClosed' },
    ]);
    const youth = await error(await send('POST', '/v1/proposals', tokens.youth, draft('tinh-doan', { awardTypeId: 'giay-khen' }), { 'Accept-Language': 'en' }), 400);
    assert.deepEqual(youth.issues.map((i) => [i.path.join('.'), i.message]), [['body.awardTypeId', 'Your unit may not propose this award']]);
    const unknown = await error(await send('POST', '/v1/proposals', tokens.kinhBac, draft('phuong-kinh-bac', { campaignId: 'khong-co' })), 400);
    assert.deepEqual(unknown.issues.map((i) => i.path.join('.')), ['body.campaignId']);
  });
});

describe('creating a draft with an Idempotency-Key', () => {
  const drafts = async () => Number((await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM proposals WHERE proposing_unit_id = 'xa-tien-du'")).rows[0]!.n);

  it('answers a repeat with the draft the first one made, as it is now, and makes no second', async () => {
    const before = await drafts();
    const first = await send('POST', '/v1/proposals', tokens.tienDu, draft('xa-tien-du', { contact }), { 'Idempotency-Key': 'draft-1' });
    const made = await proposal(first, 201);
    assert.equal(first.headers.get('idempotent-replayed'), null);
    const changed = await proposal(await send('PATCH', `/v1/proposals/${made.body.id}`, tokens.tienDu, { contact: { ...contact, name: 'Lê Thị Hoa' } }, { 'If-Match': made.etag }), 200);
    // The round closes before the retry arrives: the repeat is still answered, not refused.
    const { rows } = await server.db.query<{ rounds: unknown }>("SELECT rounds FROM campaigns WHERE id = 'bn2026'");
    await server.db.query(`UPDATE campaigns SET rounds = jsonb_set(rounds, '{1,dossierDeadline}', to_jsonb($1::text)) WHERE id = 'bn2026'`, [day(-1)]);
    try {
      const again = await send('POST', '/v1/proposals', tokens.tienDu, draft('xa-tien-du', { contact }), { 'Idempotency-Key': 'draft-1' });
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(again.headers.get('location'), `/v1/proposals/${made.body.id}`);
      const replayed = await proposal(again, 201);
      assert.deepEqual([replayed.body.id, replayed.etag, replayed.body.contact?.name], [made.body.id, changed.etag, 'Lê Thị Hoa']);
    } finally {
      await server.db.query("UPDATE campaigns SET rounds = $1::jsonb WHERE id = 'bn2026'", [JSON.stringify(rows[0]!.rounds)]);
    }
    assert.equal(await drafts(), before + 1);
    assert.equal((await proposalHistory(server.db, made.body.id)).filter((h) => h.action === 'created').length, 1);
  });

  it('refuses the key with another body (409 naming the header), also when only the nested contact differs', async () => {
    await proposal(await send('POST', '/v1/proposals', tokens.tienDu, draft('xa-tien-du', { contact }), { 'Idempotency-Key': 'draft-2' }), 201);
    const before = await drafts();
    const other = await error(await send('POST', '/v1/proposals', tokens.tienDu, draft('xa-tien-du', { contact: { ...contact, phone: '0222 3822 999' } }), { 'Idempotency-Key': 'draft-2' }), 409);
    assert.deepEqual(other.issues.map((i) => i.path.join('.')), ['header.Idempotency-Key']);
    assert.equal(await drafts(), before);
    const malformed = await error(await send('POST', '/v1/proposals', tokens.tienDu, draft('xa-tien-du'), { 'Idempotency-Key': 'two words' }), 400);
    assert.deepEqual(malformed.issues.map((i) => i.path.join('.')), ['header.Idempotency-Key']);
  });

  it('makes one draft of concurrent twins with one key; a refused create keeps no key', async () => {
    const before = await drafts();
    const twins = await Promise.all([0, 1, 2].map(() => send('POST', '/v1/proposals', tokens.tienDu, draft('xa-tien-du'), { 'Idempotency-Key': 'draft-twins' })));
    const answers = await Promise.all(twins.map((r) => proposal(r, 201)));
    assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
    assert.equal(twins.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 2);
    assert.equal(await drafts(), before + 1);
    // Refused (a closed round): nothing stored, so the same key then starts a draft in an open one.
    await error(await send('POST', '/v1/proposals', tokens.tienDu, draft('xa-tien-du', { roundId: 'bn2026-dot-1' }), { 'Idempotency-Key': 'draft-refused' }), 400);
    const { rows } = await server.db.query("SELECT 1 FROM idempotency_keys WHERE key = 'draft-refused'");
    assert.equal(rows.length, 0);
  });
});

describe('reading a proposal', () => {
  it('answers the proposing unit with an ETag that revalidates; another unit’s token finds nothing; no token, 401', async () => {
    const { body } = await newDraft();
    const res = await get(`/v1/proposals/${body.id}`, { Authorization: `Bearer ${tokens.kinhBac}` });
    const read = await proposal(res, 200);
    assert.deepEqual(read.body, body);
    assert.equal(read.etag, '"1"');
    const again = await get(`/v1/proposals/${body.id}`, { Authorization: `Bearer ${tokens.kinhBac}`, 'If-None-Match': '"1"' });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('cache-control'), 'no-store');
    assert.equal((await error(await get(`/v1/proposals/${body.id}`, { Authorization: `Bearer ${tokens.tienDu}` }), 404)).code, 'not_found');
    assert.equal((await error(await get(`/v1/proposals/${body.id}`), 401)).code, 'unauthorized');
    assert.deepEqual((await error(await get('/v1/proposals/not-a-uuid', { Authorization: `Bearer ${tokens.kinhBac}` }), 400)).issues.map((i) => i.path.join('.')), ['path.proposalId']);
  });
});

describe('changing a draft with If-Match', () => {
  it('saves a change based on the current version and answers the next one', async () => {
    const { body } = await newDraft();
    const changed = await proposal(await send('PATCH', `/v1/proposals/${body.id}`, tokens.kinhBac, { contact }, { 'If-Match': '"1"' }), 200);
    assert.equal(changed.etag, '"2"');
    assert.deepEqual(changed.body.contact, contact);
  });

  it('refuses a change based on a stale version with 412, and keeps what was saved', async () => {
    const { body } = await newDraft();
    await proposal(await send('PATCH', `/v1/proposals/${body.id}`, tokens.kinhBac, { contact }, { 'If-Match': '"1"' }), 200);
    const stale = await error(await send('PATCH', `/v1/proposals/${body.id}`, tokens.kinhBac, { contact: { ...contact, name: 'Lê Văn C' } }, { 'If-Match': '"1"' }), 412);
    assert.equal(stale.code, 'precondition_failed');
    assert.deepEqual(stale.issues.map((i) => i.path.join('.')), ['header.If-Match']);
    const read = await proposal(await get(`/v1/proposals/${body.id}`, { Authorization: `Bearer ${tokens.kinhBac}` }), 200);
    assert.equal(read.body.contact?.name, contact.name);
    assert.equal(read.etag, '"2"');
  });

  it('requires If-Match, and names a malformed one', async () => {
    const { body } = await newDraft();
    const missing = await error(await send('PATCH', `/v1/proposals/${body.id}`, tokens.kinhBac, { contact }), 400);
    assert.deepEqual(missing.issues.map((i) => i.path.join('.')), ['header.If-Match']);
    const bad = await error(await send('PATCH', `/v1/proposals/${body.id}`, tokens.kinhBac, { contact }, { 'If-Match': 'W/"1"', 'Accept-Language': 'en' }), 400);
    assert.match(bad.issues[0]!.message, /If-Match must be the ETag/);
  });

  it('refuses another unit’s proposal as absent, and a submitted one as no longer a draft', async () => {
    const { body } = await newDraft();
    await error(await send('PATCH', `/v1/proposals/${body.id}`, tokens.tienDu, { contact }, { 'If-Match': '*' }), 404);
    await server.db.query("UPDATE proposals SET status = 'submitted' WHERE id = $1", [body.id]);
    assert.equal((await error(await send('PATCH', `/v1/proposals/${body.id}`, tokens.kinhBac, { contact }, { 'If-Match': '*' }), 409)).code, 'conflict');
  });
});

describe('nominations of a draft', () => {
  it('adds an individual and a community technology team, each a new version, in order', async () => {
    const { body } = await newDraft();
    const first = await send('POST', `/v1/proposals/${body.id}/nominations`, tokens.kinhBac, nomination(individual), { 'If-Match': '"1"' });
    const one = await proposal(first, 201);
    assert.equal(one.etag, '"2"');
    assert.equal(first.headers.get('location'), `/v1/proposals/${body.id}/nominations/${one.body.nominations[0]!.id}`);
    const two = await proposal(await send('POST', `/v1/proposals/${body.id}/nominations`, tokens.kinhBac, nomination(team), { 'If-Match': '"2"' }), 201);
    assert.deepEqual(two.body.nominations.map((n) => [n.nominee.type, n.status, n.reference, n.files]), [
      ['individual', 'draft', null, []],
      ['collective', 'draft', null, []],
    ]);
    assert.deepEqual(two.body.nominations[0]!.nominee, individual, 'the proposing unit sees the whole nominee');
  });

  it('refuses the same nominee twice in a proposal (409), whatever the case or spacing of the name', async () => {
    const { body } = await newDraft();
    await proposal(await send('POST', `/v1/proposals/${body.id}/nominations`, tokens.kinhBac, nomination(individual), { 'If-Match': '*' }), 201);
    const same = { ...individual, familyName: 'NGUYỄN', givenName: ' hà' };
    const twice = await error(await send('POST', `/v1/proposals/${body.id}/nominations`, tokens.kinhBac, nomination(same), { 'If-Match': '*' }), 409);
    assert.deepEqual(twice.issues.map((i) => [i.path.join('.'), i.code]), [['body.nominee', 'duplicateNomination']]);
    assert.ok(!JSON.stringify(twice).includes('1985'), 'the refusal does not echo the date of birth');
  });

  it('refuses a nominee already in another unit’s submitted proposal for the same round and award, not in its draft', async () => {
    const other = await newDraft(tokens.tienDu, 'xa-tien-du');
    const person = { ...individual, givenName: 'Lan', dateOfBirth: '1979-03-02' };
    await proposal(await send('POST', `/v1/proposals/${other.body.id}/nominations`, tokens.tienDu, nomination(person), { 'If-Match': '*' }), 201);
    const mine = await newDraft();
    const added = await proposal(await send('POST', `/v1/proposals/${mine.body.id}/nominations`, tokens.kinhBac, nomination(person), { 'If-Match': '*' }), 201);
    await send('DELETE', `/v1/proposals/${mine.body.id}/nominations/${added.body.nominations[0]!.id}`, tokens.kinhBac, undefined, { 'If-Match': '*' });
    // Marked submitted directly: this test is about adding (submission has its own tests below).
    await server.db.query("UPDATE proposals SET status = 'submitted' WHERE id = $1", [other.body.id]);
    await server.db.query("UPDATE nominations SET status = 'submitted' WHERE proposal_id = $1", [other.body.id]);
    await error(await send('POST', `/v1/proposals/${mine.body.id}/nominations`, tokens.kinhBac, nomination(person), { 'If-Match': '*' }), 409);
  });

  it('checks the nominee group, categories and criteria against the catalog, naming each field', async () => {
    const health = await newDraft(tokens.health, 'so-y-te');
    const teamRefused = await error(await send('POST', `/v1/proposals/${health.body.id}/nominations`, tokens.health, nomination(team), { 'If-Match': '*', 'Accept-Language': 'en' }), 400);
    assert.deepEqual(teamRefused.issues.map((i) => [i.path.join('.'), i.message]), [
      ['body.nominee.type', 'Your unit may not propose this kind of nominee for this award'],
    ]);
    const { body } = await newDraft();
    const wrong = nomination(individual, { achievementCategoryIds: ['khong-co'], attestedCriterionIds: ['to-cnscd-thanh-tich'] });
    const refused = await error(await send('POST', `/v1/proposals/${body.id}/nominations`, tokens.kinhBac, wrong, { 'If-Match': '*' }), 400);
    assert.deepEqual(refused.issues.map((i) => [i.path.join('.'), i.code]), [
      ['body.achievementCategoryIds.0', 'unknownCategory'],
      ['body.attestedCriterionIds.0', 'criterionNotApplicable'],
    ]);
    const badUnit = await error(
      await send('POST', `/v1/proposals/${body.id}/nominations`, tokens.kinhBac, nomination({ ...individual, workplaceUnitId: 'khong-co' }), { 'If-Match': '*' }),
      400,
    );
    assert.deepEqual(badUnit.issues.map((i) => i.path.join('.')), ['body.nominee.workplaceUnitId']);
    const invalid = await error(
      await send('POST', `/v1/proposals/${body.id}/nominations`, tokens.kinhBac, nomination({ ...individual, dateOfBirth: '2999-12-31' }), { 'If-Match': '*' }),
      400,
    );
    assert.deepEqual(invalid.issues.map((i) => [i.path.join('.'), i.message]), [['body.nominee.dateOfBirth', 'Ngày sinh không hợp lệ']]);
    assert.ok(!JSON.stringify(invalid).includes('2999'), 'the message does not echo the value');
    const read = await proposal(await get(`/v1/proposals/${body.id}`, { Authorization: `Bearer ${tokens.kinhBac}` }), 200);
    assert.equal(read.etag, '"1"', 'nothing refused was saved');
  });

  it('edits a nomination, refusing a stale version, and removes one', async () => {
    const { body } = await newDraft();
    const added = await proposal(await send('POST', `/v1/proposals/${body.id}/nominations`, tokens.kinhBac, nomination(individual), { 'If-Match': '"1"' }), 201);
    const id = added.body.nominations[0]!.id;
    const path = `/v1/proposals/${body.id}/nominations/${id}`;
    const promoted = nomination({ ...individual, position: 'Chủ tịch UBND phường' });
    const edited = await proposal(await send('PUT', path, tokens.kinhBac, promoted, { 'If-Match': '"2"' }), 200);
    assert.equal(edited.etag, '"3"');
    assert.equal(edited.body.nominations[0]!.nominee.type === 'individual' && edited.body.nominations[0]!.nominee.position, 'Chủ tịch UBND phường');
    await error(await send('PUT', path, tokens.kinhBac, nomination(individual), { 'If-Match': '"2"' }), 412);
    const removed = await proposal(await send('DELETE', path, tokens.kinhBac, undefined, { 'If-Match': '"3"' }), 200);
    assert.deepEqual([removed.etag, removed.body.nominations], ['"4"', []]);
    assert.equal((await error(await send('DELETE', path, tokens.kinhBac, undefined, { 'If-Match': '*' }), 404)).code, 'not_found');
  });

  it('records every write in the history — who, when, what — with field names and no personal values', async () => {
    const { body } = await newDraft();
    await send('PATCH', `/v1/proposals/${body.id}`, tokens.kinhBac, { contact }, { 'If-Match': '"1"' });
    const added = await proposal(await send('POST', `/v1/proposals/${body.id}/nominations`, tokens.kinhBac, nomination(individual), { 'If-Match': '"2"' }), 201);
    const id = added.body.nominations[0]!.id;
    await send('PUT', `/v1/proposals/${body.id}/nominations/${id}`, tokens.kinhBac, nomination({ ...individual, dateOfBirth: '1985-09-06', position: 'Chủ tịch' }), { 'If-Match': '"3"' });
    await send('DELETE', `/v1/proposals/${body.id}/nominations/${id}`, tokens.kinhBac, undefined, { 'If-Match': '"4"' });
    const history = await proposalHistory(server.db, body.id);
    assert.deepEqual(
      history.map((h) => [h.action, h.version, h.fields, h.tokenId === proposerTokenId, h.nominationId === (h.action.startsWith('nomination') ? id : null)]),
      [
        ['created', 1, [], true, true],
        ['updated', 2, ['contact'], true, true],
        ['nominationAdded', 3, [], true, true],
        ['nominationUpdated', 4, ['nominee.dateOfBirth', 'nominee.position'], true, true],
        ['nominationRemoved', 5, [], true, true],
      ],
    );
    assert.ok(history.every((h) => /^\d{4}-\d{2}-\d{2}T/.test(h.at)));
    const stored = JSON.stringify((await server.db.query('SELECT * FROM proposal_history WHERE proposal_id = $1', [body.id])).rows);
    for (const secret of ['1985', 'binh@', 'Nguyễn']) assert.ok(!stored.includes(secret), secret);
  });

  it('logged nothing: no request above was a server fault, so no personal data reached a log', () => {
    assert.deepEqual(logged, []);
  });

  it('keeps a value out of a database error’s message, should one reach a log', async () => {
    const failed = await server.db.query('SELECT $1::date AS d', ['1985-13-45']).then(
      () => undefined,
      (e: unknown) => e as Error & { code?: string },
    );
    assert.ok(failed);
    assert.equal(failed.code, '22008');
    assert.match(failed.message, /^date\/time field value out of range: "…"$/);
    const uuid = await server.db.query('SELECT $1::uuid', ['Nguyễn Thị Hà']).then(() => undefined, (e: unknown) => e as Error);
    assert.match(uuid!.message, /invalid input syntax for type uuid: "…"/);
    const table = await server.db.query('SELECT 1 FROM "khong_co"').then(() => undefined, (e: unknown) => e as Error);
    assert.match(table!.message, /relation "khong_co" does not exist/, 'names of the schema stay');
  });
});

/** A draft of `token`'s unit with a contact and these nominees, complete enough to submit; its ETag. */
async function completeDraft(nominees: Nominee[], token = tokens.kinhBac, unit = 'phuong-kinh-bac') {
  const { body } = await proposal(await send('POST', '/v1/proposals', token, draft(unit, { contact })), 201);
  let etag = '';
  for (const nominee of nominees) etag = (await proposal(await send('POST', `/v1/proposals/${body.id}/nominations`, token, nomination(nominee), { 'If-Match': '*' }), 201)).etag;
  return { id: body.id, etag };
}

let keys = 0;
const submit = (id: string, etag: string, token = tokens.kinhBac, key = `submit-${++keys}-${Date.now()}`) =>
  send('POST', `/v1/proposals/${id}/submit`, token, undefined, { 'If-Match': etag, 'Idempotency-Key': key });

/** The number of a proposal reference, `BN2026-BK-0042` → 42. */
const sequenceOf = (reference: string | null) => Number(/^BN2026-BK-(\d{4})$/.exec(reference ?? '')?.[1]);

describe('submitting a proposal', () => {
  it('lists everything that blocks it with field paths (400), and changes nothing', async () => {
    const { body, etag } = await newDraft();
    const empty = await error(await submit(body.id, etag), 400);
    assert.deepEqual(empty.issues.map((i) => i.path.join('.')), ['contact', 'nominations']);
    const added = await proposal(
      await send('POST', `/v1/proposals/${body.id}/nominations`, tokens.kinhBac, nomination(individual, { summary: undefined, achievements: [], attestedCriterionIds: [] }), { 'If-Match': etag }),
      201,
    );
    const incomplete = await error(await send('POST', `/v1/proposals/${body.id}/submit`, tokens.kinhBac, undefined, { 'If-Match': added.etag, 'Idempotency-Key': 'k-incomplete', 'Accept-Language': 'en' }), 400);
    const paths = incomplete.issues.map((i) => i.path.join('.'));
    assert.ok(paths.includes('contact') && paths.includes('nominations.0.summary') && paths.includes('nominations.0.achievements'), paths.join());
    assert.ok(paths.some((p) => p.startsWith('nominations.0.attestedCriterionIds.')), paths.join());
    assert.ok(incomplete.issues.every((i) => i.message.length > 0));
    const after = await proposal(await get(`/v1/proposals/${body.id}`, { Authorization: `Bearer ${tokens.kinhBac}` }), 200);
    assert.deepEqual([after.body.status, after.body.reference, after.etag], ['draft', null, added.etag]);
  });

  it('freezes a complete proposal with its reference and its nominations’ references; later writes get 409', async () => {
    const { id, etag } = await completeDraft([{ ...individual, givenName: 'Mai' }, { ...team, name: 'Tổ CNSCĐ khu phố 5' }]);
    const submitted = await proposal(await submit(id, etag), 200);
    const { body } = submitted;
    assert.equal(body.status, 'submitted');
    assert.match(body.reference ?? '', /^BN2026-BK-\d{4}$/);
    assert.deepEqual(body.nominations.map((n) => [n.reference, n.status]), [
      [`${body.reference}-01`, 'submitted'],
      [`${body.reference}-02`, 'submitted'],
    ]);
    assert.ok(body.submittedAt);
    assert.notEqual(submitted.etag, etag);
    const patch = await error(await send('PATCH', `/v1/proposals/${id}`, tokens.kinhBac, { contact }, { 'If-Match': submitted.etag }), 409);
    assert.equal(patch.code, 'conflict');
    await error(await send('POST', `/v1/proposals/${id}/nominations`, tokens.kinhBac, nomination({ ...individual, givenName: 'Hoa' }), { 'If-Match': '*' }), 409);
    await error(await send('DELETE', `/v1/proposals/${id}/nominations/${body.nominations[0]!.id}`, tokens.kinhBac, undefined, { 'If-Match': '*' }), 409);
    await error(await submit(id, submitted.etag), 409);
    const history = await proposalHistory(server.db, id);
    assert.deepEqual(history.at(-1) && [history.at(-1)!.action, history.at(-1)!.fields, history.at(-1)!.tokenId], ['submitted', ['reference', 'status'], proposerTokenId]);
  });

  it('answers a retried submit with the same proposal and reference, once; refuses the key for another proposal; requires a key', async () => {
    const a = await completeDraft([{ ...individual, givenName: 'Quân' }]);
    const first = await proposal(await submit(a.id, a.etag, tokens.kinhBac, 'retry-key'), 200);
    // The retry repeats the If-Match it sent, stale by now: the key is looked at first.
    const again = await submit(a.id, a.etag, tokens.kinhBac, 'retry-key');
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const replayed = await proposal(again, 200);
    assert.deepEqual([replayed.body.reference, replayed.etag], [first.body.reference, first.etag]);
    const history = await proposalHistory(server.db, a.id);
    assert.equal(history.filter((h) => h.action === 'submitted').length, 1);

    const b = await completeDraft([{ ...individual, givenName: 'Tuấn' }]);
    const reused = await error(await submit(b.id, b.etag, tokens.kinhBac, 'retry-key'), 409);
    assert.deepEqual(reused.issues.map((i) => i.path.join('.')), ['header.Idempotency-Key']);
    const missing = await error(await send('POST', `/v1/proposals/${b.id}/submit`, tokens.kinhBac, undefined, { 'If-Match': b.etag }), 400);
    assert.deepEqual(missing.issues.map((i) => i.path.join('.')), ['header.Idempotency-Key']);
    // Another token's key space is its own: the same key from another unit is a new request.
    const c = await completeDraft([{ ...individual, givenName: 'Bảo' }], tokens.tienDu, 'xa-tien-du');
    const other = await proposal(await submit(c.id, c.etag, tokens.tienDu, 'retry-key'), 200);
    // Neither the replay nor the refusals used a number: no gap.
    const next = await proposal(await submit(b.id, b.etag), 200);
    assert.deepEqual([sequenceOf(other.body.reference), sequenceOf(next.body.reference)], [sequenceOf(first.body.reference) + 1, sequenceOf(first.body.reference) + 2]);
  });

  it('checks the round’s dossier window at submission, not only at creation', async () => {
    const { id, etag } = await completeDraft([{ ...individual, givenName: 'Vy' }]);
    const { rows } = await server.db.query<{ rounds: unknown }>("SELECT rounds FROM campaigns WHERE id = 'bn2026'");
    await server.db.query(`UPDATE campaigns SET rounds = jsonb_set(rounds, '{1,dossierDeadline}', to_jsonb($1::text)) WHERE id = 'bn2026'`, [day(-1)]);
    try {
      const closed = await error(await submit(id, etag), 400);
      assert.deepEqual(closed.issues.map((i) => [i.path.join('.'), i.code]), [['roundId', 'roundClosed']]);
    } finally {
      await server.db.query("UPDATE campaigns SET rounds = $1::jsonb WHERE id = 'bn2026'", [JSON.stringify(rows[0]!.rounds)]);
    }
    await proposal(await submit(id, etag), 200);
  });

  it('refuses at submission a nominee another unit has submitted meanwhile for the same round and award', async () => {
    const person = { ...individual, givenName: 'Yến', dateOfBirth: '1990-01-01' };
    const theirs = await completeDraft([person], tokens.tienDu, 'xa-tien-du');
    const mine = await completeDraft([{ ...team, name: 'Tổ CNSCĐ khu phố 9' }, { ...person, familyName: 'NGUYỄN ' }]);
    await proposal(await submit(theirs.id, theirs.etag, tokens.tienDu), 200);
    const refused = await error(await submit(mine.id, mine.etag), 400);
    assert.deepEqual(refused.issues.map((i) => [i.path.join('.'), i.code]), [['nominations.1.nominee', 'duplicateNomination']]);
  });

  it('gives concurrent submits distinct consecutive numbers, and a concurrent retry the same one', async () => {
    const drafts = await Promise.all([0, 1, 2].map((i) => completeDraft([{ ...individual, givenName: `Song ${i}` }])));
    const answers = await Promise.all([
      ...drafts.map((d) => submit(d.id, d.etag)),
      submit(drafts[0]!.id, drafts[0]!.etag, tokens.kinhBac, 'twin'),
    ]);
    // The first and the last are the same draft under two keys and one ETag: one wins, the other's ETag is stale.
    const statuses = answers.map((r) => r.status);
    assert.deepEqual(statuses.slice(1, 3), [200, 200]);
    assert.deepEqual([statuses[0], statuses[3]].sort(), [200, 412]);
    const numbers = [];
    for (const id of drafts.map((d) => d.id)) numbers.push(sequenceOf((await proposal(await get(`/v1/proposals/${id}`, { Authorization: `Bearer ${tokens.kinhBac}` }), 200)).body.reference));
    numbers.sort((a, b) => a - b);
    assert.deepEqual(numbers, [numbers[0]!, numbers[0]! + 1, numbers[0]! + 2]);
    const twinA = await Promise.all([submit(drafts[1]!.id, '*', tokens.kinhBac, 'same-twice'), submit(drafts[1]!.id, '*', tokens.kinhBac, 'same-twice')]);
    // Already submitted under another key: both with one key get the same refusal, the key is not stored.
    assert.deepEqual(twinA.map((r) => r.status), [409, 409]);
    const fresh = await completeDraft([{ ...individual, givenName: 'Đôi' }]);
    const twins = await Promise.all([submit(fresh.id, fresh.etag, tokens.kinhBac, 'twins'), submit(fresh.id, fresh.etag, tokens.kinhBac, 'twins')]);
    const both = await Promise.all(twins.map((r) => proposal(r, 200)));
    assert.equal(both[0]!.body.reference, both[1]!.body.reference);
    assert.equal((await proposalHistory(server.db, fresh.id)).filter((h) => h.action === 'submitted').length, 1);
  });
});

describe('withdrawing a proposal', () => {
  it('withdraws a submitted proposal with If-Match, keeping its references; its nominee may be proposed again', async () => {
    const person = { ...individual, givenName: 'Xuân', dateOfBirth: '1988-08-08' };
    const mine = await completeDraft([person]);
    const theirs = await completeDraft([person], tokens.tienDu, 'xa-tien-du');
    const submitted = await proposal(await submit(mine.id, mine.etag), 200);
    await error(await submit(theirs.id, theirs.etag, tokens.tienDu), 400);

    await error(await send('POST', `/v1/proposals/${mine.id}/withdraw`, tokens.kinhBac), 400);
    await error(await send('POST', `/v1/proposals/${mine.id}/withdraw`, tokens.kinhBac, undefined, { 'If-Match': mine.etag }), 412);
    await error(await send('POST', `/v1/proposals/${mine.id}/withdraw`, tokens.tienDu, undefined, { 'If-Match': '*' }), 404);
    const withdrawn = await proposal(await send('POST', `/v1/proposals/${mine.id}/withdraw`, tokens.kinhBac, undefined, { 'If-Match': submitted.etag }), 200);
    assert.equal(withdrawn.body.status, 'withdrawn');
    assert.equal(withdrawn.body.reference, submitted.body.reference);
    assert.deepEqual(withdrawn.body.nominations.map((n) => [n.status, n.reference]), [['withdrawn', `${submitted.body.reference}-01`]]);
    await proposal(await submit(theirs.id, theirs.etag, tokens.tienDu), 200);

    const again = await error(await send('POST', `/v1/proposals/${mine.id}/withdraw`, tokens.kinhBac, undefined, { 'If-Match': '*', 'Accept-Language': 'en' }), 409);
    assert.match(again.message, /withdrawn/);
    await error(await send('PATCH', `/v1/proposals/${mine.id}`, tokens.kinhBac, { contact }, { 'If-Match': '*' }), 409);
    await error(await submit(mine.id, '*'), 409);
    const history = await proposalHistory(server.db, mine.id);
    assert.deepEqual(history.slice(-2).map((h) => [h.action, h.fields]), [['submitted', ['reference', 'status']], ['withdrawn', ['status']]]);
  });

  it('withdraws a draft, which then cannot be changed or submitted', async () => {
    const { id, etag } = await completeDraft([{ ...individual, givenName: 'Thu' }]);
    const withdrawn = await proposal(await send('POST', `/v1/proposals/${id}/withdraw`, tokens.kinhBac, undefined, { 'If-Match': etag }), 200);
    assert.deepEqual([withdrawn.body.status, withdrawn.body.reference], ['withdrawn', null]);
    await error(await send('POST', `/v1/proposals/${id}/nominations`, tokens.kinhBac, nomination({ ...individual, givenName: 'Thu 2' }), { 'If-Match': '*' }), 409);
    await error(await submit(id, withdrawn.etag), 409);
  });

  it('refuses once appraisal has begun (409)', async () => {
    const { id, etag } = await completeDraft([{ ...individual, givenName: 'Kiên' }]);
    await proposal(await submit(id, etag), 200);
    // Appraisal is part 2; the row is put where it would leave it.
    await server.db.query("UPDATE proposals SET status = 'underAppraisal' WHERE id = $1", [id]);
    const refused = await error(await send('POST', `/v1/proposals/${id}/withdraw`, tokens.kinhBac, undefined, { 'If-Match': '*', 'Accept-Language': 'en' }), 409);
    assert.match(refused.message, /[Aa]ppraisal/);
  });

  it('logged nothing here either', () => {
    assert.deepEqual(logged, []);
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
