import { useEffect } from 'react';
import { saveProviderDirectory, systemClock, type DeskDatabase } from '../db';
import { createSyncEngine, type LockManagerLike, type NetworkSignal, type SyncEngine } from './engine';
import type { SyncPassOutcome } from './sync-pass';
import type { SyncTimers } from './sync-client';
import { hostTokenKeeper } from './token-keeper';
import { getHost } from '../host';

const windowTimers: SyncTimers = {
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

const windowNetwork: NetworkSignal = {
  isOnline: () => navigator.onLine,
  onOnline: (listener) => {
    window.addEventListener('online', listener);
    return () => window.removeEventListener('online', listener);
  },
};

/** The engine wired to this window: fetch, the system clock, Math.random, window timers, Web Locks, 'online'. */
export function createDeskSyncEngine(db: DeskDatabase): SyncEngine {
  const locks = (navigator as { readonly locks?: LockManagerLike }).locks ?? null;
  return createSyncEngine({
    db,
    fetch: (input, init) => window.fetch(input, init),
    clock: systemClock,
    timers: windowTimers,
    random: Math.random,
    locks,
    network: windowNetwork,
    defer: (task) => void window.setTimeout(task, 0),
    saveDirectory: (providers, at) => saveProviderDirectory(db, providers, at),
    tokens: hostTokenKeeper(getHost()),
    onPass: logPass,
  });
}

/**
 * Each pass that moved something or stopped short, on the console (and so in the desk's log): what
 * a supervisor or a maintainer asks first when an application has not left. Quiet passes are left out.
 */
function logPass(outcome: SyncPassOutcome): void {
  if (outcome.kind === 'synced' && outcome.pushed + outcome.pulled === 0) return;
  console.info('[sync] pass:', JSON.stringify(outcome));
}

/**
 * Runs the sync engine while the desk database is open (mounted once by the app's desk gate).
 * Nothing else calls the engine: screens read what it records (renderer/features/sync).
 */
export function useDeskSync(db: DeskDatabase): void {
  useEffect(() => {
    const engine = createDeskSyncEngine(db);
    engine.start();
    return () => void engine.stop();
  }, [db]);
}
