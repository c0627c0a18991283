import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { appraisalDeadline } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { launchBrowser, median, ms, printTable, ratio, root, serveStatic } from '../lib.mjs';

// At least 15 runs per side: the verdict is on the median, printed with min–max.
const RUNS = 15;
const WARM_UP = 2;
const SMALL = 20;
const LARGE = 2000;

/*
 * `<nomination-queue>` (the CDN build) with 2,000 dossiers against the same
 * table with 20, given as `.rows` (the API's summaries; no server, so that
 * only the element is timed):
 *
 * - render: from setting `.rows` on a connected queue (its chunks already
 *   loaded, as after the first page) to the table laid out with its first
 *   window of rows (a long queue is rendered a window at a time, `RowWindow`);
 * - every row: from the same moment to the table laid out with every row;
 * - filter: from typing a search (diacritics folded, every row matched) to
 *   the table laid out again; then a status filter chosen, the same.
 *
 * One Chromium at 1280 × 800 (the table, not the phone's cards), each run in
 * a fresh tab, the two sizes alternating.
 * Every row is rendered in the end (no virtual rows): the ratio says what 100
 * times the rows costs, to the first window and to the last row. The load
 * average of the machine is printed with the table.
 */

const calendar = bacNinh2026.workingCalendar;
const campaign = bacNinh2026.campaigns[0];
const award = bacNinh2026.awardTypes.find((a) => a.id === 'bang-khen-chu-tich-ubnd-tinh');
const units = bacNinh2026.units.filter((u) => u.kind === 'ward' || u.kind === 'commune' || u.kind === 'department');
const statuses = ['submitted', 'underAppraisal', 'underAppraisal', 'resubmitted', 'returned', 'appraised'];
const TODAY = '2026-10-20';

/** `count` appraisal summaries as the API answers them, deterministic. */
function rows(count) {
  let s = 7;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, (_, i) => {
    const status = statuses[Math.floor(next() * statuses.length)];
    const completeOn = new Date(Date.parse(`${TODAY}T00:00:00Z`) - (1 + Math.floor(next() * 45)) * 86_400_000).toISOString().slice(0, 10);
    const runs = status === 'submitted' || status === 'underAppraisal' || status === 'resubmitted';
    const unit = units[i % units.length];
    const round = campaign.rounds[i % 5 === 0 ? 0 : 1];
    return {
      id: `00000000-0000-4000-8000-${(50_000 + i).toString(16).padStart(12, '0')}`,
      reference: `BN2026-BK-${String(100 + i).padStart(4, '0')}`,
      status,
      campaignId: campaign.id,
      round: { id: round.id, title: round.title },
      awardType: { id: award.id, code: award.code, title: award.title },
      proposingUnit: { id: unit.id, name: unit.name },
      nominationCount: 1 + Math.floor(next() * 3),
      dossierCompleteAt: `${completeOn}T02:30:00.000Z`,
      deadline: runs ? { completeOn, ...appraisalDeadline({ completeOn, today: TODAY, calendar }) } : null,
      version: 5,
    };
  });
}

const measure = `
const size = Number(document.body.dataset.size);
const rows = await (await fetch('/rows-' + size + '.json')).json();
await customElements.whenDefined('nomination-queue');
const queue = document.createElement('nomination-queue');
queue.pageSize = 500;
// Its chunks (the view, the Vietnamese strings) loaded first, with one row: what the first page has done.
queue.rows = rows.slice(0, 1);
document.body.append(queue);
await queue.updateComplete;
const laidOut = () => queue.shadowRoot.querySelector('table')?.getBoundingClientRect().height ?? 0;
const shown = () => queue.shadowRoot.querySelectorAll('tr[part="row"]').length;
const time = async (change) => {
  const t0 = performance.now();
  change();
  await queue.updateComplete;
  laidOut();
  return performance.now() - t0;
};
const t0 = performance.now();
const render = await time(() => (queue.rows = rows));
// The other windows come a task at a time: waited for, then laid out.
while (shown() < size) {
  await new Promise((resolve) => setTimeout(resolve));
  await queue.updateComplete;
}
laidOut();
const every = performance.now() - t0;
const ok1 = shown() === size;
// Typed with its diacritics, folded against every dossier: the units of "Bắc" (Kinh Bắc, Bắc Giang) match.
const search = await time(() => (queue.search = 'Bắc'));
const matched = shown();
const status = await time(() => ((queue.search = ''), (queue.status = 'underAppraisal')));
window.__result = { render, every, search, status, ok: ok1 && matched > 0 && shown() > 0 };
`;

const page = (size) => `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>nomination-queue bench</title>
<script type="module" src="/cdn/nomination-queue.js"></script></head>
<body data-size="${size}"><script type="module" src="/measure.js"></script></body>
</html>`;

export default async function () {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-bench-queue-'));
  for (const size of [SMALL, LARGE]) {
    await writeFile(join(dir, `rows-${size}.json`), JSON.stringify(rows(size)));
    await writeFile(join(dir, `q${size}.html`), page(size));
  }
  await writeFile(join(dir, 'measure.js'), measure);
  const web = await serveStatic({ '/cdn/': join(root, 'packages/components/dist/cdn'), '/': dir });
  const browser = await launchBrowser();
  try {
    const run = async (size) => {
      const tab = await browser.newPage();
      // A desktop's width, the department's own site: the table (below 60rem it is a stack of cards).
      await tab.setViewport({ width: 1280, height: 800 });
      await tab.goto(`${web.url}/q${size}.html`);
      await tab.waitForFunction(() => window.__result, { timeout: 60_000 });
      const result = await tab.evaluate(() => window.__result);
      await tab.close();
      if (!result.ok) throw new Error(`${size} rows: the table did not show them`);
      return result;
    };
    const load = loadavg();
    for (let i = 0; i < WARM_UP; i++) {
      await run(SMALL);
      await run(LARGE);
    }
    const small = [];
    const large = [];
    for (let i = 0; i < RUNS; i++) {
      small.push(await run(SMALL));
      large.push(await run(LARGE));
    }
    const range = (xs) => `${ms(Math.min(...xs))} – ${ms(Math.max(...xs))}`;
    const rowsOf = (what) => {
      const a = small.map((r) => r[what]);
      const b = large.map((r) => r[what]);
      return [
        [`${what}: ${SMALL} dossiers (baseline, this run)`, ms(median(a)), range(a), '1.00×'],
        [`${what}: ${LARGE} dossiers`, ms(median(b)), range(b), ratio(median(b), median(a))],
      ];
    };
    printTable(`<nomination-queue .rows>: ${LARGE} dossiers against ${SMALL}, to the table laid out (median of ${RUNS} alternating runs, Chromium)`, [
      ['what', 'median', 'min – max', `vs ${SMALL}`],
      ...rowsOf('render'),
      ...rowsOf('every'),
      ...rowsOf('search'),
      ...rowsOf('status'),
    ]);
    const avg = (xs) => xs.map((x) => x.toFixed(2)).join(' / ');
    console.log(`load average (1 / 5 / 15 min): ${avg(load)} before the runs, ${avg(loadavg())} after (${availableParallelism()} cores)`);
  } finally {
    await browser.close();
    await web.close();
    await rm(dir, { recursive: true, force: true });
  }
}
