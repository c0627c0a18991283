/**
 * One HTTP server for the server benchmark, in its own process so the load
 * generator (autocannon, in the bench process) never shares its event loop:
 *
 *   node server-process.mjs thidua '{"databaseUrl":"postgres://…"}' | '{"dataDir":"/tmp/…"}'
 *   node server-process.mjs bare /tmp/responses.json
 *
 * `thidua` runs the real API over an already seeded database; `bare` is the
 * baseline — a Hono app on @hono/node-server whose routes answer the bytes
 * and headers thidua answered (compressed as thidua compressed them), with no
 * work at all. Prints `{"url": …}` on one line when listening; SIGTERM stops it.
 */
import { readFile } from 'node:fs/promises';

const [mode, arg] = process.argv.slice(2);

let close;
let url;
if (mode === 'thidua') {
  const { startServer } = await import('@thidua/server');
  const server = await startServer({ ...JSON.parse(arg), host: '127.0.0.1', port: 0, seed: false, logError: () => {} });
  url = server.url;
  close = () => server.close();
} else if (mode === 'bare') {
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  /** @type {{ path: string; status: number; headers: [string, string][]; body: string }[]} */
  const responses = JSON.parse(await readFile(arg, 'utf8'));
  const app = new Hono();
  const byUrl = new Map(responses.map((r) => [r.path, { ...r, body: Buffer.from(r.body, 'base64') }]));
  for (const pathname of new Set(responses.map((r) => new URL(r.path, 'http://x').pathname))) {
    app.get(pathname, (c) => {
      const u = new URL(c.req.url);
      const r = byUrl.get(u.pathname + u.search);
      return r ? new Response(r.body, { status: r.status, headers: r.headers }) : c.notFound();
    });
  }
  const server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  url = `http://127.0.0.1:${server.address().port}`;
  close = () => new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}

process.once('SIGTERM', async () => {
  await close();
  process.exit(0);
});
console.log(JSON.stringify({ url }));
