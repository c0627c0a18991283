import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServer, type RunningServer, type ServerOptions } from './server.js';

export interface TestServer extends RunningServer {
  /** Stops the server and deletes its temporary database. */
  dispose(): Promise<void>;
}

/**
 * A real server on 127.0.0.1 over a throw-away database, for the test suites
 * of every package: a fresh PGlite directory, or — when `DATABASE_URL` is
 * set — a fresh database created on that PostgreSQL server and dropped after.
 */
export async function startTestServer(options: Omit<ServerOptions, 'databaseUrl' | 'dataDir' | 'host'> = {}): Promise<TestServer> {
  const adminUrl = process.env.DATABASE_URL;
  let cleanup: () => Promise<void>;
  let target: Pick<ServerOptions, 'databaseUrl' | 'dataDir'>;
  if (adminUrl) {
    const name = `thidua_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    target = { databaseUrl: url.toString() };
    cleanup = async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-test-'));
    target = { dataDir: dir };
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
  let server: RunningServer;
  try {
    server = await startServer({ port: 0, seed: true, strictContract: true, ...options, ...target, host: '127.0.0.1' });
  } catch (error) {
    await cleanup();
    throw error;
  }
  return {
    ...server,
    async dispose() {
      await server.close();
      await cleanup();
    },
  };
}
