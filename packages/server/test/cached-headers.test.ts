import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTestServer } from './support.js';

const server = useTestServer();

/**
 * A cached read is sent from the outermost layer, without the layers that
 * add security, CORS and request-id headers running again: it must still
 * carry what they gave the answer when it was computed, and an id of its own.
 */
describe(`headers of a read served from memory (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('carries the security and CORS headers of the first answer, and its own request id', async () => {
    const path = `${server.url}/v1/campaigns/bn2026/rankings?metric=dti&group=departments`;
    const headers = { 'Accept-Encoding': 'br, gzip', Origin: 'https://portal.example.gov.vn', 'X-Request-Id': 'portal-7' };
    const first = await fetch(path, { headers });
    await first.arrayBuffer();
    let queries = 0;
    const query = server.db.query.bind(server.db);
    server.db.query = (sql, params) => {
      queries++;
      return query(sql, params);
    };
    try {
      const again = await fetch(path, { headers });
      await again.arrayBuffer();
      assert.equal(queries, 0, 'served from memory');
      for (const name of ['access-control-allow-origin', 'access-control-expose-headers', 'x-content-type-options', 'cross-origin-resource-policy', 'strict-transport-security', 'cache-control', 'content-type', 'etag', 'vary']) {
        assert.equal(again.headers.get(name), first.headers.get(name), name);
        assert.ok(again.headers.get(name), `${name} present`);
      }
      assert.equal(again.headers.get('access-control-allow-origin'), '*');
      assert.equal(again.headers.get('x-client-request-id'), 'portal-7');
      assert.match(again.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
      assert.notEqual(again.headers.get('x-request-id'), first.headers.get('x-request-id'), 'each reply names its own request');
      assert.equal(again.headers.get('content-encoding'), 'br');
      const conditional = await fetch(path, { headers: { ...headers, 'If-None-Match': again.headers.get('etag')! } });
      assert.equal(conditional.status, 304);
      assert.equal(conditional.headers.get('access-control-allow-origin'), '*');
      assert.ok(conditional.headers.get('x-request-id'));
    } finally {
      server.db.query = query;
    }
  });
});
