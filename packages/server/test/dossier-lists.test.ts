import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiErrorBody, NominationList, ProposalList, dateIn, validate, type Nominee } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { samplePdf } from '@thidua/schemas/testing/evidence-files';
import { issueToken } from '../src/index.js';
import { sampleContact, sampleIndividual, sampleNomination, sampleTeam } from '@thidua/schemas/testing/nominees';
import { getter, sender, useTestServer } from './support.js';

// Both seeded rounds moved around today, so that drafts can be started in each (the filters
// by round need two); the Bằng khen requires no files, so that a submission needs none.
const day = (offset: number) => dateIn(new Date(Date.now() + offset * 86_400_000));
const catalog = structuredClone(bacNinh2026);
for (const round of catalog.campaigns[0]!.rounds) Object.assign(round, { dossiersOpenOn: day(-30), dossierDeadline: day(30), date: day(40) });
catalog.awardTypes!.find((a) => a.id === 'bang-khen-chu-tich-ubnd-tinh')!.requiredFiles = { proposal: [], nomination: [] };
const criteria = catalog.campaigns[0]!.nominations!.criteria;

const logged: string[] = [];
const tokens = { kinhBac: '', tienDu: '', both: '', reporter: '' };
const server = useTestServer(
  async () => {
    tokens.kinhBac = (await issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] })).token;
    tokens.tienDu = (await issueToken(server.db, { name: 'Xã Tiên Du', role: 'proposer', unitIds: ['xa-tien-du'] })).token;
    tokens.both = (await issueToken(server.db, { name: 'Hai đơn vị', role: 'proposer', unitIds: ['phuong-kinh-bac', 'xa-tien-du'] })).token;
    tokens.reporter = (await issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'reporter', unitIds: ['phuong-kinh-bac'] })).token;
  },
  { seed: catalog, logError: (error) => logged.push(String(error instanceof Error ? `${error.stack} ${String(error.cause)}` : error)) },
);
const get = getter(server);

const contact = sampleContact;
const person = (givenName: string, dateOfBirth?: string) => sampleIndividual({ givenName, ...(dateOfBirth ? { dateOfBirth } : {}) });
const team = (name: string) => sampleTeam({ name });
const nomination = (nominee: Nominee) => sampleNomination(nominee, criteria);
const send = sender(server);

async function ok(res: Response, status = 200) {
  assert.equal(res.status, status, await res.clone().text());
  return { body: (await res.json()) as { id: string; nominations: { id: string }[]; reference: string | null }, etag: res.headers.get('etag') ?? '' };
}

/** A draft of `unit` in `round` with these nominees; its id and ETag. */
async function dossier(token: string, unit: string, nominees: Nominee[], round = 'bn2026-tong-ket') {
  const created = await ok(
    await send('POST', '/v1/proposals', token, { campaignId: 'bn2026', roundId: round, awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: unit, contact }),
    201,
  );
  let last = created;
  for (const nominee of nominees) last = await ok(await send('POST', `/v1/proposals/${created.body.id}/nominations`, token, nomination(nominee), { 'If-Match': '*' }), 201);
  return { id: created.body.id, etag: last.etag, nominationIds: last.body.nominations.map((n) => n.id) };
}

async function list<T>(schema: typeof ProposalList | typeof NominationList, path: string, token: string): Promise<T> {
  const res = await get(path, { Authorization: `Bearer ${token}` });
  assert.equal(res.status, 200, await res.clone().text());
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const text = await res.clone().text();
  // Whatever the list, nothing personal: no date of birth, gender, contact or file name.
  for (const secret of ['1985-09-05', '1979-', 'female', 'binh@', '0222 3822', 'Trần Văn Bình', 'to-trinh']) assert.ok(!text.includes(secret), `${path} shows ${secret}`);
  const parsed = validate(schema, await res.json());
  assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.issues));
  return parsed.data as T;
}
const proposals = (query: string, token = tokens.kinhBac) => list<ProposalList>(ProposalList, `/v1/proposals${query}`, token);
const nominations = (query: string, token = tokens.kinhBac) => list<NominationList>(NominationList, `/v1/nominations${query}`, token);

async function refused(path: string, token: string | undefined, status: number, headers: Record<string, string> = {}) {
  const res = await get(path, { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers });
  assert.equal(res.status, status, await res.clone().text());
  const body = validate(ApiErrorBody, await res.json());
  assert.ok(body.success);
  return body.data.error;
}

/** Every page of a list, following `next`. */
async function walk<P extends { items: unknown[]; next: string | null }>(read: (query: string) => Promise<P>, query: string): Promise<P['items']> {
  const items: P['items'] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: P = await read(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
    items.push(...page.items);
    cursor = page.next;
    assert.ok(++pages < 100, 'the walk ends');
  } while (cursor);
  return items;
}

type ProposalItem = ProposalList['items'][number];
type NominationItem = NominationList['items'][number];

// Made once, in order, by the first test: what the lists below are about.
const made = { kinhBac: [] as string[], tienDu: '', submitted: '', withdrawn: '', roundOne: '', uploaded: '' };

describe('the list of a unit’s proposals', () => {
  it('lists only the token’s unit’s proposals, newest first, each with its round, award, counts and times', async () => {
    const first = await dossier(tokens.kinhBac, 'phuong-kinh-bac', [person('An'), team('Tổ CNSCĐ khu phố 1'), person('Bình')]);
    made.kinhBac.push(first.id);
    made.tienDu = (await dossier(tokens.tienDu, 'xa-tien-du', [person('Cúc', '1979-03-02')])).id;
    const second = await dossier(tokens.kinhBac, 'phuong-kinh-bac', [team('Tổ CNSCĐ khu phố 2')]);
    made.kinhBac.push(second.id);

    const page = await proposals('');
    assert.deepEqual(page.items.map((p) => p.id), [second.id, first.id], 'newest first; Tiên Du’s is not there');
    assert.equal(page.next, null);
    const item = page.items[1]!;
    assert.deepEqual(
      { ...item, createdAt: undefined, updatedAt: undefined },
      {
        id: first.id,
        reference: null,
        status: 'draft',
        campaignId: 'bn2026',
        round: { id: 'bn2026-tong-ket', title: catalog.campaigns[0]!.rounds[1]!.title },
        awardType: { id: 'bang-khen-chu-tich-ubnd-tinh', code: 'BK', title: catalog.awardTypes!.find((a) => a.id === 'bang-khen-chu-tich-ubnd-tinh')!.title },
        proposingUnitId: 'phuong-kinh-bac',
        counts: { nominations: 3, individuals: 2, collectives: 1, files: 0 },
        createdAt: undefined,
        updatedAt: undefined,
        submittedAt: null,
      },
    );
    assert.ok(item.updatedAt > item.createdAt, 'adding nominations changed it');
    assert.deepEqual((await proposals('', tokens.tienDu)).items.map((p) => p.id), [made.tienDu]);
  });

  it('counts files and moves the last change on an upload; shows the reference once submitted', async () => {
    const [target] = made.kinhBac;
    const before = (await proposals('')).items.find((p) => p.id === target)!;
    const form = new FormData();
    form.append('kind', 'submissionLetter');
    form.append('file', new Blob([samplePdf()], { type: 'application/pdf' }), 'to-trinh-nguyen-thi-thu-an.pdf');
    const uploaded = await fetch(`${server.url}/v1/proposals/${target}/files`, { method: 'POST', headers: { Authorization: `Bearer ${tokens.kinhBac}` }, body: form });
    assert.equal(uploaded.status, 201, await uploaded.clone().text());
    made.uploaded = target!;
    const after = (await proposals('')).items.find((p) => p.id === target)!;
    assert.equal(after.counts.files, 1);
    assert.ok(after.updatedAt > before.updatedAt);

    const ready = await dossier(tokens.kinhBac, 'phuong-kinh-bac', [person('Dung')]);
    const submitted = await ok(await send('POST', `/v1/proposals/${ready.id}/submit`, tokens.kinhBac, undefined, { 'If-Match': ready.etag, 'Idempotency-Key': `k-${ready.id}` }));
    made.submitted = ready.id;
    const listed = (await proposals('')).items.find((p) => p.id === ready.id)!;
    assert.deepEqual([listed.status, listed.reference], ['submitted', submitted.body.reference]);
    assert.ok(listed.submittedAt);
  });

  it('filters by status, round and campaign; a token of several units sees them all, or one with `unit`', async () => {
    const gone = await dossier(tokens.kinhBac, 'phuong-kinh-bac', [person('Em')]);
    await ok(await send('POST', `/v1/proposals/${gone.id}/withdraw`, tokens.kinhBac, undefined, { 'If-Match': gone.etag }));
    made.withdrawn = gone.id;
    made.roundOne = (await dossier(tokens.kinhBac, 'phuong-kinh-bac', [person('Giang')], 'bn2026-dot-1')).id;

    assert.deepEqual((await proposals('?status=withdrawn')).items.map((p) => p.id), [made.withdrawn]);
    assert.deepEqual((await proposals('?status=submitted')).items.map((p) => p.id), [made.submitted]);
    assert.deepEqual((await proposals('?round=bn2026-dot-1')).items.map((p) => [p.id, p.round.id]), [[made.roundOne, 'bn2026-dot-1']]);
    assert.equal((await proposals('?round=bn2026-tong-ket&status=draft')).items.length, 2);
    assert.equal((await proposals('?campaign=bn2026')).items.length, 5);
    assert.equal((await proposals('?campaign=khong-co')).items.length, 0);

    const both = await proposals('', tokens.both);
    assert.deepEqual(new Set(both.items.map((p) => p.proposingUnitId)), new Set(['phuong-kinh-bac', 'xa-tien-du']));
    assert.deepEqual((await proposals('?unit=xa-tien-du', tokens.both)).items.map((p) => p.id), [made.tienDu]);
  });

  it('pages with a cursor: every proposal once, none repeated, even when one is created mid-walk', async () => {
    const all = (await proposals('')).items.map((p) => p.id);
    assert.equal(all.length, 5);
    const seen: string[] = [];
    const first = await proposals('?limit=2');
    seen.push(...first.items.map((p) => p.id));
    // A new draft is newest: it goes before the walk's position, so it neither repeats nor shifts what follows.
    await dossier(tokens.kinhBac, 'phuong-kinh-bac', []);
    let cursor = first.next;
    while (cursor) {
      const page = await proposals(`?limit=2&cursor=${cursor}`);
      seen.push(...page.items.map((p) => p.id));
      cursor = page.next;
    }
    assert.deepEqual(seen, all);
    assert.deepEqual((await walk(proposals, '?limit=1&status=draft')).map((p: ProposalItem) => p.status), ['draft', 'draft', 'draft', 'draft']);
  });

  it('refuses a unit the token is not for (403, naming query.unit), a bad filter or cursor (400), another role (403), no token (401)', async () => {
    const other = await refused('/v1/proposals?unit=xa-tien-du', tokens.kinhBac, 403, { 'Accept-Language': 'en' });
    assert.deepEqual(other.issues.map((i) => [i.path.join('.'), i.message]), [['query.unit', 'This access token is not for this unit']]);
    const bad = await refused('/v1/proposals?status=lost&limit=201', tokens.kinhBac, 400);
    assert.deepEqual(bad.issues.map((i) => i.path.join('.')).sort(), ['query.limit', 'query.status']);
    const units = Buffer.from(JSON.stringify(['units', 'x', 'y'])).toString('base64url');
    const forged = Buffer.from(JSON.stringify(['proposals', 1, 'not-a-uuid'])).toString('base64url');
    for (const cursor of [units, forged, 'abc']) assert.deepEqual((await refused(`/v1/proposals?cursor=${cursor}`, tokens.kinhBac, 400)).issues.map((i) => i.path.join('.')), ['query.cursor']);
    assert.equal((await refused('/v1/proposals', tokens.reporter, 403)).code, 'forbidden');
    assert.equal((await refused('/v1/proposals', undefined, 401)).code, 'unauthorized');
  });
});

describe('the list of a unit’s nominations', () => {
  it('lists the unit’s nominations by proposal, newest first, in each proposal’s order, named as an awards list would', async () => {
    const items = await walk(nominations, '?limit=500');
    const byProposal = (await proposals('')).items.filter((p) => p.counts.nominations > 0).map((p) => p.id);
    assert.deepEqual([...new Set(items.map((n: NominationItem) => n.proposal.id))], byProposal);
    const first = items.filter((n: NominationItem) => n.proposal.id === made.kinhBac[0]);
    const attested = (group: string) => criteria.filter((c) => c.appliesTo.includes(group as never)).length;
    const counts = (group: string) => ({ achievementCategories: 1, achievements: 1, attestedCriteria: attested(group), files: 0 });
    assert.deepEqual(
      first.map((n) => [n.nominee, n.status, n.reference, n.counts]),
      [
        [{ type: 'individual', group: 'individual', name: 'Nguyễn Thị Thu An' }, 'draft', null, counts('individual')],
        [{ type: 'collective', group: 'communityTeam', name: 'Tổ CNSCĐ khu phố 1' }, 'draft', null, counts('communityTeam')],
        [{ type: 'individual', group: 'individual', name: 'Nguyễn Thị Thu Bình' }, 'draft', null, counts('individual')],
      ],
    );
    assert.ok(!items.some((n: NominationItem) => n.proposingUnitId !== 'phuong-kinh-bac'), 'Tiên Du’s nominee is not there');
    const submitted = items.find((n: NominationItem) => n.proposal.id === made.submitted)!;
    assert.deepEqual([submitted.status, submitted.reference, submitted.proposal.status], ['submitted', `${submitted.proposal.reference}-01`, 'submitted']);
  });

  it('filters by proposal, status, round, campaign and unit; pages across proposals without repeats', async () => {
    assert.deepEqual((await nominations(`?proposal=${made.kinhBac[0]}`)).items.map((n) => n.nominee.name), ['Nguyễn Thị Thu An', 'Tổ CNSCĐ khu phố 1', 'Nguyễn Thị Thu Bình']);
    assert.deepEqual((await nominations(`?proposal=${made.tienDu}`)).items, [], 'another unit’s proposal: nothing');
    assert.deepEqual((await nominations('?status=withdrawn')).items.map((n) => n.proposal.id), [made.withdrawn]);
    assert.deepEqual((await nominations('?round=bn2026-dot-1')).items.map((n) => n.nominee.name), ['Nguyễn Thị Thu Giang']);
    assert.equal((await nominations('?campaign=bn2026')).items.length, 7);
    assert.deepEqual((await nominations('?unit=xa-tien-du', tokens.both)).items.map((n) => n.nominee.name), ['Nguyễn Thị Thu Cúc']);

    const whole = (await nominations('')).items.map((n) => n.id);
    assert.deepEqual((await walk(nominations, '?limit=2')).map((n: NominationItem) => n.id), whole);
    assert.deepEqual((await walk(nominations, '?limit=1')).map((n: NominationItem) => n.id), whole);
  });

  it('moves a nomination’s last change when its file is added; counts its files', async () => {
    const [target] = made.kinhBac;
    const before = (await nominations(`?proposal=${target}`)).items[0]!;
    const form = new FormData();
    form.append('kind', 'achievementReport');
    form.append('nominationId', before.id);
    form.append('file', new Blob([samplePdf()]), 'bao-cao-nguyen-thi-thu-an.pdf');
    const uploaded = await fetch(`${server.url}/v1/proposals/${target}/files`, { method: 'POST', headers: { Authorization: `Bearer ${tokens.kinhBac}` }, body: form });
    assert.equal(uploaded.status, 201, await uploaded.clone().text());
    const after = (await nominations(`?proposal=${target}`)).items[0]!;
    assert.equal(after.counts.files, 1);
    assert.ok(after.updatedAt > before.updatedAt);
  });

  it('refuses a bad proposal id or cursor (400), another unit (403), another role (403)', async () => {
    const bad = await refused('/v1/nominations?proposal=abc&limit=0', tokens.kinhBac, 400);
    assert.deepEqual(bad.issues.map((i) => i.path.join('.')).sort(), ['query.limit', 'query.proposal']);
    const ofProposals = (await proposals('?limit=1')).next!;
    assert.deepEqual((await refused(`/v1/nominations?cursor=${ofProposals}`, tokens.kinhBac, 400)).issues.map((i) => i.path.join('.')), ['query.cursor']);
    await refused('/v1/nominations?unit=xa-tien-du', tokens.kinhBac, 403);
    await refused('/v1/nominations', tokens.reporter, 403);
  });

  it('logged nothing: no request above was a server fault', () => {
    assert.deepEqual(logged, []);
  });
});
