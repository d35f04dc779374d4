import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * An exclusive lock beside the SQLite file, so a second server never opens the same data.
 * The file holds the owner's pid and host; a lock whose process is gone (same host) is stale and
 * taken over. Locks this process holds are remembered, so a second open in the same process is
 * refused too.
 */
export class DataFileLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly ownerPid: number,
    readonly ownerHost: string,
  ) {
    super(
      `The data file is in use by another Counter Desk server (pid ${ownerPid} on ${ownerHost}); lock ${lockFile}. ` +
        'Stop that server first, or delete the lock file if you are sure no server uses this data.',
    );
    this.name = 'DataFileLockedError';
  }
}

interface LockOwner {
  readonly pid: number;
  readonly host: string;
}

const heldHere = new Set<string>();

export interface HeldLock {
  readonly file: string;
  release(): void;
}

export function acquireLockFile(lockFile: string): HeldLock {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      try {
        writeSync(
          fd,
          JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }),
        );
      } finally {
        closeSync(fd);
      }
      heldHere.add(lockFile);
      return { file: lockFile, release: () => releaseLockFile(lockFile) };
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
    }
    const owner = readOwner(lockFile);
    if (owner !== null && !isStale(lockFile, owner))
      throw new DataFileLockedError(lockFile, owner.pid, owner.host);
    // Stale (or unreadable after a crash mid-write): take it over.
    try {
      unlinkSync(lockFile);
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error;
    }
  }
  throw new Error(`Could not take the lock ${lockFile}`);
}

function releaseLockFile(lockFile: string): void {
  if (!heldHere.delete(lockFile)) return;
  const owner = readOwner(lockFile);
  if (owner !== null && owner.pid !== process.pid) return;
  try {
    unlinkSync(lockFile);
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
  }
}

function readOwner(lockFile: string): LockOwner | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockFile, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { pid, host } = parsed as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string') return null;
    return { pid, host };
  } catch {
    return null;
  }
}

function isStale(lockFile: string, owner: LockOwner): boolean {
  // Another machine's process cannot be checked from here: never take its lock.
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return !heldHere.has(lockFile);
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return isCode(error, 'ESRCH');
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
