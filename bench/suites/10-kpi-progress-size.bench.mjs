import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUNDLERS, bundleSize, kb, printTable, ratio } from '../lib.mjs';

/*
 * What each entry of @thidua/components costs a page before first paint,
 * bundled by Vite 8 and by esbuild (code splitting on; the entry chunk and
 * the chunks it imports statically, each minified and gzipped alone), against
 * budgets that must hold under both, a bare LitElement and peers, all built
 * in this run from installed packages (bench/'s devDependencies). A peer's
 * published figure is never typed in: installed versions are what is measured.
 */

const KB = 1024;

/** The package's entries; a budget where the issue set one (issue 7: under both bundlers), or as a guard where said. */
const entries = [
  { what: '@thidua/components/kpi-progress', source: `import '@thidua/components/kpi-progress';`, budget: 9.4 * KB },
  { what: '@thidua/components/ranking-table', source: `import '@thidua/components/ranking-table';`, budget: 15 * KB },
  { what: '@thidua/components/kpi-board', source: `import '@thidua/components/kpi-board';` },
  // No issue sets one: a guard on the list's first paint (its loading state), the table and the API mode being chunks.
  { what: '@thidua/components/nomination-list', source: `import '@thidua/components/nomination-list';`, budget: 11 * KB },
  // Guards as for the list: the queue's and the review's first paint (the loading state); the table, the dossier and the API are chunks.
  { what: '@thidua/components/nomination-queue', source: `import '@thidua/components/nomination-queue';`, budget: 11.5 * KB },
  { what: '@thidua/components/nomination-review', source: `import '@thidua/components/nomination-review';`, budget: 12.5 * KB },
  // Issue 11 asks for their sizes under both bundlers; guards set with the elements: each first paint is its
  // loading state (table or cards, API mode, CSV and English strings being chunks), about a nomination-list's.
  { what: '@thidua/components/award-list', source: `import '@thidua/components/award-list';`, budget: 11 * KB },
  { what: '@thidua/components/featured-models', source: `import '@thidua/components/featured-models';`, budget: 10 * KB },
  { what: '@thidua/components/thidua-provider', source: `import '@thidua/components/thidua-provider';` },
  { what: '@thidua/components (every element)', source: `import '@thidua/components';` },
  { what: '@thidua/components/context', source: `import { clientContext, localeContext } from '@thidua/components/context'; window.c = [clientContext, localeContext];` },
  { what: '@thidua/components/strings', source: `import { setStrings } from '@thidua/components/strings'; window.s = setStrings;` },
];

/** Realistic pages, their entries imported together (shared chunks counted once). */
const pages = [
  {
    what: 'page: thidua-provider + kpi-board + ranking-table',
    source: `import '@thidua/components/thidua-provider'; import '@thidua/components/kpi-board'; import '@thidua/components/ranking-table';`,
    parts: ['@thidua/components/thidua-provider', '@thidua/components/kpi-board', '@thidua/components/ranking-table'],
  },
  // The appraisers' page (the review's appraisal-change refreshes the queue): the queue's words are in the
  // queue's entry and in the review's lazy chunk, which esbuild can only share as a chunk of their own.
  {
    what: 'page: nomination-queue + nomination-review',
    source: `import '@thidua/components/nomination-queue'; import '@thidua/components/nomination-review';`,
    parts: ['@thidua/components/nomination-queue', '@thidua/components/nomination-review'],
  },
];

const peers = [
  {
    what: 'bare LitElement (baseline)',
    source: `import { LitElement, html } from 'lit';
      class BareElement extends LitElement { render() { return html\`<div role="progressbar"></div>\`; } }
      customElements.define('bare-element', BareElement);`,
  },
  { what: 'md-linear-progress (@material/web)', source: `import '@material/web/progress/linear-progress.js';` },
  {
    what: 'sl-progress-bar (@shoelace-style/shoelace) + light theme CSS',
    source: `import '@shoelace-style/shoelace/dist/components/progress-bar/progress-bar.js';`,
    // Shoelace's components need its theme's custom properties: a page loads this sheet too.
    css: '@shoelace-style/shoelace/dist/themes/light.css',
  },
  {
    what: 'tabulator-tables core + sort (no CSS)',
    source: `import { Tabulator, SortModule } from 'tabulator-tables'; Tabulator.registerModule([SortModule]); window.T = Tabulator;`,
  },
];

async function measure(item) {
  const css = item.css ? gzipSync(await readFile(fileURLToPath(import.meta.resolve(item.css))), { level: 9 }).length : 0;
  const sizes = {};
  // One after the other: two cores, and the builds would slow each other.
  for (const bundler of BUNDLERS) {
    const size = await bundleSize(item.source, { name: item.what.replace(/\W+/g, '-'), bundler });
    sizes[bundler] = { ...size, gzip: size.gzip + css };
  }
  return sizes;
}

function verdict(sizes, budget) {
  if (!budget) return '—';
  const over = BUNDLERS.filter((b) => sizes[b].gzip > budget);
  return over.length === 0
    ? `within (${BUNDLERS.map((b) => kb(budget - sizes[b].gzip)).join(' / ')} to spare)`
    : `OVER BUDGET under ${over.map((b) => `${b} by ${kb(sizes[b].gzip - budget)}`).join(', ')}`;
}

export default async function () {
  const measured = new Map();
  for (const item of [...peers, ...entries, ...pages]) measured.set(item.what, await measure(item));
  const base = measured.get(peers[0].what);
  const cells = (sizes) => BUNDLERS.flatMap((b) => [kb(sizes[b].min), kb(sizes[b].gzip), String(sizes[b].chunks), kb(sizes[b].lazyGzip)]);
  const header = ['what', ...BUNDLERS.flatMap((b) => [`${b} min`, `${b} min+gzip`, 'chunks', 'lazy (gzip)']), 'vs bare Lit (vite / esbuild)', 'budget', 'verdict'];
  const vsBase = (sizes) => BUNDLERS.map((b) => ratio(sizes[b].gzip, base[b].gzip)).join(' / ');
  const rows = [header];
  for (const item of [...entries, ...peers]) {
    const sizes = measured.get(item.what);
    rows.push([item.what, ...cells(sizes), vsBase(sizes), item.budget ? kb(item.budget) : '—', verdict(sizes, item.budget)]);
  }
  printTable('min+gzip before first paint: entry chunk + its static imports, each chunk gzipped alone (lazy chunks apart); peers built in this run', rows);

  for (const item of entries.filter((e) => e.budget)) {
    const sizes = measured.get(item.what);
    console.log(`${item.what} (budget ${kb(item.budget)}): ${BUNDLERS.map((b) => `${b} ${kb(sizes[b].gzip)}`).join(', ')} — ${verdict(sizes, item.budget)}`);
  }

  const pageRows = [['what', ...BUNDLERS.map((b) => `${b} min+gzip`), ...BUNDLERS.map((b) => `${b} chunks`)]];
  for (const page of pages) {
    const together = measured.get(page.what);
    const sum = Object.fromEntries(BUNDLERS.map((b) => [b, page.parts.reduce((total, part) => total + measured.get(part)[b].gzip, 0)]));
    pageRows.push(
      [page.what, ...BUNDLERS.map((b) => kb(together[b].gzip)), ...BUNDLERS.map((b) => String(together[b].chunks))],
      [`sum of its ${page.parts.length} entries alone`, ...BUNDLERS.map((b) => kb(sum[b])), ...BUNDLERS.map(() => '')],
      ['together / sum', ...BUNDLERS.map((b) => ratio(together[b].gzip, sum[b])), ...BUNDLERS.map(() => '')],
    );
  }
  printTable('realistic pages, bundled together, against the sum of their entries bundled alone (what shared chunks save)', pageRows);
}
