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
import { CatalogInvalidError, seedCatalog } from './seed.js';
import { startServer } from './server.js';

const usage = `Usage: thidua-server [serve|migrate|seed] [options]
  --host <addr>        listen address (HOST, default 127.0.0.1)
  --port <n>           port (PORT, default 8787)
  --data-dir <dir>     PGlite data directory (THIDUA_DATA_DIR, default .data/thidua)
  --database-url <url> PostgreSQL instead of PGlite (DATABASE_URL)
  --seed               load the default catalog before serving
  --catalog <file>     with "seed": a catalog JSON file instead of the default`;

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
  } else {
    console.error('thidua:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
