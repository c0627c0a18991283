// Set-up shared by the server's test files (not a test file itself: the runner globs test/*.test.ts).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { ApiErrorBody, Proposal, validate } from '@thidua/schemas';
import { startTestServer, type TestServer } from '../src/index.js';

/**
 * A real server over a throw-away database (see `startTestServer`), started
 * before the file's tests and disposed of after them. The object is filled in
 * once the server is up, so tests use it as the server itself (`server.url`,
 * `server.db`). `setUp` (tokens, extra rows) runs in the same hook once it is
 * up: a file's own top-level `before` would not wait for it, as Node 20 runs
 * top-level hooks concurrently.
 */
export function useTestServer(setUp?: (server: TestServer) => Promise<void>, options: Parameters<typeof startTestServer>[0] = {}): TestServer {
  const server = {} as TestServer;
  before(async () => {
    Object.assign(server, await startTestServer(options));
    await setUp?.(server);
  });
  after(async () => {
    // Undefined when the server never started.
    await server.dispose?.();
  });
  return server;
}

/** A GET to the server, with the headers given (`Accept-Language`, say). */
export function getter(server: TestServer) {
  return (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });
}

/** A request to the server with a bearer token, and a JSON body when one is given. */
export function sender(server: TestServer) {
  return (method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

/** The proposal an answer of `status` carries, valid and never cached, with its ETag. */
export async function expectProposal(res: Response, status: number) {
  assert.equal(res.status, status, await res.clone().text());
  const parsed = validate(Proposal, await res.json());
  assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.issues));
  assert.equal(res.headers.get('cache-control'), 'no-store');
  return { body: parsed.data, etag: res.headers.get('etag') ?? '' };
}

/** The error an answer of `status` carries, in the contract's shape. */
export async function expectError(res: Response, status: number) {
  assert.equal(res.status, status, await res.clone().text());
  const body = validate(ApiErrorBody, await res.json());
  assert.ok(body.success);
  return body.data.error;
}

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** Runs the CLI as a separate process, as an operator would (PGlite: `DATABASE_URL` cleared); its output is stdout and stderr together. */
export function runCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Waits until `predicate` holds, failing after `ms` (a process starting, a line it prints). */
export async function waitFor(predicate: () => boolean, what: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
