import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';

export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** What the repositories need of a database, met by embedded PGlite and by a PostgreSQL server alike. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
}

/**
 * What a change watcher hears: `changed` after a committed write to what
 * public reads show (by this process or by another on the same database),
 * `lost` when changes may go unheard (the listening connection dropped),
 * `live` once changes are heard again.
 */
export type ChangeEvent = 'changed' | 'lost' | 'live';

/** The channel the catalog tables' triggers notify on (migration 4). */
export const CHANGE_CHANNEL = 'thidua_data_changed';

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: all of it is kept, or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` on changes (see ChangeEvent). Resolves once changes are
   * heard, with a function that stops listening.
   */
  watchChanges(listener: (event: ChangeEvent) => void): Promise<() => void>;
  /** The PGlite directory's ownership (undefined for PostgreSQL and memory://). */
  readonly lock: DataDirLock | undefined;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection URL; when given, PGlite is not used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `memory://` keeps nothing. */
  dataDir?: string | undefined;
  /** What opens a PGlite directory, written into its lock file (`serve`, `seed`, …). */
  command?: string | undefined;
}

/**
 * A failed query, without the query's text or parameters: those carry what
 * people reported (names, figures, sources) and must not reach a log.
 * `code` (SQLSTATE) is kept for callers that act on it (23505, a duplicate).
 */
export class DatabaseError extends Error {
  readonly code: string | undefined;
  constructor(error: unknown) {
    const e = error as { message?: unknown; code?: unknown };
    // PostgreSQL quotes the offending value after a colon (`invalid input syntax for type
    // date: "1985-13-45"`), and a value may be personal data: the message keeps its shape,
    // never the value. Names of tables and constraints (`relation "x"`) stay.
    super(typeof e?.message === 'string' ? e.message.replace(/: "(?:[^"]|"")*"/g, ': "…"') : 'database error');
    this.name = 'DatabaseError';
    this.code = typeof e?.code === 'string' ? e.code : undefined;
  }
}

const sanitized = async <T>(run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    throw error instanceof DatabaseError ? error : new DatabaseError(error);
  }
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir ?? '.data/thidua', options.command ?? 'serve');
}

/** Fans change events out to watchers. */
function changeHub() {
  const listeners = new Set<(event: ChangeEvent) => void>();
  return {
    listeners,
    emit(event: ChangeEvent) {
      for (const listener of listeners) listener(event);
    },
  };
}

async function openPglite(dataDir: string, command: string): Promise<Database> {
  const inMemory = dataDir.includes('://');
  let lock: DataDirLock | undefined;
  if (!inMemory) {
    await mkdir(dataDir, { recursive: true });
    lock = await lockDataDir(dataDir, command);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    await lock?.release();
    throw error;
  }
  // PGlite runs one statement at a time; queue transactions so a request's
  // plain query never lands inside another request's open transaction.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    query<Row>(sql: string, params?: unknown[]) {
      return sanitized(async () => {
        const result = await q.query<Row>(sql, params);
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
      });
    },
  });
  const direct = wrap(db);
  // PGlite delivers a notification in-process before the committing query
  // returns, so watchers hear this process's own writes at once.
  const hub = changeHub();
  let listening: Promise<unknown> | undefined;
  return {
    kind: 'pglite',
    lock,
    query: (sql, params) => serial(() => direct.query(sql, params)),
    exec: (sql) => serial(() => sanitized(async () => void (await db.exec(sql)))),
    // Errors of `work` pass through as they are (an HttpError stays one); its queries are sanitized.
    transaction: (work) => serial(() => db.transaction((tx) => work(wrap(tx)))),
    async watchChanges(listener) {
      listening ??= serial(() => db.listen(CHANGE_CHANNEL, () => hub.emit('changed')));
      await listening;
      hub.listeners.add(listener);
      return () => void hub.listeners.delete(listener);
    },
    async close() {
      try {
        await serial(() => db.close());
      } finally {
        await lock?.release();
      }
    },
  };
}

const WRITES = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'TRUNCATE', 'COPY']);
const RECONNECT_MS = 1_000;

async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client losing its connection must not crash the process.
  pool.on('error', (error) => console.error('thidua: idle PostgreSQL client error:', error.message));
  const hub = changeHub();
  // Other processes' writes arrive by NOTIFY on a dedicated connection; this
  // process's own writes are announced as soon as they commit, so a client
  // reading back what it just wrote never sees the cache's older answer.
  const wrap = (q: pg.Pool | pg.PoolClient, onWrite: () => void): Queryable => ({
    query<Row>(sql: string, params?: unknown[]) {
      return sanitized(async () => {
        const result = await q.query(sql, params);
        if (WRITES.has(result.command) && (result.rowCount ?? 0) > 0) onWrite();
        return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
      });
    },
  });
  const client = await pool.connect(); // fail at start, not at the first request
  client.release();

  let closed = false;
  let listener: pg.Client | undefined;
  let connecting: Promise<void> | undefined;
  let retry: NodeJS.Timeout | undefined;
  const listen = (): Promise<void> =>
    (connecting ??= (async () => {
      const c = new pg.Client({ connectionString });
      const lost = () => {
        if (listener !== c) return;
        listener = undefined;
        connecting = undefined;
        hub.emit('lost');
        if (!closed) retry = setTimeout(() => void listen().catch(() => undefined), RECONNECT_MS);
      };
      c.on('notification', () => hub.emit('changed'));
      c.on('error', lost);
      c.on('end', lost);
      try {
        await c.connect();
        await c.query(`LISTEN ${CHANGE_CHANNEL}`);
      } catch (error) {
        connecting = undefined;
        await c.end().catch(() => undefined);
        if (!closed) retry = setTimeout(() => void listen().catch(() => undefined), RECONNECT_MS);
        throw new DatabaseError(error);
      }
      listener = c;
      hub.emit('live');
    })());

  return {
    kind: 'postgres',
    lock: undefined,
    query: wrap(pool, () => hub.emit('changed')).query,
    async exec(sql) {
      await sanitized(() => pool.query(sql));
      hub.emit('changed');
    },
    async transaction(work) {
      const c = await pool.connect();
      let wrote = false;
      try {
        await c.query('BEGIN');
        const result = await work(wrap(c, () => (wrote = true)));
        await sanitized(() => c.query('COMMIT'));
        if (wrote) hub.emit('changed');
        return result;
      } catch (error) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        c.release();
      }
    },
    async watchChanges(watcher) {
      hub.listeners.add(watcher);
      try {
        await listen();
      } catch (error) {
        hub.listeners.delete(watcher);
        throw error;
      }
      return () => void hub.listeners.delete(watcher);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const c = listener;
      listener = undefined;
      await c?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
