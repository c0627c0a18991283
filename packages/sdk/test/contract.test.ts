import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findOperation, operations, type NominationInput, type OperationId } from '@thidua/schemas';
import { issueToken } from '@thidua/server';
import { createClient } from '../src/index.js';
import { catalogWithOpenRound, useApi } from './support.js';

let reporter: string;
let proposer: string;
let coordinator: string;
let appraiser: string;
// The seeded catalog with a round open for dossiers today (the seeded ones are past).
const catalog = catalogWithOpenRound();
// Files have their own routes; a Bằng khen that requires none lets this dossier be submitted.
catalog.awardTypes!.find((a) => a.id === 'bang-khen-chu-tich-ubnd-tinh')!.requiredFiles = { proposal: [], nomination: [] };
const api = useApi(
  async (server) => {
    reporter = (await issueToken(server.db, { name: 'Sở Y tế', role: 'reporter', unitIds: ['so-y-te'] })).token;
    proposer = (await issueToken(server.db, { name: 'Sở Y tế', role: 'proposer', unitIds: ['so-y-te'] })).token;
    coordinator = (await issueToken(server.db, { name: 'Sở Khoa học và Công nghệ', role: 'coordinator' })).token;
    appraiser = (await issueToken(server.db, { name: 'Sở Khoa học và Công nghệ', role: 'appraiser', unitIds: ['so-khoa-hoc-cong-nghe'] })).token;
  },
  { seed: catalog },
);

/** Operations the SDK leaves to other tools: liveness probes and the OpenAPI document. */
const notInSdk: OperationId[] = ['health', 'openapi'];

describe(`the SDK and the route contract (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('asks each operation of the contract at its path, with only its query parameters, and the server serves it', async () => {
    const requests: { method: string; url: URL; status: number }[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await globalThis.fetch(request);
      requests.push({ method: request.method, url: new URL(request.url), status: response.status });
      return response;
    };
    const client = createClient({ baseUrl: api.url, token: () => reporter, fetch, batch: false, retry: 0 });
    const asOf = '2026-06-30';
    await client.campaigns.list();
    await client.campaigns.get('bn2026');
    await client.campaigns.progress('bn2026', { unit: 'so-y-te', asOf });
    await client.campaigns.commendation('bn2026');
    await client.indicators.list('bn2026', { asOf });
    await client.indicators.get('bn2026-09', { unit: 'so-y-te', asOf });
    await client.indicators.history('bn2026-09', { from: '2025-01-01', to: asOf });
    await client.indicators.progressByUnit('bn2026-09', { level: 'commune', asOf });
    await client.units.list({ level: 'commune' });
    await client.units.get('so-y-te');
    await client.rankings.get('bn2026', { metric: 'dti', group: 'departments' });
    await client.measurements.report({ indicatorId: 'bn2026-09', unitId: 'so-y-te', value: 70, measuredOn: '2026-06-30', source: 'Báo cáo quý II/2026' });
    // Several cards at once: the batched read.
    const batching = createClient({ baseUrl: api.url, fetch, retry: 0 });
    await Promise.all([batching.indicators.get('bn2026-01', { asOf }), batching.indicators.get('bn2026-09', { asOf })]);
    // A proposer's dossier.
    const dossiers = createClient({ baseUrl: api.url, token: proposer, fetch, retry: 0 }).nominations;
    let { proposal, etag } = await dossiers.createProposal({ campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'so-y-te' });
    ({ etag } = await dossiers.updateProposal(proposal.id, { contact: null }, { etag }));
    const nomination: NominationInput = {
      nominee: { type: 'collective', name: 'Phòng Công nghệ thông tin, Sở Y tế', kind: 'unit' },
      achievementCategoryIds: [],
      achievements: [],
      priorAwards: [],
      attestedCriterionIds: [],
    };
    ({ proposal, etag } = await dossiers.add(proposal.id, nomination, { etag }));
    ({ etag } = await dossiers.update(proposal.id, proposal.nominations[0]!.id, nomination, { etag }));
    ({ etag } = await dossiers.remove(proposal.id, proposal.nominations[0]!.id, { etag }));
    await dossiers.getProposal(proposal.id);
    ({ etag } = await dossiers.updateProposal(proposal.id, { contact: { name: 'Lê Văn An', phone: '0222 3822 456', email: 'an@syt.bacninh.gov.vn' } }, { etag }));
    const criteria = catalog.campaigns[0]!.nominations!.criteria.filter((c) => c.appliesTo.includes('collective')).map((c) => c.id);
    const complete = { ...nomination, achievementCategoryIds: ['community-teams'], summary: 'Số hoá hồ sơ bệnh án.', achievements: [{ period: '2026', description: 'Bệnh án điện tử.' }], attestedCriterionIds: criteria };
    ({ etag } = await dossiers.add(proposal.id, complete, { etag }));
    const template = await dossiers.importTemplate({ format: 'csv', locale: 'en' });
    const imported = await dossiers.importNominations(proposal.id, new Blob([`${await template.text()}Collective,Phòng Kế hoạch – Tài chính,Unit\r\n`]), { etag });
    ({ etag } = await dossiers.remove(proposal.id, imported.proposal.nominations.at(-1)!.id, { etag: imported.etag }));
    const pdf = new Blob(['%PDF-1.7\n'], { type: 'application/pdf' });
    const withFile = await dossiers.uploadEvidence(proposal.id, pdf, { kind: 'other', name: 'x.pdf' });
    await dossiers.downloadEvidence(proposal.id, withFile.proposal.files[0]!.id);
    ({ etag } = await dossiers.removeEvidence(proposal.id, withFile.proposal.files[0]!.id, { etag: withFile.etag }));
    ({ etag } = await dossiers.submit(proposal.id, { etag }));
    // The appraisers' side: the queue, the dossier, its checklist and comments, a return; the proposer resubmits.
    const appraisals = createClient({ baseUrl: api.url, token: appraiser, fetch, retry: 0 }).appraisals;
    await appraisals.list({ campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'so-y-te', status: 'submitted', deadline: 'onTime', sort: 'reference', order: 'desc', limit: 10 });
    assert.ok((await appraisals.all({ status: 'submitted' })).some((a) => a.id === proposal.id));
    let review = await appraisals.get(proposal.id);
    review = await appraisals.act(proposal.id, { type: 'startAppraisal' }, { etag: review.etag });
    const firstNomination = review.appraisal.nominations[0]!.id;
    review = await appraisals.updateChecklist(proposal.id, firstNomination, { criteria: [{ criterionId: criteria[0]!, met: true }] }, { etag: review.etag });
    await appraisals.comment(proposal.id, { text: 'Bổ sung quyết định thành lập.', audience: 'proposer' });
    review = await appraisals.act(proposal.id, { type: 'return', reason: 'Thiếu quyết định thành lập.' }, { etag: review.etag });
    ({ etag } = await dossiers.getProposal(proposal.id));
    ({ etag } = await dossiers.resubmit(proposal.id, { etag }));
    // Withdrawn: a second draft.
    const second = await dossiers.createProposal({ campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'so-y-te' });
    await dossiers.withdraw(second.proposal.id, { etag: second.etag });
    await dossiers.listProposals({ campaign: 'bn2026', round: 'bn2026-tong-ket', status: 'withdrawn', unit: 'so-y-te', limit: 10 });
    await dossiers.list({ proposal: proposal.id, status: 'resubmitted', limit: 10 });
    // Appraised eligible; the results: the proposed list, the decision, certificates, summaries, what is published.
    review = await appraisals.get(proposal.id);
    review = await appraisals.act(proposal.id, { type: 'startAppraisal' }, { etag: review.etag });
    review = await appraisals.act(proposal.id, { type: 'markEligible', nominationId: firstNomination }, { etag: review.etag });
    await appraisals.act(proposal.id, { type: 'completeAppraisal' }, { etag: review.etag });
    const results = createClient({ baseUrl: api.url, token: coordinator, fetch, retry: 0 });
    const proposed = await results.rounds.proposedList('bn2026-tong-ket', { awardTypeId: 'bang-khen-chu-tich-ubnd-tinh' });
    assert.deepEqual(proposed.items.map((i) => i.nominationId), [firstNomination]);
    assert.match((await results.rounds.exportProposedList('bn2026-tong-ket', { format: 'csv' })).type, /^text\/csv;/);
    assert.match(await (await results.rounds.printProposedList('bn2026-tong-ket')).text(), /^<!doctype html>/);
    const decision = await results.decisions.record('bn2026-tong-ket', {
      decision: { number: '3001/QĐ-UBND', signedOn: '2025-10-10', signer: { name: 'Nguyễn Văn B', title: 'CHỦ TỊCH' } },
      awardTypeId: 'bang-khen-chu-tich-ubnd-tinh',
      nominationIds: [firstNomination],
    });
    assert.deepEqual(await results.decisions.get(decision.id), decision);
    assert.match(await (await results.decisions.certificates(decision.id, { offsetX: 1 })).text(), /Phòng Công nghệ thông tin, Sở Y tế/);
    assert.equal(results.decisions.certificatesUrl(decision.id, { offsetY: -2 }), `${api.url}/v1/decisions/${decision.id}/certificates?offsetY=-2`);
    assert.equal((await results.rounds.summary('bn2026-tong-ket')).totals.awarded, 1);
    assert.equal((await results.rounds.exportSummary('bn2026-tong-ket')).size > 0, true);
    assert.equal((await results.rounds.campaignSummary('bn2026')).totals.awarded, 1);
    assert.equal((await results.rounds.exportCampaignSummary('bn2026', { format: 'csv' })).size > 0, true);
    const publicClient = createClient({ baseUrl: api.url, fetch, retry: 0 });
    const [award] = await publicClient.awards.all('bn2026', { roundId: 'bn2026-tong-ket', unitKind: 'department', q: 'cong nghe thong tin' });
    assert.equal(award!.awardee.name, 'Phòng Công nghệ thông tin, Sở Y tế');
    let feature = await results.featuredModels.feature(award!.id, { categoryId: 'community-teams', narrative: 'Bệnh án điện tử ở mọi bệnh viện tuyến tỉnh.' }, { etag: '*' });
    // A PNG's header (signature and IHDR, 2 × 1): the server reads the type and size from it.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 2, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    feature = await results.featuredModels.uploadPhoto(award!.id, new Blob([png]), { alt: 'Phòng Công nghệ thông tin' });
    const { items: featured } = await publicClient.featuredModels.list('bn2026', { roundId: 'bn2026-tong-ket' });
    assert.equal(featured[0]!.photo!.width, 2);
    assert.equal((await publicClient.featuredModels.photo(featured[0]!.photo!)).size, png.length);
    assert.equal(publicClient.featuredModels.photoUrl(featured[0]!.photo!), `${api.url}${featured[0]!.photo!.url}`);
    assert.deepEqual(await results.featuredModels.unfeature(award!.id, { etag: feature.etag }), { awardId: award!.id, featured: false });

    // The coordinating department's writes.
    const admin = createClient({ baseUrl: api.url, token: () => coordinator, fetch, retry: 0 });
    assert.deepEqual(await admin.session(), { role: 'coordinator', name: 'Sở Khoa học và Công nghệ', unitIds: ['so-khoa-hoc-cong-nghe'] });
    const issued = await admin.admin.issueToken({ name: 'UBND phường Kinh Bắc', role: 'reporter', unitIds: ['phuong-kinh-bac'] });
    assert.deepEqual((await admin.admin.revokeToken(issued.id)).revoked, true);
    assert.deepEqual(await admin.admin.importUnits([{ id: 'xa-sdk', name: { vi: 'Xã SDK' }, kind: 'commune', level: 'commune', parentId: 'bac-ninh' }]), { read: 1, changed: 1 });
    assert.ok(Object.values((await admin.admin.loadCatalog(catalog)).changed).every((n) => n === 0), 'the catalog is loaded already');

    const asked = new Set<OperationId>();
    for (const { method, url, status } of requests) {
      const found = findOperation(method, url.pathname);
      assert.ok(found, `${method} ${url.pathname} is an operation of the contract`);
      asked.add(found.id);
      assert.equal(status, found.operation.status ?? 200, `${method} ${url.pathname}${url.search}`);
      const declared = Object.keys(found.operation.query?.shape ?? {});
      for (const name of url.searchParams.keys()) assert.ok(declared.includes(name), `${found.id} declares ?${name}`);
    }
    const expected = (Object.keys(operations) as OperationId[]).filter((id) => !notInSdk.includes(id));
    assert.deepEqual([...asked].sort(), expected.sort(), 'the SDK reaches every operation but the excluded ones');
  });
});
