// Prints what each CDN entry costs a page before any lazy chunk: the entry and
// every chunk it imports statically, minified, gzipped file by file (as served).
// Usage: node scripts/cdn-size.mjs [entry.js …] (after `pnpm build`)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const cdn = new URL('../dist/cdn/', import.meta.url).pathname;
const entries = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(cdn).filter((f) => f.endsWith('.js'));
const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.[^"'`]+)["'`]/g;
const dynamicImport = /import\(\s*["'`](\.[^"'`]+)["'`]\s*\)/g;

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
for (const entry of entries) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(staticImport)) visit(join(dirname(file), spec));
    for (const [, spec] of code.matchAll(dynamicImport)) lazy.add(relative(cdn, join(dirname(file), spec)));
  };
  visit(join(cdn, entry));
  let min = 0;
  let gzip = 0;
  for (const file of seen) {
    const code = readFileSync(file);
    min += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
  }
  console.log(`${entry}: ${kb(min)} min, ${kb(gzip)} min+gzip in ${seen.size} files; lazy: ${[...lazy].join(', ') || 'none'}`);
}
