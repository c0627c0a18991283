// Minifies the CSS inside Lit's css`…` templates, which bundlers leave as written.
// The kpi-progress entry has a size budget (see bench/), and its style sheet is a
// quarter of it. Used on the npm build (dist/, after tsc: `node scripts/minify-css.mjs`)
// and, through vite.config.ts, on the CDN build. A template with an interpolation is
// left alone. The removed line breaks are put back after the template (outside it: inside,
// they would ship in every bundle), so every line after it keeps its number and tsc's
// source maps stay right.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .trim();
}

/** The module's code with every interpolation-free css`…` template minified. */
export function minifyCssTemplates(code) {
  return code.replace(/\bcss\s*`([^`$\\]*)`/g, (_, css) => `css\`${minifyCss(css)}\`${'\n'.repeat(css.split('\n').length - 1)}`);
}

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'cdn') yield* files(path);
    } else if (entry.name.endsWith('.js')) yield path;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = new URL('../dist/', import.meta.url).pathname;
  for await (const file of files(dist)) {
    const code = await readFile(file, 'utf8');
    const minified = minifyCssTemplates(code);
    if (minified !== code) await writeFile(file, minified);
  }
}
