import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { operations, pathOf, pathParamNames, queryOf, type Operation, type OperationId, type Role } from '@thidua/schemas';
import { useTestServer } from './support.js';
import { APPRAISING_UNIT, OTHER_DEPARTMENT, appraisalCatalog, caller, criteria, nominationOf, person, submitDossier, testClock, tokenFor } from './appraisal-support.js';

/*
 * Who may call what, for every operation of the route contract that takes a
 * bearer token — read from `operations`, so a route added later is in the
 * matrix without a line here. Each is asked by every caller that must not
 * succeed — no token, a reporter, a proposer of another unit, an appraiser
 * of a unit that appraises nothing, and, where the route is not theirs, the
 * proposing unit, the appraising unit's appraiser and the coordinator — about
 * a submitted dossier and a draft of the ward: none may succeed (401, 403 or
 * 404; a list may answer, without the dossier in it). Then each role that
 * should succeed on the workflow routes does. (What public responses may
 * show is public-data.test.ts's scan, after a whole round's journey.)
 *
 * A route whose body this file has no sample of is sent `{}`: it must still
 * refuse the callers (the role is checked before the body), and a 400 there
 * counts as a refusal; its resource-level cases are judged by its family
 * (`/v1/proposals/…` the proposing unit's, `/v1/appraisals/…` the appraisers').
 */

const clock = testClock('2026-03-02T09:00:00+07:00');
const server = useTestServer(
  async () => {
    for (const [name, role, units] of [
      ['owner', 'proposer', ['phuong-kinh-bac']],
      ['reporter', 'reporter', ['phuong-kinh-bac']],
      ['otherProposer', 'proposer', ['xa-tien-du']],
      ['otherAppraiser', 'appraiser', [OTHER_DEPARTMENT]],
      ['appraiser', 'appraiser', [APPRAISING_UNIT]],
      ['coordinator', 'coordinator', undefined],
    ] as const) {
      callers.push({ name, role, token: await tokenFor(server, role, units ? [...units] : undefined) });
    }
    const owner = token('owner');
    const call = caller(server);
    // A submitted dossier and a draft of the ward, each with a nomination and a file; the submitted one with an internal comment.
    for (const which of ['submitted', 'draft'] as const) {
      const made = await call('POST', '/v1/proposals', {
        token: owner,
        body: { campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'phuong-kinh-bac', contact: { name: 'Lê An', phone: PHONE, email: EMAIL } },
      });
      const uploaded = await upload(owner, made.body.id);
      const nominee = person(which === 'submitted' ? 'Ngô' : 'Bùi', 'Thảo', { dateOfBirth: '1979-11-23' } as never);
      const added = await call('POST', `/v1/proposals/${made.body.id}/nominations`, { token: owner, body: nominationOf(nominee), headers: { 'If-Match': uploaded.etag } });
      targets[which] = { id: made.body.id, nominationId: added.body.nominations[0].id, fileId: uploaded.fileId };
      if (which === 'draft') continue;
      const submitted = await call('POST', `/v1/proposals/${made.body.id}/submit`, { token: owner, headers: { 'If-Match': added.etag!, 'Idempotency-Key': crypto.randomUUID() } });
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      await call('POST', `/v1/appraisals/${made.body.id}/comments`, { token: token('appraiser'), body: { text: SECRET_COMMENT, audience: 'internal' } });
    }
  },
  { seed: appraisalCatalog('2026-01-01', '2026-06-30'), now: clock.now },
);

const PHONE = '0222 3811 777';
const EMAIL = 'thao.ngo@kinhbac.gov.vn';
const SECRET_COMMENT = 'Nội bộ: đối chiếu kỹ biên bản họp hội đồng';
const FILE_NAME = 'bao-cao-thanh-tich-bi-mat.pdf';

interface Caller {
  name: 'none' | 'owner' | 'reporter' | 'otherProposer' | 'otherAppraiser' | 'appraiser' | 'coordinator';
  role: Role | undefined;
  token: string | undefined;
}
const callers: Caller[] = [{ name: 'none', role: undefined, token: undefined }];
const token = (name: Caller['name']) => callers.find((c) => c.name === name)!.token!;
const targets: Record<'draft' | 'submitted', { id: string; nominationId: string; fileId: string }> = {
  draft: { id: '', nominationId: '', fileId: '' },
  submitted: { id: '', nominationId: '', fileId: '' },
};

async function upload(token: string, proposalId: string): Promise<{ etag: string; fileId: string }> {
  const form = new FormData();
  form.append('kind', 'submissionLetter');
  form.append('file', new Blob(['%PDF-1.7\n'], { type: 'application/pdf' }), FILE_NAME);
  const response = await fetch(`${server.url}/v1/proposals/${proposalId}/files`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  const body = (await response.json()) as { files: { id: string }[] };
  return { etag: response.headers.get('etag')!, fileId: body.files.at(-1)!.id };
}

/** Bodies that pass validation, so that a refusal is about who asks, not what. */
function sampleBodies(target: (typeof targets)['draft']): Partial<Record<OperationId, unknown>> {
  return {
    createProposal: { campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'phuong-kinh-bac' },
    updateProposal: { contact: null },
    addNomination: nominationOf(person('Lý', 'Hoa')),
    updateNomination: nominationOf(person('Lý', 'Hoa')),
    actOnAppraisal: { type: 'startAppraisal' },
    updateChecklist: { criteria: [{ criterionId: criteria.find((c) => c.appliesTo.includes('individual'))!.id, met: true }] },
    addAppraisalComment: { text: 'Xem lại', audience: 'internal', nominationId: target.nominationId },
    reportMeasurement: { indicatorId: 'bn2026-09', unitId: 'phuong-kinh-bac', value: 1, measuredOn: '2026-02-27', source: 'Kiểm thử' },
    issueToken: { name: 'Kiểm thử', role: 'reporter', unitIds: ['so-y-te'] },
    importUnits: { units: [{ id: 'xa-kiem-thu', name: { vi: 'Xã Kiểm Thử' }, kind: 'commune', level: 'commune', parentId: 'bac-ninh' }] },
    loadCatalog: {},
  };
}
const sampleBody = (id: OperationId, target: (typeof targets)['draft']) => sampleBodies(target)[id] ?? {};
/** The operations with a JSON body this file has a valid sample of. */
const SAMPLED = new Set(Object.keys(sampleBodies(targets.draft)));

function sampleForm(id: OperationId, target: (typeof targets)['draft']): FormData {
  const form = new FormData();
  if (id === 'importNominations') {
    form.append('file', new Blob(['Loại,Họ và tên\r\n'], { type: 'text/csv' }), 'ds.csv');
    return form;
  }
  form.append('kind', 'achievementReport');
  form.append('nominationId', target.nominationId);
  form.append('file', new Blob(['%PDF-1.7\n'], { type: 'application/pdf' }), 'x.pdf');
  return form;
}

/** Path parameters: the target's own, the catalog's for the others, a random id for any a later route adds. */
function params(op: Operation, target: (typeof targets)['draft']): Record<string, string> {
  const known: Record<string, string> = {
    proposalId: target.id,
    nominationId: target.nominationId,
    fileId: target.fileId,
    campaignId: 'bn2026',
    roundId: 'bn2026-tong-ket',
    indicatorId: 'bn2026-09',
    unitId: 'phuong-kinh-bac',
    tokenId: '00000000-0000-4000-8000-000000000000',
  };
  return Object.fromEntries(pathParamNames(op).map((name) => [name, known[name] ?? crypto.randomUUID()]));
}

async function ask(id: OperationId, op: Operation, who: Caller, target: (typeof targets)['draft']) {
  const headers: Record<string, string> = { 'Accept-Language': 'vi' };
  if (who.token) headers.Authorization = `Bearer ${who.token}`;
  for (const name of Object.keys(op.headers?.shape ?? {})) headers[name] = name === 'If-Match' ? '*' : crypto.randomUUID();
  let body: BodyInit | undefined;
  if (op.form) body = sampleForm(id, target);
  else if (op.body) {
    body = JSON.stringify(sampleBody(id, target));
    headers['Content-Type'] = 'application/json';
  }
  const query = queryOf(op, id === 'getRanking' ? { metric: 'dti' } : id === 'getIndicators' ? { ids: 'bn2026-09' } : {});
  const response = await fetch(`${server.url}${pathOf(op, params(op, target))}${query}`, { method: op.method, headers, ...(body ? { body } : {}) });
  return { status: response.status, text: await response.text() };
}

/**
 * Whether `who` may succeed on `op` about `target`: `false` (must be
 * refused), `true` (its own business: not asked here, the workflow test
 * below and the route's own tests cover it), or `'list'` (a list it may
 * read, which must not show the target).
 */
function entitled(op: Operation, who: Caller, target: 'draft' | 'submitted'): boolean | 'list' {
  if (op.auth === 'public' || !who.role) return false;
  if (!op.auth.bearer.includes(who.role)) return false;
  const ownerOnly = who.name === 'owner';
  if (op.path.startsWith('/v1/proposals/{proposalId}')) {
    // Evidence: once submitted, the award's appraisers and the coordinator read it too.
    if (op.download && target === 'submitted' && (who.name === 'appraiser' || who.name === 'coordinator')) return true;
    return ownerOnly;
  }
  if (op.path.startsWith('/v1/appraisals/{proposalId}')) return target === 'submitted' && (who.name === 'appraiser' || who.name === 'coordinator');
  if (pathParamNames(op).length === 0 && op.method === 'GET') return 'list';
  if (op.path === '/v1/proposals' && op.method === 'POST') return ownerOnly;
  if (op.path === '/v1/measurements') return who.name === 'reporter' || who.name === 'coordinator';
  // A route of another family (a round's, an admin one) for a role it admits: its own tests judge the resource.
  return who.name === 'owner' || who.name === 'appraiser' || who.name === 'coordinator';
}

/** Whose lists may show the target: the proposer's lists its unit; the queue the award's appraisers and the coordinator, once submitted. */
function mayList(op: Operation, who: Caller, target: 'draft' | 'submitted'): boolean {
  if (op.path === '/v1/appraisals') return target === 'submitted' && (who.name === 'appraiser' || who.name === 'coordinator');
  if (op.path === '/v1/proposals' || op.path === '/v1/nominations') return who.name === 'owner';
  // A list of another family must not show a dossier to another unit's token.
  return !['reporter', 'otherProposer', 'otherAppraiser'].includes(who.name);
}

describe(`the role × route security matrix (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('refuses every caller that may not, on every bearer route of the contract, about a draft and a submitted dossier', async (t) => {
    let cases = 0;
    const successes: string[] = [];
    const bearer = (Object.entries(operations) as [OperationId, Operation][]).filter(([, op]) => op.auth !== 'public');
    for (const [id, op] of bearer) {
      const targetsOf = pathParamNames(op).includes('proposalId') ? (['draft', 'submitted'] as const) : (['submitted'] as const);
      for (const which of targetsOf) {
        for (const who of callers) {
          const may = entitled(op, who, which);
          if (may === true) continue;
          if (may === 'list' && mayList(op, who, which)) continue;
          cases++;
          const { status, text } = await ask(id, op, who, targets[which]);
          const label = `${id} ${which} by ${who.name}: ${status}`;
          assert.ok(status < 500, `${label} ${text}`);
          if (may === 'list') {
            // A list of one's own: it may answer, never with the other's dossier in it.
            if (status >= 200 && status < 300 && text.includes(targets[which].id)) successes.push(`${label} (listed)`);
            continue;
          }
          if (status >= 200 && status < 300) successes.push(label);
          // A refusal is about who asks: 401, 403 or 404 — or a 400 for a route this file has no sample body of.
          const known = SAMPLED.has(id) || !op.body;
          assert.ok([401, 403, 404].includes(status) || (!known && status === 400), `${label} ${text}`);
          if (!who.token) assert.equal(status, 401, label);
        }
      }
    }
    t.diagnostic(`security matrix: ${cases} cases over ${bearer.length} bearer routes, ${successes.length} unauthorised successes`);
    console.log(`security matrix: ${cases} cases over ${bearer.length} bearer routes, ${successes.length} unauthorised successes`);
    assert.deepEqual(successes, []);
    assert.ok(cases > 200, `${cases} cases`);
    // Nothing changed: the dossiers stand as they were.
    const call = caller(server);
    assert.equal((await call('GET', `/v1/proposals/${targets.submitted.id}`, { token: token('owner') })).body.status, 'submitted');
    assert.equal((await call('GET', `/v1/proposals/${targets.draft.id}`, { token: token('owner') })).body.nominations.length, 1);
  });

  it('lets each role that should succeed on the workflow routes: the proposing unit, the appraisers of the award, the coordinator', async () => {
    const call = caller(server);
    clock.set('2026-03-03');
    const { id, proposal } = await submitDossier(server, token('owner'), 'phuong-kinh-bac', [person('Mai', 'Anh')]);
    const nominationId = proposal.nominations[0].id;
    const ok = (answer: { status: number; body: unknown }, status = 200) => assert.equal(answer.status, status, JSON.stringify(answer.body));
    ok(await call('GET', `/v1/proposals/${id}`, { token: token('owner') }));
    for (const who of ['appraiser', 'coordinator'] as const) {
      ok(await call('GET', `/v1/appraisals/${id}`, { token: token(who) }));
      ok(await call('POST', `/v1/appraisals/${id}/comments`, { token: token(who), body: { text: `Ý kiến của ${who}`, audience: 'proposer' } }), 201);
      const list = await call('GET', `/v1/appraisals?proposingUnitId=phuong-kinh-bac&status=submitted`, { token: token(who) });
      ok(list);
      assert.ok(list.body.items.some((i: { id: string }) => i.id === id));
    }
    let got = await call('GET', `/v1/appraisals/${id}`, { token: token('appraiser') });
    got = await call('POST', `/v1/appraisals/${id}/actions`, { token: token('appraiser'), body: { type: 'startAppraisal' }, headers: { 'If-Match': got.etag! } });
    ok(got);
    got = await call('PUT', `/v1/appraisals/${id}/nominations/${nominationId}/checklist`, {
      token: token('appraiser'),
      body: { criteria: [{ criterionId: criteria.find((c) => c.appliesTo.includes('individual'))!.id, met: true }] },
      headers: { 'If-Match': got.etag! },
    });
    ok(got);
    // The coordinator takes no appraisal step, not even with the right version.
    assert.equal((await call('POST', `/v1/appraisals/${id}/actions`, { token: token('coordinator'), body: { type: 'return', reason: 'x' }, headers: { 'If-Match': got.etag! } })).status, 403);
    got = await call('POST', `/v1/appraisals/${id}/actions`, { token: token('appraiser'), body: { type: 'return', reason: 'Bổ sung biên bản' }, headers: { 'If-Match': got.etag! } });
    ok(got);
    const mine = await call('GET', `/v1/proposals/${id}`, { token: token('owner') });
    ok(await call('PATCH', `/v1/proposals/${id}`, { token: token('owner'), body: { contact: { name: 'Lê An', phone: PHONE, email: EMAIL } }, headers: { 'If-Match': mine.etag! } }));
    const again = await call('GET', `/v1/proposals/${id}`, { token: token('owner') });
    ok(await call('POST', `/v1/proposals/${id}/resubmit`, { token: token('owner'), headers: { 'If-Match': again.etag!, 'Idempotency-Key': crypto.randomUUID() } }));
  });
});
