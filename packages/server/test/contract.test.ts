import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorStatuses, operations, pathOf, pathParamNames, queryOf, validate, type Operation, type OperationId } from '@thidua/schemas';
import { createApp, issueToken } from '../src/index.js';
import { Hono } from 'hono';
import { HttpError } from '../src/errors.js';
import { honoPath, IMMUTABLE_CACHE, PUBLIC_CACHE, serveOperation, type Env } from '../src/http.js';
import { useTestServer } from './support.js';

let reporter: string;
const server = useTestServer(async (s) => {
  reporter = (await issueToken(s.db, { name: 'Sở Y tế', role: 'reporter', unitIds: ['so-y-te'] })).token;
});

const entries = Object.entries(operations) as [OperationId, Operation][];

/** A value for each parameter an operation needs, from the seeded catalog. */
const examples: Record<string, string> = {
  campaignId: 'bn2026',
  indicatorId: 'bn2026-09',
  unitId: 'so-y-te',
  ids: 'bn2026-09,bn2026-19',
  metric: 'dti',
  proposalId: '0b4f6a8e-3a41-4a57-9c55-2f3e3c1f6a10',
  nominationId: '7d1c0e5a-0a3e-4f43-8a8c-1b5b0d8f9c21',
  fileId: '3f1c1d52-8b9e-4a7c-9f3e-6d2b1a0c5e47',
  tokenId: '00000000-0000-4000-8000-000000000000',
  roundId: 'bn2026-tong-ket',
  decisionId: '5a0f3c2e-1b7d-4c8e-9f60-2d4b6a8c0e13',
  awardId: '9e2d4f6a-8b0c-4e1d-a3f5-7c9e1b3d5f70',
  featuredModelId: 'c4e6a8b0-2d4f-4a6c-8e0b-1d3f5a7c9e24',
  v: '0123456789abcdef',
};
/** What each cacheability sends as Cache-Control. */
const CACHE_HEADERS = { public: PUBLIC_CACHE, immutable: IMMUTABLE_CACHE, 'no-store': 'no-store' } as const;
/**
 * Public reads of what only the workflow makes (a featured model's photo):
 * the seeded catalog has none, so they answer 404 here; public-data.test.ts
 * reads them with real ids after a round's journey.
 */
const madeByWorkflow: OperationId[] = ['getFeaturedModelPhoto'];
const requiredQuery = (op: Operation) =>
  Object.fromEntries(
    Object.entries(op.query?.shape ?? {})
      .filter(([, schema]) => (schema as { _zod: { optin?: string } })._zod.optin !== 'optional')
      .map(([name]) => [name, examples[name]]),
  );
function urlOf(op: Operation) {
  for (const name of [...pathParamNames(op), ...Object.keys(requiredQuery(op))]) {
    if (!examples[name]) throw new Error(`No example value for the parameter "${name}" of ${op.method} ${op.path}: add one to \`examples\` in this file`);
  }
  return `${server.url}${pathOf(op, examples)}${queryOf(op, requiredQuery(op))}`;
}

describe(`the route contract and the served routes (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('serves exactly the contract’s operations: none missing, none extra, same methods and path parameters', () => {
    const app = createApp({ db: server.db });
    const served = new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    const contract = new Set(entries.map(([, op]) => `${op.method} ${honoPath(op.path)}`));
    assert.deepEqual([...served].sort(), [...contract].sort());
    for (const [id, op] of entries) {
      const names = [...honoPath(op.path).matchAll(/:(\w+)/g)].map((m) => m[1]);
      assert.deepEqual(names, pathParamNames(op), id);
    }
  });

  it('answers each public operation with its response schema and its cacheability', async () => {
    for (const [id, op] of entries.filter(([id, op]) => op.auth === 'public' && op.method === 'GET' && !madeByWorkflow.includes(id))) {
      const res = await fetch(urlOf(op));
      if (op.download) {
        // A file: served as an attachment of one of the types the contract names.
        assert.equal(res.status, op.status ?? 200, id);
        assert.ok(op.mediaTypes?.includes(res.headers.get('content-type') ?? ''), `${id}: ${res.headers.get('content-type')}`);
        assert.match(res.headers.get('content-disposition') ?? '', /^attachment; /, id);
        assert.ok((await res.arrayBuffer()).byteLength > 0, id);
        assert.equal(res.headers.get('cache-control'), CACHE_HEADERS[op.cache], id);
        continue;
      }
      const body = await res.json();
      assert.equal(res.status, op.status ?? 200, `${id}: ${JSON.stringify(body).slice(0, 300)}`);
      const parsed = validate(op.response, body);
      assert.ok(parsed.success, `${id} answers its contract’s shape: ${JSON.stringify(!parsed.success && parsed.issues.slice(0, 3))}`);
      assert.equal(res.headers.get('cache-control'), CACHE_HEADERS[op.cache], id);
    }
  });

  it('asks a bearer token of each operation that needs one, and no token of the others', async () => {
    for (const [id, op] of entries) {
      const res = await fetch(urlOf(op), { method: op.method, headers: { 'Content-Type': 'application/json' }, ...(op.body ? { body: '{}' } : {}) });
      await res.body?.cancel();
      if (op.auth === 'public') assert.notEqual(res.status, 401, id);
      else {
        assert.equal(res.status, 401, id);
        assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/, id);
      }
    }
  });

  it('validates the parameters the contract names, with the path of each bad one', async () => {
    const res = await fetch(`${server.url}/v1/campaigns/BAD_ID/indicators?unit=Nope&asOf=2026-02-30`);
    assert.equal(res.status, 400);
    const { error } = (await res.json()) as { error: { issues: { path: string[] }[] } };
    assert.deepEqual(error.issues.map((i) => i.path.join('.')).sort(), ['path.campaignId', 'query.asOf', 'query.unit']);
    const post = await fetch(`${server.url}/v1/measurements`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${reporter}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'x'.repeat(201) },
      body: JSON.stringify({ indicatorId: 'bn2026-09' }),
    });
    assert.equal(post.status, 400);
    const paths = ((await post.json()) as { error: { issues: { path: string[] }[] } }).error.issues.map((i) => i.path.join('.'));
    assert.ok(paths.includes('header.Idempotency-Key'), paths.join());
    assert.ok(paths.includes('body.unitId'), paths.join());
  });

  it('declares every client error status a route answers with', async () => {
    // An undeclared status would have been turned into a 500 by the route: here, each declared one is reachable.
    const unknown = { ...examples, campaignId: 'khong-co', indicatorId: 'khong-co', unitId: 'khong-co' };
    // Public reads here; a dossier's 404 (for a token of another unit too) is tested in nominations.test.ts.
    for (const [id, op] of entries.filter(([, op]) => op.method === 'GET' && op.params && op.auth === 'public')) {
      const res = await fetch(`${server.url}${pathOf(op, unknown)}${queryOf(op, requiredQuery(op))}`);
      await res.body?.cancel();
      assert.equal(res.status, 404, id);
      assert.ok(errorStatuses(op).includes(404), id);
    }
  });
});

describe('a status the contract does not declare', () => {
  // getCampaign declares 404, not 409: a handler that answers 409 has drifted from its contract.
  const drifting = (strictContract: boolean, logged: unknown[]) => {
    const app = new Hono<Env>();
    app.use(async (c, next) => {
      c.set('locale', 'vi');
      c.set('requestId', 'req-1');
      await next();
    });
    app.onError((error, c) => (error instanceof HttpError ? c.json({ code: error.code }, error.status) : c.json({ code: 'internal' }, 500)));
    serveOperation(app, server.db, 'getCampaign', async () => {
      throw new HttpError(409, 'conflict', 'Xung đột');
    }, { strictContract, logError: (error) => logged.push(error) });
    return app;
  };

  it('still answers the client’s 4xx in production, and reports the drift in the log', async () => {
    const logged: unknown[] = [];
    const response = await drifting(false, logged).request('/v1/campaigns/bn2026');
    assert.equal(response.status, 409);
    assert.equal(logged.length, 1);
    assert.match(String((logged[0] as Error).message), /getCampaign.*409.*does not declare/);
  });

  it('fails as a 500 on the test servers, so a test that reaches it fails', async () => {
    const response = await drifting(true, []).request('/v1/campaigns/bn2026');
    assert.equal(response.status, 500);
  });
});
