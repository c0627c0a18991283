/**
 * Shared helpers of the benchmarks. Every figure is printed in a table with a
 * ratio against a baseline measured in the same run (or a published peer
 * figure, labelled as such); nothing here asserts a time.
 */
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

export const root = fileURLToPath(new URL('..', import.meta.url));
/** Where entries are bundled from: bench/, whose devDependencies are what the sizes measure. */
const benchDir = fileURLToPath(new URL('.', import.meta.url));
export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
export const ms = (x) => `${x.toFixed(1)} ms`;
export const ratio = (x, base) => `${(x / base).toFixed(2)}×`;

/** Prints a titled table: `rows` are arrays of cells, the first row the header. */
export function printTable(title, rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${title}\n${line(rows[0])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
}

/** The bundlers every size is measured with: what a site's build is likely to be. */
export const BUNDLERS = ['vite', 'esbuild'];

/**
 * What a module costs a page at load, bundled with its dependencies by Vite 8
 * (rolldown) or by esbuild, code splitting on, minified, ES2022: the entry
 * chunk plus every chunk it imports statically, each gzipped alone at level 9
 * (as a server sends them); chunks reached only by dynamic import() are
 * reported apart (`lazyGzip`). `source` is the entry module's text.
 */
export async function bundleSize(source, { name = 'entry', bundler = 'vite' } = {}) {
  const chunks = bundler === 'esbuild' ? await esbuildChunks(source, name) : await viteChunks(source, name);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (c) => {
    if (!c || seen.has(c)) return;
    seen.add(c);
    for (const i of c.imports) visit(byName.get(i));
  };
  visit(chunks.find((c) => c.isEntry));
  let min = 0;
  let gzip = 0;
  for (const c of seen) {
    min += Buffer.byteLength(c.code);
    gzip += gzipSync(c.code, { level: 9 }).length;
  }
  const lazy = chunks.filter((c) => !seen.has(c));
  return { min, gzip, chunks: seen.size, lazyGzip: lazy.reduce((a, c) => a + gzipSync(c.code, { level: 9 }).length, 0) };
}

/** Vite's production build of the entry: chunks as `{ fileName, code, isEntry, imports }` (static imports only). */
async function viteChunks(source, name) {
  const id = `\0bench-entry:${name}`;
  const output = await viteBuild({
    configFile: false,
    logLevel: 'silent',
    root: benchDir,
    plugins: [{ name: 'bench-entry', resolveId: (s) => (s === id ? id : null), load: (s) => (s === id ? source : null) }],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      rolldownOptions: { input: id, output: { format: 'es', minify: true } },
    },
  });
  return (Array.isArray(output) ? output[0] : output).output
    .filter((c) => c.type === 'chunk')
    .map((c) => ({ fileName: c.fileName, code: c.code, isEntry: c.isEntry, imports: c.imports }));
}

/**
 * esbuild's build of the entry, as Angular's application builder and many
 * sites run it: ESM with splitting, minified, browser conditions. The entry is
 * written to a file under bench/ so that packages resolve from here.
 */
async function esbuildChunks(source, name) {
  const dir = await mkdtemp(join(benchDir, '.esbuild-'));
  try {
    const entry = join(dir, `${name}.js`);
    await writeFile(entry, source);
    const result = await esbuild({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      metafile: true,
      outdir: join(dir, 'out'),
      logLevel: 'silent',
      loader: { '.css': 'empty' },
    });
    const codeOf = new Map(result.outputFiles.map((f) => [f.path, f.text]));
    return Object.entries(result.metafile.outputs)
      .filter(([path]) => path.endsWith('.js'))
      .map(([path, meta]) => ({
        fileName: resolve(path),
        code: codeOf.get(resolve(path)) ?? '',
        // esbuild marks the targets of import() as entry points too: the entry is the file written above.
        isEntry: meta.entryPoint !== undefined && resolve(meta.entryPoint) === entry,
        imports: meta.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => resolve(i.path)),
      }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

/** A static server on 127.0.0.1 for bench pages; `mounts` maps URL prefixes to folders. */
export async function serveStatic(mounts) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length).find(([p]) => path.startsWith(p));
    if (!mount) return void res.writeHead(404).end();
    const [prefix, dir] = mount;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir + sep) && file !== dir) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Debian's Chromium, headless, with the flags this machine needs. */
export function launchBrowser() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A page for one timed run, as a first visit: in a new browser context, whose HTTP cache, code
 * cache and connections start empty. `close` ends the context, so nothing of this run is still
 * running when the next starts. Not DevTools' "disable cache" (Network.setCacheDisabled) in one
 * context for every run: that bypass is paid per request, which weighs on the page that makes more
 * requests (bench/suites/15-cdn-live-card measured it), and the runs shared their connections.
 */
export async function firstVisit(browser) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  return { tab, close: () => context.close() };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
