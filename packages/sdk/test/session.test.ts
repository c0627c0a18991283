import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { issueToken, revokeToken } from '@thidua/server';
import { createClient, ThiduaApiError } from '../src/index.js';
import { useApi } from './support.js';

/* client.session(): who the client's token speaks for, validated against the contract's `Session`. */

const tokens: Record<string, { id: string; token: string }> = {};
const api = useApi(async () => {
  tokens.appraiser = await issueToken(api.db, { name: 'Chuyên viên thẩm định', role: 'appraiser', unitIds: ['so-khoa-hoc-cong-nghe'] });
  tokens.coordinator = await issueToken(api.db, { name: 'Văn phòng Sở Khoa học và Công nghệ', role: 'coordinator' });
  tokens.revoked = await issueToken(api.db, { name: 'Cán bộ đã chuyển công tác', role: 'proposer', unitIds: ['phuong-kinh-bac'] });
  await revokeToken(api.db, tokens.revoked.id);
});

describe('client.session()', () => {
  it('answers the token’s role, name and units', async () => {
    assert.deepEqual(await createClient({ baseUrl: api.url, token: tokens.appraiser!.token }).session(), {
      role: 'appraiser',
      name: 'Chuyên viên thẩm định',
      unitIds: ['so-khoa-hoc-cong-nghe'],
    });
    assert.deepEqual(await createClient({ baseUrl: api.url, token: () => tokens.coordinator!.token }).session(), {
      role: 'coordinator',
      name: 'Văn phòng Sở Khoa học và Công nghệ',
      // Its token names no unit: the catalog's coordinating department.
      unitIds: ['so-khoa-hoc-cong-nghe'],
    });
  });

  it('throws a 401 ThiduaApiError without a token or with a revoked one', async () => {
    for (const token of [undefined, tokens.revoked!.token]) {
      const error = await createClient({ baseUrl: api.url, retry: 0, ...(token ? { token } : {}) }).session().catch((e: unknown) => e);
      assert.ok(error instanceof ThiduaApiError);
      assert.equal(error.status, 401);
    }
  });
});
