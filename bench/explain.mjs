/**
 * The query plans of the paged reads on PostgreSQL at 10,000 units:
 *
 *   node bench/explain.mjs            # BENCH_DATABASE_URL or DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres
 *
 * Creates a database, loads the generated province (generate-province.mjs)
 * through the seed path, then runs the repositories' own functions through a
 * database handle that records each query, and prints EXPLAIN (ANALYZE,
 * BUFFERS) of every query they made — the plans the server really gets, not
 * hand-copied SQL. Only the plan lines that matter are printed (scans,
 * joins, sorts, execution time); `--full` prints whole plans. Drops the
 * database after.
 */
import pg from 'pg';
import { listUnits, loadIndicatorUnitsProgress, loadRanking, migrate, openDatabase, seedCatalog } from '@thidua/server';
import { generateProvince } from './generate-province.mjs';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const full = process.argv.includes('--full');
const name = `thidua_explain_${process.pid}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
const db = await openDatabase({ databaseUrl: url.toString() });
try {
  await migrate(db);
  const catalog = generateProvince({ units: 10_000 });
  await seedCatalog(db, catalog);
  await db.query('ANALYZE');
  console.log(`${catalog.units.length} units, ${catalog.scores.length} scores, ${catalog.measurements.length} measurements`);

  const cases = [
    ['DTI ranking, departments (13 of 10,000)', (q) => loadRanking(q, { campaignId: 'bn2026', metricId: 'dti', group: 'departments', today: '2026-11-25', limit: 100 })],
    ['DTI ranking, communes, first page of 100', (q) => loadRanking(q, { campaignId: 'bn2026', metricId: 'dti', group: 'communes', today: '2026-11-25', limit: 100 })],
    ['indicator ranking (bn2026-09), communes, 2025', (q) => loadRanking(q, { campaignId: 'bn2026', metricId: 'bn2026-09', period: '2025', group: 'communes', today: '2026-11-25', limit: 100 })],
    ['units of a level, a page of 100 after the 5,000th', async (q) => {
      let after;
      for (let i = 0; i < 50; i++) after = (await listUnits(db, { level: 'commune' }, { limit: 100, after })).next;
      return listUnits(q, { level: 'commune' }, { limit: 100, after });
    }],
    ['per-level progress (bn2026-09, communes), a page of 100', (q) => loadIndicatorUnitsProgress(q, 'bn2026-09', 'commune', '2026-06-30', { limit: 100 })],
  ];
  for (const [title, run] of cases) {
    const queries = [];
    await run({ query: (sql, params) => (queries.push([sql, params]), db.query(sql, params)) });
    console.log(`\n### ${title}: ${queries.length} queries`);
    for (const [sql, params] of queries) {
      const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params);
      const lines = rows.map((r) => r['QUERY PLAN']);
      const key = full ? lines : lines.filter((l, i) => i === 0 || /Scan|Join|Nested Loop|Sort|Execution Time|Index Cond|Rows Removed/.test(l));
      console.log(`\n-- ${sql.replace(/\s+/g, ' ').slice(0, 110)}…`);
      for (const l of key) console.log(l);
    }
  }
} finally {
  await db.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
