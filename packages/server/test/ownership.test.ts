import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/index.js';
import { lockFilePath } from '../src/data-dir-lock.js';

/*
 * One owner per PGlite directory, with real processes: a server, a second
 * server, and the CLI run as an operator would while the server runs.
 */

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const dirs: string[] = [];
const children: ReturnType<typeof spawn>[] = [];
after(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

function runCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
  });
  children.push(child);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Runs a CLI command to its end. */
async function command(args: string[]) {
  const run = runCli(args);
  const code = await run.exited;
  return { code, output: run.output() };
}

async function serve(dir: string, extra: string[] = []) {
  const run = runCli(['serve', '--port', '0', '--data-dir', dir, ...extra]);
  const end = Date.now() + 60_000;
  let match: RegExpExecArray | null = null;
  while (!(match = /API on (http:\/\/\S+)\/v1/.exec(run.output()))) {
    if (run.child.exitCode !== null || Date.now() > end) throw new Error(`the server did not start:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { ...run, url: match[1]!, async stop() {
    run.child.kill('SIGTERM');
    assert.equal(await run.exited, 0, run.output());
  } };
}

const newDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-owner-'));
  dirs.push(dir);
  return dir;
};

const report = (url: string, token: string) =>
  fetch(`${url}/v1/measurements`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ indicatorId: 'bn2026-09', unitId: 'so-y-te', value: 66, measuredOn: '2026-09-30', source: 'Báo cáo quý III/2026' }),
  });

describe('one owner per PGlite directory', () => {
  it('refuses a second process at once, naming the server that holds the directory', async () => {
    const dir = await newDir();
    const first = await serve(dir, ['--seed']);
    try {
      const second = await command(['serve', '--port', '0', '--data-dir', dir]);
      assert.equal(second.code, 1);
      assert.match(second.output, new RegExp(`in use by process ${first.child.pid} \\(thidua serve at ${first.url.replace(/[.:/]/g, '\\$&')}`));
      const migrate = await command(['migrate', '--data-dir', dir]);
      assert.equal(migrate.code, 1);
      assert.match(migrate.output, /in use by process/);
      assert.equal((await fetch(`${first.url}/v1/health`)).status, 200, 'the first server is unharmed');
    } finally {
      await first.stop();
    }
    await assert.rejects(readFile(lockFilePath(dir)), 'a clean stop removes the lock');
  });

  it('takes over a stale lock left by a process that died', async () => {
    const dir = await newDir();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    await writeFile(lockFilePath(dir), JSON.stringify({ pid: dead.pid, command: 'serve', startedAt: '2026-01-01T00:00:00Z' }));
    const server = await serve(dir);
    assert.equal((await fetch(`${server.url}/v1/health`)).status, 200);
    const lock = JSON.parse(await readFile(lockFilePath(dir), 'utf8')) as { pid: number; url: string };
    assert.deepEqual([lock.pid, lock.url], [server.child.pid, server.url]);
    await server.stop();
  });

  it('sends admin commands to the running server: a token revoked meanwhile is refused at once and after a restart', async () => {
    const dir = await newDir();
    let server = await serve(dir, ['--seed']);
    let token = '';
    let id = '';
    try {
      const created = await command(['token', 'create', '--data-dir', dir, '--name', 'Sở Y tế', '--unit', 'so-y-te']);
      assert.equal(created.code, 0, created.output);
      assert.match(created.output, /through the server at/);
      token = /^(thd_\S+)$/m.exec(created.output)![1]!;
      id = /token (\S+) created/.exec(created.output)![1]!;
      assert.equal((await report(server.url, token)).status, 201, 'the new token works at once');

      const unknown = await command(['token', 'create', '--data-dir', dir, '--name', 'Xã Ma', '--unit', 'xa-khong-co']);
      assert.equal(unknown.code, 1);
      assert.match(unknown.output, /xa-khong-co/);

      const csv = join(dir, '..', `${dir.split('/').pop()}-units.csv`);
      dirs.push(csv);
      await writeFile(csv, 'id,name_vi,kind,level\nxa-thu-nghiem,Xã Thử Nghiệm,commune,commune\n');
      const imported = await command(['units', 'import', csv, '--data-dir', dir, '--parent', 'bac-ninh']);
      assert.equal(imported.code, 0, imported.output);
      assert.match(imported.output, /1 unit\(s\) read, 1 added or changed through the server/);
      assert.equal((await fetch(`${server.url}/v1/units/xa-thu-nghiem`)).status, 200, 'the server shows the unit at once');

      const seeded = await command(['seed', '--data-dir', dir]);
      assert.equal(seeded.code, 0, seeded.output);
      assert.match(seeded.output, /catalog loaded through the server at .*, 0 row\(s\) changed/);

      const revoked = await command(['token', 'revoke', id, '--data-dir', dir]);
      assert.equal(revoked.code, 0, revoked.output);
      assert.match(revoked.output, /token revoked through the server/);
      assert.equal((await report(server.url, token)).status, 401, 'refused at once');
    } finally {
      await server.stop();
    }
    server = await serve(dir);
    try {
      assert.equal((await report(server.url, token)).status, 401, 'refused after a restart');
    } finally {
      await server.stop();
    }
    const db = await openDatabase({ dataDir: dir });
    try {
      const { rows } = await db.query<{ revoked: boolean }>('SELECT revoked_at IS NOT NULL AS revoked FROM api_tokens WHERE id = $1', [id]);
      assert.deepEqual(rows, [{ revoked: true }], 'the revocation is in the directory, not lost');
    } finally {
      await db.close();
    }
  });
});

