import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from '../src/index.js';
import { countingFetch, useApi } from './support.js';

const api = useApi();

describe('an ended campaign and another programme’s targets, through the SDK', () => {
  it('reads a final result with the final review, and only the ward’s own indicators', async () => {
    const client = createClient({ baseUrl: api.url });
    const list = await client.indicators.list('bn2026', { unit: 'phuong-kinh-bac', asOf: '2026-11-25' });
    assert.equal(list.phase, 'ended');
    assert.equal(list.finalReview?.date, '2026-10-10');
    assert.equal(list.items.length, 14);
    assert.ok(list.items.every((i) => i.result !== null));
    const summary = await client.campaigns.progress('bn2026', { asOf: '2026-11-25' });
    assert.equal(summary.outcomes!.met + summary.outcomes!.notMet + summary.outcomes!.noData, 19);
  });

  it('asks for a later programme’s target only when told to, in a batch of its own', async () => {
    const counter = countingFetch();
    const client = createClient({ baseUrl: api.url, fetch: counter.fetch });
    const [own, scheme, other] = await Promise.all([
      client.indicators.get('bn2026-14', { asOf: '2026-11-25' }),
      client.indicators.get('bn2026-14', { asOf: '2026-11-25', campaign: 'bn2030' }),
      client.indicators.get('bn2026-09', { asOf: '2026-11-25' }),
    ]);
    assert.equal(own.indicator.assessment?.targetId, 'bn2026-14-2026');
    assert.equal(own.indicator.result?.outcome, 'notMet');
    assert.equal(scheme.indicator.assessment?.targetId, 'bn2026-14-2030-province');
    assert.equal(scheme.indicator.result, null);
    assert.equal(other.indicator.result?.targetId, 'bn2026-09-2026');
    assert.equal(counter.urls.length, 2, counter.urls.join('\n'));
    assert.ok(counter.urls.some((u) => u.includes('campaign=bn2030')));
  });
});
