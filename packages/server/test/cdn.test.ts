import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../src/index.js';
import { useTestServer } from './support.js';

/** A request whose path is sent as written (fetch would resolve `..` first) and whose bytes are not decoded. */
function raw(url: string, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(url, { path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const decode = (encoding: unknown, body: Buffer) => (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body);
const sri = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * A CDN build of our own making (what the components' Vite build writes: scripts,
 * chunks, source maps and sri.json), and a secret beside it that must stay out of reach.
 */
async function fakeBuild() {
  const root = await mkdtemp(join(tmpdir(), 'thidua-cdn-'));
  const dir = join(root, 'dist', 'cdn');
  await mkdir(join(dir, 'chunks'), { recursive: true });
  const entry = Buffer.from(`import{t}from"./chunks/big-1.js";export{t as Thing};${'/* padding so the file is worth compressing */'.repeat(60)}`);
  const chunk = Buffer.from('export const t=1;');
  await writeFile(join(dir, 'thidua.js'), entry);
  await writeFile(join(dir, 'chunks', 'big-1.js'), chunk);
  await writeFile(join(dir, 'chunks', 'big-1.js.map'), '{"version":3,"sources":[],"mappings":""}');
  await writeFile(join(dir, 'notes.txt'), 'no type: not served');
  await writeFile(join(dir, '.hidden.js'), 'hidden');
  await writeFile(join(root, 'secret.js'), 'the server must never send this');
  await writeFile(join(root, 'dist', 'secret.js'), 'nor this');
  const manifest = { version: '9.8.7', integrity: { 'thidua.js': sri(entry), 'chunks/big-1.js': sri(chunk) }, preload: { sdk: ['chunks/big-1.js'] } };
  await writeFile(join(dir, 'sri.json'), JSON.stringify(manifest));
  return { root, dir, entry, chunk };
}

describe(`the kit's CDN files under /cdn/<version>/ (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let build: Awaited<ReturnType<typeof fakeBuild>>;
  let server: TestServer;
  before(async () => {
    build = await fakeBuild();
    server = await startTestServer({ cdnDir: build.dir });
  });
  after(async () => {
    await server?.dispose();
    await rm(build.root, { recursive: true, force: true });
  });

  it('names its version and URL from the build’s manifest', () => {
    assert.deepEqual(server.cdn, { version: '9.8.7', dir: build.dir, url: `${server.url}/cdn/9.8.7/` });
  });

  it('sends a script for any origin, immutable, with its type, nosniff and an ETag', async () => {
    const res = await raw(server.url, '/cdn/9.8.7/thidua.js', { Origin: 'https://portal.example.gov.vn', 'Accept-Encoding': 'identity' });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.equal(res.headers['cross-origin-resource-policy'], 'cross-origin');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.match(String(res.headers.etag), /^"[\w-]{27}"$/);
    assert.equal(res.headers['content-encoding'], undefined);
    assert.equal(Number(res.headers['content-length']), build.entry.length);
    assert.deepEqual(res.body, build.entry);
    // What a page's integrity attribute pins is what arrives.
    assert.equal(sri(res.body), JSON.parse(await readFile(join(build.dir, 'sri.json'), 'utf8')).integrity['thidua.js']);
  });

  it('sends brotli or gzip as the browser accepts them, each with an ETag of its own, the same bytes underneath', async () => {
    const tags = new Set<string>();
    for (const [accept, expected] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip, deflate', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const res = await raw(server.url, '/cdn/9.8.7/thidua.js', { 'Accept-Encoding': accept });
      assert.equal(res.headers['content-encoding'], expected, accept);
      assert.deepEqual(decode(expected, res.body), build.entry, accept);
      if (expected) assert.ok(res.body.length < build.entry.length / 2, `${accept}: ${res.body.length} B`);
      tags.add(String(res.headers.etag));
    }
    assert.equal(tags.size, 3, 'br, gzip and identity are three representations');
    // A file too small to gain from compression is sent as it is.
    const small = await raw(server.url, '/cdn/9.8.7/chunks/big-1.js', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(small.headers['content-encoding'], undefined);
    assert.deepEqual(small.body, build.chunk);
  });

  it('answers a conditional request with 304, and HEAD with the headers alone', async () => {
    const first = await raw(server.url, '/cdn/9.8.7/thidua.js', { 'Accept-Encoding': 'br' });
    const again = await raw(server.url, '/cdn/9.8.7/thidua.js', { 'Accept-Encoding': 'br', 'If-None-Match': String(first.headers.etag) });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.headers.etag, first.headers.etag);
    assert.equal(again.headers['access-control-allow-origin'], '*');
    assert.equal(again.headers['cache-control'], 'public, max-age=31536000, immutable');
    // Another encoding's tag does not match this one.
    const other = await raw(server.url, '/cdn/9.8.7/thidua.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': String(first.headers.etag) });
    assert.equal(other.status, 200);
    const head = await raw(server.url, '/cdn/9.8.7/thidua.js', { 'Accept-Encoding': 'identity' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(Number(head.headers['content-length']), build.entry.length);
  });

  it('sends source maps as JSON', async () => {
    const res = await raw(server.url, '/cdn/9.8.7/chunks/big-1.js.map');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(res.headers['access-control-allow-origin'], '*');
  });

  it('answers 404 for another version, no version, `latest`, a folder, a missing file, a file of no known type, a hidden file', async () => {
    for (const path of [
      '/cdn/9.8.6/thidua.js',
      '/cdn/thidua.js',
      '/cdn/latest/thidua.js',
      '/cdn/',
      '/cdn/9.8.7/',
      '/cdn/9.8.7/chunks',
      '/cdn/9.8.7/chunks/',
      '/cdn/9.8.7/missing.js',
      '/cdn/9.8.7/notes.txt',
      '/cdn/9.8.7/.hidden.js',
    ]) {
      const res = await raw(server.url, path);
      assert.equal(res.status, 404, path);
      assert.equal(res.headers['cache-control'], undefined, `${path}: a miss is not cached for a year`);
    }
  });

  it('never sends a file outside the build, however the path is encoded', async () => {
    for (const path of [
      '/cdn/9.8.7/..%2fsecret.js',
      '/cdn/9.8.7/..%2f..%2fsecret.js',
      '/cdn/9.8.7/..%2F..%2Fsecret.js',
      '/cdn/9.8.7/chunks/..%2f..%2f..%2fsecret.js',
      '/cdn/9.8.7/%2e%2e%2f%2e%2e%2fsecret.js',
      '/cdn/9.8.7/..%5c..%5csecret.js',
      '/cdn/9.8.7/%2fetc%2fpasswd',
      '/cdn/9.8.7/chunks%2fbig-1.js',
      '/cdn/9.8.7/big-1.js%00.js',
      '/cdn/9.8.7/%E0%A4%A',
      '/cdn/9.8.7/../../secret.js',
      '/cdn/9.8.7/chunks/../../../secret.js',
      '/cdn/9.8.7//etc/passwd',
    ]) {
      const res = await raw(server.url, path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(res.body.toString(), /never send|nor this|root:/, path);
    }
  });

  it('takes no writes, and the API around it is unchanged', async () => {
    const post = await raw(server.url, '/cdn/9.8.7/thidua.js', {}, 'POST');
    assert.equal(post.status, 405);
    const api = await fetch(`${server.url}/v1/health`);
    assert.equal(api.status, 200);
  });
});

describe('the CDN files a server finds by itself', () => {
  const server = useTestServer();

  it('are this checkout’s build of @thidua/components, under its version, matching its manifest’s hashes byte for byte', async () => {
    const dir = fileURLToPath(new URL('../../components/dist/cdn/', import.meta.url));
    const manifest = JSON.parse(await readFile(join(dir, 'sri.json'), 'utf8')) as { version: string; integrity: Record<string, string>; preload: Record<string, string[]> };
    const { version } = JSON.parse(await readFile(new URL('../../components/package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(manifest.version, version);
    assert.equal(server.cdn?.url, `${server.url}/cdn/${version}/`);
    assert.ok(Object.keys(manifest.integrity).includes('thidua.js'));
    // The dark preset a portal links with <link rel="stylesheet" integrity>: hashed and served like the scripts.
    assert.ok(Object.keys(manifest.integrity).includes('themes/dark.css'));
    assert.ok(manifest.preload.sdk?.some((file) => /^chunks\/sdk-/.test(file)), JSON.stringify(manifest.preload));
    for (const [file, integrity] of Object.entries(manifest.integrity)) {
      const res = await raw(server.url, `/cdn/${version}/${file}`, { 'Accept-Encoding': 'br, gzip' });
      assert.equal(res.status, 200, file);
      if (file.endsWith('.css')) assert.equal(res.headers['content-type'], 'text/css; charset=utf-8', file);
      assert.equal(sri(decode(res.headers['content-encoding'], res.body)), integrity, file);
    }
  });

  it('can be turned off', async () => {
    const off = await startTestServer({ cdnDir: false });
    try {
      assert.equal(off.cdn, undefined);
      assert.equal((await raw(off.url, `/cdn/${server.cdn!.version}/thidua.js`)).status, 404);
    } finally {
      await off.dispose();
    }
  });

  it('refuses a folder with no build at start, rather than answering 404s', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'thidua-no-cdn-'));
    try {
      await assert.rejects(startTestServer({ cdnDir: empty }), /no CDN build/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
