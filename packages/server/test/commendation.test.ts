import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiErrorBody, Commendation, dateIn, proposableAwardTypes, validate } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { seedCatalog } from '../src/index.js';
import { getter, useTestServer } from './support.js';

/** Days from today in Vietnam, yyyy-mm-dd. */
const day = (offset: number) => dateIn(new Date(Date.now() + offset * 86_400_000));

// Round 1 stays past; the final round is moved so that it takes dossiers from tomorrow, then open today.
const catalog = structuredClone(bacNinh2026);
const finalRound = catalog.campaigns[0]!.rounds[1]!;
Object.assign(finalRound, { dossiersOpenOn: day(1), dossierDeadline: day(30), date: day(40) });

const server = useTestServer(undefined, { seed: catalog });
const get = getter(server);

async function commendation(path = '/v1/campaigns/bn2026/commendation', headers: Record<string, string> = {}) {
  const res = await get(path, headers);
  assert.equal(res.status, 200, await res.clone().text());
  const parsed = validate(Commendation, await res.json());
  assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.issues));
  return { res, body: parsed.data };
}

describe(`GET /v1/campaigns/{campaignId}/commendation (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('answers the campaign’s award types with who may propose them, criteria, categories, rounds with their windows and the privacy notice', async () => {
    const { res, body } = await commendation();
    const seeded = catalog.campaigns[0]!;
    assert.equal(body.campaignId, 'bn2026');
    assert.equal(body.asOf, day(0));
    assert.equal(body.referencePrefix, 'BN2026');
    assert.deepEqual(body.privacyNotice, seeded.nominations!.privacyNotice);
    assert.deepEqual(body.criteria, seeded.nominations!.criteria);
    assert.deepEqual(body.achievementCategories, seeded.achievementCategories);
    assert.deepEqual(
      body.rounds.map((r) => [r.round.id, r.dossierWindow]),
      [
        ['bn2026-dot-1', 'closed'],
        ['bn2026-tong-ket', 'notYetOpen'],
      ],
    );
    assert.deepEqual(body.rounds[1]!.round, finalRound);
    // The award types the rounds give, whole: who may propose them and the files they require.
    const given = [...new Set(seeded.rounds.flatMap((r) => r.awardTypeIds ?? []))];
    assert.deepEqual(
      body.awardTypes,
      given.map((id) => catalog.awardTypes!.find((a) => a.id === id)),
    );
    // Enough for a form to work out what a ward may propose, with the shared rule.
    const ward = catalog.units.find((u) => u.id === 'phuong-kinh-bac')!;
    assert.ok(proposableAwardTypes(body.awardTypes, ward).some((entry) => entry.awardType.id === 'bang-khen-chu-tich-ubnd-tinh'));
    // Public and cacheable: nothing personal is in it.
    assert.match(res.headers.get('cache-control') ?? '', /public/);
    assert.ok(res.headers.get('etag'));
    const again = await get('/v1/campaigns/bn2026/commendation', { 'If-None-Match': res.headers.get('etag')! });
    assert.equal(again.status, 304);
  });

  it('words nothing itself: catalog texts come in both languages whatever the Accept-Language', async () => {
    const vi = await commendation(undefined, { 'Accept-Language': 'vi' });
    const en = await commendation(undefined, { 'Accept-Language': 'en' });
    assert.deepEqual(en.body, vi.body);
    assert.ok(en.body.criteria.every((c) => c.text.vi && c.text.en));
  });

  it('answers 404 for an unknown campaign, and for a campaign that takes no nominations, in the reader’s language', async () => {
    const unknown = await get('/v1/campaigns/khong-co/commendation', { 'Accept-Language': 'en' });
    assert.equal(unknown.status, 404);
    const body = validate(ApiErrorBody, await unknown.json());
    assert.ok(body.success);
    assert.deepEqual(body.data.error.issues[0]!.path, ['path', 'campaignId']);
    assert.equal(body.data.error.issues[0]!.message, 'No such campaign');

    const without = catalog.campaigns.find((c) => !c.nominations)!;
    const none = await get(`/v1/campaigns/${without.id}/commendation`);
    assert.equal(none.status, 404);
    const noneBody = validate(ApiErrorBody, await none.json());
    assert.ok(noneBody.success);
    assert.equal(noneBody.data.error.message, 'Phong trào thi đua này không nhận đề nghị khen thưởng');
  });

  it('refuses an invalid campaign id with its path', async () => {
    const res = await get('/v1/campaigns/KHONG%20HOP%20LE/commendation');
    assert.equal(res.status, 400);
    const body = validate(ApiErrorBody, await res.json());
    assert.ok(body.success);
    assert.deepEqual(body.data.error.issues[0]!.path, ['path', 'campaignId']);
  });

  it('drops its cached answer when an award type changes (migration 10’s triggers), as every public read does', async () => {
    const before = await commendation();
    const changed = structuredClone(catalog);
    const award = changed.awardTypes!.find((a) => a.id === 'bang-khen-chu-tich-ubnd-tinh')!;
    award.requiredFiles = { proposal: ['submissionLetter'], nomination: [] };
    await seedCatalog(server.db, changed);
    const end = Date.now() + 10_000;
    for (;;) {
      const { body } = await commendation();
      if (body.awardTypes.find((a) => a.id === award.id)!.requiredFiles.proposal.length === 1) break;
      assert.ok(Date.now() < end, 'the cached answer was never dropped');
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.notEqual((await commendation()).res.headers.get('etag'), before.res.headers.get('etag'));
    await seedCatalog(server.db, catalog);
  });
});
