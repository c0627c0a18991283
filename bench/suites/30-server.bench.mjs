import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadRanking, migrate, openDatabase, seedCatalog } from '@thidua/server';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { generateProvince } from '../generate-province.mjs';
import { median, printTable } from '../lib.mjs';

/*
 * The API under load: every public read route at 50 connections for 10 s
 * (autocannon, from this process; each server runs in a process of its own),
 * on PGlite and on PostgreSQL, at the seeded size (32 units) and at a
 * generated province of 10,000 units, against a bare Hono route answering the
 * same bytes with the same headers in the same run. The two sides alternate
 * route by route (who goes first swaps each time) so a neighbour's load on
 * this shared machine falls on both.
 *
 * Run time: 12 routes × 2 sides × (10 s + 1 s of warm-up) × 4 (database ×
 * size) ≈ 18 min, plus about 2 min to seed the 10,000-unit province on both
 * databases: about 20 minutes.
 * `BENCH_QUICK=1` runs 2 s per side (≈ 4 min in all) as a smoke run; its
 * figures are noisier and not the ones to report. `BENCH_SIZES=32` or
 * `BENCH_DATABASES=pglite` narrow the run; `BENCH_DATABASE_URL` names the
 * PostgreSQL admin URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */

const QUICK = process.env.BENCH_QUICK === '1';
const DURATION = QUICK ? 2 : 10;
const CONNECTIONS = 50;
const BIG = 10_000;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const processScript = fileURLToPath(new URL('../server-process.mjs', import.meta.url));

// What a browser on a portal sends.
const REQUEST_HEADERS = { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br', 'accept-language': 'vi' };

const ids = Array.from({ length: 19 }, (_, i) => `bn2026-${String(i + 1).padStart(2, '0')}`).join(',');
/** The public reads a portal page or an app makes, with the parameters they are used with. */
const ROUTES = [
  ['campaign list', '/v1/campaigns'],
  ['campaign board (19 indicators)', '/v1/campaigns/bn2026/indicators'],
  ['campaign progress summary', '/v1/campaigns/bn2026/progress'],
  ['batch of 19 indicators', `/v1/indicators?ids=${ids}`],
  ['one indicator', '/v1/indicators/bn2026-09'],
  ['one unit\'s history', '/v1/indicators/bn2026-09/measurements?unit=phuong-kinh-bac'],
  ['per-level progress (communes)', '/v1/indicators/bn2026-09/progress?level=commune'],
  ['units of a level (communes)', '/v1/units?level=commune'],
  ['one unit', '/v1/units/phuong-kinh-bac'],
  ['DTI ranking, departments', '/v1/campaigns/bn2026/rankings?metric=dti&group=departments'],
  ['DTI ranking, communes', '/v1/campaigns/bn2026/rankings?metric=dti&group=communes'],
  ['indicator ranking, communes', '/v1/campaigns/bn2026/rankings?metric=bn2026-09&group=communes'],
];
const DEPARTMENTS = ROUTES.findIndex(([name]) => name === 'DTI ranking, departments');

/** Starts server-process.mjs and resolves with its URL and a stop function. */
function startProcess(args) {
  const child = spawn(process.execPath, [processScript, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      const { url } = JSON.parse(line);
      const handle = {
        url,
        /** How the process ended, when it did before stop() (a crash, or the kernel's OOM killer). */
        exited: undefined,
        stop: () => new Promise((done) => {
          if (handle.exited) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      };
      child.once('exit', (code, signal) => (handle.exited = signal ?? `exit ${code}`));
      resolve(handle);
    });
    child.once('exit', (code, signal) => reject(new Error(`server process ended (${signal ?? code}) before listening`)));
  });
}

/** The response as it goes on the wire: status, headers and body bytes, not decompressed. */
function capture(base, path) {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers: REQUEST_HEADERS }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
        const headers = Object.entries(res.headers)
          .filter(([k]) => !skip.has(k))
          .flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]));
        resolve({ path, status: res.statusCode, headers, body: Buffer.concat(chunks).toString('base64'), bytes: Buffer.concat(chunks).length });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

function load(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: REQUEST_HEADERS, timeout: 10 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/**
 * Waits until the server has worked off what the last load left queued (a
 * request through the same route answers), so it does not weigh on the next
 * route's figures.
 */
async function drain(url) {
  try {
    const response = await fetch(url, { headers: REQUEST_HEADERS, signal: AbortSignal.timeout(300_000) });
    await response.arrayBuffer();
  } catch {
    // The process died (see `exited`), or never got to it: the caller checks.
  }
}

function warm(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: 1, headers: REQUEST_HEADERS, timeout: 10 }, (error) => (error ? reject(error) : resolve()));
  });
}

const summary = (r) => ({
  rps: r.requests.total / (r.duration || DURATION),
  p50: r.latency.p50,
  p99: r.latency.p99,
  bad: r.non2xx + r.errors + r.timeouts,
});

const RANKING_RUNS = 31;

/**
 * What the departments' ranking costs the database, with no HTTP and no
 * response cache in front: `loadRanking` timed in this process, median of
 * 31 runs after 5 warm-up runs, with min–max.
 */
async function rankingCost(db) {
  const ask = () => loadRanking(db, { campaignId: 'bn2026', metricId: 'dti', group: 'departments', today: '2026-11-25', limit: 100 });
  for (let i = 0; i < 5; i++) await ask();
  const times = [];
  for (let i = 0; i < RANKING_RUNS; i++) {
    const t = performance.now();
    const r = await ask();
    times.push(performance.now() - t);
    if (r.entries.length !== 13) throw new Error(`departments' ranking has ${r.entries.length} entries`);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

/** A database of the given kind holding `catalog`; the server process opens it after this closed it. */
async function prepareDatabase(kind, catalog, label) {
  if (kind === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-bench-server-'));
    const db = await openDatabase({ dataDir: dir });
    await migrate(db);
    await seedCatalog(db, catalog);
    const cost = await rankingCost(db);
    await db.close();
    return { options: { dataDir: dir }, cost, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `thidua_bench_${label}_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  await migrate(db);
  await seedCatalog(db, catalog);
  await db.query('ANALYZE');
  const cost = await rankingCost(db);
  await db.close();
  return {
    options: { databaseUrl: url.toString() },
    cost,
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function postgresReachable() {
  const c = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** Runs every route against thidua and the bare baseline for one database at one size. */
async function runConfiguration(kind, sizeLabel, catalog) {
  const started = performance.now();
  const database = await prepareDatabase(kind, catalog, sizeLabel);
  const seededIn = (performance.now() - started) / 1000;
  const dir = await mkdtemp(join(tmpdir(), 'thidua-bench-bare-'));
  let thidua = await startProcess(['thidua', JSON.stringify(database.options)]);
  let bare;
  try {
    const captured = [];
    for (const [, path] of ROUTES) captured.push(await capture(thidua.url, path));
    const file = join(dir, 'responses.json');
    await writeFile(file, JSON.stringify(captured));
    bare = await startProcess(['bare', file]);
    // One untimed second per route and side first: neither side is measured while its code is still cold.
    for (const [, path] of ROUTES) {
      for (const server of [thidua, bare]) {
        await warm(`${server.url}${path}`);
        await drain(`${server.url}${path}`);
      }
    }
    const results = [];
    for (const [i, [name, path]] of ROUTES.entries()) {
      const sides = {};
      const order = i % 2 ? ['bare', 'thidua'] : ['thidua', 'bare'];
      let crashed;
      for (const side of order) {
        const url = `${(side === 'bare' ? bare : thidua).url}${path}`;
        sides[side] = summary(await load(url));
        await drain(url);
        if (side === 'thidua' && thidua.exited) {
          // Said in the table, and a fresh process for the next route.
          crashed = thidua.exited;
          thidua = await startProcess(['thidua', JSON.stringify(database.options)]);
        }
      }
      if (crashed) sides.thidua.bad += 1;
      results.push({
        crashed, name, path, bytes: captured[i].bytes, status: captured[i].status, encoding: captured[i].headers.find(([k]) => k === 'content-encoding')?.[1] ?? 'identity', ...sides });
    }
    return { kind, sizeLabel, seededIn, results, cost: database.cost };
  } finally {
    await bare?.stop();
    await thidua.stop();
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

const fixed = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '—');

export default async function () {
  const sizes = [
    ['32', 'seeded (32 units)', () => bacNinh2026],
    [String(BIG), `generated (${BIG.toLocaleString('en')} units)`, () => generateProvince({ units: BIG })],
  ].filter(([label]) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(',').includes(label));
  const kinds = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
  if (kinds.includes('postgres') && !(await postgresReachable())) {
    kinds.splice(kinds.indexOf('postgres'), 1);
    console.log(`PostgreSQL not reachable at ${ADMIN_URL}: PostgreSQL rows skipped (set BENCH_DATABASE_URL)`);
  }
  console.log(`${CONNECTIONS} connections, ${DURATION} s per side per route${QUICK ? ' (BENCH_QUICK: a smoke run, not figures to report)' : ''}`);

  const runs = [];
  let missed = 0;
  for (const [label, title, catalog] of sizes) {
    for (const kind of kinds) {
      const run = await runConfiguration(kind, label, catalog());
      runs.push(run);
      const rows = [['route', 'status', 'bytes', 'enc', 'bare req/s', 'thidua req/s', 'ratio', 'goal ≥ 0.5×', 'p50 bare / thidua', 'p99 bare / thidua', 'goal p99 ≤ 2×', 'errors']];
      for (const r of run.results) {
        const ratio = r.thidua.rps / r.bare.rps;
        // No request answered in the whole run: no latency to compare, and a miss.
        const p99ok = r.thidua.rps > 0 && r.thidua.p99 <= 2 * Math.max(r.bare.p99, 1);
        const ok = ratio >= 0.5 && p99ok && r.thidua.bad === 0 && r.status === 200;
        if (!ok) missed++;
        rows.push([
          r.crashed ? `${r.name} (SERVER DIED: ${r.crashed})` : r.name, r.status, r.bytes, r.encoding, fixed(r.bare.rps), fixed(r.thidua.rps), `${ratio.toFixed(2)}×`, ratio >= 0.5 ? 'met' : 'MISSED',
          `${r.bare.p50} / ${r.thidua.rps > 0 ? r.thidua.p50 : '—'} ms`, `${r.bare.p99} / ${r.thidua.rps > 0 ? r.thidua.p99 : '—'} ms`, p99ok ? 'met' : 'MISSED', r.thidua.bad,
        ]);
      }
      printTable(`${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}, ${title} — seeded in ${run.seededIn.toFixed(1)} s`, rows);
    }
  }

  // The departments' ranking: the same 13 units at both sizes, so it should cost the same.
  const rows = [['database', 'DB cost at 32 (median, min–max)', `at ${BIG.toLocaleString('en')}`, 'ratio', 'goal ≤ 1.25×', 'route ratio to bare at 32 / at 10,000', 'route cost ratio']];
  const range = (c) => `${c.median.toFixed(2)} ms (${c.min.toFixed(2)}–${c.max.toFixed(2)})`;
  for (const kind of kinds) {
    const [small, big] = ['32', String(BIG)].map((s) => runs.find((r) => r.kind === kind && r.sizeLabel === s));
    if (!small || !big) continue;
    const cost = big.cost.median / small.cost.median;
    if (!(cost <= 1.25)) missed++;
    // Under load, each against its own run's baseline, so a busier neighbour during one run does not count as cost.
    const [a, b] = [small, big].map((r) => r.results[DEPARTMENTS]);
    const routeCost = (a.thidua.rps / a.bare.rps) / (b.thidua.rps / b.bare.rps);
    rows.push([kind, range(small.cost), range(big.cost), `${cost.toFixed(2)}×`, cost <= 1.25 ? 'met' : 'MISSED',
      `${(a.thidua.rps / a.bare.rps).toFixed(2)} / ${(b.thidua.rps / b.bare.rps).toFixed(2)}`, `${routeCost.toFixed(2)}×`]);
  }
  printTable(`The departments' DTI ranking at 32 and at ${BIG.toLocaleString('en')} units (loadRanking timed in-process, ${RANKING_RUNS} runs; and the route under load)`, rows);
  console.log(missed === 0 ? 'every goal met' : `GOALS MISSED: ${missed}`);
}
