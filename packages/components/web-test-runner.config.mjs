import http from 'node:http';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

/**
 * Component tests in Chromium, against a real API server: the server is
 * started over a throw-away database (a fresh PGlite directory, or a fresh
 * database on DATABASE_URL) and its address is served to the page at
 * /__thidua_api.json.
 */
function thiduaApiPlugin() {
  let server;
  return {
    name: 'thidua-api',
    async serverStart() {
      const { startTestServer } = await import('@thidua/server').catch((error) => {
        throw new Error('@thidua/server is not built: run `pnpm --filter @thidua/server build` first', { cause: error });
      });
      server = await startTestServer();
    },
    async serverStop() {
      await server?.dispose();
    },
    serve(context) {
      if (context.path === '/__thidua_api.json') return { body: JSON.stringify({ url: server.url }), type: 'json' };
    },
  };
}

/**
 * The nomination elements' server: the seeded catalog with its final round open
 * for dossiers around today (the seeded rounds are past), started once for
 * the run, with proposer tokens of a ward (`phuong-kinh-bac`) and of the
 * Youth Union. The form is pointed at a proxy in front of it, which can drop
 * the answer to one request after the server has handled it
 * (`executeServerCommand('drop-next-answer', { method, path, cut })`): a submit
 * whose first answer is lost, at the network level. Served to the page at
 * /__thidua_nominations.json: `{ url, direct, tokens }` (`url` is the proxy's).
 * `executeServerCommand('proposer-token', { units })` issues a proposer token
 * for other units: a test that needs a list only it writes (an empty one, or
 * one whose every page it knows) takes a unit of its own.
 * `executeServerCommand('appraiser-token', { units })` issues an appraiser's
 * (of Sở Khoa học và Công nghệ, which appraises the Bằng khen, when `units` is
 * left out; of another unit it sees no dossier), and
 * `executeServerCommand('coordinator-token')` the coordinator's; `tokens`
 * also holds one of each (`appraiser`, `coordinator`).
 */
function nominationsApiPlugin() {
  let server;
  let proxy;
  let tokens;
  /** Requests whose answer the proxy drops once: `METHOD path-suffix`. */
  const drop = [];
  const dropped = [];
  return {
    name: 'thidua-nominations-api',
    async serverStart() {
      const [{ startTestServer, issueToken }, { bacNinh2026 }, { dateIn }] = await Promise.all([
        import('@thidua/server'),
        import('@thidua/schemas/catalogs/bac-ninh-2026'),
        import('@thidua/schemas'),
      ]);
      const day = (offset) => dateIn(new Date(Date.now() + offset * 86_400_000));
      const catalog = structuredClone(bacNinh2026);
      Object.assign(catalog.campaigns[0].rounds[1], { dossiersOpenOn: day(-30), dossierDeadline: day(30), date: day(40) });
      server = await startTestServer({ seed: catalog });
      server.issueRoleToken = async (role, name, unitIds) => (await issueToken(server.db, { name, role, ...(unitIds ? { unitIds } : {}) })).token;
      server.issueProposerToken = (name, unitIds) => server.issueRoleToken('proposer', name, unitIds);
      tokens = {
        ward: await server.issueProposerToken('UBND phường Kinh Bắc', ['phuong-kinh-bac']),
        youth: await server.issueProposerToken('Tỉnh đoàn Bắc Ninh', ['tinh-doan']),
        appraiser: await server.issueRoleToken('appraiser', 'Sở Khoa học và Công nghệ', ['so-khoa-hoc-cong-nghe']),
        coordinator: await server.issueRoleToken('coordinator', 'Sở Khoa học và Công nghệ (thường trực)'),
      };
      const target = new URL(server.url);
      proxy = http.createServer((req, res) => {
        const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
          const i = drop.findIndex((d) => d.method === req.method && req.url.endsWith(d.path));
          if (i >= 0) {
            // The server has done the work; its answer never reaches the browser.
            const [{ cut }] = drop.splice(i, 1);
            const chunks = [];
            answer.on('data', (chunk) => chunks.push(chunk));
            answer.on('end', () => {
              dropped.push(`${req.method} ${req.url} ${answer.statusCode}`);
              // `cut`: the headers and half the body, then the connection closes (a browser never
              // resends that); otherwise it closes before a byte, which a browser may resend by itself.
              if (cut) {
                const body = Buffer.concat(chunks);
                res.writeHead(answer.statusCode, answer.headers);
                res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => req.socket.destroy(), 20));
              } else req.socket.destroy();
            });
            return;
          }
          res.writeHead(answer.statusCode, answer.headers);
          answer.pipe(res);
        });
        upstream.on('error', () => res.destroy());
        req.pipe(upstream);
      });
      await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    },
    async serverStop() {
      await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve()));
      await server?.dispose();
    },
    serve(context) {
      if (context.path === '/__thidua_nominations.json') {
        return { body: JSON.stringify({ url: `http://127.0.0.1:${proxy.address().port}`, direct: server.url, tokens }), type: 'json' };
      }
    },
    async executeCommand({ command, payload }) {
      if (command === 'drop-next-answer') {
        drop.push({ method: payload.method, path: payload.path, cut: Boolean(payload.cut) });
        return true;
      }
      if (command === 'dropped-answers') return dropped.splice(0);
      if (command === 'proposer-token') return server.issueProposerToken(payload.units.join(', '), payload.units);
      if (command === 'appraiser-token') {
        const units = payload?.units ?? ['so-khoa-hoc-cong-nghe'];
        return server.issueRoleToken('appraiser', units.join(', '), units);
      }
      if (command === 'coordinator-token') return server.issueRoleToken('coordinator', 'Cơ quan thường trực');
      return undefined;
    },
  };
}

/**
 * The public results' server: the seeded catalog with its demo round open
 * (`bn2026-demo`), started on first use (`executeServerCommand('results-api')`),
 * where a round's whole journey is made once through the real routes: two
 * units submit (long names, two "Nguyễn Văn An" of different units, a
 * collective), the appraiser (Sở Khoa học và Công nghệ) appraises — one
 * nominee rejected —, the coordinator records the Chairman's decision and
 * features two awards, one with a photo (a real PNG) and its alt text, one
 * without. Answers `{ url, campaignId, roundId, awards, featured }` (counts)
 * once the journey is done, `{ pending: true }` until then: a test asks again until it is.
 */
function resultsApiPlugin() {
  let child;
  let ready;
  return {
    name: 'thidua-results-api',
    async serverStop() {
      child?.kill('SIGTERM');
    },
    async executeCommand({ command }) {
      if (command !== 'results-api') return undefined;
      // The journey takes longer than a command may answer in (20 s), and PGlite's work would block this
      // process's event loop: it runs in a process of its own (scripts/results-server.mjs). The first call
      // starts it; each call answers `{ pending: true }` until it is done, or throws what went wrong.
      if (!ready) {
        ready = {};
        child = spawn(process.execPath, [fileURLToPath(new URL('./scripts/results-server.mjs', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const line = out.split('\n').find((l) => l.startsWith('{'));
          if (line && !ready.value) ready.value = JSON.parse(line);
        });
        child.on('exit', (code) => {
          if (!ready.value) ready.error = new Error(`the results server exited (${code}) before its journey was done`);
        });
      }
      if (ready.error) throw ready.error;
      return ready.value ?? { pending: true };
    },
  };
}

/** `executeServerCommand('emulate-forced-colors', { active })`: Windows high-contrast mode, which @web/test-runner-commands cannot emulate. */
function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}

/**
 * `executeServerCommand('hold-module', { path })`: the dev server answers a request for a source
 * file whose path ends with `path` only after `executeServerCommand('release-modules')`, so a test
 * can see what an element does while one of its chunks is still on its way (a slow network, at
 * the level of one file). A middleware, ahead of the dev server's cache of transformed files; the
 * page's HTTP cache is turned off. Only the first load of that file in a page is held (the page
 * keeps the module).
 */
function holdModules() {
  const held = [];
  let release;
  let released = Promise.resolve();
  return {
    async middleware(context, next) {
      if (held.some((path) => context.path.endsWith(path))) await released;
      return next();
    },
    plugin: {
      name: 'hold-modules',
      async executeCommand({ command, payload, session }) {
        if (command === 'hold-module') {
          await session.browser.getPage(session.id).setCacheEnabled(false);
          if (!held.length) released = new Promise((resolve) => (release = resolve));
          held.push(payload.path);
          return true;
        }
        if (command === 'release-modules') {
          held.length = 0;
          release?.();
          return true;
        }
        return undefined;
      },
    },
  };
}
const heldModules = holdModules();

/**
 * `executeServerCommand('mouse-wheel', { x, y, deltaY })`: a real wheel event at a point of the
 * page (CDP Input.dispatchMouseEvent, type mouseWheel, through puppeteer), scrolled by the
 * browser as a mouse wheel scrolls, which `sendMouse` cannot do.
 */
function mouseWheelPlugin() {
  return {
    name: 'mouse-wheel',
    async executeCommand({ command, payload, session }) {
      if (command !== 'mouse-wheel') return undefined;
      const page = session.browser.getPage(session.id);
      await page.mouse.move(payload.x, payload.y);
      await page.mouse.wheel({ deltaY: payload.deltaY });
      return true;
    },
  };
}

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  // src/themes/dark.test.ts checks the dark preset is in effect: it runs under web-test-runner.dark.config.mjs.
  files: ['src/**/*.test.ts', '!src/themes/**'],
  nodeResolve: true,
  concurrency: 1,
  // The scrolling test sends hundreds of real wheel and key events, each waited out (about a minute in all).
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args },
    }),
  ],
  plugins: [
    // esbuild reads this file raw (no `extends`), so point it at the base config that sets
    // experimentalDecorators and useDefineForClassFields: decorators then compile as tsc compiles them.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../../tsconfig.base.json', import.meta.url)) }),
    thiduaApiPlugin(),
    nominationsApiPlugin(),
    resultsApiPlugin(),
    forcedColorsPlugin(),
    mouseWheelPlugin(),
    heldModules.plugin,
  ],
  middleware: [heldModules.middleware],
};
