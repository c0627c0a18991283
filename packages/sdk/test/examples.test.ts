import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { issueToken } from '@thidua/server';
import { useApi } from './support.js';

/*
 * The README's SDK examples are these files, verbatim; the Node one is run
 * here against the real server, as a user would run it (through the
 * package's own name, so against its build). The browser one is run in
 * Chromium by tests/e2e/sdk-browser-example.test.ts.
 */
const examples = new URL('../examples/', import.meta.url);
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map(([, code]) => code);

let reporter: string;
const api = useApi(async (server) => {
  reporter = (await issueToken(server.db, { name: 'Sở Y tế', role: 'reporter', unitIds: ['so-y-te'] })).token;
});

describe('the README’s SDK examples', () => {
  for (const name of ['node.ts', 'browser.ts']) {
    it(`shows examples/${name} verbatim`, () => {
      const code = readFileSync(new URL(name, examples), 'utf8');
      assert.ok(blocks.includes(code), `README.md has no \`\`\`ts block equal to packages/sdk/examples/${name}`);
    });
  }

  it('runs the Node example against the real server', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('node.ts', examples))], {
      env: { ...process.env, THIDUA_API: api.url, THIDUA_TOKEN: reporter },
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    assert.equal(stderr, '');
    const id = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
    assert.match(stdout, /^18 communes and wards, \S.* to \S.*$/m);
    assert.match(stdout, new RegExp(`^recorded \\S+ \\(request ${id}\\)$`, 'm'));
    assert.match(stdout, new RegExp(`^(first: \\S.* \\(request ${id}\\)|ranking: gave up after 2 s)$`, 'm'));
    // The hook's lines: one per attempt, with the request id, and never the token.
    assert.match(stdout, new RegExp(`^GET /v1/units 200 \\d+ ms ${id}$`, 'm'));
    assert.match(stdout, new RegExp(`^POST /v1/measurements 201 \\d+ ms ${id}$`, 'm'));
    assert.ok(!stdout.includes(reporter));
  });
});
