import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { EVIDENCE_LIMITS, dateIn } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { issueToken } from '../src/index.js';
import { proposalHistory } from '../src/repositories/proposals.js';
import { sampleDocx as docx, sampleJpeg, samplePdf, samplePng, storedZip } from '@thidua/schemas/testing/evidence-files';
import { sampleContact, sampleIndividual, sampleNomination } from '@thidua/schemas/testing/nominees';
import { expectError as error, expectProposal as proposal, sender, useTestServer } from './support.js';

// Evidence of a dossier, with the seeded Bằng khen's required files (letter, minutes, a report per nominee).
const day = (offset: number) => dateIn(new Date(Date.now() + offset * 86_400_000));
const catalog = structuredClone(bacNinh2026);
Object.assign(catalog.campaigns[0]!.rounds[1]!, { dossiersOpenOn: day(-30), dossierDeadline: day(30), date: day(40) });
const criteria = catalog.campaigns[0]!.nominations!.criteria;

const logged: string[] = [];
const tokens = { kinhBac: '', tienDu: '' };
const server = useTestServer(
  async () => {
    tokens.kinhBac = (await issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] })).token;
    tokens.tienDu = (await issueToken(server.db, { name: 'Xã Tiên Du', role: 'proposer', unitIds: ['xa-tien-du'] })).token;
  },
  { seed: catalog, logError: (error) => logged.push(String(error instanceof Error ? `${error.stack} ${String(error.cause)}` : error)) },
);

const pdf = samplePdf();
const png = samplePng();
const jpeg = sampleJpeg();
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let people = 0;
// Another person each time, so that no two dossiers propose the same nominee.
const nomination = () => sampleNomination(sampleIndividual({ givenName: `Hà ${++people}` }), criteria);
const contact = sampleContact;
const send = sender(server);

/** Uploads as a browser's form does: the name and type the browser gives, which the server does not trust. */
function upload(proposalId: string, file: { bytes: Uint8Array<ArrayBuffer>; name: string; type?: string } | undefined, fields: Record<string, string>, token = tokens.kinhBac, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('file', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  return fetch(`${server.url}/v1/proposals/${proposalId}/files`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, ...headers }, body: form });
}

async function draftWithNominee() {
  const created = await proposal(
    await send('POST', '/v1/proposals', tokens.kinhBac, { campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'phuong-kinh-bac', contact }),
    201,
  );
  const added = await proposal(await send('POST', `/v1/proposals/${created.body.id}/nominations`, tokens.kinhBac, nomination(), { 'If-Match': '*' }), 201);
  return { id: created.body.id, nominationId: added.body.nominations[0]!.id, etag: added.etag };
}

describe('uploading evidence', () => {
  it('stores a PDF letter, DOCX minutes and a PNG report of a nomination, listed with type, size and SHA-256', async () => {
    const { id, nominationId, etag } = await draftWithNominee();
    const letter = await upload(id, { bytes: pdf, name: 'To trinh so 12.pdf', type: 'application/pdf' }, { kind: 'submissionLetter' });
    assert.equal(letter.headers.get('cache-control'), 'no-store');
    const afterLetter = await proposal(letter, 201);
    assert.notEqual(afterLetter.etag, etag);
    const file = afterLetter.body.files[0]!;
    assert.deepEqual([file.kind, file.name, file.mediaType, file.size, file.sha256], ['submissionLetter', 'To trinh so 12.pdf', 'application/pdf', pdf.length, sha(pdf)]);
    assert.equal(letter.headers.get('location'), `/v1/proposals/${id}/files/${file.id}`);
    // The browser says octet-stream and the name says .bin: the content says DOCX.
    const minutes = await proposal(await upload(id, { bytes: docx(), name: 'Biên bản họp Hội đồng.bin' }, { kind: 'councilMinutes' }), 201);
    assert.equal(minutes.body.files[1]!.mediaType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.equal(minutes.body.files[1]!.name, 'Biên bản họp Hội đồng.bin');
    const report = await proposal(await upload(id, { bytes: png, name: 'C:\\fakepath\\bao-cao.png' }, { kind: 'achievementReport', nominationId }), 201);
    assert.deepEqual(report.body.nominations[0]!.files.map((f) => [f.kind, f.name, f.mediaType]), [['achievementReport', 'bao-cao.png', 'image/png']]);
    await proposal(await upload(id, { bytes: jpeg, name: 'anh.jpg' }, { kind: 'other', nominationId }), 201);

    const history = await proposalHistory(server.db, id);
    assert.deepEqual(history.slice(-4).map((h) => [h.action, h.fields, h.nominationId]), [
      ['fileAdded', ['files.submissionLetter'], null],
      ['fileAdded', ['files.councilMinutes'], null],
      ['fileAdded', ['files.achievementReport'], nominationId],
      ['fileAdded', ['files.other'], nominationId],
    ]);
    assert.ok(!JSON.stringify(history).includes('Biên bản'), 'no file name in the history');
  });

  it('recognises by content: refuses text named .pdf, an XLSX named .docx and HTML named .png (415, body.file)', async () => {
    const { id } = await draftWithNominee();
    const fakes = [
      { bytes: new TextEncoder().encode('not a pdf'), name: 'a.pdf', type: 'application/pdf' },
      { bytes: storedZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }), name: 'b.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      { bytes: new TextEncoder().encode('<html><script>alert(1)</script>'), name: 'c.png', type: 'image/png' },
    ];
    for (const fake of fakes) {
      const refused = await error(await upload(id, fake, { kind: 'other' }, tokens.kinhBac, { 'Accept-Language': 'en' }), 415);
      assert.deepEqual(refused.issues.map((i) => [i.path.join('.'), i.code]), [['body.file', 'unsupported_type']]);
      assert.match(refused.message, /PDF, DOCX, JPEG or PNG/);
    }
  });

  it('names each bad part of the form: empty file, no file, a kind of the wrong place, an unknown nomination, not a form', async () => {
    const { id } = await draftWithNominee();
    const empty = await error(await upload(id, { bytes: new Uint8Array(), name: 'empty.pdf' }, { kind: 'other' }), 400);
    assert.deepEqual(empty.issues.map((i) => [i.path.join('.'), i.code]), [['body.file', 'empty']]);
    const none = await error(await upload(id, undefined, { kind: 'other' }), 400);
    assert.deepEqual(none.issues.map((i) => i.path.join('.')), ['body.file']);
    const badKind = await error(await upload(id, { bytes: pdf, name: 'x.pdf' }, { kind: 'achievementReport' }), 400);
    assert.deepEqual(badKind.issues.map((i) => i.path.join('.')), ['body.kind']);
    const unknownKind = await error(await upload(id, { bytes: pdf, name: 'x.pdf' }, { kind: 'photo' }), 400);
    assert.deepEqual(unknownKind.issues.map((i) => i.path.join('.')), ['body.kind']);
    const noNomination = await error(await upload(id, { bytes: pdf, name: 'x.pdf' }, { kind: 'other', nominationId: '0b4f6a8e-3a41-4a57-9c55-2f3e3c1f6a10' }), 404);
    assert.deepEqual(noNomination.issues.map((i) => i.path.join('.')), ['body.nominationId']);
    await error(await send('POST', `/v1/proposals/${id}/files`, tokens.kinhBac, { kind: 'other' }), 415);
    await error(await upload(id, { bytes: pdf, name: 'x.pdf' }, { kind: 'other' }, tokens.tienDu), 404);
  });

  it('refuses a file above the per-file limit and one that takes the dossier above its limit (413, body.file)', async () => {
    const { id } = await draftWithNominee();
    const big = new Uint8Array(EVIDENCE_LIMITS.fileBytes + 1);
    big.set(pdf);
    const tooBig = await error(await upload(id, { bytes: big, name: 'big.pdf' }, { kind: 'other' }), 413);
    assert.deepEqual(tooBig.issues.map((i) => [i.path.join('.'), i.code]), [['body.file', 'too_big']]);
    // The dossier already holds files just under its limit (their sizes only: the bytes do not matter here).
    await server.db.query(
      `INSERT INTO evidence_files (id, proposal_id, kind, name, media_type, size, sha256, content)
       VALUES ('3f1c1d52-8b9e-4a7c-9f3e-6d2b1a0c5e47', $1, 'other', 'earlier.pdf', 'application/pdf', $2, $3, $4)`,
      [id, EVIDENCE_LIMITS.dossierBytes - 10, sha(pdf), Buffer.from(pdf)],
    );
    const full = await error(await upload(id, { bytes: pdf, name: 'one-more.pdf' }, { kind: 'other' }), 413);
    assert.deepEqual(full.issues.map((i) => i.path.join('.')), ['body.file']);
  });
});

describe('downloading and removing evidence', () => {
  it('serves a file to the proposing unit only, as an attachment that is never sniffed or stored', async () => {
    const { id } = await draftWithNominee();
    const { body } = await proposal(await upload(id, { bytes: pdf, name: 'Tờ trình "số 12".pdf' }, { kind: 'submissionLetter' }), 201);
    const fileId = body.files[0]!.id;
    const res = await send('GET', `/v1/proposals/${id}/files/${fileId}`, tokens.kinhBac);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('content-disposition'), `attachment; filename="T_ tr_nh _s_ 12_.pdf"; filename*=UTF-8''${encodeURIComponent('Tờ trình "số 12".pdf')}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.equal(sha(bytes), body.files[0]!.sha256);
    await error(await send('GET', `/v1/proposals/${id}/files/${fileId}`, tokens.tienDu), 404);
    await error(await send('GET', `/v1/proposals/${id}/files/0b4f6a8e-3a41-4a57-9c55-2f3e3c1f6a10`, tokens.kinhBac), 404);
    assert.equal((await fetch(`${server.url}/v1/proposals/${id}/files/${fileId}`)).status, 401);
  });

  it('removes a file with If-Match (412 when stale, 404 for another), recorded in the history', async () => {
    const { id, etag } = await draftWithNominee();
    const uploaded = await proposal(await upload(id, { bytes: pdf, name: 'x.pdf' }, { kind: 'other' }), 201);
    const fileId = uploaded.body.files[0]!.id;
    await error(await send('DELETE', `/v1/proposals/${id}/files/${fileId}`, tokens.kinhBac, undefined, { 'If-Match': etag }), 412);
    await error(await send('DELETE', `/v1/proposals/${id}/files/${fileId}`, tokens.tienDu, undefined, { 'If-Match': '*' }), 404);
    const removed = await proposal(await send('DELETE', `/v1/proposals/${id}/files/${fileId}`, tokens.kinhBac, undefined, { 'If-Match': uploaded.etag }), 200);
    assert.deepEqual(removed.body.files, []);
    const gone = await error(await send('DELETE', `/v1/proposals/${id}/files/${fileId}`, tokens.kinhBac, undefined, { 'If-Match': '*' }), 404);
    assert.deepEqual(gone.issues.map((i) => i.path.join('.')), ['path.fileId']);
    assert.equal((await proposalHistory(server.db, id)).at(-1)!.action, 'fileRemoved');
  });
});

describe('files required at submission', () => {
  it('lists the award’s missing files, submits once they are there, and freezes the files with the rest', async () => {
    const { id, nominationId, etag } = await draftWithNominee();
    const submit = (ifMatch: string) => send('POST', `/v1/proposals/${id}/submit`, tokens.kinhBac, undefined, { 'If-Match': ifMatch, 'Idempotency-Key': `files-${ifMatch}-${id}` });
    const missing = await error(await submit(etag), 400);
    assert.deepEqual(missing.issues.map((i) => i.path.join('.')).sort(), ['files.councilMinutes', 'files.submissionLetter', 'nominations.0.files.achievementReport']);
    await upload(id, { bytes: pdf, name: 'a.pdf' }, { kind: 'submissionLetter' });
    await upload(id, { bytes: docx(), name: 'b.docx' }, { kind: 'councilMinutes' });
    const last = await proposal(await upload(id, { bytes: jpeg, name: 'c.jpg' }, { kind: 'achievementReport', nominationId }), 201);
    const submitted = await proposal(await submit(last.etag), 200);
    assert.equal(submitted.body.status, 'submitted');
    await error(await upload(id, { bytes: pdf, name: 'late.pdf' }, { kind: 'other' }), 409);
    await error(await send('DELETE', `/v1/proposals/${id}/files/${submitted.body.files[0]!.id}`, tokens.kinhBac, undefined, { 'If-Match': '*' }), 409);
    // A submitted dossier's files are still the unit's to read.
    assert.equal((await send('GET', `/v1/proposals/${id}/files/${submitted.body.files[0]!.id}`, tokens.kinhBac)).status, 200);
  });

  it('logged nothing: no upload above was a server fault, so no file or name reached a log', () => {
    assert.deepEqual(logged, []);
  });
});
