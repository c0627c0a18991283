import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiErrorBody, IndicatorDetail, MeasurementCreated, MeasurementHistory, validate } from '@thidua/schemas';
import { hashToken, issueToken } from '../src/index.js';
import { useTestServer } from './support.js';

let reporter: string; // may report for Sở Y tế only
let coordinator: string;

const server = useTestServer(async () => {
  reporter = (await issueToken(server.db, { name: 'Sở Y tế', role: 'reporter', unitIds: ['so-y-te'] })).token;
  coordinator = (await issueToken(server.db, { name: 'Sở Khoa học và Công nghệ', role: 'coordinator' })).token;
});

const figure = { indicatorId: 'bn2026-09', unitId: 'so-y-te', value: 71.5, measuredOn: '2026-09-30', source: 'Báo cáo quý III/2026' };

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/v1/measurements`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

async function error(res: Response, status: number) {
  assert.equal(res.status, status, await res.clone().text());
  const body = validate(ApiErrorBody, await res.json());
  assert.ok(body.success);
  return body.data.error;
}

async function countMeasurements(unitId: string) {
  return (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM measurements WHERE unit_id = $1', [unitId])).rows[0]!.n;
}

describe('reporting a measurement', () => {
  it('needs a bearer token', async () => {
    const res = await post(figure);
    assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal((await error(res, 401)).code, 'unauthorized');
    assert.equal((await error(await post(figure, auth('thd_not-a-token')), 401)).code, 'unauthorized');
  });

  it('keeps only a digest of each token', async () => {
    const { rows } = await server.db.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens');
    assert.ok(rows.some((r) => r.token_hash === hashToken(reporter)));
    assert.ok(rows.every((r) => !r.token_hash.startsWith('thd_')));
  });

  it('records a figure for a unit the reporter answers for, and it becomes the latest', async () => {
    const res = await post(figure, auth(reporter));
    assert.equal(res.status, 201);
    const created = validate(MeasurementCreated, await res.json());
    assert.ok(created.success);
    const m = created.data.measurement;
    assert.deepEqual({ value: m.value, measuredOn: m.measuredOn, demo: m.demo, reportedBy: m.reportedBy }, { value: 71.5, measuredOn: '2026-09-30', demo: false, reportedBy: 'Sở Y tế' });
    assert.equal(res.headers.get('location'), `/v1/measurements/${m.id}`);
    const detail = (await (await fetch(`${server.url}/v1/indicators/bn2026-09?unit=so-y-te`)).json()) as IndicatorDetail;
    assert.equal(detail.indicator.latestMeasurement?.id, m.id);
  });

  it('refuses a unit the token does not cover, with the field, and writes nothing', async () => {
    const before = await countMeasurements('so-noi-vu');
    const e = await error(await post({ ...figure, unitId: 'so-noi-vu' }, auth(reporter)), 403);
    assert.equal(e.code, 'forbidden');
    assert.deepEqual(e.issues[0]?.path, ['body', 'unitId']);
    assert.equal(await countMeasurements('so-noi-vu'), before);
  });

  it('lets the coordinating department report for any unit', async () => {
    assert.equal((await post({ ...figure, unitId: 'so-noi-vu' }, auth(coordinator))).status, 201);
  });

  it('names every bad field at once, in the client’s language', async () => {
    const before = await countMeasurements('so-y-te');
    const e = await error(
      await post({ indicatorId: 'bn2026-09', unitId: 'so-y-te', value: '71,5', measuredOn: '30/09/2026', source: ' ' }, { ...auth(reporter), 'Accept-Language': 'en' }),
      400,
    );
    assert.deepEqual(e.issues.map((i) => i.path.join('.')).sort(), ['body.measuredOn', 'body.source', 'body.value']);
    assert.match(e.issues.find((i) => i.path[1] === 'value')!.message, /expected number/i);
    assert.equal(await countMeasurements('so-y-te'), before);
  });

  it('checks a value against the indicator’s unit, and the date against today', async () => {
    const percent = await error(await post({ ...figure, value: 120 }, auth(reporter)), 400);
    assert.deepEqual(percent.issues[0]?.path, ['body', 'value']);
    assert.match(percent.issues[0]!.message, /từ 0 đến 100/);
    const index = await error(await post({ ...figure, indicatorId: 'bn2026-19', value: 75 }, auth(reporter)), 400);
    assert.match(index.issues[0]!.message, /từ 0 đến 1/);
    const future = await error(await post({ ...figure, measuredOn: '2999-01-01' }, auth(reporter)), 400);
    assert.deepEqual(future.issues[0]?.path, ['body', 'measuredOn']);
    const unknown = await error(await post({ ...figure, indicatorId: 'khong-co' }, auth(reporter)), 400);
    assert.deepEqual(unknown.issues[0]?.path, ['body', 'indicatorId']);
  });

  it('answers 415 to a body that is not JSON, 400 to broken JSON and 413 to a huge one', async () => {
    const res = await fetch(`${server.url}/v1/measurements`, { method: 'POST', headers: { ...auth(reporter), 'Content-Type': 'text/plain' }, body: 'x' });
    assert.equal((await error(res, 415)).code, 'unsupported_media_type');
    const broken = await error(await post('{"indicatorId": ', auth(reporter)), 400);
    assert.deepEqual(broken.issues[0]?.path, ['body']);
    assert.equal((await error(await post({ ...figure, source: 'x'.repeat(20_000) }, auth(reporter)), 413)).code, 'payload_too_large');
  });

  it('records a request once however often it is retried with its Idempotency-Key', async () => {
    const before = await countMeasurements('so-y-te');
    const headers = { ...auth(reporter), 'Idempotency-Key': 'q3-report-so-y-te-1' };
    const replies = await Promise.all([post({ ...figure, value: 73 }, headers), post({ ...figure, value: 73 }, headers)]);
    const again = await post({ ...figure, value: 73 }, headers);
    const bodies = await Promise.all([...replies, again].map((r) => r.json() as Promise<{ measurement: { id: string } }>));
    assert.deepEqual([...replies, again].map((r) => r.status), [201, 201, 201]);
    assert.equal(new Set(bodies.map((b) => b.measurement.id)).size, 1, 'one measurement, the same answer');
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(await countMeasurements('so-y-te'), before + 1);
  });

  it('refuses a key reused for a different figure', async () => {
    const headers = { ...auth(reporter), 'Idempotency-Key': 'q3-report-so-y-te-2' };
    assert.equal((await post({ ...figure, value: 74 }, headers)).status, 201);
    const e = await error(await post({ ...figure, value: 75 }, headers), 409);
    assert.deepEqual(e.issues[0]?.path, ['header', 'Idempotency-Key']);
  });

  it('keeps one point per date in the history: a later correction replaces its date', async () => {
    await post({ ...figure, measuredOn: '2026-03-31', value: 50 }, auth(reporter));
    await post({ ...figure, measuredOn: '2026-03-31', value: 52, source: 'Báo cáo quý I/2026 (đính chính)' }, auth(reporter));
    const res = await fetch(`${server.url}/v1/indicators/bn2026-09/measurements?unit=so-y-te&to=2026-06-30`);
    const history = validate(MeasurementHistory, await res.json());
    assert.ok(history.success);
    assert.deepEqual(history.data.items.map((m) => [m.measuredOn, m.value]), [['2026-03-31', 52]]);
  });
});
