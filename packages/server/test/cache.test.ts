import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import pg from 'pg';
import type { CampaignProgress, IndicatorDetail } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { ResponseCache } from '../src/cache.js';
import { createApp, issueToken, migrate, openDatabase, seedCatalog, startServer, type Database } from '../src/index.js';
import { useTestServer } from './support.js';

const onPostgres = Boolean(process.env.DATABASE_URL);
const server = useTestServer();

/** Counts every statement the server sends to its database from now on. */
function countQueries(db: Database) {
  let count = 0;
  const query = db.query.bind(db);
  const transaction = db.transaction.bind(db);
  db.query = (sql, params) => {
    count++;
    return query(sql, params);
  };
  db.transaction = (work) => {
    count++;
    return transaction(work);
  };
  return {
    get count() {
      return count;
    },
    stop() {
      db.query = query;
      db.transaction = transaction;
    },
  };
}

/** Waits until `check` holds: another process hears a NOTIFY a few milliseconds after the commit. */
async function eventually(check: () => Promise<boolean>, what: string) {
  const end = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function serveApp(app: ReturnType<typeof createApp>) {
  const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await once(s, 'listening');
  return {
    url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        s.close(() => resolve());
        if ('closeAllConnections' in s) s.closeAllConnections();
      }),
  };
}

const report = (url: string, token: string, value: number, unitId = 'bac-ninh') =>
  fetch(`${url}/v1/measurements`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ indicatorId: 'bn2026-09', unitId, value, measuredOn: '2026-09-30', source: 'Báo cáo quý III/2026' }),
  });

describe(`public reads from memory (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('answers a repeated read and a matching conditional read without touching the database', async () => {
    const path = `${server.url}/v1/campaigns/bn2026/indicators`;
    const first = await fetch(path);
    assert.equal(first.status, 200);
    const body = await first.text();
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const counter = countQueries(server.db);
    try {
      const again = await fetch(path);
      assert.equal(again.status, 200);
      assert.equal(await again.text(), body);
      assert.equal(again.headers.get('etag'), etag);
      const conditional = await fetch(path, { headers: { 'If-None-Match': etag } });
      assert.equal(conditional.status, 304);
      assert.equal(conditional.headers.get('etag'), etag);
      assert.equal(await conditional.text(), '');
      assert.equal(counter.count, 0, 'no query for a cached answer or a 304');
    } finally {
      counter.stop();
    }
  });

  it('compresses with brotli or gzip as the client asks, the same bytes underneath, and says what it varies by', async () => {
    const path = `${server.url}/v1/campaigns/bn2026/indicators?unit=phuong-kinh-bac`;
    // Node's fetch decompresses by itself; read the raw bytes with node:http semantics instead.
    const raw = async (encoding: string) => {
      const res = await fetch(path, { headers: { 'Accept-Encoding': encoding } });
      return { res, bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const plain = await raw('identity');
    assert.equal(plain.res.headers.get('content-encoding'), null);
    assert.match(plain.res.headers.get('vary') ?? '', /Accept-Encoding/);
    assert.match(plain.res.headers.get('vary') ?? '', /Accept-Language/);
    const { request } = await import('node:http');
    const fetchRaw = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        request(path, { headers: { 'Accept-Encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    const br = await fetchRaw('gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(br.body), plain.bytes);
    assert.ok(br.body.length < plain.bytes.length / 3, `brotli ${br.body.length} B of ${plain.bytes.length} B`);
    const gz = await fetchRaw('gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gz.body), plain.bytes);
    const refused = await fetchRaw('br;q=0, gzip;q=0');
    assert.equal(refused.headers['content-encoding'], undefined);
    assert.equal(br.headers.etag, plain.res.headers.get('etag'), 'one ETag for one content');
  });

  it('shows a reported figure on the next read: the write invalidates the cached answer', async () => {
    const { token } = await issueToken(server.db, { name: 'Sở Khoa học và Công nghệ', role: 'coordinator' });
    const path = `${server.url}/v1/indicators/bn2026-09`;
    const before = (await (await fetch(path)).json()) as IndicatorDetail;
    assert.notEqual(before.indicator.latestMeasurement?.value, 77.7);
    assert.equal((await report(server.url, token, 77.7)).status, 201);
    const after = (await (await fetch(path)).json()) as IndicatorDetail;
    assert.equal(after.indicator.latestMeasurement?.value, 77.7);
  });

  it('does not serve yesterday’s answer for "today" once the date has changed', async () => {
    let day = '2026-06-30';
    const cache = await ResponseCache.watching(server.db);
    const app = createApp({ db: server.db, cache, today: () => day });
    const running = await serveApp(app);
    try {
      const read = async () => ((await (await fetch(`${running.url}/v1/campaigns/bn2026/progress`)).json()) as CampaignProgress).asOf;
      assert.equal(await read(), '2026-06-30');
      assert.equal(await read(), '2026-06-30');
      day = '2026-07-01';
      assert.equal(await read(), '2026-07-01');
    } finally {
      await running.close();
      cache.close();
    }
  });
});

describe('several API processes on one database', () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('over PGlite: a write through one app drops the other app’s cached answer', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    cleanups.push(() => db.close());
    await migrate(db);
    await seedCatalog(db, bacNinh2026);
    const { token } = await issueToken(db, { name: 'Điều phối', role: 'coordinator' });
    const [a, b] = await Promise.all(
      [0, 1].map(async () => {
        const cache = await ResponseCache.watching(db);
        const running = await serveApp(createApp({ db, cache }));
        cleanups.push(async () => {
          await running.close();
          cache.close();
        });
        return { ...running, cache };
      }),
    );
    const latest = async () => ((await (await fetch(`${b!.url}/v1/indicators/bn2026-09`)).json()) as IndicatorDetail).indicator.latestMeasurement?.value;
    const shown = await latest();
    assert.equal(await latest(), shown);
    assert.ok(b!.cache.size > 0, 'b keeps the answer');
    assert.equal((await report(a!.url, token, 81.5)).status, 201);
    assert.equal(b!.cache.size, 0, 'b heard the write');
    assert.equal(await latest(), 81.5);
  });

  it('over PostgreSQL: a write through one server drops the other server’s cached answer', { skip: !onPostgres && 'needs DATABASE_URL' }, async () => {
    const adminUrl = process.env.DATABASE_URL!;
    const name = `thidua_test_two_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    });
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const a = await startServer({ port: 0, databaseUrl: url.toString(), seed: true });
    cleanups.push(() => a.close());
    const b = await startServer({ port: 0, databaseUrl: url.toString(), seed: true });
    cleanups.push(() => b.close());
    const { token } = await issueToken(a.db, { name: 'Điều phối', role: 'coordinator' });
    const latest = async () => ((await (await fetch(`${b.url}/v1/indicators/bn2026-09`)).json()) as IndicatorDetail).indicator.latestMeasurement?.value;
    const shown = await latest();
    assert.equal(await latest(), shown);
    assert.ok(b.cache!.size > 0, 'b keeps the answer');
    assert.equal((await report(a.url, token, 82.5)).status, 201);
    await eventually(async () => b.cache!.size === 0, 'b hearing the write');
    assert.equal(await latest(), 82.5);

    // b's listening connection dies: b stops using its cache (it could miss a change), then listens again, empty.
    await latest();
    assert.ok(b.cache!.size > 0);
    const killer = new pg.Client({ connectionString: url.toString() });
    await killer.connect();
    await killer.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN thidua_data_changed'");
    await killer.end();
    await eventually(async () => !b.cache!.live, 'b noticing the lost connection');
    assert.equal(b.cache!.size, 0);
    assert.equal((await report(a.url, token, 83.5)).status, 201, 'a write while b is not listening');
    assert.equal(await latest(), 83.5, 'b reads the database meanwhile');
    await eventually(async () => b.cache!.live, 'b listening again');
    assert.equal(await latest(), 83.5);
  });
});
