// A reporting script in Node ≥ 20.19: THIDUA_API is the API root, THIDUA_TOKEN a reporter's token.
import { createClient, isAbort, ThiduaApiError } from '@thidua/sdk';

const client = createClient({
  baseUrl: process.env.THIDUA_API ?? 'http://127.0.0.1:8787',
  token: process.env.THIDUA_TOKEN,
  timeout: 5_000,
  hooks: {
    // One line per attempt. Hooks never see the token: it is set after them.
    afterResponse: [
      ({ request, response, requestId, durationMs }) =>
        console.log(`${request.method} ${new URL(request.url).pathname} ${response.status} ${durationMs.toFixed(0)} ms ${requestId}`),
    ],
  },
});

// Every commune and ward, page after page (100 a page), in Vietnamese name order.
const names: string[] = [];
for await (const unit of client.units.list({ level: 'commune' })) names.push(unit.name.vi);
console.log(`${names.length} communes and wards, ${names[0]} to ${names.at(-1)}`);

// A figure: retried under its Idempotency-Key, so it is recorded once however often it is sent.
const { measurement, lastResponse } = await client.measurements.report(
  { indicatorId: 'bn2026-09', unitId: 'so-y-te', value: 72, measuredOn: '2026-06-30', source: 'Báo cáo quý II/2026' },
  { timeout: 15_000, retry: { limit: 4, jitter: true } },
);
console.log(`recorded ${measurement.id} (request ${lastResponse.requestId})`);

// A read given up after two seconds.
const signal = AbortSignal.timeout(2_000);
try {
  const ranking = await client.rankings.all('bn2026', { metric: 'dti', group: 'communes', signal });
  console.log(`first: ${ranking.entries[0]?.unit.name.vi} (request ${ranking.lastResponse.requestId})`);
} catch (error) {
  if (isAbort(error, signal)) console.log('ranking: gave up after 2 s');
  else if (error instanceof ThiduaApiError) console.error(`${error.status} ${error.code}: ${error.message} (request ${error.requestId})`);
  else throw error;
}
