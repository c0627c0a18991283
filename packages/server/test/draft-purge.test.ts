import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { dateIn, type Nominee } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { samplePdf } from '@thidua/schemas/testing/evidence-files';
import { issueToken, migrate, openDatabase, seedCatalog } from '../src/index.js';
import { proposalHistory } from '../src/repositories/proposals.js';
import { sampleContact, sampleIndividual, sampleNomination } from '@thidua/schemas/testing/nominees';
import { runCli, useTestServer, waitFor } from './support.js';

// Drafts go stale after 1.5 s here, looked for every 200 ms: the retention of months, shortened.
const day = (offset: number) => dateIn(new Date(Date.now() + offset * 86_400_000));
const catalog = structuredClone(bacNinh2026);
Object.assign(catalog.campaigns[0]!.rounds[1]!, { dossiersOpenOn: day(-30), dossierDeadline: day(30), date: day(40) });
catalog.awardTypes!.find((a) => a.id === 'bang-khen-chu-tich-ubnd-tinh')!.requiredFiles = { proposal: [], nomination: [] };
const criteria = catalog.campaigns[0]!.nominations!.criteria;

const logged: string[] = [];
const reported: string[] = [];
let token = '';
const server = useTestServer(
  async () => {
    token = (await issueToken(server.db, { name: 'Phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] })).token;
  },
  {
    seed: catalog,
    draftRetention: { maxAgeMs: 1500, intervalMs: 200 },
    logInfo: (line) => reported.push(line),
    logError: (error) => logged.push(String(error)),
  },
);

function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
async function ok(res: Response, status = 200) {
  assert.equal(res.status, status, await res.clone().text());
  return { body: (await res.json()) as { id: string; nominations: { id: string }[]; status: string }, etag: res.headers.get('etag')!, replayed: res.headers.get('idempotent-replayed') };
}

// The name and birth date the purge report must not carry.
const person = sampleIndividual({ middleName: 'Thị', givenName: 'Lụa', dateOfBirth: '1984-04-04', position: 'Chuyên viên' });
const draftBody = { campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'phuong-kinh-bac', contact: sampleContact };

async function draftWith(nominee: Nominee, key?: string) {
  const created = await ok(await send('POST', '/v1/proposals', draftBody, key ? { 'Idempotency-Key': key } : {}), 201);
  const added = await ok(
    await send(
      'POST',
      `/v1/proposals/${created.body.id}/nominations`,
      sampleNomination(nominee, criteria),
      { 'If-Match': '*' },
    ),
    201,
  );
  return { id: created.body.id, etag: added.etag, nominationId: added.body.nominations[0]!.id };
}

const count = async (sql: string, params: unknown[]) => (await server.db.query<{ n: number }>(sql, params)).rows[0]!.n;

async function waitUntil(what: string, check: () => Promise<boolean>, ms = 15_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('purging drafts never submitted', () => {
  it('deletes a stale draft with its nominations and evidence, and a draft withdrawn unsubmitted; keeps a submitted one and one still being changed', async () => {
    const stale = await draftWith(person, 'purge-key');
    const form = new FormData();
    form.append('kind', 'achievementReport');
    form.append('nominationId', stale.nominationId);
    form.append('file', new Blob([samplePdf()]), 'bao-cao-nguyen-thi-lua.pdf');
    assert.equal((await fetch(`${server.url}/v1/proposals/${stale.id}/files`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })).status, 201);
    const gaveUp = await draftWith({ ...person, givenName: 'Mận' });
    await ok(await send('POST', `/v1/proposals/${gaveUp.id}/withdraw`, undefined, { 'If-Match': gaveUp.etag }));
    const sent = await draftWith({ ...person, givenName: 'Đào' });
    await ok(await send('POST', `/v1/proposals/${sent.id}/submit`, undefined, { 'If-Match': sent.etag, 'Idempotency-Key': 'purge-submit' }));
    const busy = await draftWith({ ...person, givenName: 'Hồng' });

    // The busy draft is changed every 300 ms, well within 1.5 s, while the others age.
    let keepBusy = true;
    const touching = (async () => {
      while (keepBusy) {
        await ok(await send('PATCH', `/v1/proposals/${busy.id}`, { contact: null }, { 'If-Match': '*' }));
        await new Promise((r) => setTimeout(r, 300));
      }
    })();
    try {
      await waitUntil('the stale drafts to go', async () => (await count('SELECT count(*)::int AS n FROM proposals WHERE id = ANY($1::uuid[])', [[stale.id, gaveUp.id]])) === 0);
    } finally {
      keepBusy = false;
      await touching;
    }
    assert.equal((await send('GET', `/v1/proposals/${stale.id}`)).status, 404);
    assert.equal(await count('SELECT count(*)::int AS n FROM nominations WHERE proposal_id = $1', [stale.id]), 0);
    assert.equal(await count('SELECT count(*)::int AS n FROM evidence_files WHERE proposal_id = $1', [stale.id]), 0, 'its evidence went with it');
    assert.equal((await ok(await send('GET', `/v1/proposals/${sent.id}`))).body.status, 'submitted');
    assert.equal((await ok(await send('GET', `/v1/proposals/${busy.id}`))).body.status, 'draft');

    // Recorded: the history outlives the draft, the purge entry by no token.
    for (const id of [stale.id, gaveUp.id]) {
      const history = await proposalHistory(server.db, id);
      assert.deepEqual([history.at(-1)!.action, history.at(-1)!.tokenId], ['purged', null]);
      assert.equal(history.at(-1)!.version, history.at(-2)!.version + 1);
    }
    const purged = reported.map((line) => Number(/deleted (\d+) draft/.exec(line)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    assert.equal(purged, 2, reported.join('\n'));
    for (const secret of ['Nguyễn', 'Lụa', '1984', 'binh@', 'bao-cao']) assert.ok(!reported.join('\n').includes(secret), secret);

    // The create key went with the draft: the same key now starts a new draft, not a vanished one.
    const again = await ok(await send('POST', '/v1/proposals', draftBody, { 'Idempotency-Key': 'purge-key' }), 201);
    assert.equal(again.replayed, null);
    assert.notEqual(again.body.id, stale.id);
  });

  it('logged no fault', () => {
    assert.deepEqual(logged, []);
  });
});

describe('the retention setting of the server process', () => {
  const dirs: string[] = [];
  after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('deletes drafts older than --draft-retention-days as it starts, and refuses a bad value', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-purge-'));
    dirs.push(dir);
    // A draft last changed 40 days ago and one 10 days ago, written before the server starts.
    const db = await openDatabase({ dataDir: dir });
    try {
      await migrate(db);
      await seedCatalog(db, bacNinh2026);
      const { id: tokenId } = await issueToken(db, { name: 'Phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] });
      for (const [id, days] of [['00000000-0000-4000-8000-000000000040', 40], ['00000000-0000-4000-8000-000000000010', 10]] as const) {
        await db.query(
          `INSERT INTO proposals (id, campaign_id, round_id, award_type_id, proposing_unit_id, status, created_by, created_at, updated_at)
           VALUES ($1, 'bn2026', 'bn2026-tong-ket', 'giay-khen', 'phuong-kinh-bac', 'draft', $2, now() - $3 * interval '1 day', now() - $3 * interval '1 day')`,
          [id, tokenId, days],
        );
      }
    } finally {
      await db.close();
    }
    const run = runCli(['serve', '--port', '0', '--data-dir', dir, '--draft-retention-days', '30']);
    await waitFor(() => /API on /.test(run.output()), 'the server to listen');
    run.child.kill('SIGTERM');
    assert.equal(await run.exited, 0, run.output());
    const out = run.output();
    assert.match(out, /deleted 1 draft proposal\(s\) never submitted and unchanged for 30 day\(s\)/);
    assert.ok(out.indexOf('deleted 1 draft') < out.indexOf('API on'), 'before it serves');
    const reopened = await openDatabase({ dataDir: dir });
    try {
      const { rows } = await reopened.query<{ id: string }>('SELECT id FROM proposals ORDER BY id');
      assert.deepEqual(rows.map((r) => r.id), ['00000000-0000-4000-8000-000000000010']);
    } finally {
      await reopened.close();
    }

    const bad = runCli(['serve', '--port', '0', '--data-dir', dir, '--draft-retention-days', 'never']);
    assert.equal(await bad.exited, 1);
    assert.match(bad.output(), /--draft-retention-days must be a number of days above 0, or "off": never/);
  });
});
