// The tags that embed the kit from a server's /cdn/<version>/ (the reference server's, or any
// host of dist/cdn), made from the build's manifest (dist/cdn/sri.json) so that every
// `integrity` is the hash of the bytes built:
//
//   node scripts/cdn-snippet.mjs [base-url] [--import-map]   prints them (base: http://127.0.0.1:8787)
//   node scripts/cdn-snippet.mjs [base-url] --cards          prints the tags for a page of live cards alone
//   node scripts/cdn-snippet.mjs --readme                     rewrites the README's two embed snippets
//
// `--import-map` adds an import map whose `integrity` section pins every other chunk too
// (Chrome 127, Firefox 138, Safari 18; an older browser loads them unchecked).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const README = fileURLToPath(new URL('../../../README.md', import.meta.url));
export const DEFAULT_BASE = 'http://127.0.0.1:8787';

export function readManifest() {
  return JSON.parse(readFileSync(new URL('../dist/cdn/sri.json', import.meta.url), 'utf8'));
}

/**
 * What a page of live elements preloads, each file once: a live card's path first (its API
 * part and the SDK's reader, a few KB: the first figures wait on them), then the SDK's client
 * (what `<kpi-board>` and the other elements read with).
 */
export const preloads = (manifest) => [...new Set([...manifest.preload['kpi-progress'], ...manifest.preload.sdk])];

/** Where the build's files are under `base`, and the attributes that pin one of them. */
function addressing(manifest, base) {
  return {
    root: `${base.replace(/\/$/, '')}/cdn/${manifest.version}/`,
    tag: (file) => `integrity="${manifest.integrity[file]}" crossorigin="anonymous"`,
  };
}

/**
 * The entry script with its integrity, then a modulepreload link per file a live element
 * needs (`preloads`: fetched with the page instead of after the first element asks), each
 * with its integrity; with `importMap`, an import map first.
 */
export function snippet(manifest, { base = DEFAULT_BASE, entry = 'thidua.js', importMap = false } = {}) {
  const { root, tag } = addressing(manifest, base);
  const lines = [];
  if (importMap) {
    const pinned = Object.fromEntries(Object.keys(manifest.integrity).filter((f) => f !== entry && f.endsWith('.js')).map((f) => [root + f, manifest.integrity[f]]));
    lines.push(`<script type="importmap">${JSON.stringify({ integrity: pinned })}</script>`);
  }
  lines.push(`<script type="module" src="${root}${entry}"`, `        ${tag(entry)}></script>`);
  for (const file of preloads(manifest)) lines.push(`<link rel="modulepreload" href="${root}${file}" ${tag(file)}>`);
  return lines.join('\n');
}

/**
 * A page of live cards alone: the provider's script first — it starts the cards' reads as soon as
 * it and the SDK's reader have arrived, before Lit and the card's code (src/provider/cdn-entry.ts),
 * which it could not do after the card's script, run first in document order —, then the card's,
 * then a modulepreload link per file of the live card's path (`preload["kpi-progress"]`, the reader
 * first). bench/suites/15-cdn-live-card measures this page.
 */
export function cardsSnippet(manifest, { base = DEFAULT_BASE } = {}) {
  const { root, tag } = addressing(manifest, base);
  const lines = [];
  for (const entry of ['thidua-provider.js', 'kpi-progress.js']) lines.push(`<script type="module" src="${root}${entry}"`, `        ${tag(entry)}></script>`);
  for (const file of manifest.preload['kpi-progress']) lines.push(`<link rel="modulepreload" href="${root}${file}" ${tag(file)}>`);
  return lines.join('\n');
}

/** The README's embed snippet: from its module script line (`thidua.js`) to the last modulepreload link after it. */
const snippetInReadme = /<script type="module" src="http:\/\/127\.0\.0\.1:8787\/cdn\/[^/\n]+\/thidua\.js"\n[^\n]*<\/script>(?:\n<link rel="modulepreload"[^\n]*)*/;
/** The README's snippet for live cards alone (`cardsSnippet`): the provider's script, the card's, their links. */
const cardsSnippetInReadme = /<script type="module" src="http:\/\/127\.0\.0\.1:8787\/cdn\/[^/\n]+\/thidua-provider\.js"\n[^\n]*<\/script>\n<script type="module"[^\n]*\n[^\n]*<\/script>(?:\n<link rel="modulepreload"[^\n]*)*/;

export function readmeSnippet(text = readFileSync(README, 'utf8')) {
  return text.match(snippetInReadme)?.[0];
}

export function readmeCardsSnippet(text = readFileSync(README, 'utf8')) {
  return text.match(cardsSnippetInReadme)?.[0];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const manifest = readManifest();
  if (args.includes('--readme')) {
    const text = readFileSync(README, 'utf8');
    if (!readmeSnippet(text)) throw new Error('README.md: no embed snippet (a module script from http://127.0.0.1:8787/cdn/…) to update');
    if (!readmeCardsSnippet(text)) throw new Error('README.md: no snippet for live cards alone (a module script of thidua-provider.js from http://127.0.0.1:8787/cdn/…) to update');
    writeFileSync(README, text.replace(snippetInReadme, snippet(manifest)).replace(cardsSnippetInReadme, cardsSnippet(manifest)));
    console.log(`README.md: embed snippets updated to ${manifest.version} (thidua.js ${manifest.integrity['thidua.js']})`);
  } else {
    const base = args.find((a) => !a.startsWith('--'));
    console.log(args.includes('--cards') ? cardsSnippet(manifest, base ? { base } : {}) : snippet(manifest, { ...(base ? { base } : {}), importMap: args.includes('--import-map') }));
  }
}
