#!/usr/bin/env node
/**
 * thidua-server: `serve` (the default), `migrate`, `seed [--catalog file.json]`.
 * Configuration from flags or the environment: PORT, HOST, DATABASE_URL,
 * THIDUA_DATA_DIR.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from './db.js';
import { migrate } from './migrations.js';
import { issueToken, revokeToken } from './repositories/tokens.js';
import { CatalogInvalidError, importUnits, seedCatalog } from './repositories/catalog.js';
import { parseUnitsCsv } from './units-csv.js';

class UsageError extends Error {}
import { startServer } from './server.js';

const usage = `Usage: thidua-server [serve|migrate|seed|units import FILE.csv|token create|token revoke ID] [options]
  --host <addr>        listen address (HOST, default 127.0.0.1)
  --port <n>           port (PORT, default 8787)
  --data-dir <dir>     PGlite data directory (THIDUA_DATA_DIR, default .data/thidua)
  --database-url <url> PostgreSQL instead of PGlite (DATABASE_URL)
  --seed               load the default catalog before serving
  --catalog <file>     with "seed": a catalog JSON file instead of the default
  --name <text>        with "token create": who holds the token (e.g. "Sở Y tế")
  --unit <id>          with "token create": a unit the token may report for (repeatable)
  --coordinator        with "token create": may report for every unit
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
      catalog: { type: 'string' },
      name: { type: 'string' },
      unit: { type: 'string', multiple: true },
      coordinator: { type: 'boolean' },
      parent: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(usage);
  const command = positionals[0] ?? 'serve';
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  const dataDir = values['data-dir'] ?? process.env.THIDUA_DATA_DIR ?? '.data/thidua';
  const where = databaseUrl ? 'PostgreSQL' : `PGlite (${dataDir})`;

  if (command === 'migrate' || command === 'seed') {
    const db = await openDatabase({ databaseUrl, dataDir });
    try {
      const applied = await migrate(db);
      console.log(`thidua: ${where}: ${applied.length} migration(s) applied`);
      if (command === 'seed') {
        const catalog = values.catalog
          ? JSON.parse(await readFile(values.catalog, 'utf8'))
          : (await import('@thidua/schemas/catalogs/bac-ninh-2026')).bacNinh2026;
        const { changed } = await seedCatalog(db, catalog);
        const total = Object.values(changed).reduce((a, b) => a + b, 0);
        console.log(`thidua: catalog loaded, ${total} row(s) changed`, changed);
      }
    } finally {
      await db.close();
    }
    return;
  }
  if (command === 'token' || command === 'units') {
    const db = await openDatabase({ databaseUrl, dataDir });
    try {
      await migrate(db);
      if (command === 'token' && positionals[1] === 'create') {
        if (!values.name) throw new UsageError('token create needs --name');
        const issued = await issueToken(db, {
          name: values.name,
          role: values.coordinator ? 'coordinator' : 'reporter',
          unitIds: values.unit ?? [],
        });
        console.log(`thidua: token ${issued.id} created for "${values.name}". It is shown once; only its digest is stored:\n${issued.token}`);
      } else if (command === 'token' && positionals[1] === 'revoke' && positionals[2]) {
        console.log((await revokeToken(db, positionals[2])) ? 'thidua: token revoked' : 'thidua: no such active token');
      } else if (command === 'units' && positionals[1] === 'import' && positionals[2]) {
        const units = parseUnitsCsv(await readFile(positionals[2], 'utf8'), values.parent);
        const { read, changed } = await importUnits(db, units);
        console.log(`thidua: ${read} unit(s) read, ${changed} added or changed`);
      } else {
        throw new UsageError(`unknown command: ${positionals.join(' ')}`);
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
  const server = await startServer({
    host: values.host ?? process.env.HOST ?? '127.0.0.1',
    port,
    databaseUrl,
    dataDir,
    seed: values.seed ?? false,
  });
  console.log(`thidua: API on ${server.url}/v1 over ${where}`);
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
}

main().catch((error) => {
  if (error instanceof CatalogInvalidError) {
    console.error('thidua: danh mục không hợp lệ (invalid catalog):');
    for (const issue of error.issues) console.error(`  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  } else if (error instanceof UsageError) {
    console.error(`thidua: ${error.message}\n${usage}`);
  } else {
    console.error('thidua:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
