// Set-up shared by the SDK's test files (not a test file itself: the runner globs test/*.test.ts).
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import { dateIn } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { startTestServer, type TestServer } from '@thidua/server';

/**
 * The real API over a throw-away database (see `startTestServer`), started
 * before the file's tests and disposed of after them. The object is filled in
 * once the server is up, so tests use it as the server itself (`api.url`,
 * `api.db`). `setUp` (tokens, say) runs in the same hook once it is up: a
 * file's own top-level `before` would not wait for it, as Node 20 runs
 * top-level hooks concurrently.
 */
export function useApi(setUp?: (api: TestServer) => Promise<void>, options: Parameters<typeof startTestServer>[0] = {}): TestServer {
  const api = {} as TestServer;
  before(async () => {
    Object.assign(api, await startTestServer(options));
    await setUp?.(api);
  });
  after(async () => {
    // Undefined when the server never started.
    await api.dispose?.();
  });
  return api;
}

/**
 * A plain HTTP server on 127.0.0.1 for the enclosing suite — a broken proxy or
 * gateway in front of the API, not a stand-in for it. Its `url` is set once it
 * listens (before the suite's tests); it is closed after them.
 */
export function useHttpServer(handler: RequestListener): { url: string } {
  const served = { url: '' };
  let server: Server;
  before(async () => {
    server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    served.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return served;
}

/**
 * A gateway in front of the real API (`useHttpServer`) that forwards every
 * request and, where `loses(req)` says so, turns the answer into a 502 after
 * the API has done the work: the worst case for a retry. `loses` is asked
 * once per request, after the API answered.
 */
export function useLossyGateway(api: { url: string }, loses: (req: IncomingMessage) => boolean): { url: string } {
  return useHttpServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k))) as Record<string, string>;
    const upstream = await fetch(`${api.url}${req.url}`, { method: req.method!, headers, ...(chunks.length ? { body: Buffer.concat(chunks) } : {}) });
    const text = await upstream.text();
    if (loses(req)) return void res.writeHead(502, { 'Content-Type': 'text/plain' }).end('Bad Gateway');
    const etag = upstream.headers.get('etag');
    res.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'application/json', ...(etag ? { ETag: etag } : {}) }).end(text);
  });
}

/** Counts the requests a client really sends, passing each to the real fetch. */
export function countingFetch() {
  const urls: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return globalThis.fetch(input, init);
  };
  return { fetch, urls };
}

/**
 * The seeded catalog with its final award round moved around today, so that
 * it takes dossiers (the seeded rounds are past): opened 30 days ago, closing
 * in 30, awarded in 40.
 */
export function catalogWithOpenRound() {
  const day = (offset: number) => dateIn(new Date(Date.now() + offset * 86_400_000));
  const catalog = structuredClone(bacNinh2026);
  Object.assign(catalog.campaigns[0]!.rounds[1]!, { dossiersOpenOn: day(-30), dossierDeadline: day(30), date: day(40) });
  return catalog;
}
