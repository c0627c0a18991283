import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateIn, type NominationInput, type Nominee } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { withDemoRound } from '@thidua/schemas/catalogs/demo-round';
import { sampleContact, sampleIndividual, sampleNomination } from '@thidua/schemas/testing/nominees';
import { issueToken } from '@thidua/server';
import { ThiduaApiError, createClient } from '../src/index.js';
import { useApi, useLossyGateway } from './support.js';

// The seeded catalog with its demo round open today; files have their own tests, so the Bằng khen requires none here.
const catalog = withDemoRound(structuredClone(bacNinh2026));
catalog.awardTypes!.find((a) => a.id === 'bang-khen-chu-tich-ubnd-tinh')!.requiredFiles = { proposal: [], nomination: [] };
const ROUND = 'bn2026-demo';
const AWARD = 'bang-khen-chu-tich-ubnd-tinh';

let proposer: string;
let appraiser: string;
let coordinator: string;
const api = useApi(
  async (server) => {
    proposer = (await issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] })).token;
    appraiser = (await issueToken(server.db, { name: 'Sở Khoa học và Công nghệ', role: 'appraiser', unitIds: ['so-khoa-hoc-cong-nghe'] })).token;
    coordinator = (await issueToken(server.db, { name: 'Sở Khoa học và Công nghệ', role: 'coordinator' })).token;
  },
  { seed: catalog },
);

const person = (familyName: string, middleName: string, givenName: string, gender: 'female' | 'male') =>
  sampleIndividual({ familyName, middleName, givenName, gender, dateOfBirth: '1988-04-12', position: 'Chuyên viên' });
const nomination = (nominee: Nominee): NominationInput =>
  sampleNomination(nominee, catalog.campaigns[0]!.nominations!.criteria, {
    achievementCategoryIds: ['digital-literacy'],
    summary: 'Mở 40 lớp "Bình dân học vụ số".',
    achievements: [{ period: '2025', description: 'Hướng dẫn 2.000 người dân.' }],
  });

/** Nominees proposed by Phường Kinh Bắc, appraised eligible through the SDK: their nomination ids. */
async function eligible(nominees: readonly Nominee[]): Promise<string[]> {
  const dossiers = createClient({ baseUrl: api.url, token: proposer }).nominations;
  let { proposal, etag } = await dossiers.createProposal({
    campaignId: 'bn2026',
    roundId: ROUND,
    awardTypeId: AWARD,
    proposingUnitId: 'phuong-kinh-bac',
    contact: sampleContact,
  });
  for (const nominee of nominees) ({ proposal, etag } = await dossiers.add(proposal.id, nomination(nominee), { etag }));
  ({ proposal, etag } = await dossiers.submit(proposal.id, { etag }));
  const appraisals = createClient({ baseUrl: api.url, token: appraiser }).appraisals;
  let review = await appraisals.get(proposal.id);
  review = await appraisals.act(proposal.id, { type: 'startAppraisal' }, { etag: review.etag });
  for (const n of proposal.nominations) review = await appraisals.act(proposal.id, { type: 'markEligible', nominationId: n.id }, { etag: review.etag });
  await appraisals.act(proposal.id, { type: 'completeAppraisal' }, { etag: review.etag });
  return proposal.nominations.map((n) => n.id);
}

const decision = (number: string, nominationIds: string[]) => ({
  decision: { number, signedOn: dateIn(new Date()), signer: { name: 'Nguyễn Văn B', title: 'KT. CHỦ TỊCH — PHÓ CHỦ TỊCH' } },
  awardTypeId: AWARD,
  nominationIds,
});

describe(`the SDK's results: rounds, decisions, awards, featured models (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  describe('through a gateway that loses the first answer to a decision', () => {
    let lose = true;
    const keys: string[] = [];
    // The first decision is recorded by the API, but its answer becomes a 502.
    const gateway = useLossyGateway(api, (req) => {
      if (req.method !== 'POST' || !req.url?.endsWith('/decisions')) return false;
      keys.push(String(req.headers['idempotency-key']));
      const lost = lose;
      lose = false;
      return lost;
    });

    it('records the decision once: the retry carries the same Idempotency-Key and answers the decision the first one recorded', async () => {
      const ids = await eligible([person('Nguyễn', 'Thị', 'Lan', 'female'), person('Đỗ', 'Văn', 'Khoa', 'male')]);
      const client = createClient({ baseUrl: gateway.url, token: coordinator, retry: 2 });
      const recorded = await client.decisions.record(ROUND, decision('501/QĐ-UBND', ids));
      assert.equal(lose, false, 'the first answer was lost');
      assert.equal(keys.length, 2, 'asked twice');
      assert.equal(keys[0], keys[1], 'with one key');
      const { rows } = await api.db.query<{ n: number }>("SELECT count(*)::int AS n FROM award_decisions WHERE number = '501/QĐ-UBND'");
      assert.equal(rows[0]!.n, 1, 'one decision');
      assert.deepEqual(recorded.awards.map((a) => a.awardee.name), ['Nguyễn Thị Lan', 'Đỗ Văn Khoa'], 'the woman first on equal standing, though Khoa sorts before Lan');
      assert.deepEqual(await createClient({ baseUrl: api.url, token: coordinator }).decisions.get(recorded.id), recorded);
    });
  });

  it('refuses a second award of the same nomination with a ThiduaApiError naming it, in the client’s language', async () => {
    const [id] = await eligible([person('Vũ', 'Minh', 'Tâm', 'male')]);
    const client = createClient({ baseUrl: api.url, token: coordinator, locale: 'en' });
    await client.decisions.record(ROUND, decision('502/QĐ-UBND', [id!]));
    const again = await client.decisions.record(ROUND, decision('503/QĐ-UBND', [id!])).catch((e: unknown) => e);
    assert.ok(again instanceof ThiduaApiError);
    assert.equal(again.status, 409);
    assert.deepEqual(again.issues.map((i) => i.path), [['body', 'nominationIds', 0]]);
    assert.match(again.issues[0]!.message, /Awarded/);
    const taken = await client.decisions.record(ROUND, decision('502/QĐ-UBND', [id!])).catch((e: unknown) => e);
    assert.ok(taken instanceof ThiduaApiError && taken.status === 409);
    assert.deepEqual(taken.issues[0]!.path, ['body', 'decision', 'number']);
    assert.match(taken.message, /already recorded/);
  });

  it('pages the public awards with for await, gathers them with all(), and finds a name typed without diacritics', async () => {
    const client = createClient({ baseUrl: api.url });
    const first = await client.awards.list('bn2026', { roundId: ROUND, limit: 1 });
    assert.equal(first.items.length, 1);
    assert.ok(first.next);
    const walked: string[] = [];
    for await (const award of client.awards.list('bn2026', { roundId: ROUND, limit: 1 })) walked.push(award.awardee.name);
    const all = await client.awards.all('bn2026', { roundId: ROUND });
    assert.deepEqual(walked, all.map((a) => a.awardee.name));
    assert.equal(all.length, 3);
    assert.deepEqual((await client.awards.all('bn2026', { q: 'do van khoa' })).map((a) => a.awardee.name), ['Đỗ Văn Khoa']);
    const bad = await client.awards.all('bn2026', { unitKind: 'planet' as never }).catch((e: unknown) => e);
    assert.ok(bad instanceof ThiduaApiError && bad.status === 400);
    assert.deepEqual(bad.issues[0]!.path, ['query', 'unitKind']);
  });

  it('features an award, uploads its photo reporting progress, and refuses a stale ETag with a 412', async () => {
    const coordinatorClient = createClient({ baseUrl: api.url, token: coordinator });
    const [award] = await createClient({ baseUrl: api.url }).awards.all('bn2026', { q: 'lan' });
    const featured = await coordinatorClient.featuredModels.feature(award!.id, { categoryId: 'digital-literacy', narrative: 'Chị Lan mở 40 lớp học.', storyUrl: 'https://bacninh.gov.vn/lan' }, { etag: '*' });
    assert.equal(featured.model.storyUrl, 'https://bacninh.gov.vn/lan');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 4, 0, 0, 0, 3, 8, 0, 0, 0, 0, ...new Uint8Array(2048)]);
    const progress: number[] = [];
    const withPhoto = await coordinatorClient.featuredModels.uploadPhoto(award!.id, new Blob([png]), { alt: 'Chị Lan đứng lớp', onProgress: (p) => progress.push(p.percent) });
    assert.equal(progress.at(-1), 1);
    assert.deepEqual([withPhoto.model.photo!.width, withPhoto.model.photo!.height, withPhoto.model.photo!.alt], [4, 3, 'Chị Lan đứng lớp']);
    const stale = await coordinatorClient.featuredModels.feature(award!.id, { categoryId: 'digital-literacy', narrative: 'Sửa.' }, { etag: featured.etag }).catch((e: unknown) => e);
    assert.ok(stale instanceof ThiduaApiError && stale.status === 412);
    assert.deepEqual(stale.issues[0]!.path, ['header', 'If-Match']);
    const notImage = await coordinatorClient.featuredModels.uploadPhoto(award!.id, new Blob(['%PDF-1.7\n']), { alt: 'x' }).catch((e: unknown) => e);
    assert.ok(notImage instanceof ThiduaApiError && notImage.status === 415);
    const { items } = await createClient({ baseUrl: api.url }).featuredModels.list('bn2026');
    assert.deepEqual(items, [withPhoto.model]);
    assert.deepEqual(new Uint8Array(await (await createClient({ baseUrl: api.url }).featuredModels.photo(items[0]!.photo!)).arrayBuffer()), png);
  });

  it('downloads the exports and printouts with the token, and refuses them to a client without one', async () => {
    const client = createClient({ baseUrl: api.url, token: appraiser });
    const csv = await client.rounds.exportProposedList(ROUND, { format: 'csv' });
    assert.deepEqual([...new Uint8Array(await csv.slice(0, 3).arrayBuffer())], [0xef, 0xbb, 0xbf]);
    const xlsx = await client.rounds.exportSummary(ROUND);
    assert.equal(xlsx.type, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const printout = await client.rounds.printProposedList(ROUND, { awardTypeId: AWARD });
    assert.match(printout.type, /^text\/html/);
    assert.match(await printout.text(), /Nguyễn Thị Lan/);
    const summary = await client.rounds.summary(ROUND);
    assert.deepEqual([summary.totals.awarded, summary.totals.individualsAwarded, summary.totals.womenAwarded], [3, 3, 1]);
    const anonymous = await createClient({ baseUrl: api.url }).rounds.proposedList(ROUND).catch((e: unknown) => e);
    assert.ok(anonymous instanceof ThiduaApiError && anonymous.status === 401);
  });
});
