import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWaiting, systemClock } from '../../../renderer/db';
import { createSyncEngine, syncLockName, type LockManagerLike } from '../../../renderer/sync/engine';
import { enrolledDesk, passDeps, startSyncWorld, type SyncWorld } from './sync-harness';

let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
});
afterAll(() => world.close());

/**
 * Node has no Web Locks; this one behaves like Chromium's for one lock and one holder, and can
 * refuse a callback the way Chromium does when the realm that called request() has gone.
 */
class ScriptedLocks implements LockManagerLike {
  readonly requests: string[] = [];
  constructor(
    private refusalsLeft: number,
    private silencesLeft = 0,
  ) {}

  async request<T>(
    name: string,
    _options: { readonly ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T> {
    this.requests.push(name);
    if (this.silencesLeft > 0) {
      // Never answered: neither the callback nor an error.
      this.silencesLeft -= 1;
      return new Promise<T>(() => undefined);
    }
    if (this.refusalsLeft > 0) {
      this.refusalsLeft -= 1;
      throw new Error('The provided callback is no longer runnable.');
    }
    return callback({ name });
  }
}

describe('the sync engine and the Web Lock', () => {
  it('asks again when Chromium refuses the lock callback, and syncs', async () => {
    const desk = await enrolledDesk(world);
    await desk.accept(1);
    const locks = new ScriptedLocks(2);
    const deferred: string[] = [];
    const engine = createSyncEngine({
      ...passDeps(desk.db, fetch, systemClock),
      random: () => 0.5,
      locks,
      network: null,
      defer: (task) => {
        deferred.push('task');
        setTimeout(task, 0);
      },
    });
    const outcome = await engine.syncNow();
    expect(outcome).toMatchObject({ kind: 'synced', pushed: 2 });
    expect(locks.requests).toEqual([syncLockName, syncLockName, syncLockName]);
    // Every request was made from a task of its own, never inside a continuation.
    expect(deferred).toHaveLength(3);
    expect(await countWaiting(desk.db)).toBe(0);
    await engine.stop();
  });

  it('asks again when a request for the lock is never answered, instead of waiting for ever', async () => {
    const desk = await enrolledDesk(world, world.server.url, '06');
    await desk.accept(3);
    const locks = new ScriptedLocks(0, 1);
    const engine = createSyncEngine({
      ...passDeps(desk.db, fetch, systemClock),
      random: () => 0.5,
      locks,
      network: null,
      lockAnswerTimeoutMs: 200,
    });
    expect(await engine.syncNow()).toMatchObject({ kind: 'synced', pushed: 2 });
    expect(locks.requests).toHaveLength(2);
    await engine.stop();
  });

  it('gives up after three refusals in a row and reports the pass as failed', async () => {
    const desk = await enrolledDesk(world, world.server.url, '05');
    await desk.accept(2);
    const locks = new ScriptedLocks(10);
    const engine = createSyncEngine({
      ...passDeps(desk.db, fetch, systemClock),
      random: () => 0.5,
      locks,
      network: null,
    });
    await expect(engine.syncNow()).rejects.toThrow('no longer runnable');
    expect(locks.requests).toHaveLength(4);
    expect(await countWaiting(desk.db)).toBe(2);
    await engine.stop();
  });
});
