// Set-up shared by the server's test files (not a test file itself: the runner globs test/*.test.ts).
import { after, before } from 'node:test';
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
