import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * One owner per PGlite directory. PGlite is an embedded database: two
 * processes opening one directory each believe they own it, and one's
 * writes silently vanish under the other's. So whoever opens a directory
 * first writes `thidua.lock` into it (pid, what it is, and — for a server —
 * its URL and a local admin key); a second opener fails at once, naming the
 * owner. A lock whose pid is dead is stale (the owner was killed) and is
 * taken over. The admin key lets the CLI send its writes to the running
 * server instead of opening the directory (see cli.ts); the file is 0600,
 * and anyone able to read it could read the database files anyway.
 */
export interface DirectoryOwner {
  pid: number;
  /** What holds the directory: `serve`, `seed`, `token create`, … */
  command: string;
  startedAt: string;
  /** The API's base URL, once a server listens. */
  url?: string;
  /** A bearer credential for the server's admin routes, valid while it runs. */
  adminKey?: string;
}

export class DataDirectoryBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: DirectoryOwner,
  ) {
    super(
      `the data directory ${dataDir} is in use by process ${owner.pid} (thidua ${owner.command}` +
        `${owner.url ? ` at ${owner.url}` : ''}, since ${owner.startedAt}); ` +
        'stop it first, or send admin commands to the running server (the CLI does this by itself for serve)',
    );
    this.name = 'DataDirectoryBusyError';
  }
}

export interface DataDirLock {
  readonly dataDir: string;
  readonly owner: DirectoryOwner;
  /** Adds what others may need to reach this owner (a server's URL and admin key). */
  publish(extra: Pick<DirectoryOwner, 'url' | 'adminKey'>): Promise<void>;
  release(): Promise<void>;
}

const LOCK_FILE = 'thidua.lock';
/** Directories this process holds: a second open from the same process is refused too. */
const held = new Set<string>();

export function lockFilePath(dataDir: string) {
  return join(dataDir, LOCK_FILE);
}

/** True when a process with this pid exists (EPERM: it exists, owned by another user). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwnerFile(file: string): Promise<DirectoryOwner | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as DirectoryOwner;
    return typeof parsed.pid === 'number' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The live owner of a directory, if any (a stale lock counts as none). */
export async function currentOwner(dataDir: string): Promise<DirectoryOwner | undefined> {
  const owner = await readOwnerFile(lockFilePath(dataDir));
  if (!owner) return undefined;
  if (owner.pid === process.pid) return held.has(resolve(dataDir)) ? owner : undefined;
  return isAlive(owner.pid) ? owner : undefined;
}

export async function lockDataDir(dataDir: string, command: string): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  const file = lockFilePath(dir);
  const owner: DirectoryOwner = { pid: process.pid, command, startedAt: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(owner));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const existing = await readOwnerFile(file);
      if (existing && (await currentOwner(dir))) throw new DataDirectoryBusyError(dir, existing);
      // A dead owner (or a half-written file from one): take the directory over.
      if (attempt > 3) throw new DataDirectoryBusyError(dir, existing ?? { pid: 0, command: 'unknown', startedAt: 'unknown' });
      await unlink(file).catch(() => undefined);
    }
  }
  held.add(dir);
  // A crash that skips release() leaves a stale lock, which the next opener
  // detects by the dead pid; a normal exit removes it here.
  const onExit = () => {
    try {
      if (JSON.parse(readFileSync(file, 'utf8')).pid === process.pid) unlinkSync(file);
    } catch {
      /* already gone */
    }
  };
  process.once('exit', onExit);
  let released = false;
  return {
    dataDir: dir,
    owner,
    async publish(extra) {
      Object.assign(owner, extra);
      await writeFile(file, JSON.stringify(owner), { mode: 0o600 });
    },
    async release() {
      if (released) return;
      released = true;
      process.removeListener('exit', onExit);
      held.delete(dir);
      const current = await readOwnerFile(file);
      if (current?.pid === process.pid) await unlink(file).catch(() => undefined);
    },
  };
}

/** A fresh local admin key for a server's lifetime. */
export function newAdminKey(): string {
  return `thd_admin_${randomBytes(32).toString('base64url')}`;
}
