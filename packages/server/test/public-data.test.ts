import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateIn, operations, pathOf, pathParamNames, queryOf, type Operation, type OperationId, type Nominee } from '@thidua/schemas';
import { useTestServer } from './support.js';
import { BANG_KHEN, PERSONAL, ROUND, appraise, draftDossier, individual, issueTokens, json, pngImage, resultsCatalog, sender, submittedDossier, type Tokens } from '../src/results-journey.js';

/*
 * The personal-data scan: a round's whole journey is seeded through HTTP —
 * dossiers with contacts, dates of birth, genders and evidence files,
 * appraised with internal comments and a rejection's reason, a decision, a
 * featured model with its photo; beside them a draft never submitted and a
 * dossier still waiting for appraisal — then every public GET of the
 * contract is asked, with real ids, every page followed, and no answer may
 * hold any of it, nor the name of anyone not awarded. The operations come from `operations`: a public route added later is
 * scanned without a change here (or fails, asking for an id to use).
 */

const catalog = resultsCatalog();
let tokens: Tokens;
const server = useTestServer(
  async (s) => {
    tokens = await issueTokens(s);
  },
  { seed: catalog },
);
const send = (...args: Parameters<ReturnType<typeof sender>>) => sender(server)(...args);

/** Keys whose presence in a public answer is itself the leak, whatever their value. */
const PERSONAL_KEYS = new Set(['gender', 'dateOfBirth', 'contact', 'phone', 'email', 'files', 'comments', 'reason', 'checklist']);

/**
 * The OpenAPI document describes the schemas, so it names those fields
 * (`properties.dateOfBirth`) without holding any value of them: its values
 * are scanned, its keys are not.
 */
const KEYS_DESCRIBED: OperationId[] = ['openapi'];

function keysOf(value: unknown, path: string, found: string[]) {
  if (Array.isArray(value)) value.forEach((v, i) => keysOf(v, `${path}.${i}`, found));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (PERSONAL_KEYS.has(k)) found.push(`${path}.${k}`);
      keysOf(v, `${path}.${k}`, found);
    }
}

describe(`the personal-data scan of every public read (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('finds no date of birth, gender, contact, evidence file, comment or reason in any public answer', async () => {
    // The journey: two units' dossiers, appraised (one nominee rejected), a decision, a featured model.
    const women: Nominee[] = [individual('Nguyễn', 'Thị', 'Hà', 'female', PERSONAL.datesOfBirth[0]!), individual('Trần', 'Văn', 'An', 'male', PERSONAL.datesOfBirth[1]!)];
    const kinhBac = await submittedDossier(server, catalog, tokens.kinhBac, 'phuong-kinh-bac', [
      ...women,
      individual('Phạm', 'Minh', 'Anh', 'male', PERSONAL.datesOfBirth[2]!),
      { type: 'collective', name: 'Tổ Công nghệ số cộng đồng khu phố 3, phường Kinh Bắc', kind: 'communityTeam', headcount: 10, women: 7 },
    ]);
    const tienDu = await submittedDossier(server, catalog, tokens.tienDu, 'xa-tien-du', [individual('Lê', 'Thị', 'Bình', 'female', PERSONAL.datesOfBirth[3]!, 'UBND xã Tiên Du')]);
    await appraise(server, tokens.appraiser, kinhBac, ['eligible', 'eligible', 'rejected', 'eligible']);
    await appraise(server, tokens.appraiser, tienDu, ['eligible'], tokens.tienDu);
    // Nobody awarded: a draft never submitted, and a dossier submitted but not yet appraised.
    await draftDossier(server, catalog, tokens.tienDu, 'xa-tien-du', [individual('Đỗ', 'Thị', 'Nhàn', 'female', PERSONAL.datesOfBirth[4]!, 'UBND xã Tiên Du')]);
    await submittedDossier(server, catalog, tokens.tienDu, 'xa-tien-du', [individual('Vũ', 'Văn', 'Khánh', 'male', '1988-08-18', 'UBND xã Tiên Du')]);
    const proposed = await json(await send('GET', `/v1/rounds/${ROUND}/proposed-list`, tokens.coordinator), 200);
    const decision = await json(
      await send(
        'POST',
        `/v1/rounds/${ROUND}/decisions`,
        tokens.coordinator,
        {
          decision: { number: '2001/QĐ-UBND', signedOn: dateIn(new Date()), signer: { name: 'Nguyễn Văn Chủ Tịch', title: 'CHỦ TỊCH' } },
          awardTypeId: BANG_KHEN,
          nominationIds: proposed.items.map((i: { nominationId: string }) => i.nominationId),
        },
        { 'Idempotency-Key': crypto.randomUUID() },
      ),
      201,
    );
    const award = decision.awards.find((a: { awardee: { name: string } }) => a.awardee.name === 'Nguyễn Thị Hà');
    await json(await send('PUT', `/v1/awards/${award.id}/feature`, tokens.coordinator, { categoryId: 'community-teams', narrative: 'Chị Hà hướng dẫn 1.200 hộ dân.' }, { 'If-Match': '*' }), 200);
    const form = new FormData();
    form.append('alt', 'Chị Hà tại bộ phận một cửa');
    form.append('file', new Blob([pngImage(16, 9) as Uint8Array<ArrayBuffer>]), 'ha.png');
    const featured = await json(await send('POST', `/v1/awards/${award.id}/feature/photo`, tokens.coordinator, form), 201);

    // What must never show: the values written, and the evidence files' ids and names.
    const files = await server.db.query<{ id: string; name: string }>('SELECT id::text, name FROM evidence_files');
    assert.ok(files.rows.length >= 8, 'the dossiers hold their evidence files');
    const secrets = [
      ...PERSONAL.datesOfBirth,
      '1988-08-18',
      // The rejected nominee, the draft's and the one waiting: only awardees are published.
      'Phạm Minh Anh',
      'Đỗ Thị Nhàn',
      'Vũ Văn Khánh',
      PERSONAL.contact.name,
      PERSONAL.contact.phone,
      PERSONAL.contact.email,
      PERSONAL.internalComment,
      PERSONAL.rejectReason,
      PERSONAL.proposerMessage,
      PERSONAL.evidenceName,
      ...files.rows.map((f) => f.id),
    ];

    // A real id for every path parameter and required query parameter a public read may take.
    const photoUrl = new URL(featured.photo.url, server.url);
    const ids: Record<string, string> = {
      campaignId: 'bn2026',
      indicatorId: 'bn2026-09',
      unitId: 'phuong-kinh-bac',
      ids: 'bn2026-09,bn2026-19',
      metric: 'dti',
      roundId: ROUND,
      decisionId: decision.id,
      awardId: award.id,
      featuredModelId: featured.id,
      v: photoUrl.searchParams.get('v')!,
    };
    const required = (op: Operation) =>
      Object.entries(op.query?.shape ?? {})
        .filter(([, schema]) => (schema as { _zod: { optin?: string } })._zod.optin !== 'optional')
        .map(([name]) => name);

    const publicReads = (Object.entries(operations) as [OperationId, Operation][]).filter(([, op]) => op.auth === 'public' && op.method === 'GET');
    assert.ok(publicReads.some(([id]) => id === 'listAwards') && publicReads.some(([id]) => id === 'getFeaturedModelPhoto'));
    const scanned: string[] = [];
    for (const [id, op] of publicReads) {
      for (const name of [...pathParamNames(op), ...required(op)]) assert.ok(ids[name], `${id}: give a real value for "${name}" in \`ids\` of this test`);
      let url: string | undefined = `${pathOf(op, ids)}${queryOf(op, Object.fromEntries(required(op).map((n) => [n, ids[n]])))}`;
      while (url) {
        const res: Response = await fetch(`${server.url}${url}`, { headers: { 'Accept-Language': 'vi' } });
        assert.equal(res.status, op.status ?? 200, `${id} ${url}`);
        const bytes = Buffer.from(await res.arrayBuffer());
        // Text as UTF-8 and as Latin-1, so a file's bytes are read whatever they encode.
        const text = `${bytes.toString('utf8')}\n${bytes.toString('latin1')}`;
        for (const secret of secrets) assert.ok(!text.includes(secret), `${id} ${url} holds "${secret}"`);
        // Not even the field's name, in a printout or a file as in JSON (the OpenAPI document names it to describe it).
        if (!KEYS_DESCRIBED.includes(id)) assert.ok(!text.includes('dateOfBirth'), `${id} ${url} names dateOfBirth`);
        scanned.push(id);
        url = undefined;
        if (op.download || op.html) continue;
        const body = JSON.parse(bytes.toString('utf8'));
        if (!KEYS_DESCRIBED.includes(id)) {
          const found: string[] = [];
          keysOf(body, id, found);
          assert.deepEqual(found, [], `${id} answers personal fields`);
        }
        if (op.page && body.next) url = `${pathOf(op, ids)}${queryOf(op, { ...Object.fromEntries(required(op).map((n) => [n, ids[n]])), cursor: body.next })}`;
      }
    }
    assert.deepEqual([...new Set(scanned)].sort(), publicReads.map(([id]) => id).sort());
    // The scan saw the journey's results, not empty lists.
    const awards = await json(await send('GET', '/v1/campaigns/bn2026/awards'), 200);
    assert.equal(awards.items.length, 4);
  });
});
