import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PAGE_SIZES, type OrganisationUnit, type RankingEntry } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { createClient, ThiduaApiError } from '../src/index.js';
import { countingFetch, useApi } from './support.js';

const api = useApi();

const communeLevel = bacNinh2026.units.filter((u) => u.level === 'commune');

describe(`paged lists through the SDK against a real server (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('awaits the first page, and iterates every unit with for await, one request per page', async () => {
    const { fetch, urls } = countingFetch();
    const client = createClient({ baseUrl: api.url, fetch });
    const list = client.units.list({ level: 'commune', limit: 5 });
    const first = await list;
    assert.equal(first.items.length, 5);
    assert.ok(first.next);
    const units: OrganisationUnit[] = [];
    for await (const unit of list) units.push(unit);
    assert.equal(units.length, communeLevel.length);
    const collator = new Intl.Collator('vi');
    assert.deepEqual(units.map((u) => u.name.vi), communeLevel.map((u) => u.name.vi).sort((a, b) => collator.compare(a, b)));
    // The first page is the promise's: asked for once.
    assert.equal(urls.length, Math.ceil(communeLevel.length / 5));
    assert.ok(urls.slice(1).every((u) => new URL(u).searchParams.has('cursor')));
  });

  it('iterates page by page, and stops asking when the loop breaks', async () => {
    const { fetch, urls } = countingFetch();
    const client = createClient({ baseUrl: api.url, fetch });
    const sizes: number[] = [];
    for await (const page of client.units.list({ level: 'commune', limit: 7 }).pages()) sizes.push(page.items.length);
    assert.deepEqual(sizes, [7, 7, 4]);
    urls.length = 0;
    let seen = 0;
    for await (const _unit of client.units.list({ limit: 3 })) {
      if (++seen === 4) break;
    }
    assert.equal(urls.length, 2, 'two pages for four units, nothing after the break');
  });

  it('walks a ranking with for await: entries in rank order, ranks places in the whole group', async () => {
    const client = createClient({ baseUrl: api.url });
    const entries: RankingEntry[] = [];
    for await (const entry of client.rankings.get('bn2026', { metric: 'dti', group: 'all', limit: 4 })) entries.push(entry);
    assert.equal(entries.length, 31);
    const whole = await client.rankings.get('bn2026', { metric: 'dti', group: 'all', limit: 1000 });
    assert.equal(whole.next, null);
    assert.deepEqual(entries, whole.entries);
    // The default page, and `all()` for a table that shows the whole group.
    const page = await client.rankings.get('bn2026', { metric: 'dti', group: 'communes' });
    assert.equal(page.entries.length, Math.min(18, PAGE_SIZES.rankings.default));
    const all = await client.rankings.all('bn2026', { metric: 'dti', group: 'departments', limit: 5 });
    assert.equal(all.entries.length, 13);
    assert.equal(all.next, null);
    assert.deepEqual(all.entries.slice(5, 8).map((e) => e.rank), [6, 6, 8]);
  });

  it('iterates the per-level progress, each unit once', async () => {
    const client = createClient({ baseUrl: api.url });
    const ids: string[] = [];
    for await (const item of client.indicators.progressByUnit('bn2026-09', { level: 'commune', limit: 4 })) ids.push(item.unit.id);
    assert.equal(ids.length, communeLevel.length);
    assert.equal(new Set(ids).size, ids.length);
    const first = await client.indicators.progressByUnit('bn2026-09', { level: 'commune', limit: 4 });
    assert.equal(Object.values(first.counts).reduce((a, b) => a + b, 0), communeLevel.length);
  });

  it('reports a bad cursor or page size as a ThiduaApiError naming the field', async () => {
    const client = createClient({ baseUrl: api.url, locale: 'en' });
    const badCursor = await client.units.list({ cursor: 'not-ours' }).catch((e: unknown) => e);
    assert.ok(badCursor instanceof ThiduaApiError);
    assert.equal(badCursor.status, 400);
    assert.deepEqual(badCursor.issues.map((i) => i.path), [['query', 'cursor']]);
    const tooBig = client.rankings.get('bn2026', { metric: 'dti', limit: PAGE_SIZES.rankings.max + 1 });
    await assert.rejects(async () => {
      for await (const _ of tooBig) break;
    }, (e: unknown) => e instanceof ThiduaApiError && e.status === 400 && e.issues[0]!.path.join('.') === 'query.limit');
  });
});
