import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { IDEMPOTENCY_KEY_RETENTION } from '../src/index.js';
import { caller, testClock, tokenFor } from './appraisal-support.js';
import { useTestServer } from './support.js';

/*
 * Idempotency-Keys are kept for IDEMPOTENCY_KEY_RETENTION (a week) by the
 * server's clock, then deleted on the drafts' schedule (looked for every
 * 100 ms here): a retry within the week is answered from the first request,
 * one after it is a new request.
 */

const clock = testClock('2026-10-01T09:00:00+07:00');
const reported: string[] = [];
let reporter = '';
const server = useTestServer(
  async () => {
    reporter = await tokenFor(server, 'reporter', ['so-y-te']);
  },
  { now: clock.now, draftRetention: { intervalMs: 100 }, logInfo: (line) => reported.push(line) },
);
const call = caller(server);

const figure = (value: number) => ({ indicatorId: 'bn2026-09', unitId: 'so-y-te', value, measuredOn: '2026-09-30', source: 'Báo cáo quý III/2026' });
const report = (key: string, value: number) => call('POST', '/v1/measurements', { token: reporter, body: figure(value), headers: { 'Idempotency-Key': key } });
const stored = async (key: string) => (await server.db.query('SELECT 1 FROM idempotency_keys WHERE key = $1', [key])).rows.length === 1;

/** Waits for the next purges to run (they run every 100 ms). */
async function untilPurged(key: string) {
  for (let i = 0; i < 100 && (await stored(key)); i++) await sleep(50);
}

describe(`Idempotency-Keys are purged after their retention (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('answers a retry within the week from the first request, and treats one after it as new', async () => {
    assert.equal(IDEMPOTENCY_KEY_RETENTION.maxAgeMs, 7 * 86_400_000);
    const first = await report('quy-3-lan-1', 70);
    assert.equal(first.status, 201, JSON.stringify(first.body));

    // Six days later: several purges have run, and the key still answers.
    clock.set('2026-10-07');
    const second = await report('quy-3-lan-2', 71);
    assert.equal(second.status, 201);
    await sleep(400);
    assert.ok(await stored('quy-3-lan-1'));
    const retried = await report('quy-3-lan-1', 70);
    assert.equal(retried.status, 201);
    assert.equal(retried.headers.get('idempotent-replayed'), 'true');
    assert.equal(retried.body.measurement.id, first.body.measurement.id);

    // A week and a minute after the first: its key goes, the one of six days ago stays.
    clock.setInstant('2026-10-08T09:01:00+07:00');
    await untilPurged('quy-3-lan-1');
    assert.equal(await stored('quy-3-lan-1'), false);
    assert.equal(await stored('quy-3-lan-2'), true);
    assert.ok(reported.some((line) => /deleted 1 Idempotency-Key\(s\) older than 7 day\(s\)/.test(line)), reported.join('\n'));

    const afterWeek = await report('quy-3-lan-1', 70);
    assert.equal(afterWeek.status, 201);
    assert.equal(afterWeek.headers.get('idempotent-replayed'), null);
    assert.notEqual(afterWeek.body.measurement.id, first.body.measurement.id);
    const stillKept = await report('quy-3-lan-2', 71);
    assert.equal(stillKept.headers.get('idempotent-replayed'), 'true');
  });
});
