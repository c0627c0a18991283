// The README's first embed snippet against the CDN build (dist/cdn/sri.json): its version,
// every integrity hash and the modulepreload links are the build's, and every hash in the
// manifest is that of the file's bytes. A change to any element changes `thidua.js`'s hash:
// `node scripts/cdn-snippet.mjs --readme` then rewrites the snippet. Runs on the built
// package: `pnpm build` first. (The server's test checks the same hashes against the bytes
// it serves; tests/e2e loads the snippet in Chromium.)
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { integrityOf } from '../scripts/cdn-manifest.mjs';
import { cardsSnippet, readManifest, readmeCardsSnippet, readmeSnippet, snippet } from '../scripts/cdn-snippet.mjs';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const manifest = readManifest();

/** Every file a page loads before its first card: the entries given and what they import statically, and theirs. */
function loadedBy(entries) {
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const [, spec] of readFileSync(join(cdn, file), 'utf8').matchAll(/from"(\.[^"]+)"/g)) visit(join(file, '..', spec).split('\\').join('/'));
  };
  for (const entry of entries) visit(entry);
  return reached;
}

test('the manifest names the package’s version and hashes every script and style sheet as built', () => {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  assert.equal(manifest.version, version);
  const scripts = readdirSync(cdn, { recursive: true }).filter((f) => /\.(js|css)$/.test(f)).map((f) => f.split('\\').join('/')).sort();
  assert.deepEqual(Object.keys(manifest.integrity).sort(), scripts);
  for (const file of scripts) assert.equal(manifest.integrity[file], integrityOf(readFileSync(join(cdn, file))), file);
  assert.ok(scripts.includes('themes/dark.css'), 'the dark preset is in the CDN build');
  // What a live element preloads: the SDK's client first; for a live card its API chunk and the
  // SDK's reader, without the client; all of them scripts of the build.
  assert.match(manifest.preload.sdk[0], /^chunks\/sdk-/);
  assert.ok(manifest.preload['kpi-progress'].some((f) => /^chunks\/kpi-progress-api-/.test(f)));
  assert.ok(manifest.preload['kpi-progress'].some((f) => /^chunks\/sdk-reader-/.test(f)));
  assert.ok(!manifest.preload['kpi-progress'].includes(manifest.preload.sdk[0]), 'a live card does not preload the SDK’s client');
  for (const file of [...manifest.preload.sdk, ...manifest.preload['kpi-progress']]) assert.ok(manifest.integrity[file], file);
});

test('the README’s embed snippet is the build’s (else: node scripts/cdn-snippet.mjs --readme)', () => {
  const inReadme = readmeSnippet();
  assert.ok(inReadme, 'README.md has an embed snippet from http://127.0.0.1:8787/cdn/…');
  assert.equal(inReadme, snippet(manifest), 'README.md’s embed snippet is stale: run `node packages/components/scripts/cdn-snippet.mjs --readme`');
});

test('the README’s snippet for live cards alone is the build’s, the provider’s script first (else: node scripts/cdn-snippet.mjs --readme)', () => {
  const inReadme = readmeCardsSnippet();
  assert.ok(inReadme, 'README.md has a snippet of thidua-provider.js and kpi-progress.js from http://127.0.0.1:8787/cdn/…');
  assert.equal(inReadme, cardsSnippet(manifest), 'README.md’s live-card snippet is stale: run `node packages/components/scripts/cdn-snippet.mjs --readme`');
  assert.ok(inReadme.indexOf('thidua-provider.js') < inReadme.indexOf('kpi-progress.js'), 'the provider’s script comes first');
  // The provider's early script waits only for files the list preloads, none of them Lit's: every
  // module its static imports reach, and theirs.
  const reached = loadedBy(['thidua-provider.js']);
  reached.delete('thidua-provider.js');
  assert.ok(reached.size > 0, 'the early script imports the reader');
  for (const file of reached) assert.ok(manifest.preload['kpi-progress'].includes(file) && !/lit-/.test(file), `thidua-provider.js waits for ${file}`);
});

test('a page of live cards loads 11 scripts, a card from attributes 6: every file is a request the first card waits on', () => {
  // Budgets as counts, not times (bench/suites/15-cdn-live-card times them): in one run, five unused
  // files of 1 KB in all delayed a card by 9 ms, one of 19 KB by 6. The live page is the README's
  // snippet: both entries and the preload list. A 60-byte `localize` chunk of its own made it 12.
  const card = loadedBy(['kpi-progress.js']);
  const live = loadedBy(['thidua-provider.js', 'kpi-progress.js', ...manifest.preload['kpi-progress']]);
  assert.ok(card.size <= 6, `a card from attributes loads ${card.size} files: ${[...card].join(', ')}`);
  assert.ok(live.size <= 11, `a page of live cards loads ${live.size} files: ${[...live].join(', ')}`);
  // Lit, the element base and `localize` are one chunk, which every entry loads.
  const lit = [...card].filter((f) => /^chunks\/lit-/.test(f));
  assert.equal(lit.length, 1, `one Lit chunk in the card's first paint: ${lit.join(', ')}`);
  assert.match(readFileSync(join(cdn, `${lit[0]}.map`), 'utf8'), /schemas\/dist\/text\.js/, 'localize is in the Lit chunk');
});
