// The packages as npm would publish them, and as an app gets them: each publishable
// workspace package is packed (`pnpm pack`, which rewrites `workspace:` ranges) and the
// tarball is checked — what it holds, publint and arethetypeswrong. Then a React 19 app and
// a Vue 3 app are installed from those tarballs (node_modules laid out as a package manager
// does: the tarballs unpacked, their dependencies and the apps' linked in), type-checked
// against the types the package ships (tsc, vue-tsc: a wrong attribute type must be an
// error, `@ts-expect-error`/`@vue-expect-error` say so), built with Vite and opened in
// Chromium against a real API server; Preact and Svelte typings are type-checked too. Needs the packages
// built (`pnpm build`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, realpath, rm, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import vue from '@vitejs/plugin-vue';
import { startTestServer, type TestServer } from '@thidua/server';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { build } from 'vite';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const tests = join(repo, 'tests');
/** pnpm itself: the one running this script (`pnpm test`), else the one on PATH. */
const pnpm = process.env.npm_execpath?.includes('pnpm') ? [process.execPath, process.env.npm_execpath] : ['pnpm'];
/** A tool's executable: the tests' own, else the workspace root's. */
const bin = (name: string) => [tests, repo].map((dir) => join(dir, 'node_modules/.bin', name)).find((file) => existsSync(file))!;

type Manifest = {
  name: string;
  version: string;
  private?: boolean;
  exports?: Record<string, string | Record<string, string>>;
  bin?: Record<string, string>;
  customElements?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
interface Packed {
  dir: string;
  manifest: Manifest;
  tarball: string;
  files: string[];
  /** package.json as packed. */
  packed: Manifest;
}

let work: string;
const packed: Packed[] = [];

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'thidua-published-'));
  for (const name of await readdir(join(repo, 'packages'))) {
    const dir = join(repo, 'packages', name);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Manifest;
    if (manifest.private) continue;
    const { stdout } = await run(pnpm[0]!, [...pnpm.slice(1), 'pack', '--pack-destination', work], { cwd: dir });
    const tarball = stdout.trim().split('\n').at(-1)!;
    const files = (await run('tar', ['-tzf', tarball])).stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    const packedManifest = JSON.parse((await run('tar', ['-xzOf', tarball, 'package/package.json'])).stdout) as Manifest;
    packed.push({ dir, manifest, tarball, files, packed: packedManifest });
  }
});
after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The files an `exports` target names (a `*` target: at least one file under its folder). */
function targets(value: string | Record<string, string>): string[] {
  return (typeof value === 'string' ? [value] : Object.values(value)).map((target) => target.replace(/^\.\//, ''));
}

describe('each package as packed', () => {
  it('packs every publishable package, and only those', () => {
    assert.deepEqual(packed.map((p) => p.manifest.name).sort(), ['@thidua/components', '@thidua/schemas', '@thidua/sdk', '@thidua/server']);
  });

  it('holds README, LICENSE, types and built code; no tests, no test helpers', () => {
    for (const { manifest, files } of packed) {
      for (const required of ['README.md', 'LICENSE', 'package.json']) assert.ok(files.includes(required), `${manifest.name} lacks ${required}`);
      const tests = files.filter((f) => /(^|\/)(test|tests|__tests__)\/|\.test\.[cm]?[jt]s$|test-helpers/.test(f));
      assert.deepEqual(tests, [], `${manifest.name} ships tests`);
      for (const [entry, value] of Object.entries(manifest.exports ?? {})) {
        for (const target of targets(value)) {
          const present = target.includes('*') ? files.some((f) => f.startsWith(target.slice(0, target.indexOf('*')))) : files.includes(target);
          assert.ok(present, `${manifest.name} exports ${entry} as ${target}, which is not in the tarball`);
        }
        if (typeof value === 'object') assert.ok(value['types'], `${manifest.name} ${entry} has no types`);
      }
      for (const target of Object.values(manifest.bin ?? {})) assert.ok(files.includes(target.replace(/^\.\//, '')), `${manifest.name} bin ${target}`);
      if (manifest.customElements) assert.ok(files.includes(manifest.customElements), `${manifest.name} customElements`);
    }
  });

  it('names its repository, home page and issue tracker, and exports package.json', () => {
    for (const { packed: m } of packed) {
      const meta = m as Manifest & { repository?: { url?: string; directory?: string }; homepage?: string; bugs?: string; license?: string };
      assert.ok(meta.repository?.url && meta.repository.directory, `${m.name} repository`);
      assert.ok(meta.homepage && meta.bugs, `${m.name} homepage, bugs`);
      assert.equal(meta.license, 'MIT');
      assert.equal(m.exports?.['./package.json'], './package.json');
    }
  });

  it('depends on the kit’s other packages by their version, never `workspace:`', () => {
    const versions = new Map(packed.map((p) => [p.manifest.name, p.manifest.version]));
    for (const { packed: m } of packed) {
      assert.doesNotMatch(JSON.stringify(m), /workspace:/, m.name);
      for (const field of ['dependencies', 'peerDependencies', 'devDependencies'] as const) {
        for (const [name, range] of Object.entries(m[field] ?? {})) if (versions.has(name)) assert.equal(range, versions.get(name), `${m.name} ${field} ${name}`);
      }
    }
  });

  it('takes Lit from the app (a peer dependency), as the CDN build bundles it', () => {
    const components = packed.find((p) => p.manifest.name === '@thidua/components')!;
    assert.ok(components.packed.peerDependencies?.['lit'], 'lit is not a peer dependency');
    assert.equal(components.packed.dependencies?.['lit'], undefined);
    assert.ok(components.files.includes('dist/cdn/thidua.js'));
  });

  it('passes publint and arethetypeswrong', async () => {
    for (const { manifest, tarball } of packed) {
      const lint = await run(bin('publint'), ['run', tarball, '--strict']).catch((error: { stdout: string; stderr: string }) => {
        throw new Error(`publint ${manifest.name}:\n${error.stdout}${error.stderr}`);
      });
      assert.match(lint.stdout, /All good/, `publint ${manifest.name}: ${lint.stdout}`);
      // ESM-only packages (type: module, no `require` condition): CommonJS resolution modes do not apply.
      await run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii']).catch((error: { stdout: string }) => {
        throw new Error(`arethetypeswrong ${manifest.name}:\n${error.stdout}`);
      });
    }
  });
});

describe('an app installed from the tarballs', () => {
  let app: string;
  let api: TestServer;
  let browser: Browser;
  let site: Server;
  let siteUrl: string;

  before(async () => {
    app = join(work, 'app');
    const modules = join(app, 'node_modules');
    // The kit: unpacked as a package manager unpacks it.
    for (const { manifest, tarball } of packed) {
      const dir = join(modules, manifest.name);
      await mkdir(dir, { recursive: true });
      await run('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
    }
    // Their dependencies and peers, as they declare them (resolved from the workspace's
    // install), then the apps' own: nothing else is reachable.
    const link = async (name: string, from: string) => {
      const target = join(modules, name);
      if (existsSync(target)) return;
      const resolved = await realpath(installed(name, from));
      await mkdir(dirname(target), { recursive: true });
      await symlink(resolved, target, 'dir');
    };
    for (const { manifest, dir } of packed) {
      for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) if (!name.startsWith('@thidua/')) await link(name, dir);
    }
    for (const name of ['react', 'react-dom', '@types/react', '@types/react-dom', 'vue', 'preact']) await link(name, tests);
    for (const framework of ['react', 'vue', 'preact', 'svelte']) await cp(join(here, `${framework}-app`), join(app, framework), { recursive: true });

    api = await startTestServer();
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    site = serve(app);
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const address = site.address() as { port: number };
    siteUrl = `http://127.0.0.1:${address.port}`;
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await api?.dispose();
  });

  it('React 19: the elements type-check from @thidua/components/jsx, and a wrong attribute type is an error', async () => {
    await typecheck(bin('tsc'), join(app, 'react/tsconfig.json'));
  });

  it('Vue 3: the elements type-check in templates from @thidua/components/vue, and a wrong attribute type is an error', async () => {
    await typecheck(bin('vue-tsc'), join(app, 'vue/tsconfig.json'));
  });

  it('the server’s `thidua` command runs from its tarball', async () => {
    const server = packed.find((p) => p.manifest.name === '@thidua/server')!;
    const command = join(app, 'node_modules/@thidua/server', server.packed.bin!['thidua']!);
    assert.match(await readFile(command, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    const { stdout } = await run(process.execPath, [command, '--help']);
    assert.match(stdout, /^Usage: thidua \[serve\|migrate\|seed/);
  });

  it('Preact: the same JSX types type-check the elements, and a wrong attribute type is an error', async () => {
    await typecheck(bin('tsc'), join(app, 'preact/tsconfig.json'));
  });

  it('Svelte: the elements are typed in the global svelteHTML namespace, and a wrong attribute type is an error', async () => {
    await typecheck(bin('tsc'), join(app, 'svelte/tsconfig.json'));
  });

  it('React 19: renders the elements in Chromium, with attributes, properties, styles and events', async () => {
    await build({ root: join(app, 'react'), base: './', configFile: false, logLevel: 'warn', build: { outDir: 'dist' } });
    await checkApp(`${siteUrl}/react/dist/index.html?api=${encodeURIComponent(api.url)}`);
  });

  it('Vue 3: renders the elements in Chromium, with attributes, properties and events', async () => {
    // The kit's tags, from its manifest, are custom elements to Vue's template compiler.
    const manifest = JSON.parse(await readFile(join(app, 'node_modules/@thidua/components/dist/custom-elements.json'), 'utf8')) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const tags = new Set(manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])));
    await build({
      root: join(app, 'vue'),
      base: './',
      configFile: false,
      logLevel: 'warn',
      plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.has(tag) } } })],
      build: { outDir: 'dist' },
    });
    await checkApp(`${siteUrl}/vue/dist/index.html?api=${encodeURIComponent(api.url)}`);
  });

  /** Type-checks a project; its errors are the failure message. */
  async function typecheck(checker: string, project: string) {
    await run(checker, ['-p', project], { cwd: dirname(project) }).catch((error: { stdout: string }) => {
      throw new Error(`${checker} -p ${project}:\n${error.stdout}`);
    });
  }

  async function checkApp(url: string) {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#loaded')?.textContent, { timeout: 20_000 });

      const card = await shadowState(page, '#static', (el) => ({
        value: (el as HTMLElement & { value: unknown }).value,
        shown: el.shadowRoot!.querySelector('[part~="value"]')?.textContent,
        bar: el.shadowRoot!.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext'),
      }));
      assert.equal(card.value, 62, 'the value reached the element as a number');
      assert.match(String(card.shown), /62/);
      assert.match(String(card.bar), /62/);

      const table = await shadowState(page, '#rows', (el) => ({
        rows: [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim()),
        highlighted: el.shadowRoot!.querySelector('[part~="highlight"]')?.textContent,
        highlightColour: getComputedStyle(el).getPropertyValue('--ranking-color-highlight').trim(),
      }));
      assert.equal(table.rows.length, 3, 'the rows property reached the table');
      assert.match(String(table.highlighted), /Sở Tài chính/);

      const board = await shadowState(page, '#board', (el) => ({
        locale: (el as HTMLElement & { locale: string }).locale,
        headingLevel: (el as HTMLElement & { headingLevel: number }).headingLevel,
        cards: el.shadowRoot!.querySelectorAll('kpi-progress').length,
        headings: [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level')),
      }));
      const loaded = await page.$eval('#loaded', (el) => el.textContent!);
      const [count] = loaded.split(' ');
      assert.equal(board.locale, 'en', 'the provider’s language reached the board');
      assert.equal(board.headingLevel, 2);
      assert.ok(board.headings.length > 0 && board.headings.every((level) => level === '2'));
      assert.ok(board.cards > 0);
      assert.equal(Number(count), board.cards, 'the thidua-load handler saw the list the board shows');

      // A filter button: the app's thidua-filter handler hears the status chosen.
      await page.$eval('#board', (el) => el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="filter"]')[1]!.click());
      await page.waitForFunction(() => document.querySelector('#filter')?.textContent, { timeout: 5_000 });
      const status = await page.$eval('#board', (el) => (el as HTMLElement & { status: string }).status);
      assert.ok(status);
      assert.equal(await page.$eval('#filter', (el) => el.textContent), status);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  }
});

/** Where Node would find package `name` from folder `from`: the nearest node_modules that has it. */
function installed(name: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed for ${from}`);
  }
}

/** An element's state once it and its lazily loaded parts have rendered. */
async function shadowState<T>(page: Page, selector: string, read: (el: Element) => T): Promise<T> {
  await page.$eval(selector, (el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
  return page.$eval(selector, read as (el: Element) => T) as Promise<T>;
}

/** The built apps, as a static site (the API is another origin: the kit's CORS path). */
function serve(root: string): Server {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !file.includes(`${sep}dist${sep}`)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
}
