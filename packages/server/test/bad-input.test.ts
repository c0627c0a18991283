import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import { ApiErrorBody, validate } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { CatalogInvalidError, UnknownUnitsError, issueToken, seedCatalog } from '../src/index.js';
import { useTestServer } from './support.js';

let coordinator: string;
let reporter: string;
const server = useTestServer(async (s) => {
  coordinator = (await issueToken(s.db, { name: 'Sở Khoa học và Công nghệ', role: 'coordinator' })).token;
  reporter = (await issueToken(s.db, { name: 'Sở Y tế', role: 'reporter', unitIds: ['so-y-te'] })).token;
});

const figure = { indicatorId: 'bn2026-09', unitId: 'so-y-te', value: 70, measuredOn: '2026-09-30', source: 'Báo cáo quý III/2026' };

function post(path: string, body: unknown, token: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
}

async function error(res: Response, status: number) {
  assert.equal(res.status, status, await res.clone().text());
  const parsed = validate(ApiErrorBody, await res.json());
  assert.ok(parsed.success);
  return parsed.data.error;
}

const count = async () => (await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM measurements WHERE unit_id = 'so-y-te'")).rows[0]!.n;

describe(`bad input (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('refuses NUL and other control characters in a reported figure’s text with a 400 naming the field, and writes nothing', async () => {
    const before = await count();
    const nul = await error(await post('/v1/measurements', { ...figure, source: 'Báo cáo\u0000quý III', reportedBy: 'Nguyễn\u0000Văn A' }, reporter), 400);
    assert.deepEqual(nul.issues.map((i) => i.path.join('.')).sort(), ['body.reportedBy', 'body.source']);
    assert.match(nul.issues[0]!.message, /ký tự điều khiển/);
    const bell = await error(await post('/v1/measurements', { ...figure, source: 'Báo cáo\u0007' }, reporter, { 'Accept-Language': 'en' }), 400);
    assert.deepEqual(bell.issues.map((i) => i.path.join('.')), ['body.source']);
    assert.match(bell.issues[0]!.message, /control character/);
    const newline = await error(await post('/v1/measurements', { ...figure, source: 'Báo cáo\nquý III' }, reporter), 400);
    assert.deepEqual(newline.issues.map((i) => i.path.join('.')), ['body.source'], 'a source is one line');
    assert.equal(await count(), before);
  });

  it('refuses a catalog whose source document links anywhere but http(s), or whose names hold control characters', async () => {
    const linked = structuredClone(bacNinh2026);
    linked.sourceDocuments[0]!.url = 'javascript:alert(document.cookie)';
    linked.units[1]!.name.vi = 'Sở\u0000Y tế';
    await assert.rejects(seedCatalog(server.db, linked), (e: unknown) => {
      assert.ok(e instanceof CatalogInvalidError);
      assert.deepEqual(e.issues.map((i) => i.path.join('.')).sort(), ['sourceDocuments.0.url', 'units.1.name.vi']);
      return true;
    });
    const e = await error(await post('/v1/admin/seed', { catalog: linked }, coordinator), 400);
    assert.deepEqual(e.issues.map((i) => i.path.join('.')).sort(), ['body.catalog.sourceDocuments.0.url', 'body.catalog.units.1.name.vi']);
    const { rows } = await server.db.query<{ url: string | null }>('SELECT url FROM source_documents WHERE id = $1', [linked.sourceDocuments[0]!.id]);
    assert.notEqual(rows[0]?.url, 'javascript:alert(document.cookie)');
  });

  it('issues tokens only for units that exist', async () => {
    await assert.rejects(issueToken(server.db, { name: 'Xã Ma', role: 'reporter', unitIds: ['so-y-te', 'xa-khong-co'] }), (e: unknown) => {
      assert.ok(e instanceof UnknownUnitsError);
      assert.deepEqual(e.unitIds, ['xa-khong-co']);
      return true;
    });
    const e = await error(await post('/v1/admin/tokens', { name: 'Xã Ma', role: 'reporter', unitIds: ['so-y-te', 'xa-khong-co'] }, coordinator), 400);
    assert.deepEqual(e.issues.map((i) => i.path.join('.')), ['body.unitIds.1']);
    const { rows } = await server.db.query("SELECT 1 FROM api_tokens WHERE name = 'Xã Ma'");
    assert.equal(rows.length, 0);
  });

  it('never lets a 404 (or any error) be cached publicly, and says that errors vary by language', async () => {
    const res = await fetch(`${server.url}/v1/units/khong-co-don-vi`);
    assert.equal((await error(res, 404)).code, 'not_found');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.match(res.headers.get('vary') ?? '', /Accept-Language/);
    const bad = await fetch(`${server.url}/v1/indicators/BAD`, { headers: { 'Accept-Language': 'en' } });
    await error(bad, 400);
    assert.equal(bad.headers.get('cache-control'), 'no-store');
    assert.match(bad.headers.get('vary') ?? '', /Accept-Language/);
    const route = await fetch(`${server.url}/v1/khong-co`);
    await error(route, 404);
    assert.equal(route.headers.get('cache-control'), 'no-store');
    const ok = await fetch(`${server.url}/v1/units/so-y-te`);
    assert.match(ok.headers.get('vary') ?? '', /Accept-Language/);
    assert.match(ok.headers.get('cache-control') ?? '', /public/);
  });

  it('names each request itself, echoing a client’s id only in a header of its own', async () => {
    const res = await fetch(`${server.url}/v1/units/khong-co-don-vi`, { headers: { 'X-Request-Id': 'portal-42' } });
    const body = await error(res, 404);
    const id = res.headers.get('x-request-id');
    assert.match(id ?? '', /^[0-9a-f-]{36}$/);
    assert.notEqual(id, 'portal-42');
    assert.equal(body.requestId, id);
    assert.equal(res.headers.get('x-client-request-id'), 'portal-42');
    const forged = await fetch(`${server.url}/v1/health`, { headers: { 'X-Request-Id': `a b ${'x'.repeat(300)}` } });
    await forged.body?.cancel();
    assert.equal(forged.headers.get('x-client-request-id'), null, 'a malformed client id is not echoed');
    assert.notEqual(forged.headers.get('x-request-id'), null);
  });

  it('never logs the parameters of a failed query (they hold what people reported)', async () => {
    // A rule the database enforces and the API does not know: the insert fails inside the database.
    await server.db.query('ALTER TABLE measurements ADD CONSTRAINT test_short_source CHECK (length(source) < 12) NOT VALID');
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => {
      logged.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 10 }))).join(' '));
    };
    try {
      const res = await post('/v1/measurements', { ...figure, source: 'Báo cáo riêng của Nguyễn Thị Bí Mật' }, reporter);
      assert.equal((await error(res, 500)).code, 'internal');
    } finally {
      console.error = original;
      await server.db.query('ALTER TABLE measurements DROP CONSTRAINT test_short_source');
    }
    assert.equal(logged.length, 1, 'the fault is logged');
    assert.doesNotMatch(logged[0]!, /Bí Mật|INSERT INTO/);
    assert.match(logged[0]!, /test_short_source/, 'what failed is still said');
  });
});

describe('the admin routes', () => {
  it('let the coordinating department issue and revoke tokens; a revoked token is refused at once', async () => {
    const issued = await post('/v1/admin/tokens', { name: 'UBND phường Kinh Bắc', role: 'reporter', unitIds: ['phuong-kinh-bac'] }, coordinator);
    assert.equal(issued.status, 201);
    assert.equal(issued.headers.get('cache-control'), 'no-store');
    const { id, token } = (await issued.json()) as { id: string; token: string };
    assert.equal((await post('/v1/measurements', { ...figure, unitId: 'phuong-kinh-bac' }, token)).status, 201);
    const revoked = await post(`/v1/admin/tokens/${id}/revoke`, {}, coordinator);
    assert.equal(revoked.status, 200, await revoked.clone().text());
    assert.equal((await error(await post('/v1/measurements', { ...figure, unitId: 'phuong-kinh-bac' }, token), 401)).code, 'unauthorized');
    assert.equal((await error(await post(`/v1/admin/tokens/${id}/revoke`, {}, coordinator), 404)).code, 'not_found');
  });

  it('refuse a reporter’s token, and take the server’s local admin key', async () => {
    assert.equal((await error(await post('/v1/admin/tokens', { name: 'X', role: 'coordinator' }, reporter), 403)).code, 'forbidden');
    const res = await post('/v1/admin/units', { units: [{ id: 'xa-moi-thu', name: { vi: 'Xã Mới Thử' }, kind: 'commune', level: 'commune', parentId: 'bac-ninh' }] }, server.adminKey);
    assert.equal(res.status, 200, await res.clone().text());
    assert.deepEqual(await res.json(), { read: 1, changed: 1 });
    assert.equal((await fetch(`${server.url}/v1/units/xa-moi-thu`)).status, 200);
  });
});
