import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NominationInput } from '@thidua/schemas';
import { issueToken } from '@thidua/server';
import { sampleContact, sampleNomination, sampleTeam } from '@thidua/schemas/testing/nominees';
import { createClient, ThiduaApiError } from '../src/index.js';
import { catalogWithOpenRound, useApi, useLossyGateway } from './support.js';

let token: string;
const api = useApi(
  async () => {
    token = (await issueToken(api.db, { name: 'Phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] })).token;
  },
  { seed: submittableCatalog() },
);

/** The open round, with an award that requires no files: uploads are tested with their own routes. */
function submittableCatalog() {
  const catalog = catalogWithOpenRound();
  catalog.awardTypes!.find((a) => a.id === 'bang-khen-chu-tich-ubnd-tinh')!.requiredFiles = { proposal: [], nomination: [] };
  return catalog;
}

const contactPerson = sampleContact;
const draftInput = { campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'phuong-kinh-bac', contact: contactPerson };

/** A draft's nomination: a team, nothing attested yet. */
const team: NominationInput = {
  nominee: sampleTeam(),
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
    const contact = await client.nominations.updateProposal(id, { contact: contactPerson }, { etag: edited.etag });
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

  it('submits a complete draft and withdraws it; a 400 lists what blocks a submission by field path', async () => {
    const client = createClient({ baseUrl: api.url, token, locale: 'en' });
    const created = await client.nominations.createProposal(draftInput);
    const blocked = await client.nominations.submit(created.proposal.id, { etag: created.etag }).catch((e: unknown) => e);
    assert.ok(blocked instanceof ThiduaApiError);
    assert.deepEqual([blocked.status, blocked.issues.map((i) => i.path.join('.'))], [400, ['nominations']]);
    const added = await client.nominations.add(created.proposal.id, complete('Tổ CNSCĐ thôn Đông'), { etag: created.etag });
    const submitted = await client.nominations.submit(created.proposal.id, { etag: added.etag });
    assert.equal(submitted.proposal.status, 'submitted');
    assert.match(submitted.proposal.reference ?? '', /^BN2026-BK-\d{4}$/);
    const withdrawn = await client.nominations.withdraw(created.proposal.id, { etag: submitted.etag });
    assert.deepEqual([withdrawn.proposal.status, withdrawn.proposal.reference], ['withdrawn', submitted.proposal.reference]);
  });

  it('uploads evidence with progress, downloads it with its recognised type, refuses a fake by content, and removes it', async () => {
    const client = createClient({ baseUrl: api.url, token, locale: 'en' });
    const created = await client.nominations.createProposal(draftInput);
    const added = await client.nominations.add(created.proposal.id, complete('Tổ CNSCĐ thôn Nam'), { etag: created.etag });
    const bytes = new Uint8Array(256 * 1024);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    const progress: number[] = [];
    const uploaded = await client.nominations.uploadEvidence(created.proposal.id, new File([bytes], 'Báo cáo thành tích.pdf', { type: 'application/pdf' }), {
      kind: 'achievementReport',
      nominationId: added.proposal.nominations[0]!.id,
      onProgress: ({ percent }) => progress.push(percent),
    });
    assert.ok(progress.length >= 1 && progress.at(-1) === 1, String(progress));
    assert.ok(progress.every((p, i) => i === 0 || p >= progress[i - 1]!), 'progress only grows');
    const file = uploaded.proposal.nominations[0]!.files[0]!;
    assert.deepEqual([file.name, file.mediaType, file.size], ['Báo cáo thành tích.pdf', 'application/pdf', bytes.length]);
    const blob = await client.nominations.downloadEvidence(created.proposal.id, file.id);
    assert.equal(blob.type, 'application/pdf');
    assert.deepEqual(new Uint8Array(await blob.arrayBuffer()), bytes);

    const fake = await client.nominations.uploadEvidence(created.proposal.id, new Blob(['<html>'], { type: 'application/pdf' }), { kind: 'other', name: 'x.pdf' }).catch((e: unknown) => e);
    assert.ok(fake instanceof ThiduaApiError);
    assert.deepEqual([fake.status, fake.issues.map((i) => i.path.join('.'))], [415, ['body.file']]);
    const removed = await client.nominations.removeEvidence(created.proposal.id, file.id, { etag: uploaded.etag });
    assert.deepEqual(removed.proposal.nominations[0]!.files, []);
  });

  it('lists the unit’s proposals and nominations, a page at a time or every one with for await', async () => {
    const client = createClient({ baseUrl: api.url, token, locale: 'en' });
    const names = ['Tổ CNSCĐ thôn Một', 'Tổ CNSCĐ thôn Hai', 'Tổ CNSCĐ thôn Ba'];
    const ids: string[] = [];
    for (const name of names) {
      const created = await client.nominations.createProposal(draftInput);
      await client.nominations.add(created.proposal.id, complete(name), { etag: created.etag });
      ids.push(created.proposal.id);
    }
    const first = await client.nominations.listProposals({ status: 'draft', limit: 2 });
    assert.equal(first.items.length, 2);
    assert.ok(first.next, 'a second page');
    const every: string[] = [];
    for await (const summary of client.nominations.listProposals({ status: 'draft', limit: 2 })) every.push(summary.id);
    assert.deepEqual(every.slice(0, 3), [...ids].reverse(), 'newest first, across pages');
    let pages = 0;
    for await (const page of client.nominations.listProposals({ status: 'draft', limit: 2 }).pages()) pages += page.items.length > 0 ? 1 : 0;
    assert.equal(pages, Math.ceil(every.length / 2));

    const nominees: string[] = [];
    for await (const n of client.nominations.list({ limit: 1 })) if (ids.includes(n.proposal.id)) nominees.push(n.nominee.name);
    assert.deepEqual(nominees, [...names].reverse());
    const one = await client.nominations.list({ proposal: ids[0]! });
    assert.deepEqual(one.items.map((n) => [n.nominee.name, n.nominee.group, n.awardType.code]), [[names[0], 'communityTeam', 'BK']]);

    const other = await client.nominations.listProposals({ unit: 'xa-tien-du' }).catch((e: unknown) => e);
    assert.ok(other instanceof ThiduaApiError);
    assert.deepEqual([other.status, other.issues.map((i) => i.path.join('.'))], [403, ['query.unit']]);
  });

  it('imports nominees from the template it downloads, with progress; a bad row is a 400 naming its row and column', async () => {
    const client = createClient({ baseUrl: api.url, token, locale: 'en' });
    assert.equal(client.nominations.importTemplateUrl({ format: 'csv', locale: 'en' }), `${api.url}/v1/nominations/import-template?format=csv&locale=en`);
    const xlsx = await client.nominations.importTemplate();
    assert.equal(xlsx.type, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const header = await (await client.nominations.importTemplate({ format: 'csv' })).text();
    assert.match(header, /^\uFEFF?Loại đối tượng,Tên tập thể,/);
    const created = await client.nominations.createProposal(draftInput);
    const rows = ['Tập thể,Tổ CNSCĐ thôn Lạc Thổ,Tổ CNSCĐ', 'Tập thể,Tổ CNSCĐ thôn Đông Côi,Tổ CNSCĐ'];
    const progress: number[] = [];
    const imported = await client.nominations.importNominations(created.proposal.id, new File([`${header}${rows.join('\r\n')}\r\n`], 'danh-sach.csv'), {
      etag: created.etag,
      onProgress: ({ percent }) => progress.push(percent),
    });
    assert.deepEqual(imported.proposal.nominations.map((n) => n.nominee.type === 'collective' && n.nominee.name), ['Tổ CNSCĐ thôn Lạc Thổ', 'Tổ CNSCĐ thôn Đông Côi']);
    assert.equal(progress.at(-1), 1);
    const bad = await client.nominations.importNominations(created.proposal.id, new Blob([`${header}Tập thể,,Tổ CNSCĐ\r\n`]), { etag: imported.etag }).catch((e: unknown) => e);
    assert.ok(bad instanceof ThiduaApiError);
    assert.deepEqual(
      [bad.status, bad.issues.map((i) => [i.row, i.column, i.header, i.path.join('.'), i.message])],
      [400, [[2, 'B', 'Tên tập thể', 'body.file.2.collectiveName', 'Required']]],
    );
    const stale = await client.nominations.importNominations(created.proposal.id, new Blob([header]), { etag: created.etag }).catch((e: unknown) => e);
    assert.ok(stale instanceof ThiduaApiError && stale.status === 412);
  });

  describe('through a gateway that loses the first answer to a create and to a submit', () => {
    let lose = true;
    let loseCreate = false;
    const keys: string[] = [];
    // Forwards to the real API; the first submit (or create, when asked) is recorded there, but its answer becomes a 502.
    const gateway = useLossyGateway(api, (req) => {
      const creating = req.method === 'POST' && req.url === '/v1/proposals';
      if (creating) keys.push(String(req.headers['idempotency-key']));
      if (loseCreate && creating) {
        loseCreate = false;
        return true;
      }
      if (lose && req.url?.endsWith('/submit')) {
        lose = false;
        return true;
      }
      return false;
    });

    it('submits once: the retry carries the same Idempotency-Key and gets the same reference', async () => {
      const client = createClient({ baseUrl: gateway.url, token, retry: 2 });
      const created = await client.nominations.createProposal(draftInput);
      const added = await client.nominations.add(created.proposal.id, complete('Tổ CNSCĐ thôn Bắc'), { etag: created.etag });
      const before = (await api.db.query<{ last: number }>("SELECT last FROM reference_sequences WHERE prefix = 'BN2026' AND award_code = 'BK'")).rows[0]?.last ?? 0;
      const submitted = await client.nominations.submit(created.proposal.id, { etag: added.etag });
      assert.equal(lose, false, 'the first answer was lost');
      assert.equal(submitted.proposal.reference, `BN2026-BK-${String(before + 1).padStart(4, '0')}`);
      const { rows } = await api.db.query<{ last: number }>("SELECT last FROM reference_sequences WHERE prefix = 'BN2026' AND award_code = 'BK'");
      assert.equal(rows[0]!.last, before + 1);
      const history = await api.db.query<{ n: number }>("SELECT count(*)::int AS n FROM proposal_history WHERE proposal_id = $1 AND action = 'submitted'", [created.proposal.id]);
      assert.equal(history.rows[0]!.n, 1);
      assert.deepEqual(await client.nominations.getProposal(created.proposal.id), submitted);
    });

    it('creates one draft: the retry carries the same Idempotency-Key and answers the draft the first one made', async () => {
      const client = createClient({ baseUrl: gateway.url, token, retry: 2 });
      const count = async () => (await api.db.query<{ n: number }>("SELECT count(*)::int AS n FROM proposals WHERE proposing_unit_id = 'phuong-kinh-bac'")).rows[0]!.n;
      const before = await count();
      loseCreate = true;
      keys.length = 0;
      const created = await client.nominations.createProposal(draftInput);
      assert.equal(loseCreate, false, 'the first answer was lost');
      assert.equal(keys.length, 2, 'asked twice');
      assert.equal(keys[0], keys[1], 'with one key');
      assert.equal(await count(), before + 1, 'one draft');
      assert.deepEqual(await client.nominations.getProposal(created.proposal.id), created);
      // A key of the caller's own: the same draft again, from another page load, say.
      const mine = await client.nominations.createProposal(draftInput, { idempotencyKey: 'page-load-key' });
      const again = await client.nominations.createProposal(draftInput, { idempotencyKey: 'page-load-key' });
      assert.equal(again.proposal.id, mine.proposal.id);
      assert.equal(await count(), before + 2);
    });
  });
});

/** A community technology team's nomination with everything a submission needs. */
function complete(name: string): NominationInput {
  return sampleNomination(sampleTeam({ name }), catalogWithOpenRound().campaigns[0]!.nominations!.criteria);
}
