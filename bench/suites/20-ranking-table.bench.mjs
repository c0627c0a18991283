import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launchBrowser, median, ms, printTable, ratio, root, serveStatic } from '../lib.mjs';

/**
 * `<ranking-table>`: in one Chromium, the time to render and to re-sort 1,000
 * and 10,000 units against a plain Lit `repeat()` table and tabulator-tables
 * on the same data. The tables take turns (the order rotated each round), 15
 * counted runs each; the verdict uses the medians, printed with min–max; the
 * HTTP cache is off. (The entry's size is in suite 10.)
 */

const SIZES = [1_000, 10_000];
/** Counted runs of each table at each size; the verdict uses their median, and min–max is printed with it. */
const RUNS = 15;

/*
 * The page: three tables over the same units. Each timing runs from handing
 * over the data (or clicking a header) until the table is rendered and laid
 * out. `<ranking-table>` gets raw scores and ranks them itself (ties,
 * previous ranks, bands); the two baselines get the ranked rows ready-made,
 * so what they are timed on is display and sorting alone.
 */
const page = `
import '@thidua/components/ranking-table';
import { LitElement, html, css } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { rankScores } from '@thidua/schemas';
import { Tabulator, SortModule } from 'tabulator-tables';
import 'tabulator-tables/dist/css/tabulator.min.css';

Tabulator.registerModule([SortModule]);

const bands = [
  { id: 'excellent', label: { vi: 'Xuất sắc' }, min: 0.8 },
  { id: 'good', label: { vi: 'Tốt' }, min: 0.65 },
  { id: 'fair', label: { vi: 'Khá' }, min: 0.5 },
  { id: 'average', label: { vi: 'Trung bình' }, min: 0.35 },
  { id: 'poor', label: { vi: 'Kém' }, min: 0 },
];
const syllables = ['Bắc', 'Ninh', 'Từ', 'Sơn', 'Đồng', 'Nguyên', 'Võ', 'Cường', 'Yên', 'Phong', 'Tiên', 'Du', 'Ánh', 'Ấp', 'Ủy', 'Đáp', 'Cầu', 'Quế', 'Lương', 'Tài'];
function units(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: 'u-' + i,
    name: (i % 3 ? 'Phường ' : 'Xã ') + syllables[(i * 7) % 20] + ' ' + syllables[(i * 13 + 5) % 20] + ' ' + i,
    kind: i % 3 ? 'ward' : 'commune',
    value: Math.round(((i * 7919) % n) / n * 1000) / 1000,
    previousValue: Math.round(((i * 104729) % n) / n * 1000) / 1000,
  }));
}
function ranked(rows) {
  const unit = (r) => ({ id: r.id, name: { vi: r.name }, kind: r.kind });
  const entries = rankScores(rows.map((r) => ({ unit: unit(r), value: r.value })), rows.map((r) => ({ unit: unit(r), value: r.previousValue })), { direction: 'higher', bands });
  return entries.map((e) => ({ id: e.unit.id, rank: e.rank, name: e.unit.name.vi, value: e.value, band: e.band, change: e.previous ? e.previous.rank - e.rank : null }));
}

class PlainTable extends LitElement {
  static properties = { rows: { attribute: false } };
  static styles = css\`:host { display: block; } td, th { padding: 0.5rem; border-bottom: 1px solid #ccc; }\`;
  render() {
    return html\`<table><caption>Xếp hạng</caption><thead><tr><th scope="col">Hạng</th><th scope="col">Đơn vị</th><th scope="col">Điểm</th><th scope="col">Xếp loại</th><th scope="col">Thay đổi</th></tr></thead>
      <tbody>\${repeat(this.rows ?? [], (r) => r.id, (r) => html\`<tr><td>\${r.rank}</td><th scope="row">\${r.name}</th><td>\${r.value.toFixed(4)}</td><td>\${r.band}</td><td>\${r.change ?? ''}</td></tr>\`)}</tbody></table>\`;
  }
}
customElements.define('plain-table', PlainTable);

const collator = new Intl.Collator('vi');
const settle = () => document.body.getBoundingClientRect().height;
const host = () => { const d = document.createElement('div'); document.body.append(d); return d; };

/** What the API answers for these units: the ranking computed on the server, as \`<ranking-table campaign>\` receives it. */
function apiRanking(rows) {
  const unit = (r) => ({ id: r.id, name: { vi: r.name }, kind: r.kind });
  const entries = rankScores(rows.map((r) => ({ unit: unit(r), value: r.value })), rows.map((r) => ({ unit: unit(r), value: r.previousValue })), { direction: 'higher', bands });
  return {
    campaignId: 'bench',
    metric: { id: 'dti', kind: 'index', title: { vi: 'Chỉ số chuyển đổi số (DTI)' }, unit: 'index', direction: 'higher', subIndices: [], bands },
    group: 'all', period: '2025', previousPeriod: '2024', periods: ['2025', '2024'], entries, next: null,
  };
}

async function timeRankingTable(el, slot, loaded) {
  const t0 = performance.now();
  slot.append(el);
  await loaded(el);
  await el.updateComplete;
  settle();
  const t1 = performance.now();
  const header = (i) => el.shadowRoot.querySelectorAll('thead th button')[i];
  header(1).click();
  await el.updateComplete;
  settle();
  const t2 = performance.now();
  header(2).click();
  await el.updateComplete;
  settle();
  const t3 = performance.now();
  const rendered = el.shadowRoot.querySelectorAll('tbody tr.row').length;
  slot.remove();
  return { render: t1 - t0, byName: t2 - t1, byValue: t3 - t2, rendered };
}

const impls = {
  async 'ranking-table, ranked by the API'(rows) {
    // The server ranks; a client answering from memory stands in for the network, which is not what is timed.
    const ranking = apiRanking(rows);
    const el = document.createElement('ranking-table');
    el.campaign = 'bench';
    el.client = { baseUrl: '', rankings: { get: async () => ranking, all: async () => ranking } };
    return timeRankingTable(el, host(), (e) => new Promise((resolve) => e.addEventListener('thidua-load', resolve, { once: true })));
  },
  async 'ranking-table, .rows ranked in the browser'(rows) {
    const el = document.createElement('ranking-table');
    el.rows = rows;
    el.bands = bands;
    return timeRankingTable(el, host(), () => undefined);
  },
  async 'Lit repeat() table'(rows) {
    const data = ranked(rows);
    const slot = host();
    const t0 = performance.now();
    const el = document.createElement('plain-table');
    el.rows = data;
    slot.append(el);
    await el.updateComplete;
    settle();
    const t1 = performance.now();
    el.rows = [...data].sort((a, b) => collator.compare(a.name, b.name));
    await el.updateComplete;
    settle();
    const t2 = performance.now();
    el.rows = [...data].sort((a, b) => b.value - a.value || a.rank - b.rank);
    await el.updateComplete;
    settle();
    const t3 = performance.now();
    const rendered = el.shadowRoot.querySelectorAll('tbody tr').length;
    slot.remove();
    return { render: t1 - t0, byName: t2 - t1, byValue: t3 - t2, rendered };
  },
  async 'tabulator-tables 6'(rows) {
    const data = ranked(rows);
    const slot = host();
    const div = document.createElement('div');
    slot.append(div);
    const t0 = performance.now();
    const table = new Tabulator(div, {
      data,
      height: '32rem',
      columns: [
        { title: 'Hạng', field: 'rank', sorter: 'number' },
        { title: 'Đơn vị', field: 'name', sorter: 'string', sorterParams: { locale: 'vi' } },
        { title: 'Điểm', field: 'value', sorter: 'number' },
        { title: 'Xếp loại', field: 'band' },
        { title: 'Thay đổi', field: 'change', sorter: 'number' },
      ],
    });
    await new Promise((resolve) => table.on('tableBuilt', resolve));
    settle();
    const t1 = performance.now();
    table.setSort('name', 'asc');
    settle();
    const t2 = performance.now();
    table.setSort('value', 'desc');
    settle();
    const t3 = performance.now();
    const rendered = div.querySelectorAll('.tabulator-row').length;
    table.destroy();
    slot.remove();
    return { render: t1 - t0, byName: t2 - t1, byValue: t3 - t2, rendered };
  },
};

window.benchRun = async (impl, n) => impls[impl](units(n));
window.benchImpls = Object.keys(impls);
`;

/** Builds the benchmark page into a temporary folder (also used to profile it by hand). */
export async function buildPage() {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-bench-ranking-'));
  const id = '\0bench-entry:ranking-page';
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [{ name: 'bench-entry', resolveId: (s) => (s === id ? id : null), load: (s) => (s === id ? page : null) }],
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      cssCodeSplit: false,
      rolldownOptions: { input: id, output: { format: 'es', minify: true, entryFileNames: 'page.js', assetFileNames: '[name][extname]' } },
    },
  });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="stylesheet" href="style.css"><script type="module" src="page.js"></script></head><body></body></html>',
  );
  return dir;
}

export default async function () {
  // The entry's size, under Vite and esbuild against its budget and tabulator-tables, is in suite 10.
  const dir = await buildPage();
  const server = await serveStatic({ '/': dir });
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    // Every chunk from the network, as on a first visit: no HTTP cache (CDP Network.setCacheDisabled).
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`${server.url}/index.html`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => typeof window.benchRun === 'function');
    const impls = await tab.evaluate(() => window.benchImpls);
    const results = {};
    const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
    for (const n of SIZES) {
      // One run of each not counted: compiles the code and loads the lazy chunks.
      for (const impl of impls) await tab.evaluate((i, size) => window.benchRun(i, size), impl, n);
      const runs = Object.fromEntries(impls.map((impl) => [impl, []]));
      // The tables take turns, in an order rotated each round, so that a noisy moment
      // (other work on the machine, a garbage collection) falls on each of them alike.
      for (let r = 0; r < RUNS; r++) {
        for (let k = 0; k < impls.length; k++) {
          const impl = impls[(k + r) % impls.length];
          runs[impl].push(await tab.evaluate((i, size) => window.benchRun(i, size), impl, n));
        }
      }
      for (const impl of impls) {
        const x = runs[impl];
        results[`${impl}|${n}`] = {
          render: stats(x.map((y) => y.render)),
          byName: stats(x.map((y) => y.byName)),
          byValue: stats(x.map((y) => y.byValue)),
          rendered: x[0].rendered,
        };
      }
    }
    const cell = (t) => `${ms(t.median)} (${t.min.toFixed(1)}–${t.max.toFixed(1)})`;
    for (const n of SIZES) {
      const base = results[`tabulator-tables 6|${n}`];
      const rows = [['table', 'rows in DOM', 'render (min–max)', 'vs tabulator', 're-sort by name', 'vs tabulator', 're-sort by score', 'vs tabulator']];
      for (const impl of impls) {
        const x = results[`${impl}|${n}`];
        rows.push([
          impl,
          x.rendered,
          cell(x.render),
          ratio(x.render.median, base.render.median),
          cell(x.byName),
          ratio(x.byName.median, base.byName.median),
          cell(x.byValue),
          ratio(x.byValue.median, base.byValue.median),
        ]);
      }
      printTable(`${n.toLocaleString('en')} units: median of ${RUNS} alternating runs in one Chromium, HTTP cache off (lower is better; goal ≤ 1.00× tabulator)`, rows);
      for (const impl of impls.filter((i) => i.startsWith('ranking-table'))) {
        const ours = results[`${impl}|${n}`];
        const worst = Math.max(ours.render.median / base.render.median, ours.byName.median / base.byName.median, ours.byValue.median / base.byValue.median);
        console.log(`${impl}: ${worst <= 1 ? 'within the goal' : 'ABOVE the goal'} at ${n} (worst median ${worst.toFixed(2)}× tabulator)`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
