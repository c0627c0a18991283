import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { issueToken, revokeToken } from '../src/index.js';
import { useTestServer } from './support.js';

/*
 * `getSession` (GET /v1/session): every role's token is told who it speaks
 * for — its own role, name and units, never the token or its digest — so a
 * page need not guess a role from which writes are refused. No token, or a
 * revoked one, is a 401.
 */

const tokens: Record<string, { id: string; token: string }> = {};
let admin: { id: string; token: string };
const server = useTestServer(async () => {
  tokens.reporter = await issueToken(server.db, { name: 'Sở Y tế', role: 'reporter', unitIds: ['so-y-te'] });
  tokens.proposer = await issueToken(server.db, { name: 'UBND phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac', 'xa-tien-du'] });
  tokens.appraiser = await issueToken(server.db, { name: 'Chuyên viên thẩm định', role: 'appraiser', unitIds: ['so-khoa-hoc-cong-nghe'] });
  // Naming no unit: the catalog's coordinating department (bn2026's `coordinatingUnitId`).
  tokens.coordinator = await issueToken(server.db, { name: 'Văn phòng Sở Khoa học và Công nghệ', role: 'coordinator' });
  tokens.homeAffairs = await issueToken(server.db, { name: 'Ban Thi đua - Khen thưởng, Sở Nội vụ', role: 'coordinator', unitIds: ['so-noi-vu'] });
  admin = tokens.coordinator;
  tokens.revoked = await issueToken(server.db, { name: 'Cán bộ đã chuyển công tác', role: 'proposer', unitIds: ['phuong-kinh-bac'] });
  await revokeToken(server.db, tokens.revoked.id);
});

const session = (token?: string) =>
  fetch(`${server.url}/v1/session`, { headers: { 'Accept-Language': 'vi', ...(token ? { Authorization: `Bearer ${token}` } : {}) } });

describe('GET /v1/session', () => {
  it('answers each role its own role, name and units, and nothing of the token', async () => {
    const expected = {
      reporter: { role: 'reporter', name: 'Sở Y tế', unitIds: ['so-y-te'] },
      proposer: { role: 'proposer', name: 'UBND phường Kinh Bắc', unitIds: ['phuong-kinh-bac', 'xa-tien-du'] },
      appraiser: { role: 'appraiser', name: 'Chuyên viên thẩm định', unitIds: ['so-khoa-hoc-cong-nghe'] },
      coordinator: { role: 'coordinator', name: 'Văn phòng Sở Khoa học và Công nghệ', unitIds: ['so-khoa-hoc-cong-nghe'] },
      homeAffairs: { role: 'coordinator', name: 'Ban Thi đua - Khen thưởng, Sở Nội vụ', unitIds: ['so-noi-vu'] },
    };
    for (const [role, want] of Object.entries(expected)) {
      const response = await session(tokens[role]!.token);
      assert.equal(response.status, 200, role);
      assert.equal(response.headers.get('cache-control'), 'no-store', role);
      const text = await response.text();
      assert.deepEqual(JSON.parse(text), want, role);
      assert.ok(!text.includes(tokens[role]!.token) && !text.includes(tokens[role]!.id), `${role}: neither the token nor its id in the answer`);
    }
  });

  it('refuses no token, a malformed one and a revoked one with 401', async () => {
    for (const token of [undefined, 'not-a-token', tokens.revoked!.token]) {
      const response = await session(token);
      assert.equal(response.status, 401, String(token));
      assert.match(response.headers.get('content-type') ?? '', /problem\+json|json/);
    }
  });

  it('lets a coordinator token name its one coordinating department, by default the catalog’s', async () => {
    const issue = (body: unknown, lang = 'vi') =>
      fetch(`${server.url}/v1/admin/tokens`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json', 'Accept-Language': lang },
        body: JSON.stringify(body),
      });
    const named = await issue({ name: 'Sở Nội vụ', role: 'coordinator', unitIds: ['so-noi-vu'] });
    assert.equal(named.status, 201, await named.clone().text());
    assert.deepEqual((await named.json()).unitIds, ['so-noi-vu']);
    const byDefault = await issue({ name: 'Sở KH&CN', role: 'coordinator' });
    const issued = await byDefault.json();
    assert.deepEqual(issued.unitIds, ['so-khoa-hoc-cong-nghe']);
    assert.deepEqual((await (await session(issued.token)).json()).unitIds, ['so-khoa-hoc-cong-nghe']);
    for (const [lang, words] of [['vi', /tối đa một đơn vị/], ['en', /one unit at most/]] as const) {
      const two = await issue({ name: 'Hai sở', role: 'coordinator', unitIds: ['so-noi-vu', 'so-y-te'] }, lang);
      assert.equal(two.status, 400);
      const [issue0] = (await two.json()).error.issues;
      assert.deepEqual(issue0.path, ['body', 'unitIds', 1]);
      assert.match(issue0.message, words);
    }
    const unknown = await issue({ name: 'Không có', role: 'coordinator', unitIds: ['so-khong-co'] });
    assert.equal(unknown.status, 400);
    assert.deepEqual((await unknown.json()).error.issues[0].path, ['body', 'unitIds', 0]);
  });

});
