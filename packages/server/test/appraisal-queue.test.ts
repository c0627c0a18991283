import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppraisalList, addWorkingDays, type AppraisalSummary } from '@thidua/schemas';
import { vietnamWorkingCalendar } from '@thidua/schemas/catalogs/vietnam-holidays';
import { useTestServer } from './support.js';
import { APPRAISING_UNIT, OTHER_DEPARTMENT, appraisalCatalog, caller, nominationOf, person, submitDossier, testClock, tokenFor } from './appraisal-support.js';

/*
 * The appraisers' queue over 60 submitted dossiers of three wards, submitted
 * on different days, a few taken into appraisal or returned, two Giấy khen
 * (which no department appraises), and a draft: filters, the three sorts
 * both ways, cursor pages that neither repeat nor skip, and who sees what.
 */

const WARDS = ['phuong-kinh-bac', 'phuong-vo-cuong', 'xa-tien-du'];
const clock = testClock('2026-01-05T09:00:00+07:00');
const catalog = appraisalCatalog('2026-01-01', '2026-06-30');
catalog.awardTypes!.find((a) => a.id === 'giay-khen')!.requiredFiles = { proposal: [], nomination: [] };
const tokens = { proposer: '', appraiser: '', homeAffairs: '', health: '', coordinator: '' };
const made: { id: string; unit: string; day: string; reference: string }[] = [];
let draftId = '';
const giayKhen: string[] = [];
const server = useTestServer(
  async () => {
    tokens.proposer = await tokenFor(server, 'proposer', WARDS);
    tokens.appraiser = await tokenFor(server, 'appraiser', [APPRAISING_UNIT]);
    tokens.homeAffairs = await tokenFor(server, 'appraiser', ['so-noi-vu']);
    tokens.health = await tokenFor(server, 'appraiser', [OTHER_DEPARTMENT]);
    tokens.coordinator = await tokenFor(server, 'coordinator');
    // 60 dossiers, one working day apart from 5 January 2026, the wards in turn.
    let day = '2026-01-05';
    for (let i = 0; i < 60; i++) {
      clock.set(day);
      const unit = WARDS[i % 3]!;
      const { id, proposal } = await submitDossier(server, tokens.proposer, unit, [person('Nguyễn', `Người ${i}`, { dateOfBirth: '1980-01-01' } as never)]);
      made.push({ id, unit, day, reference: proposal.reference });
      day = addWorkingDays(day, 1, vietnamWorkingCalendar);
    }
    clock.set('2026-04-01');
    const call = caller(server);
    // Five taken into appraisal, two of them returned.
    for (const [i, returned] of [[1, true], [4, false], [7, true], [10, false], [13, false]] as const) {
      const got = await call('GET', `/v1/appraisals/${made[i]!.id}`, { token: tokens.appraiser });
      const started = await call('POST', `/v1/appraisals/${made[i]!.id}/actions`, { token: tokens.appraiser, body: { type: 'startAppraisal' }, headers: { 'If-Match': got.etag! } });
      if (returned) await call('POST', `/v1/appraisals/${made[i]!.id}/actions`, { token: tokens.appraiser, body: { type: 'return', reason: 'Thiếu hồ sơ' }, headers: { 'If-Match': started.etag! } });
    }
    // A draft never reaches the queue.
    draftId = (
      await call('POST', '/v1/proposals', {
        token: tokens.proposer,
        body: { campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'phuong-kinh-bac' },
      })
    ).body.id;
    // Giấy khen: granted by the ward's own head; no department appraises it.
    for (const name of ['Lan', 'Huệ']) {
      const created = await call('POST', '/v1/proposals', {
        token: tokens.proposer,
        body: { campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'giay-khen', proposingUnitId: 'phuong-kinh-bac', contact: { name: 'Lê An', phone: '0222 3822 999', email: 'an@kinhbac.gov.vn' } },
      });
      const added = await call('POST', `/v1/proposals/${created.body.id}/nominations`, { token: tokens.proposer, body: nominationOf(person('Trần', name)), headers: { 'If-Match': created.etag! } });
      const submitted = await call('POST', `/v1/proposals/${created.body.id}/submit`, { token: tokens.proposer, headers: { 'If-Match': added.etag!, 'Idempotency-Key': crypto.randomUUID() } });
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      giayKhen.push(created.body.id);
    }
  },
  { seed: catalog, now: clock.now },
);
const call = caller(server);

/** Every item of the queue for `token` with `query`, page after page of `limit`, checking each page's shape. */
async function walk(token: string, query: string, limit: number): Promise<{ items: AppraisalSummary[]; pages: number }> {
  const items: AppraisalSummary[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: { status: number; body: AppraisalList } = await call('GET', `/v1/appraisals?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, { token });
    assert.equal(page.status, 200, JSON.stringify(page.body));
    assert.ok(page.body.items.length <= limit);
    items.push(...page.body.items);
    cursor = page.body.next;
    pages++;
  } while (cursor);
  return { items, pages };
}

describe(`the appraisers' queue (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('pages the whole queue in every order without repeating or skipping a dossier', async () => {
    const all = made.map((m) => m.id).sort();
    for (const sort of ['dueOn', 'submittedOn', 'reference'] as const) {
      for (const order of ['asc', 'desc'] as const) {
        const { items, pages } = await walk(tokens.appraiser, `sort=${sort}&order=${order}`, 7);
        assert.equal(pages, Math.ceil(60 / 7), `${sort} ${order}`);
        assert.deepEqual(items.map((i) => i.id).sort(), all, `${sort} ${order}: each dossier once`);
        const sign = order === 'asc' ? 1 : -1;
        for (let k = 1; k < items.length; k++) {
          const [a, b] = [items[k - 1]!, items[k]!];
          if (sort === 'reference') assert.ok(sign * a.reference.localeCompare(b.reference) < 0, `${a.reference} ${order} ${b.reference}`);
          if (sort === 'submittedOn') assert.ok(sign * (Date.parse(b.dossierCompleteAt) - Date.parse(a.dossierCompleteAt)) >= 0);
          if (sort === 'dueOn' && a.deadline && b.deadline) assert.ok(sign * b.deadline.dueOn.localeCompare(a.deadline.dueOn) >= 0);
          // Without a running deadline (returned) last, either way.
          if (sort === 'dueOn') assert.ok(a.deadline || !b.deadline, 'no running deadline comes last');
        }
      }
    }
    // The default order is by due date, earliest first; the first submitted is the first due.
    const first = await call<AppraisalList>('GET', '/v1/appraisals?limit=3', { token: tokens.appraiser });
    assert.deepEqual(first.body.items.map((i) => i.id), [made[0]!.id, made[2]!.id, made[3]!.id]);
    // A cursor of one order is refused in another.
    const cursor = (await call<AppraisalList>('GET', '/v1/appraisals?sort=reference&limit=5', { token: tokens.appraiser })).body.next!;
    const wrong = await call('GET', `/v1/appraisals?sort=dueOn&limit=5&cursor=${cursor}`, { token: tokens.appraiser });
    assert.equal(wrong.status, 400);
    assert.deepEqual(wrong.body.error.issues[0].path, ['query', 'cursor']);
  });

  it('filters by unit, status, award, round, campaign and deadline', async () => {
    const ids = async (query: string, token = tokens.appraiser) => (await walk(token, query, 200)).items.map((i) => i.id).sort();
    assert.deepEqual(await ids('proposingUnitId=phuong-vo-cuong'), made.filter((m) => m.unit === 'phuong-vo-cuong').map((m) => m.id).sort());
    assert.deepEqual(await ids('status=returned'), [made[1]!.id, made[7]!.id].sort());
    assert.deepEqual(await ids('status=underAppraisal'), [made[4]!.id, made[10]!.id, made[13]!.id].sort());
    assert.equal((await ids('status=submitted')).length, 55);
    assert.equal((await ids('campaignId=bn2026&roundId=bn2026-tong-ket&awardTypeId=bang-khen-chu-tich-ubnd-tinh')).length, 60);
    assert.deepEqual(await ids('roundId=bn2026-dot-1'), []);
    assert.deepEqual(await ids('awardTypeId=giay-khen'), []);
    assert.deepEqual(await ids('awardTypeId=giay-khen', tokens.coordinator), [...giayKhen].sort());
    assert.deepEqual(await ids('status=withdrawn'), []);
    assert.equal((await call('GET', '/v1/appraisals?status=draft', { token: tokens.appraiser })).status, 400, 'a draft is no status of the queue');
    // On 1 April every dossier submitted more than 25 working days before is overdue; the returned have no deadline.
    const overdue = await walk(tokens.appraiser, 'deadline=overdue', 200);
    const soon = await walk(tokens.appraiser, 'deadline=dueSoon', 200);
    const onTime = await walk(tokens.appraiser, 'deadline=onTime', 200);
    assert.ok(overdue.items.every((i) => i.deadline?.status === 'overdue' && i.deadline.dueOn < '2026-04-01'));
    assert.ok(soon.items.every((i) => i.deadline?.status === 'dueSoon'));
    assert.ok(onTime.items.every((i) => i.deadline?.status === 'onTime'));
    assert.equal(overdue.items.length + soon.items.length + onTime.items.length, 58, 'every dossier with a running clock is in exactly one');
    assert.ok(overdue.items.length > 0 && soon.items.length > 0 && onTime.items.length > 0, 'the 60 days span all three');
    // The status filter and the deadline filter together.
    assert.deepEqual(
      (await walk(tokens.appraiser, 'status=underAppraisal&deadline=overdue', 200)).items.map((i) => i.id).sort(),
      [made[4]!.id, made[10]!.id, made[13]!.id].filter((id) => overdue.items.some((o) => o.id === id)).sort(),
    );
  });

  it('shows an appraiser only its unit’s award types, the coordinator everything submitted, nobody a draft', async () => {
    const health = await call<AppraisalList>('GET', '/v1/appraisals', { token: tokens.health });
    assert.equal(health.status, 200);
    assert.deepEqual(health.body, { items: [], next: null });
    for (const id of [made[0]!.id, draftId]) {
      assert.equal((await call('GET', `/v1/appraisals/${id}`, { token: tokens.health })).status, 404);
      assert.equal((await call('POST', `/v1/appraisals/${id}/actions`, { token: tokens.health, body: { type: 'startAppraisal' }, headers: { 'If-Match': '*' } })).status, 404);
    }
    assert.equal((await walk(tokens.homeAffairs, 'sort=reference', 100)).items.length, 60);
    const everything = (await walk(tokens.coordinator, 'sort=reference', 100)).items.map((i) => i.id);
    assert.equal(everything.length, 62);
    assert.ok(!everything.includes(draftId));
    for (const token of [tokens.appraiser, tokens.coordinator]) assert.equal((await call('GET', `/v1/appraisals/${draftId}`, { token })).status, 404);
    // Giấy khen: the coordinator reads it; an appraiser, even of the appraising department, does not.
    assert.equal((await call('GET', `/v1/appraisals/${giayKhen[0]}`, { token: tokens.coordinator })).status, 200);
    assert.equal((await call('GET', `/v1/appraisals/${giayKhen[0]}`, { token: tokens.appraiser })).status, 404);
    // No personal data in any page. The contacts' phones as written (with a space), not the bare area code: a
    // random id holds "0222" in about one run in twenty.
    const text = JSON.stringify((await walk(tokens.coordinator, '', 200)).items);
    for (const secret of ['1980-01-01', 'female', 'Người 1', '0222 3822', '@']) assert.ok(!text.includes(secret), secret);
  });
});
