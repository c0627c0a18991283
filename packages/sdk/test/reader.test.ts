import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MAX_BATCH_IDS, operations } from '@thidua/schemas';
import { MAX_BATCH_IDS as BATCH_LIMIT } from '../src/indicator-batches.js';
import { createClient, ThiduaApiError } from '../src/index.js';
import { createReader, type ThiduaReader } from '../src/reader.js';
import { countingFetch, useApi, useHttpServer } from './support.js';

const api = useApi();
const ids = Array.from({ length: 19 }, (_, i) => `bn2026-${String(i + 1).padStart(2, '0')}`);

describe('the reader (@thidua/sdk/reader): a live card’s read without zod or ky', () => {
  it('answers what the client answers, for one indicator and for a batch, in as many requests', async () => {
    const client = createClient({ baseUrl: api.url });
    const counter = countingFetch();
    const reader = createReader({ baseUrl: `${api.url}/`, fetch: counter.fetch });
    const one = await reader.indicators.get('bn2026-09', { unit: 'phuong-tu-son', campaign: 'bn2026' });
    assert.deepEqual(one, await client.indicators.get('bn2026-09', { unit: 'phuong-tu-son', campaign: 'bn2026' }));
    assert.equal(counter.urls.length, 1);
    assert.equal(counter.urls[0], `${api.url}/v1/indicators/bn2026-09?unit=phuong-tu-son&campaign=bn2026`);
    const many = await Promise.all(ids.map((id) => reader.indicators.get(id)));
    assert.deepEqual(many, await Promise.all(ids.map((id) => client.indicators.get(id))));
    assert.equal(counter.urls.length, 2, counter.urls.join('\n'));
    assert.match(counter.urls[1]!, /\/v1\/indicators\?ids=bn2026-01%2Cbn2026-02/);
  });

  it('is what a full client can stand in for', () => {
    const reader: ThiduaReader = createClient({ baseUrl: api.url });
    assert.equal(typeof reader.indicators.get, 'function');
  });

  it('fails as the client fails: not found, a missing id of a batch, the API’s error body in its language', async () => {
    const reader = createReader({ baseUrl: api.url, locale: 'en' });
    const error = await reader.indicators.get('no-such-indicator').catch((e: unknown) => e);
    assert.ok(error instanceof ThiduaApiError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'not_found');
    assert.match(error.requestId ?? '', /^[0-9a-f-]{36}$/);
    const [found, missing] = await Promise.allSettled([reader.indicators.get('bn2026-01'), reader.indicators.get('no-such-indicator')]);
    assert.equal(found.status, 'fulfilled');
    assert.equal(missing.status, 'rejected');
    assert.equal((missing as PromiseRejectedResult).reason.code, 'not_found');
    const bad = await reader.indicators.get('bn2026-01', { unit: 'Not An Id!' }).catch((e: unknown) => e);
    assert.ok(bad instanceof ThiduaApiError);
    assert.equal(bad.status, 400);
    assert.equal(bad.code, 'validation_failed');
    assert.ok(bad.issues.length > 0);
  });

  it('stops waiting when its signal aborts, without cancelling the read another card shares', async () => {
    const reader = createReader({ baseUrl: api.url });
    const abort = new AbortController();
    const left = reader.indicators.get('bn2026-09', { signal: abort.signal });
    const stays = reader.indicators.get('bn2026-09');
    abort.abort();
    await assert.rejects(left, (e: unknown) => e instanceof DOMException && e.name === 'AbortError');
    const kept = await stays;
    assert.equal(kept.indicator.id, 'bn2026-09');
    // The answer it came from, as the client's results carry it, and not among the data.
    assert.match(kept.lastResponse.requestId ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(kept.lastResponse.status, 200);
    assert.ok(!Object.keys(kept).includes('lastResponse'));
  });

  describe('behind a failing gateway', () => {
    let calls = 0;
    const gateway = useHttpServer((req, res) => {
      calls++;
      if (req.url?.includes('flaky') && calls % 2 === 1) return void res.writeHead(503, { 'Retry-After': '0' }).end('busy');
      if (req.url?.includes('html')) return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>portal login</html>');
      if (req.url?.includes('shape')) return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"hello":1}');
      if (req.url?.includes('flaky')) return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ indicator: { id: 'flaky', targets: [] }, unit: {}, sourceDocuments: [] }));
      res.writeHead(502, { 'Content-Type': 'text/html' }).end('<h1>Bad gateway</h1>');
    });

    it('retries a 503, says a gateway’s page and an answer of another shape plainly', async () => {
      const reader = createReader({ baseUrl: gateway.url });
      calls = 0;
      assert.equal((await reader.indicators.get('flaky')).indicator.id, 'flaky');
      assert.equal(calls, 2);
      calls = 0;
      const down = await reader.indicators.get('down').catch((e: unknown) => e);
      assert.ok(down instanceof ThiduaApiError);
      assert.equal(down.status, 502);
      assert.equal(down.code, 'internal');
      assert.equal(calls, 3, 'tried three times');
      for (const id of ['html', 'shape']) {
        const odd = await createReader({ baseUrl: gateway.url, retry: 0 }).indicators.get(id).catch((e: unknown) => e);
        assert.ok(odd instanceof ThiduaApiError, id);
        assert.equal(odd.code, 'invalid_response', id);
      }
    });

    it('says when the server cannot be reached', async () => {
      const error = await createReader({ baseUrl: 'http://127.0.0.1:9', retry: 0 }).indicators.get('bn2026-09').catch((e: unknown) => e);
      assert.ok(error instanceof ThiduaApiError);
      assert.equal(error.code, 'network_error');
      assert.equal(error.message, 'Không kết nối được máy chủ');
    });
  });

  it('keeps to the contract: its paths, its query names and its batch limit are the contract’s', () => {
    assert.equal(operations.getIndicator.path, '/v1/indicators/{indicatorId}');
    assert.equal(operations.getIndicators.path, '/v1/indicators');
    assert.deepEqual(Object.keys(operations.getIndicator.query!.def.shape).sort(), ['asOf', 'campaign', 'unit']);
    assert.deepEqual(Object.keys(operations.getIndicators.query!.def.shape).sort(), ['asOf', 'campaign', 'ids', 'unit']);
    assert.equal(BATCH_LIMIT, MAX_BATCH_IDS);
  });

  it('imports neither zod nor ky nor the contract', () => {
    const source = readFileSync(new URL('../src/reader.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import (type )?.*from '([^']+)';$/gm)].map(([, type, from]) => `${type ? 'type ' : ''}${from}`);
    assert.deepEqual(imports.sort(), ['./errors.js', './indicator-batches.js', './messages/index.js', './responses.js', 'type ./client.js', 'type @thidua/schemas'].sort());
    for (const module of ['./errors.js', './indicator-batches.js', './messages/index.js', './responses.js']) {
      const text = readFileSync(new URL(`../src/${module.replace('.js', '.ts')}`, import.meta.url), 'utf8');
      assert.doesNotMatch(text, /^import (?!type ).*from '(zod|ky|@thidua\/schemas)/m, module);
    }
  });
});
