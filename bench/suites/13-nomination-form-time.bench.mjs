import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueToken, startTestServer } from '@thidua/server';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { dateIn } from '@thidua/schemas';
import { firstVisit, launchBrowser, median, ms, printTable, ratio, root, serveStatic } from '../lib.mjs';

// At least 15 runs per side: the verdict is on the median, printed with min–max.
const RUNS = 15;
const WARM_UP = 2;

/**
 * `<nomination-form proposal="…">` from the moment it is connected to its
 * first section interactive (the task list's first link on screen), against
 * the same three reads it needs (the proposal, the commendation catalog, the
 * unit) made by a bare page script with fetch and no kit: what the element
 * adds to the API's own time is its chunks (the SDK and the form's views) and
 * its rendering. One Chromium, every run a first visit (a new browser context), alternating runs.
 */
const measure = (api, token, proposal) => `
const t0 = performance.now();
if (document.body.dataset.side === 'form') {
  const form = document.createElement('nomination-form');
  form.setAttribute('api-base', ${JSON.stringify(api)});
  form.setAttribute('token', ${JSON.stringify(token)});
  form.setAttribute('proposal', ${JSON.stringify(proposal)});
  document.body.append(form);
  await customElements.whenDefined('nomination-form');
  while (!form.shadowRoot?.querySelector('#task-proposal')) await new Promise((r) => setTimeout(r, 2));
  form.shadowRoot.querySelector('#task-proposal').focus();
  const ok = form.shadowRoot.activeElement?.id === 'task-proposal';
  window.__result = { time: performance.now() - t0, ok };
} else {
  const headers = { Authorization: 'Bearer ${token}' };
  const p = await (await fetch(${JSON.stringify(`${api}/v1/proposals/${proposal}`)}, { headers })).json();
  await Promise.all([fetch(${JSON.stringify(api)} + '/v1/campaigns/' + p.campaignId + '/commendation').then((r) => r.json()), fetch(${JSON.stringify(api)} + '/v1/units/' + p.proposingUnitId).then((r) => r.json())]);
  window.__result = { time: performance.now() - t0, ok: true };
}
`;

const page = (side) => `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>nomination-form bench</title>
${side === 'form' ? '<script type="module" src="/cdn/nomination-form.js"></script>' : ''}</head>
<body data-side="${side}"><script type="module" src="/measure.js"></script></body>
</html>`;

export default async function () {
  const day = (offset) => dateIn(new Date(Date.now() + offset * 86_400_000));
  const catalog = structuredClone(bacNinh2026);
  Object.assign(catalog.campaigns[0].rounds[1], { dossiersOpenOn: day(-30), dossierDeadline: day(30), date: day(40) });
  const server = await startTestServer({ seed: catalog });
  const token = (await issueToken(server.db, { name: 'UBND phường Kinh Bắc', role: 'proposer', unitIds: ['phuong-kinh-bac'] })).token;
  const created = await fetch(`${server.url}/v1/proposals`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ campaignId: 'bn2026', roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', proposingUnitId: 'phuong-kinh-bac' }),
  });
  const proposal = (await created.json()).id;
  const dir = await mkdtemp(join(tmpdir(), 'thidua-bench-form-'));
  await writeFile(join(dir, 'measure.js'), measure(server.url, token, proposal));
  await writeFile(join(dir, 'form.html'), page('form'));
  await writeFile(join(dir, 'fetch.html'), page('fetch'));
  const web = await serveStatic({ '/cdn/': join(root, 'packages/components/dist/cdn'), '/': dir });
  const browser = await launchBrowser();
  try {
    const run = async (name) => {
      const { tab, close } = await firstVisit(browser);
      await tab.goto(`${web.url}/${name}.html`);
      await tab.waitForFunction(() => window.__result, { timeout: 30_000 });
      const result = await tab.evaluate(() => window.__result);
      await close();
      if (!result.ok) throw new Error(`${name}: the first section was not interactive`);
      return result.time;
    };
    for (let i = 0; i < WARM_UP; i++) {
      await run('fetch');
      await run('form');
    }
    const bare = [];
    const form = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(await run('fetch'));
      form.push(await run('form'));
    }
    const range = (xs) => `${ms(Math.min(...xs))} – ${ms(Math.max(...xs))}`;
    printTable(`<nomination-form proposal>: connected to the first section interactive, every run a first visit (median of ${RUNS} alternating runs, Chromium)`, [
      ['what', 'median', 'min – max', 'vs the bare reads'],
      ['the three reads by a bare script (baseline, this run)', ms(median(bare)), range(bare), '1.00×'],
      ['<nomination-form> restoring a draft (chunks, SDK, reads, task list)', ms(median(form)), range(form), ratio(median(form), median(bare))],
    ]);
  } finally {
    await browser.close();
    await web.close();
    await server.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}
