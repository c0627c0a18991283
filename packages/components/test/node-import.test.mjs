// Every entry of the package imports in Node without a DOM, as a server build
// (Next.js, Nuxt, Astro, SSR) does: Lit's `node` export condition brings its
// DOM shim, and no module of the kit touches `document`, `window` or
// `customElements` at import time except through it. Runs on the built
// package (dist/), as a site would import it: `pnpm --filter @thidua/components build` first.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
// The code entries (not the types-only framework entries, the JSON files or package.json).
const entries = Object.keys(pkg.exports).filter((key) => !key.includes('*') && pkg.exports[key].default);

/** The elements each entry defines (by Lit's shim registry in Node). */
const defines = {
  '.': ['thidua-provider', 'kpi-progress', 'kpi-board', 'ranking-table', 'nomination-list', 'nomination-form', 'nomination-queue', 'nomination-review', 'award-list', 'featured-models'],
  './kpi-progress': ['kpi-progress'],
  './kpi-board': ['kpi-board', 'kpi-progress'],
  './ranking-table': ['ranking-table'],
  './nomination-list': ['nomination-list'],
  './thidua-provider': ['thidua-provider'],
  './nomination-form': ['nomination-form'],
  './nomination-queue': ['nomination-queue'],
  './nomination-review': ['nomination-review'],
  './award-list': ['award-list'],
  './featured-models': ['featured-models'],
  './context': [],
  './strings': [],
};

test('the package declares the entries this test knows', () => {
  assert.deepEqual(entries.sort(), Object.keys(defines).sort());
});

for (const entry of entries) {
  test(`import '${entry === '.' ? pkg.name : pkg.name + entry.slice(1)}' in Node without a DOM`, async () => {
    assert.equal(typeof document, 'undefined');
    const module = await import(entry === '.' ? pkg.name : pkg.name + entry.slice(1));
    assert.ok(Object.keys(module).length > 0, 'the entry exports nothing');
    for (const tag of defines[entry]) assert.equal(typeof globalThis.customElements?.get(tag), 'function', `<${tag}> is not defined`);
  });
}

test('the index exports setStrings, which works without a DOM', async () => {
  const { setStrings } = await import(pkg.name);
  const { stringsFor } = await import(`${pkg.name}/strings`);
  setStrings('vi', { common: { status: { offTrack: 'Chưa đạt' } } });
  assert.equal(stringsFor('vi', 'common').status.offTrack, 'Chưa đạt');
  assert.equal(stringsFor('vi', 'common').status.achieved, 'Đã đạt');
});
