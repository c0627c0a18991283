import assert from 'node:assert/strict';
import type { IncomingHttpHeaders } from 'node:http';
import { describe, it } from 'node:test';
import { createClient, ThiduaApiError } from '../src/index.js';
import { countingFetch, useApi, useHttpServer } from './support.js';

const api = useApi();

describe(`the SDK against a real server (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('lists a campaign’s indicators, typed and validated', async () => {
    const client = createClient({ baseUrl: api.url });
    const list = await client.indicators.list('bn2026');
    assert.equal(list.items.length, 19);
    assert.equal(list.items[8]?.title.en, 'Procedure dossiers processed online');
    assert.equal(list.items[8]?.latestMeasurement?.value, 62);
    assert.equal(list.campaign.ownerUnitId, 'bac-ninh');
  });

  it('gets one indicator, for the owner or for a named unit', async () => {
    const client = createClient({ baseUrl: `${api.url}/` });
    const detail = await client.indicators.get('bn2026-19');
    assert.equal(detail.indicator.unit, 'index');
    assert.equal(detail.indicator.latestMeasurement?.value, 0.7012);
    const department = await client.indicators.get('bn2026-19', { unit: 'so-noi-vu' });
    assert.equal(department.unit.name.vi, 'Sở Nội vụ');
    assert.equal(department.indicator.latestMeasurement, null);
  });

  it('throws one error type carrying status, code and field paths', async () => {
    const client = createClient({ baseUrl: api.url });
    const notFound = await client.indicators.get('no-such-indicator').catch((e: unknown) => e);
    assert.ok(notFound instanceof ThiduaApiError);
    assert.equal(notFound.status, 404);
    assert.equal(notFound.code, 'not_found');
    assert.deepEqual(notFound.issues[0]?.path, ['path', 'indicatorId']);
    assert.ok(notFound.requestId);
    assert.equal(notFound.retryable, false);

    const invalid = await client.indicators.get('bn2026-01', { unit: 'Sở Nội vụ' }).catch((e: unknown) => e);
    assert.ok(invalid instanceof ThiduaApiError);
    assert.equal(invalid.status, 400);
    assert.deepEqual(invalid.issues.map((i) => i.path), [['query', 'unit']]);
    assert.match(invalid.issues[0]!.message, /Mã không hợp lệ/);
  });

  it('asks for messages in the client’s locale', async () => {
    const client = createClient({ baseUrl: api.url, locale: 'en' });
    const error = await client.indicators.list('NOPE').catch((e: unknown) => e);
    assert.ok(error instanceof ThiduaApiError);
    assert.equal(error.message, 'The request is invalid');
  });

  it('shares one request among identical concurrent calls', async () => {
    const counter = countingFetch();
    const client = createClient({ baseUrl: api.url, fetch: counter.fetch });
    const results = await Promise.all(Array.from({ length: 19 }, () => client.indicators.list('bn2026')));
    assert.equal(counter.urls.length, 1);
    assert.ok(results.every((r) => r.items.length === 19));
    await client.indicators.list('bn2026');
    assert.equal(counter.urls.length, 2, 'a later call asks again');
  });

  it('lets one caller give up without cancelling the shared request', async () => {
    const client = createClient({ baseUrl: api.url });
    const controller = new AbortController();
    const cancelled = client.indicators.get('bn2026-02', { signal: controller.signal });
    const kept = client.indicators.get('bn2026-02');
    controller.abort();
    // The platform's AbortError, as a fetch given the signal would reject with.
    await assert.rejects(cancelled, (e: unknown) => e instanceof DOMException && e.name === 'AbortError' && e === controller.signal.reason);
    assert.equal((await kept).indicator.id, 'bn2026-02');
  });
});

describe('the SDK facing failures', () => {
  let seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  let failuresLeft = 0;
  // A misbehaving HTTP server, standing in for a broken proxy or an outage — not for the API.
  const raw = useHttpServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (failuresLeft > 0) {
      failuresLeft--;
      res.writeHead(503, { 'Content-Type': 'text/html', 'Retry-After': '0' }).end('<h1>Service Unavailable</h1>');
      return;
    }
    if (req.url?.endsWith('/v1/indicators/bn2026-09')) {
      // Recovered: pass the request on to the real API.
      fetch(`${api.url}${req.url}`).then(async (r) => res.writeHead(r.status, { 'Content-Type': 'application/json' }).end(await r.text()));
      return;
    }
    if (req.url?.includes('malformed')) {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ indicator: { id: 42 } }));
      return;
    }
    res.writeHead(502, { 'Content-Type': 'text/html' }).end('<h1>Bad Gateway</h1>');
  });

  it('rejects a response that does not match the contract, with the paths that differ', async () => {
    const client = createClient({ baseUrl: raw.url, retry: 0 });
    const error = await client.indicators.get('malformed').catch((e: unknown) => e);
    assert.ok(error instanceof ThiduaApiError);
    assert.equal(error.code, 'invalid_response');
    assert.ok(error.issues.some((i) => i.path.join('.') === 'indicator.id'));
  });

  it('retries a GET on 503 and succeeds once the server recovers, sending the bearer token each time', async () => {
    seen = [];
    failuresLeft = 2;
    const client = createClient({ baseUrl: raw.url, token: () => 'tok-123', retry: 2 });
    const detail = await client.indicators.get('bn2026-09');
    assert.equal(detail.indicator.id, 'bn2026-09');
    assert.equal(seen.length, 3, 'two 503s, then the answer');
    assert.ok(seen.every((s) => s.headers.authorization === 'Bearer tok-123'));
  });

  it('gives up after the retry limit with the gateway’s status', async () => {
    seen = [];
    const client = createClient({ baseUrl: raw.url, retry: 1 });
    const error = await client.indicators.get('bad-gateway').catch((e: unknown) => e);
    assert.equal(seen.length, 2);
    assert.ok(error instanceof ThiduaApiError);
    assert.equal(error.status, 502);
    assert.equal(error.code, 'internal');
    assert.equal(error.retryable, true);
  });

  it('reports an unreachable server as a network error', async () => {
    const client = createClient({ baseUrl: 'http://127.0.0.1:9', retry: 0 });
    const error = await client.indicators.list('bn2026').catch((e: unknown) => e);
    assert.ok(error instanceof ThiduaApiError);
    assert.equal(error.code, 'network_error');
    assert.equal(error.status, 0);
    assert.equal(error.retryable, true);
  });
});
