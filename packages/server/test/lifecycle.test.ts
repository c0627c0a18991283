import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openDatabase, startTestServer } from '../src/index.js';
import { runCli, waitFor } from './support.js';

const dirs: string[] = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('the server process', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`closes the database cleanly on ${signal}, keeping what it had`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'thidua-cli-'));
      dirs.push(dir);
      const run = runCli(['serve', '--port', '0', '--data-dir', dir, '--seed']);
      await waitFor(() => /API on (http:\/\/\S+)\/v1/.test(run.output()), 'the server to listen');
      const url = /API on (http:\/\/\S+)\/v1/.exec(run.output())![1];
      assert.equal((await fetch(`${url}/v1/health`)).status, 200);
      run.child.kill(signal);
      assert.equal(await run.exited, 0, run.output());
      assert.match(run.output(), new RegExp(`${signal}, closing`));
      const db = await openDatabase({ dataDir: dir });
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM indicators WHERE campaign_id = \'bn2026\'');
      await db.close();
      assert.equal(rows[0]?.n, 19);
    });
  }

  it('reports an invalid catalog file field by field and exits non-zero', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-cli-'));
    dirs.push(dir);
    const file = join(dir, 'catalog.json');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, JSON.stringify({ campaigns: [], sourceDocuments: [], units: [{ id: 'X', name: { vi: '' }, kind: 'commune', level: 'commune' }], indicators: [], measurements: [] }));
    const run = runCli(['seed', '--data-dir', join(dir, 'db'), '--catalog', file]);
    assert.equal(await run.exited, 1);
    assert.match(run.output(), /units\.0\.id: Mã không hợp lệ/);
    assert.match(run.output(), /units\.0\.name\.vi:/);
  });
});

describe('a server fault', () => {
  it('is a JSON 500 with a request id that leaks no detail', async () => {
    const logged: unknown[] = [];
    const server = await startTestServer({ logError: (e) => logged.push(e) });
    try {
      await server.db.query('DROP TABLE measurements');
      const res = await fetch(`${server.url}/v1/indicators/bn2026-09`);
      assert.equal(res.status, 500);
      const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
      assert.equal(body.error.code, 'internal');
      assert.ok(body.error.requestId);
      assert.doesNotMatch(body.error.message, /measurements|relation/);
      assert.equal(logged.length, 1);
    } finally {
      await server.dispose();
    }
  });
});
