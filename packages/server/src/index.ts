export { createApp, type AppOptions, type App } from './app.js';
export { hashToken, type Principal } from './auth.js';
export { issueToken, revokeToken, UnknownUnitsError, type IssuedToken } from './repositories/tokens.js';
export { openDatabase, type Database, type DatabaseOptions, type Queryable } from './db.js';
export { migrate, migrations } from './migrations.js';
export { seedCatalog, importUnits, CatalogInvalidError, type SeedReport } from './repositories/catalog.js';
export { parseUnitsCsv } from './units-csv.js';
export { startServer, DRAFT_RETENTION, IDEMPOTENCY_KEY_RETENTION, type ServerOptions, type RunningServer } from './server.js';
export { startTestServer, type TestServer } from './testing.js';
export { ResponseCache, type ResponseCacheOptions } from './cache.js';
export { negotiateEncoding, compressBoth, isCompressible, type Encoding } from './encoding.js';
export { staticFiles, representation, notModified, STATIC_TYPES, type StaticFile, type StaticFiles, type StaticFilesOptions } from './static-files.js';
export { openCdn, type Cdn, type CdnManifest } from './cdn.js';
export { DataDirectoryBusyError, currentOwner, type DirectoryOwner } from './data-dir-lock.js';
export { DatabaseError } from './db.js';
// For benchmarks and tools that time or EXPLAIN the paged reads without HTTP in between.
export { loadRanking } from './repositories/rankings.js';
export { listUnits } from './repositories/units.js';
export { loadIndicatorUnitsProgress } from './repositories/indicators.js';
