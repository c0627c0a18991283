import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { ResponseCache } from './cache.js';
import { openCdn } from './cdn.js';
import { newAdminKey } from './data-dir-lock.js';
import { openDatabase, type Database } from './db.js';
import { migrate } from './migrations.js';
import { seedCatalog } from './repositories/catalog.js';
import { refreshDueDates } from './repositories/appraisals.js';
import { purgeOldKeys } from './repositories/idempotency.js';
import { purgeStaleDrafts } from './repositories/proposals.js';

export interface ServerOptions {
  /** 127.0.0.1 unless told otherwise: the API is put behind a proxy, not on the open network. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** PostgreSQL URL; PGlite in `dataDir` when absent. */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /**
   * Load a catalog at start: `true` for the seeded default, or a catalog
   * object. Skipped when the same catalog was the last one loaded.
   */
  seed?: boolean | unknown;
  /** Keep public reads in memory (default true); see cache.ts. */
  cache?: boolean;
  logError?: (error: unknown, requestId: string) => void;
  /** See AppOptions.strictContract: the test servers turn contract drift into a 500. */
  strictContract?: boolean;
  /** How long requests in flight may run on after close() before their connections are cut (default 5 s). */
  shutdownGraceMs?: number;
  /**
   * Deleting drafts never submitted (see `purgeStaleDrafts`): those unchanged
   * for `maxAgeMs` (default 90 days, `DRAFT_RETENTION`), looked for at start
   * and every `intervalMs` (default 6 hours); `false` never deletes them.
   */
  draftRetention?: { maxAgeMs?: number; intervalMs?: number } | false;
  /**
   * How long an Idempotency-Key's stored answer is kept (default 7 days,
   * `IDEMPOTENCY_KEY_RETENTION`); older ones are deleted on the drafts'
   * schedule (at start and every `draftRetention.intervalMs`), even when
   * drafts are kept. `false` keeps them all.
   */
  idempotencyKeyRetention?: { maxAgeMs?: number } | false;
  /** Where a purge of old drafts or keys is reported (how many; no personal data); the console by default. */
  logInfo?: (line: string) => void;
  /** The server's clock (see AppOptions.now); the system's when absent. */
  now?: () => Date;
  /**
   * The kit's CDN build to serve under /cdn/<version>/: a `dist/cdn` folder of
   * `@thidua/components`; by default the one installed beside the server (or the
   * checkout's), none when there is none; `false` serves none.
   */
  cdnDir?: string | false | undefined;
}

const DAY_MS = 86_400_000;

/** How long a draft never submitted is kept after its last change, and how often they are looked for. */
export const DRAFT_RETENTION = { maxAgeMs: 90 * DAY_MS, intervalMs: 6 * 60 * 60 * 1000 } as const;

/**
 * How long an Idempotency-Key answers a retry. Stripe prunes its keys once
 * they are at least 24 hours old; a week is kept here because the kit's
 * form keeps a submit's key until an answer comes, and an office's laptop
 * may stay shut over a weekend or a holiday before it retries. A key holds
 * a digest and an id, no personal data.
 */
export const IDEMPOTENCY_KEY_RETENTION = { maxAgeMs: 7 * DAY_MS } as const;

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  /** The public-read cache, when on. */
  cache: ResponseCache | undefined;
  /**
   * A bearer credential for the admin routes, valid while this server runs.
   * For a PGlite directory it is also written to the directory's lock file,
   * where the CLI finds it.
   */
  adminKey: string;
  /** The CDN files being served: their version, their folder and the URL they are under (`…/cdn/<version>/`). */
  cdn: { version: string; dir: string; url: string } | undefined;
  /** Stops accepting requests, lets the ones in flight finish, then closes the database. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, command: 'serve' });
  let cache: ResponseCache | undefined;
  let cdn: ReturnType<typeof openCdn>;
  try {
    cdn = options.cdnDir === false ? undefined : openCdn(options.cdnDir);
    await migrate(db);
    if (options.seed) {
      const catalog = options.seed === true ? (await import('@thidua/schemas/catalogs/bac-ninh-2026')).bacNinh2026 : options.seed;
      await seedCatalog(db, catalog, { onlyIfChanged: true });
    }
    // Dossiers submitted before due dates were stored, or counted over a calendar since replaced, get theirs.
    await refreshDueDates(db);
    if (options.cache !== false) cache = await ResponseCache.watching(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const adminKey = newAdminKey();
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? ((error: unknown) => console.error('thidua: purging old drafts or keys failed:', error));
  const logInfo = options.logInfo ?? ((line: string) => console.log(line));
  const days = (ms: number) => Math.round((ms / DAY_MS) * 100) / 100;
  // What is deleted once old: drafts never submitted, and Idempotency-Keys past their retention.
  const purges: (() => Promise<void>)[] = [];
  if (options.draftRetention !== false) {
    const { maxAgeMs } = { ...DRAFT_RETENTION, ...options.draftRetention };
    purges.push(async () => {
      const n = await purgeStaleDrafts(db, maxAgeMs, now());
      if (n > 0) logInfo(`thidua: deleted ${n} draft proposal(s) never submitted and unchanged for ${days(maxAgeMs)} day(s)`);
    });
  }
  if (options.idempotencyKeyRetention !== false) {
    const { maxAgeMs } = { ...IDEMPOTENCY_KEY_RETENTION, ...options.idempotencyKeyRetention };
    purges.push(async () => {
      const n = await purgeOldKeys(db, maxAgeMs, now());
      if (n > 0) logInfo(`thidua: deleted ${n} Idempotency-Key(s) older than ${days(maxAgeMs)} day(s)`);
    });
  }
  // At start, then every interval; a failed run is reported and the next one tries again.
  let purging: Promise<void> | undefined;
  let purgeTimer: ReturnType<typeof setInterval> | undefined;
  if (purges.length > 0) {
    const { intervalMs } = { ...DRAFT_RETENTION, ...(options.draftRetention || {}) };
    const purge = () => {
      purging ??= (async () => {
        for (const run of purges) await run().catch((error: unknown) => logError(error, 'purge'));
      })().finally(() => (purging = undefined));
    };
    purge();
    await purging;
    purgeTimer = setInterval(purge, intervalMs);
    purgeTimer.unref();
  }
  const app = createApp({
    db,
    cache,
    adminKey,
    strictContract: options.strictContract ?? false,
    cdn,
    ...(options.logError ? { logError: options.logError } : {}),
    now,
  });
  const host = options.host ?? '127.0.0.1';
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8787 }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  await db.lock?.publish({ url, adminKey });
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    db,
    cache,
    adminKey,
    cdn: cdn && { version: cdn.manifest.version, dir: cdn.dir, url: `${url}/cdn/${cdn.manifest.version}/` },
    close() {
      closing ??= (async () => {
        clearInterval(purgeTimer);
        await purging;
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeIdleConnections' in server) {
            // Keep-alive sockets would hold close() open for their idle timeout;
            // requests still running get a grace period, then are cut.
            server.closeIdleConnections();
            const idle = setInterval(() => server.closeIdleConnections(), 100);
            const force = setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs ?? 5_000);
            server.once('close', () => {
              clearInterval(idle);
              clearTimeout(force);
            });
          }
        });
        cache?.close();
        await db.close();
      })();
      return closing;
    },
  };
}
