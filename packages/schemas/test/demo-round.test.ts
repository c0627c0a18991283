import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Catalog, dossierWindow, validate } from '../src/index.js';
import { bacNinh2026 } from '../src/catalogs/bac-ninh-2026.js';
import { withDemoRound } from '../src/catalogs/demo-round.js';

describe('withDemoRound', () => {
  const now = new Date('2026-11-25T03:00:00Z');

  it('adds to a campaign taking nominations one round, flagged demo, open for dossiers now; its own rounds stay as published', () => {
    const demo = withDemoRound(bacNinh2026, now);
    const [campaign] = demo.campaigns;
    assert.deepEqual(campaign!.rounds.slice(0, -1), bacNinh2026.campaigns[0]!.rounds);
    assert.ok(bacNinh2026.campaigns[0]!.rounds.every((r) => dossierWindow(r, now) === 'closed'), 'the published rounds are closed on this day');
    const round = campaign!.rounds.at(-1)!;
    assert.deepEqual(
      { ...round, title: undefined },
      {
        id: 'bn2026-demo',
        title: undefined,
        date: '2027-01-04',
        kind: 'interim',
        awardTypeIds: ['bang-khen-chu-tich-ubnd-tinh', 'giay-khen'],
        dossiersOpenOn: '2026-10-26',
        dossierDeadline: '2026-12-25',
        dossierDatesDemo: true,
        demo: true,
      },
    );
    assert.match(round.title.vi, /dữ liệu demo/);
    assert.equal(dossierWindow(round, now), 'open');
    assert.equal(dossierWindow(round, new Date('2026-12-25T16:59:59Z')), 'open', 'the deadline day included, in Vietnam');
    assert.equal(dossierWindow(round, new Date('2026-12-25T17:00:00Z')), 'closed');
  });

  it('leaves campaigns without nominations alone and keeps the catalog valid', () => {
    const demo = withDemoRound(bacNinh2026, now);
    for (const [i, c] of demo.campaigns.entries()) if (!c.nominations) assert.equal(c, bacNinh2026.campaigns[i]);
    assert.ok(validate(Catalog, demo).success);
    assert.equal(bacNinh2026.campaigns[0]!.rounds.length, 2, 'the seeded catalog itself is not changed');
  });
});
