#!/usr/bin/env node
/**
 * thidua (the package's bin): `serve` (the default), `migrate`, `seed [--catalog file.json]`,
 * `units import`, `token create|revoke`. Configuration from flags or the
 * environment: PORT, HOST, DATABASE_URL, THIDUA_DATA_DIR,
 * THIDUA_DRAFT_RETENTION_DAYS, THIDUA_CDN_DIR.
 *
 * A PGlite directory has one owner. When a server holds it, the admin
 * commands (seed, units import, token create/revoke) are sent to that server's
 * admin routes with the local admin key it wrote into the directory's lock
 * file, so nothing is written behind its back and nothing is lost. On
 * PostgreSQL they write directly: the database serves many processes, and
 * every server's cache hears of the change by NOTIFY.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from './db.js';
import { migrate } from './migrations.js';
import { currentOwner, type DirectoryOwner } from './data-dir-lock.js';
import { issueToken, revokeToken, UnknownUnitsError } from './repositories/tokens.js';
import { CatalogInvalidError, importUnits, seedCatalog } from './repositories/catalog.js';
import { parseUnitsCsv } from './units-csv.js';
import { ROLES, type Role } from '@thidua/schemas';

class UsageError extends Error {}

/** An admin route refused a command; its issues name the fields, as the API reports them. */
class AdminRequestError extends Error {
  constructor(
    message: string,
    readonly issues: { path: (string | number)[]; message: string }[],
  ) {
    super(message);
  }
}

/** Sends an admin command to the server that owns the data directory. */
async function viaServer<T>(owner: DirectoryOwner, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${owner.url}/v1/admin/${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${owner.adminKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await res.json().catch(() => undefined)) as { error?: { message: string; issues: AdminRequestError['issues'] } } | undefined;
  if (!res.ok) throw new AdminRequestError(answer?.error?.message ?? `HTTP ${res.status}`, answer?.error?.issues ?? []);
  return answer as T;
}

/** The running server that holds a PGlite directory and takes admin commands, if any. */
async function runningServer(databaseUrl: string | undefined, dataDir: string): Promise<DirectoryOwner | undefined> {
  if (databaseUrl) return undefined;
  const owner = await currentOwner(dataDir);
  return owner?.url && owner.adminKey ? owner : undefined;
}
import { startServer } from './server.js';

const usage = `Usage: thidua [serve|migrate|seed|units import FILE.csv|token create|token revoke ID] [options]
  --host <addr>        listen address (HOST, default 127.0.0.1)
  --port <n>           port (PORT, default 8787)
  --data-dir <dir>     PGlite data directory (THIDUA_DATA_DIR, default .data/thidua)
  --database-url <url> PostgreSQL instead of PGlite (DATABASE_URL)
  --seed               load the default catalog before serving
  --draft-retention-days <n>  delete draft proposals never submitted once unchanged for n days
                       (THIDUA_DRAFT_RETENTION_DAYS, default 90; "off" keeps them)
  --cdn-dir <dir>      the kit's CDN build to serve under /cdn/<version>/ (THIDUA_CDN_DIR; default: the
                       installed @thidua/components' dist/cdn; "off" serves none)
  --catalog <file>     with "seed": a catalog JSON file instead of the default
  --name <text>        with "token create": who holds the token (e.g. "Sở Y tế")
  --unit <id>          with "token create": a unit the token acts for (repeatable); for a
                       coordinator, its one coordinating department (the catalog's by default)
  --coordinator        with "token create": may report for every unit (same as --role coordinator)
  --role <role>        with "token create": ${ROLES.join(', ')} (default reporter)
  --parent <id>        with "units import": parent of rows that name none (the province)`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      seed: { type: 'boolean' },
      'draft-retention-days': { type: 'string' },
      'cdn-dir': { type: 'string' },
      catalog: { type: 'string' },
      name: { type: 'string' },
      unit: { type: 'string', multiple: true },
      coordinator: { type: 'boolean' },
      role: { type: 'string' },
      parent: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(usage);
  const command = positionals[0] ?? 'serve';
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  const dataDir = values['data-dir'] ?? process.env.THIDUA_DATA_DIR ?? '.data/thidua';
  const where = databaseUrl ? 'PostgreSQL' : `PGlite (${dataDir})`;

  const readCatalog = async () =>
    values.catalog ? JSON.parse(await readFile(values.catalog, 'utf8')) : (await import('@thidua/schemas/catalogs/bac-ninh-2026')).bacNinh2026;
  const owner = ['seed', 'token', 'units'].includes(command) ? await runningServer(databaseUrl, dataDir) : undefined;
  const through = owner ? ` through the server at ${owner.url} (pid ${owner.pid})` : '';

  if (command === 'seed' && owner) {
    const { changed } = await viaServer<{ changed: Record<string, number> }>(owner, 'seed', values.catalog ? { catalog: await readCatalog() } : {});
    const total = Object.values(changed).reduce((a, b) => a + b, 0);
    console.log(`thidua: catalog loaded${through}, ${total} row(s) changed`, changed);
    return;
  }
  if (command === 'migrate' || command === 'seed') {
    const db = await openDatabase({ databaseUrl, dataDir, command });
    try {
      const applied = await migrate(db);
      console.log(`thidua: ${where}: ${applied.length} migration(s) applied`);
      if (command === 'seed') {
        const { changed } = await seedCatalog(db, await readCatalog());
        const total = Object.values(changed).reduce((a, b) => a + b, 0);
        console.log(`thidua: catalog loaded, ${total} row(s) changed`, changed);
      }
    } finally {
      await db.close();
    }
    return;
  }
  if (command === 'token' || command === 'units') {
    const action = `${command} ${positionals[1] ?? ''}`.trim();
    const tokenInit = () => {
      if (!values.name) throw new UsageError('token create needs --name');
      const role = values.coordinator ? 'coordinator' : (values.role ?? 'reporter');
      if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
      if (role !== 'coordinator' && !values.unit?.length) throw new UsageError('token create needs --unit <id> (repeatable) or --coordinator');
      if (role === 'coordinator' && (values.unit?.length ?? 0) > 1) throw new UsageError('a coordinator token names one --unit at most: its coordinating department');
      return { name: values.name, role: role as Role, unitIds: values.unit ?? [] };
    };
    const created = (issued: { id: string; token: string }) =>
      console.log(`thidua: token ${issued.id} created for "${values.name}"${through}. It is shown once; only its digest is stored:\n${issued.token}`);
    if (action === 'token create') {
      const init = tokenInit();
      if (owner) return created(await viaServer(owner, 'tokens', init));
    } else if (action === 'token revoke' && positionals[2]) {
      if (owner) {
        try {
          await viaServer(owner, `tokens/${encodeURIComponent(positionals[2])}/revoke`, {});
          return void console.log(`thidua: token revoked${through}`);
        } catch (error) {
          if (error instanceof AdminRequestError && error.issues[0]?.path.join('.') === 'path.tokenId') {
            return void console.log('thidua: no such active token');
          }
          throw error;
        }
      }
    } else if (action === 'units import' && positionals[2]) {
      const units = parseUnitsCsv(await readFile(positionals[2], 'utf8'), values.parent);
      if (owner) {
        const { read, changed } = await viaServer<{ read: number; changed: number }>(owner, 'units', { units });
        return void console.log(`thidua: ${read} unit(s) read, ${changed} added or changed${through}`);
      }
    } else {
      throw new UsageError(`unknown command: ${positionals.join(' ')}`);
    }
    const db = await openDatabase({ databaseUrl, dataDir, command: action });
    try {
      await migrate(db);
      if (action === 'token create') {
        created(await issueToken(db, tokenInit()));
      } else if (action === 'token revoke') {
        console.log((await revokeToken(db, positionals[2]!)) ? 'thidua: token revoked' : 'thidua: no such active token');
      } else {
        const units = parseUnitsCsv(await readFile(positionals[2]!, 'utf8'), values.parent);
        const { read, changed } = await importUnits(db, units);
        console.log(`thidua: ${read} unit(s) read, ${changed} added or changed`);
      }
    } finally {
      await db.close();
    }
    return;
  }
  if (command !== 'serve') {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const port = Number(values.port ?? process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${values.port ?? process.env.PORT}`);
  const retention = values['draft-retention-days'] ?? process.env.THIDUA_DRAFT_RETENTION_DAYS;
  const days = retention === undefined || retention === 'off' ? undefined : Number(retention);
  if (days !== undefined && !(Number.isFinite(days) && days > 0)) throw new UsageError(`--draft-retention-days must be a number of days above 0, or "off": ${retention}`);
  const cdnDir = values['cdn-dir'] ?? process.env.THIDUA_CDN_DIR;
  const server = await startServer({
    host: values.host ?? process.env.HOST ?? '127.0.0.1',
    port,
    databaseUrl,
    dataDir,
    seed: values.seed ?? false,
    cdnDir: cdnDir === 'off' ? false : cdnDir,
    ...(retention === 'off' ? { draftRetention: false as const } : days !== undefined ? { draftRetention: { maxAgeMs: days * 86_400_000 } } : {}),
  });
  // Before saying it listens: a supervisor (or a test) that stops the server as soon as it reads
  // that line must find the handlers there, not the default action that kills without closing.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`thidua: ${signal}, closing`);
    server.close().then(
      () => process.exit(0),
      (error) => {
        console.error('thidua: close failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  console.log(`thidua: API on ${server.url}/v1 over ${where}`);
  console.log(server.cdn ? `thidua: the kit's CDN files on ${server.cdn.url} (from ${server.cdn.dir})` : 'thidua: no CDN build found (install @thidua/components beside the server, or --cdn-dir): /cdn/ answers 404');
}

main().catch((error) => {
  if (error instanceof CatalogInvalidError) {
    console.error('thidua: danh mục không hợp lệ (invalid catalog):');
    for (const issue of error.issues) console.error(`  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  } else if (error instanceof AdminRequestError) {
    console.error(`thidua: ${error.message}`);
    for (const issue of error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
  } else if (error instanceof UnknownUnitsError) {
    console.error(`thidua: ${error.message}; the token was not created`);
  } else if (error instanceof UsageError) {
    console.error(`thidua: ${error.message}\n${usage}`);
  } else {
    console.error('thidua:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
