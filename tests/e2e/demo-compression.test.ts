import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startDemo } from '../../scripts/demo-server.mjs';

type Demo = { portalUrl: string; api: { url: string }; close(): Promise<void> };
let demo: Demo;
let dataDir: string;
before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'thidua-e2e-gzip-'));
  demo = await startDemo({ apiPort: 0, portalPort: 0, dataDir });
});
after(async () => {
  await demo?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** The bytes as they cross the wire (node:http does not decompress). */
function get(url: string, acceptEncoding: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const decode = (encoding: unknown, body: Buffer) =>
  encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;

describe('the demo portal’s files', () => {
  it('are sent compressed as the browser asks (brotli, else gzip), the same bytes underneath', async () => {
    const cdn = fileURLToPath(new URL('../../packages/components/dist/cdn/', import.meta.url));
    const scripts = (await readdir(cdn, { recursive: true })).filter((f) => f.endsWith('.js')).map((f) => `/cdn/${f}`);
    const paths = ['/', '/portal.css', ...scripts];
    const sizes = { identity: 0, gzip: 0, br: 0 };
    for (const path of paths) {
      const plain = await get(`${demo.portalUrl}${path}`, 'identity');
      assert.equal(plain.status, 200, path);
      assert.equal(plain.headers['content-encoding'], undefined, path);
      for (const [accept, expected] of [['gzip, deflate, br, zstd', 'br'], ['gzip', 'gzip']] as const) {
        const res = await get(`${demo.portalUrl}${path}`, accept);
        assert.match(String(res.headers.vary), /Accept-Encoding/, path);
        assert.match(String(res.headers['content-security-policy']), /require-trusted-types-for/, path);
        const encoding = res.headers['content-encoding'];
        if (plain.body.length >= 1024) assert.equal(encoding, expected, path);
        assert.deepEqual(decode(encoding, res.body), plain.body, path);
        sizes[expected] += res.body.length;
      }
      sizes.identity += plain.body.length;
    }
    // The bundle and page: brotli moves well under half the bytes.
    assert.ok(sizes.br < sizes.identity / 2, JSON.stringify(sizes));
    console.log(`demo portal files (${paths.length}): ${sizes.identity} B plain, ${sizes.gzip} B gzip, ${sizes.br} B brotli`);
  });

  it('and the API answers the page asks for are compressed too', async () => {
    const res = await get(`${demo.api.url}/v1/campaigns/bn2026/indicators`, 'gzip, deflate, br');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    const plain = await get(`${demo.api.url}/v1/campaigns/bn2026/indicators`, 'identity');
    assert.deepEqual(brotliDecompressSync(res.body), plain.body);
    console.log(`GET /v1/campaigns/bn2026/indicators: ${plain.body.length} B plain, ${res.body.length} B brotli`);
  });
});
