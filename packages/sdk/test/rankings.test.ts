import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, ThiduaApiError } from '../src/index.js';
import { countingFetch, useApi, useHttpServer } from './support.js';

const api = useApi();

describe(`client.rankings against a real server (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('gets a group’s ranking for a period, typed and validated', async () => {
    const client = createClient({ baseUrl: api.url });
    const ranking = await client.rankings.get('bn2026', { metric: 'dti', period: '2025', group: 'departments' });
    assert.equal(ranking.period, '2025');
    assert.equal(ranking.group, 'departments');
    assert.equal(ranking.entries.length, 13);
    assert.deepEqual(ranking.entries.slice(5, 8).map((e) => e.rank), [6, 6, 8]);
    assert.equal(ranking.metric.bands.length, 5);
    const communes = await client.rankings.get('bn2026', { metric: 'dti', group: 'communes' });
    assert.equal(communes.entries.length, 18);
    assert.equal(communes.period, '2025');
  });

  it('shares one request among identical concurrent calls, and asks again for another group', async () => {
    const { fetch, urls } = countingFetch();
    const client = createClient({ baseUrl: api.url, fetch });
    const [a, b, c] = await Promise.all([
      client.rankings.get('bn2026', { metric: 'dti', group: 'communes' }),
      client.rankings.get('bn2026', { metric: 'dti', group: 'communes' }),
      client.rankings.get('bn2026', { metric: 'dti', group: 'departments' }),
    ]);
    assert.equal(a, b);
    assert.notEqual(a.entries.length, c.entries.length);
    assert.deepEqual(urls.map((u) => new URL(u).search).sort(), ['?metric=dti&group=communes', '?metric=dti&group=departments']);
  });

  it('reports a bad period by field, in the client’s language, and an unknown metric as not found', async () => {
    const client = createClient({ baseUrl: api.url, locale: 'en' });
    const invalid = await client.rankings.get('bn2026', { metric: 'dti', period: '25' }).catch((e: unknown) => e);
    assert.ok(invalid instanceof ThiduaApiError);
    assert.equal(invalid.status, 400);
    assert.deepEqual(invalid.issues.map((i) => i.path), [['query', 'period']]);
    assert.equal(invalid.issues[0]!.message, 'Invalid period: a four-digit year, e.g. 2025');
    const missing = await client.rankings.get('bn2026', { metric: 'khong-co' }).catch((e: unknown) => e);
    assert.ok(missing instanceof ThiduaApiError);
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.issues[0]!.path, ['query', 'metric']);
  });
});

describe('client.rankings facing a response off the contract', () => {
  // A broken proxy answering 200 with something else — not a stand-in for the API.
  const raw = useHttpServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ entries: [{ rank: 0 }] }));
  });

  it('rejects it as an invalid response naming the fields', async () => {
    const client = createClient({ baseUrl: raw.url, retry: 0 });
    const error = await client.rankings.get('bn2026', { metric: 'dti' }).catch((e: unknown) => e);
    assert.ok(error instanceof ThiduaApiError);
    assert.equal(error.code, 'invalid_response');
    const paths = error.issues.map((i) => i.path.join('.'));
    assert.ok(paths.includes('entries.0.rank'), paths.join());
    assert.ok(paths.includes('metric'), paths.join());
  });
});
