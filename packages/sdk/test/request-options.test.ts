import assert from 'node:assert/strict';
import type { IncomingHttpHeaders } from 'node:http';
import { inspect } from 'node:util';
import { describe, it } from 'node:test';
import { operations, type OperationId } from '@thidua/schemas';
import { issueToken } from '@thidua/server';
import { createClient, isAbort, ThiduaApiError, type AfterResponseContext, type ThiduaClient } from '../src/index.js';
import { catalogWithOpenRound, useApi, useHttpServer } from './support.js';

let reporter: string;
let proposer: string;
let appraiser: string;
let coordinator: string;
const api = useApi(
  async (server) => {
    reporter = (await issueToken(server.db, { name: 'Sở Y tế', role: 'reporter', unitIds: ['so-y-te'] })).token;
    proposer = (await issueToken(server.db, { name: 'Sở Y tế', role: 'proposer', unitIds: ['so-y-te'] })).token;
    appraiser = (await issueToken(server.db, { name: 'Sở Nội vụ', role: 'appraiser', unitIds: ['so-noi-vu'] })).token;
    coordinator = (await issueToken(server.db, { name: 'Sở Khoa học và Công nghệ', role: 'coordinator' })).token;
  },
  { seed: catalogWithOpenRound() },
);

/**
 * A proxy in front of the real API that can be slow or lose answers — a
 * gateway's failures, not a stand-in for the API: whatever it passes on,
 * the API answers.
 */
const gateway = { delayMs: 0, refuse: 0, loseAnswers: 0 };
let seen: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
const proxy = useHttpServer(async (req, res) => {
  seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (gateway.refuse > 0) {
    gateway.refuse--;
    res.writeHead(503, { 'Content-Type': 'text/plain', 'Retry-After': '0' }).end('busy');
    return;
  }
  const headers = Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)) as [string, string][];
  const upstream = await fetch(`${api.url}${req.url}`, { method: req.method!, headers, ...(chunks.length ? { body: Buffer.concat(chunks) } : {}) });
  const body = Buffer.from(await upstream.arrayBuffer());
  if (gateway.delayMs) await new Promise((resolve) => setTimeout(resolve, gateway.delayMs));
  if (res.destroyed) return;
  if (gateway.loseAnswers > 0) {
    // The API did the work; its answer is lost on the way back.
    gateway.loseAnswers--;
    res.writeHead(502, { 'Content-Type': 'text/plain' }).end('lost');
    return;
  }
  const out = [...upstream.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name));
  res.writeHead(upstream.status, Object.fromEntries(out)).end(body);
});

function reset(change: Partial<typeof gateway> = {}) {
  Object.assign(gateway, { delayMs: 0, refuse: 0, loseAnswers: 0 }, change);
  seen = [];
}

const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe(`per-request options, hooks, request ids and aborts against a real server (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('gives one call its own timeout, over the client’s either way', async () => {
    reset({ delayMs: 400 });
    const patient = createClient({ baseUrl: proxy.url, retry: 0 });
    const error = await patient.units.get('so-y-te', { timeout: 100 }).catch((e: unknown) => e);
    assert.ok(error instanceof ThiduaApiError, String(error));
    assert.equal(error.code, 'timeout');
    const hasty = createClient({ baseUrl: proxy.url, retry: 0, timeout: 100 });
    assert.equal((await hasty.units.get('so-y-te', { timeout: 5_000 })).id, 'so-y-te');
    await assert.rejects(hasty.units.get('so-y-te'), (e: unknown) => e instanceof ThiduaApiError && e.code === 'timeout');
  });

  it('sends one call’s headers over the client’s, and keeps the SDK’s own', async () => {
    reset();
    const client = createClient({ baseUrl: proxy.url, token: reporter, headers: { 'X-Request-Id': 'portal-1', 'X-Portal': 'bac-ninh' } });
    const session = await client.session({ headers: { 'X-Request-Id': 'portal-2', Authorization: 'Bearer forged' } });
    assert.equal(session.role, 'reporter', 'the client’s token, not a header of the call');
    // The server echoes a client's id apart from its own.
    assert.equal(session.lastResponse.headers.get('x-client-request-id'), 'portal-2');
    assert.equal(seen[0]!.headers['x-portal'], 'bac-ninh');
    assert.equal(seen[0]!.headers.authorization, `Bearer ${reporter}`);
  });

  it('retries one call as it says, as a number or ky’s options', async () => {
    const client = createClient({ baseUrl: proxy.url, retry: 0 });
    reset({ refuse: 2 });
    await assert.rejects(client.units.get('so-y-te'), (e: unknown) => e instanceof ThiduaApiError && e.status === 503);
    assert.equal(seen.length, 1, 'the client’s retry: none');
    reset({ refuse: 2 });
    assert.equal((await client.units.get('so-y-te', { retry: 2 })).id, 'so-y-te');
    assert.equal(seen.length, 3);
    reset({ refuse: 2 });
    assert.equal((await client.units.get('so-y-te', { retry: { limit: 3, backoffLimit: 10 } })).id, 'so-y-te');
    assert.equal(seen.length, 3);
    reset({ refuse: 2 });
    const eager = createClient({ baseUrl: proxy.url, retry: { limit: 5, backoffLimit: 10 } });
    await assert.rejects(eager.units.get('so-y-te', { retry: 0 }), (e: unknown) => e instanceof ThiduaApiError && e.status === 503);
    assert.equal(seen.length, 1, 'the call’s retry over the client’s');
  });

  it('retries a write with its Idempotency-Key unchanged, and never one without', async () => {
    const client = createClient({ baseUrl: proxy.url, token: reporter, retry: 0 });
    reset({ loseAnswers: 1 });
    const input = { indicatorId: 'bn2026-09', unitId: 'so-y-te', value: 71.5, measuredOn: '2026-05-31', source: 'Báo cáo tháng 5/2026' };
    const { measurement } = await client.measurements.report(input, { retry: { limit: 1, backoffLimit: 10 } });
    const posts = seen.filter((s) => s.method === 'POST');
    assert.equal(posts.length, 2, 'the lost answer, then the retry');
    assert.ok(posts[0]!.headers['idempotency-key']);
    assert.equal(posts[1]!.headers['idempotency-key'], posts[0]!.headers['idempotency-key']);
    const history = await createClient({ baseUrl: api.url }).indicators.history('bn2026-09', { unit: 'so-y-te', from: '2026-05-31', to: '2026-05-31' });
    assert.deepEqual(
      history.items.map((m) => [m.id, m.value]),
      [[measurement.id, 71.5]],
      'recorded once',
    );
    // A token's issue is not repeatable: the call's retry does not make it so.
    reset({ refuse: 1 });
    const admin = createClient({ baseUrl: proxy.url, token: coordinator });
    await assert.rejects(admin.admin.issueToken({ name: 'Sở Tài chính', role: 'reporter', unitIds: ['so-tai-chinh'] }, { retry: 3 }), (e: unknown) => e instanceof ThiduaApiError && e.status === 503);
    assert.equal(seen.length, 1);
  });

  it('calls the hooks around each request: a trace header in, timings out, and never the token', async () => {
    reset({ refuse: 1 });
    const before: { authorization: boolean; url: string }[] = [];
    const after: AfterResponseContext[] = [];
    const order: string[] = [];
    const bodies: string[] = [];
    const client = createClient({
      baseUrl: proxy.url,
      token: () => reporter,
      retry: { limit: 1, backoffLimit: 10 },
      hooks: {
        beforeRequest: [
          ({ request }) => {
            order.push('client');
            before.push({ authorization: request.headers.has('authorization'), url: request.url });
            request.headers.set('traceparent', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
          },
        ],
        afterResponse: [
          async (context) => {
            after.push(context);
            // The hook reads a clone: the SDK still reads the body after it.
            if (context.response.ok) bodies.push(((await context.response.json()) as { role: string }).role);
          },
        ],
      },
    });
    const session = await client.session({ hooks: { beforeRequest: [() => void order.push('call')] } });
    assert.equal(session.role, 'reporter');
    assert.deepEqual(order, ['client', 'call']);
    assert.deepEqual(before, [{ authorization: false, url: `${proxy.url}/v1/session` }]);
    assert.equal(seen.length, 2);
    assert.ok(seen.every((s) => String(s.headers.traceparent).startsWith('00-0af7') && s.headers.authorization === `Bearer ${reporter}`));
    // Once per attempt: the gateway's 503, then the API's answer.
    assert.deepEqual(
      after.map((a) => [a.retryCount, a.response.status]),
      [
        [0, 503],
        [1, 200],
      ],
    );
    const answered = after[1]!;
    assert.equal(answered.requestId, session.lastResponse.requestId);
    assert.match(answered.requestId ?? '', REQUEST_ID);
    assert.ok(answered.durationMs >= 0 && answered.durationMs < 60_000);
    assert.equal(answered.request.method, 'GET');
    assert.equal(answered.request.headers.get('traceparent')?.slice(0, 7), '00-0af7');
    for (const a of after) assert.equal(a.request.headers.has('authorization'), false);
    assert.doesNotMatch(JSON.stringify([...answered.request.headers]), new RegExp(reporter));
    assert.deepEqual(bodies, ['reporter']);
  });

  it('keeps the token out of the errors it throws, which a log prints with their causes', async () => {
    const token = 'thidua_secret_token_for_this_test';
    const failures = [
      // The API's refusal, a gateway's page, a timeout, no server at all.
      await createClient({ baseUrl: api.url, token, retry: 0 }).units.get('khong-co').catch((e: unknown) => e),
      await (reset({ refuse: 1 }), createClient({ baseUrl: proxy.url, token, retry: 0 }).units.get('so-y-te').catch((e: unknown) => e)),
      await (reset({ delayMs: 300 }), createClient({ baseUrl: proxy.url, token, retry: 0, timeout: 50 }).units.get('so-y-te').catch((e: unknown) => e)),
      await createClient({ baseUrl: 'http://127.0.0.1:9', token, retry: 0 }).units.get('so-y-te').catch((e: unknown) => e),
    ];
    assert.deepEqual(
      failures.map((e) => (e as ThiduaApiError).code),
      ['not_found', 'internal', 'timeout', 'network_error'],
    );
    for (const failure of failures) {
      assert.ok((failure as Error).cause, 'the cause is kept');
      assert.ok(!inspect(failure, { depth: 20 }).includes(token), inspect(failure, { depth: 20 }));
    }
  });

  it('fails a call with a hook’s own error', async () => {
    const refusal = new Error('no trace context');
    const client = createClient({ baseUrl: api.url, hooks: { beforeRequest: [() => Promise.reject(refusal)] } });
    await assert.rejects(client.campaigns.get('bn2026'), (e: unknown) => e === refusal);
    const late = createClient({ baseUrl: api.url });
    await assert.rejects(
      late.campaigns.get('bn2026', {
        hooks: {
          afterResponse: [
            () => {
              throw refusal;
            },
          ],
        },
      }),
      (e: unknown) => e === refusal,
    );
  });

  it('gives every result the request id it came from, apart from its data', async () => {
    const client = createClient({ baseUrl: api.url });
    const campaign = await client.campaigns.get('bn2026');
    assert.match(campaign.lastResponse.requestId ?? '', REQUEST_ID);
    assert.equal(campaign.lastResponse.status, 200);
    assert.ok(campaign.lastResponse.headers.get('cache-control'));
    // Not among the data: not enumerable, not serialised, not copied.
    assert.ok(!Object.keys(campaign).includes('lastResponse'));
    assert.equal(JSON.stringify(campaign).includes('lastResponse'), false);
    assert.equal('lastResponse' in { ...campaign }, false);
    // A list: each page its own answer.
    const pages = [];
    for await (const page of client.units.list({ level: 'commune', limit: 10 }).pages()) pages.push(page.lastResponse.requestId);
    assert.equal(pages.length, 2);
    assert.equal(new Set(pages).size, 2);
    // Cards batched into one request share its answer.
    const [a, b] = await Promise.all([client.indicators.get('bn2026-01'), client.indicators.get('bn2026-02')]);
    assert.match(a.lastResponse.requestId ?? '', REQUEST_ID);
    assert.equal(a.lastResponse.requestId, b.lastResponse.requestId);
    // A call with options of its own is sent alone.
    const [c, d] = await Promise.all([client.indicators.get('bn2026-01'), client.indicators.get('bn2026-02', { timeout: 5_000 })]);
    assert.notEqual(c.lastResponse.requestId, d.lastResponse.requestId);
    // A whole list in one value: the last page's answer.
    const ranking = await client.rankings.all('bn2026', { metric: 'dti', group: 'all', limit: 10 });
    assert.match(ranking.lastResponse.requestId ?? '', REQUEST_ID);
    // A file.
    const template = await client.nominations.importTemplate({ format: 'csv' });
    assert.ok(template instanceof Blob);
    assert.match(template.lastResponse.requestId ?? '', REQUEST_ID);
    assert.match(template.lastResponse.headers.get('content-type') ?? '', /text\/csv/);
    // A versioned answer, and a write's.
    const dossiers = createClient({ baseUrl: api.url, token: proposer }).nominations;
    const created = await dossiers.createProposal({ campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'so-y-te' });
    assert.equal(created.lastResponse.status, 201);
    assert.match(created.lastResponse.requestId ?? '', REQUEST_ID);
    assert.deepEqual(Object.keys(created).sort(), ['etag', 'proposal']);
    const read = await dossiers.getProposal(created.proposal.id);
    assert.notEqual(read.lastResponse.requestId, created.lastResponse.requestId);
    assert.equal(read.lastResponse.headers.get('etag'), read.etag);
  });

  it('rejects an aborted call with the platform’s AbortError, or the reason the signal was given', async () => {
    const client = createClient({ baseUrl: proxy.url, retry: 0 });
    reset({ delayMs: 300 });
    const plain = new AbortController();
    const asked = client.units.get('so-y-te', { signal: plain.signal });
    setTimeout(() => plain.abort(), 50);
    const error = await asked.catch((e: unknown) => e);
    assert.ok(error instanceof DOMException, String(error));
    assert.equal(error.name, 'AbortError');
    assert.equal(isAbort(error), true);
    // A reason of the caller's own, as fetch rejects with it.
    const leaving = new AbortController();
    const reason = new Error('the reader left the page');
    const left = client.campaigns.get('bn2026', { signal: leaving.signal, headers: { 'X-Request-Id': 'own' } });
    setTimeout(() => leaving.abort(reason), 50);
    await assert.rejects(left, (e: unknown) => e === reason && isAbort(e, leaving.signal));
    // Already aborted: not sent at all.
    reset();
    const before = AbortSignal.abort();
    await assert.rejects(client.units.get('so-y-te', { signal: before }), (e: unknown) => isAbort(e));
    // A loop over pages stops with it too.
    const walking = new AbortController();
    const units: unknown[] = [];
    const walk = (async () => {
      for await (const unit of createClient({ baseUrl: api.url }).units.list({ limit: 5, signal: walking.signal })) {
        units.push(unit);
        if (units.length === 5) walking.abort();
      }
    })();
    await assert.rejects(walk, (e: unknown) => isAbort(e));
    assert.equal(units.length, 5);
    // A write, and a file sent.
    const dossiers = createClient({ baseUrl: api.url, token: proposer }).nominations;
    const { proposal, etag } = await dossiers.createProposal({ campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'so-y-te' });
    await assert.rejects(dossiers.updateProposal(proposal.id, { contact: null }, { etag, signal: AbortSignal.abort() }), (e: unknown) => isAbort(e));
    await assert.rejects(
      dossiers.uploadEvidence(proposal.id, new Blob(['%PDF-1.7\n'], { type: 'application/pdf' }), { kind: 'other', name: 'x.pdf', signal: AbortSignal.abort() }),
      (e: unknown) => isAbort(e),
    );
    // What is not an abort.
    assert.equal(isAbort(new ThiduaApiError({ status: 0, code: 'timeout', message: 'timeout' })), false);
    assert.equal(isAbort(new Error('x')), false);
  });

  it('iterates every list route of the contract with for await', async () => {
    const asAppraiser = createClient({ baseUrl: api.url, token: appraiser });
    const asProposer = createClient({ baseUrl: api.url, token: proposer });
    const publicClient = createClient({ baseUrl: api.url });
    // Every paged operation, and every other list (`list…`), with the call that walks it.
    const lists: Partial<Record<OperationId, (c: ThiduaClient) => AsyncIterable<unknown> & PromiseLike<object>>> = {
      listCampaigns: (c) => c.campaigns.list(),
      listIndicators: (c) => c.indicators.list('bn2026'),
      getIndicatorProgressByUnit: (c) => c.indicators.progressByUnit('bn2026-09', { level: 'commune', limit: 7 }),
      listUnits: (c) => c.units.list({ limit: 9 }),
      getRanking: (c) => c.rankings.get('bn2026', { metric: 'dti', limit: 8 }),
      listProposals: (c) => c.nominations.listProposals({ limit: 1 }),
      listNominations: (c) => c.nominations.list({ limit: 1 }),
      listAppraisals: (c) => c.appraisals.list({ limit: 1 }),
      listAwards: (c) => c.awards.list('bn2026', { limit: 1 }),
      listFeaturedModels: (c) => c.featuredModels.list('bn2026'),
      getMeasurementHistory: (c) => c.indicators.history('bn2026-09', { unit: 'so-y-te' }),
      getProposedList: (c) => c.rounds.proposedList('bn2026-tong-ket'),
    };
    const listRoutes = (Object.keys(operations) as OperationId[]).filter((id) => operations[id].method === 'GET' && ('page' in operations[id] || id.startsWith('list')));
    assert.deepEqual(
      listRoutes.filter((id) => !lists[id]),
      [],
      'a list route the SDK cannot walk',
    );
    const clientFor = (id: OperationId) => {
      const auth = operations[id].auth;
      if (auth === 'public') return publicClient;
      return (auth.bearer as readonly string[]).includes('proposer') ? asProposer : asAppraiser;
    };
    const walkedPages: Partial<Record<OperationId, number>> = {};
    for (const [id, walk] of Object.entries(lists) as [OperationId, NonNullable<(typeof lists)[OperationId]>][]) {
      const client = clientFor(id);
      const walked: unknown[] = [];
      for await (const item of walk(client)) walked.push(item);
      // The same as the pages hold, one after another.
      const paged: unknown[] = [];
      let pages = 0;
      for await (const page of (walk(client) as unknown as { pages(): AsyncIterable<{ items?: unknown[]; entries?: unknown[] }> }).pages()) {
        paged.push(...(page.items ?? page.entries ?? []));
        pages++;
      }
      assert.deepEqual(walked, paged, id);
      walkedPages[id] = pages;
      // The seeded catalog has no awards yet, nor featured models.
      if (operations[id].auth === 'public' && id !== 'listAwards' && id !== 'listFeaturedModels') assert.ok(walked.length > 0, `${id} walked nothing`);
    }
    // The paged ones past their first page (the other lists are answered whole).
    for (const id of ['getIndicatorProgressByUnit', 'listUnits', 'getRanking', 'listProposals'] as const) assert.ok(walkedPages[id]! > 1, id);
    assert.equal(walkedPages.listCampaigns, 1);
  });
});
