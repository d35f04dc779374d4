import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  countWaiting,
  getSyncEnrolment,
  listQuarantine,
  readSyncOverview,
  systemClock,
} from '../../../renderer/db';
import { createSyncEngine } from '../../../renderer/sync/engine';
import type { SyncPassOutcome } from '../../../renderer/sync/sync-pass';
import type { SyncTimers } from '../../../renderer/sync/sync-client';
import { backoffDelayMs } from '../../../shared/sync';
import { startFaultProxy, seededRandom, type FaultProxy, type ProxyAction } from './fault-proxy';
import {
  enrolledDesk,
  passDeps,
  realTimers,
  serverEventsOf,
  startSyncWorld,
  updateEnrolmentUrl,
  type SyncWorld,
} from './sync-harness';

let world: SyncWorld;
let proxy: FaultProxy | null = null;
beforeEach(async () => {
  world = await startSyncWorld();
});
afterEach(async () => {
  await proxy?.close();
  proxy = null;
  await world.close();
});

const requestTimeoutMs = 99_999;

/** Timers the test fires by hand; request time-outs (requestTimeoutMs) run for real. */
class HandTimers implements SyncTimers {
  readonly scheduled: { ms: number; fire: () => void; handle: number }[] = [];
  private next = 0;
  setTimeout(callback: () => void, ms: number): unknown {
    if (ms === requestTimeoutMs) return realTimers.setTimeout(callback, ms);
    this.next += 1;
    this.scheduled.push({ ms, fire: callback, handle: this.next });
    return { hand: this.next };
  }
  clearTimeout(handle: unknown): void {
    if (typeof handle === 'object' && handle !== null && 'hand' in handle) {
      const index = this.scheduled.findIndex((timer) => timer.handle === (handle as { hand: number }).hand);
      if (index >= 0) this.scheduled.splice(index, 1);
      return;
    }
    realTimers.clearTimeout(handle);
  }
  /** Fires the one pending timer (the engine keeps at most one). */
  fireOnly(): void {
    expect(this.scheduled).toHaveLength(1);
    this.scheduled.shift()?.fire();
  }
}

function outcomes() {
  const seen: SyncPassOutcome[] = [];
  let waiters: (() => void)[] = [];
  return {
    seen,
    onPass: (outcome: SyncPassOutcome) => {
      seen.push(outcome);
      for (const wake of waiters.splice(0)) wake();
    },
    /** Resolves once `count` passes have ended. */
    async until(count: number) {
      while (seen.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      waiters = [];
    },
  };
}

/**
 * An engine on hand-fired timers (request time-outs run for real) with a network the test switches:
 * `networkReturns()` tells the engine as the window's 'online' event would.
 */
function engineWithNetwork(
  db: Parameters<typeof passDeps>[0],
  isOnline: () => boolean,
  options: { readonly staleRequestMs?: number } = {},
) {
  const listeners: (() => void)[] = [];
  const passes = outcomes();
  const timers = new HandTimers();
  const engine = createSyncEngine({
    ...passDeps(db, fetch, systemClock),
    timers,
    requestTimeoutMs,
    random: () => 0.5,
    locks: null,
    network: {
      isOnline,
      onOnline: (listener) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
    },
    periodMs: 3_600_000,
    onPass: passes.onPass,
    ...options,
  });
  return {
    engine,
    passes,
    timers,
    networkReturns: () => {
      for (const listener of listeners) listener();
    },
  };
}

describe('the engine honours the server', () => {
  it('waits Retry-After on 503 (not its own backoff) and ignores wake-ups meanwhile', async () => {
    const desk = await enrolledDesk(world);
    await desk.accept(1);
    let busy = true;
    proxy = await startFaultProxy(world.server.url, (request): ProxyAction =>
      busy && request.path.startsWith('/v1/sync/push')
        ? {
            kind: 'answer',
            status: 503,
            headers: { 'retry-after': '7' },
            body: JSON.stringify({ error: 'busy', message: 'busy' }),
          }
        : { kind: 'forward' },
    );
    await updateEnrolmentUrl(desk.db, proxy.url);
    const timers = new HandTimers();
    const passes = outcomes();
    const engine = createSyncEngine({
      ...passDeps(desk.db, fetch, systemClock),
      timers,
      requestTimeoutMs,
      random: () => 0.5,
      locks: null,
      network: null,
      periodMs: 60_000,
      backoff: { baseMs: 1000, capMs: 60_000 },
      onPass: passes.onPass,
    });
    engine.start();
    await passes.until(1);
    expect(passes.seen[0]).toEqual({ kind: 'busy', retryAfterMs: 7000 });
    await waitFor(() => timers.scheduled.length === 1);
    expect(timers.scheduled.map((timer) => timer.ms)).toEqual([7000]);
    expect((await readSyncOverview(desk.db)).progress.lastError?.code).toBe('busy');

    // An acceptance during the wait does not make the engine knock early.
    const before = proxy.seen.length;
    await desk.accept(2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(proxy.seen.length).toBe(before);

    busy = false;
    timers.fireOnly();
    await passes.until(2);
    expect(passes.seen[1]).toMatchObject({ kind: 'synced', pushed: 4 });
    expect(await countWaiting(desk.db)).toBe(0);
    await engine.stop();
  });

  it('backs off exponentially with jitter and a cap while the server fails, then returns to the period', async () => {
    const desk = await enrolledDesk(world);
    await desk.accept(1);
    let failures = 5;
    proxy = await startFaultProxy(world.server.url, (request): ProxyAction => {
      if (!request.path.startsWith('/v1/sync/push') || failures === 0) return { kind: 'forward' };
      failures -= 1;
      return { kind: 'answer', status: 500 };
    });
    await updateEnrolmentUrl(desk.db, proxy.url);
    const timers = new HandTimers();
    const passes = outcomes();
    const random = seededRandom(7);
    const jitter: number[] = [];
    const engine = createSyncEngine({
      ...passDeps(desk.db, fetch, systemClock),
      timers,
      requestTimeoutMs,
      random: () => {
        const value = random();
        jitter.push(value);
        return value;
      },
      locks: null,
      network: null,
      periodMs: 60_000,
      backoff: { baseMs: 1000, capMs: 8000 },
      onPass: passes.onPass,
    });
    engine.start();
    const delays: number[] = [];
    for (let pass = 1; pass <= 6; pass++) {
      await passes.until(pass);
      await waitFor(() => timers.scheduled.length === 1);
      delays.push(timers.scheduled[0]?.ms ?? -1);
      if (pass < 6) timers.fireOnly();
    }
    expect(passes.seen.slice(0, 5).every((outcome) => outcome.kind === 'failed')).toBe(true);
    expect(passes.seen[5]).toMatchObject({ kind: 'synced' });
    const expected = [0, 1, 2, 3, 4].map((attempt) =>
      backoffDelayMs(attempt, jitter[attempt] ?? NaN, { baseMs: 1000, capMs: 8000 }),
    );
    expect(delays).toEqual([...expected, 60_000]);
    // The cap: the fifth wait draws from at most 8 s, not 16 s.
    expect(delays[4]).toBeLessThan(8000);
    await engine.stop();
  });
});

describe('the engine wakes by itself', () => {
  it('syncs right after an acceptance (the outbox grew), long before its period', async () => {
    const desk = await enrolledDesk(world);
    const passes = outcomes();
    const timers = new HandTimers();
    const engine = createSyncEngine({
      ...passDeps(desk.db, fetch, systemClock),
      timers,
      requestTimeoutMs,
      random: () => 0.5,
      locks: null,
      network: null,
      periodMs: 3_600_000,
      onPass: passes.onPass,
    });
    engine.start();
    await passes.until(1);
    expect(passes.seen[0]).toMatchObject({ kind: 'synced', pushed: 0 });
    await desk.accept(1);
    await passes.until(2);
    expect(passes.seen[1]).toMatchObject({ kind: 'synced', pushed: 2 });
    expect(await countWaiting(desk.db)).toBe(0);
    // No timer fired: only the hour-long period is pending.
    expect(timers.scheduled.map((timer) => timer.ms)).toEqual([3_600_000]);
    await engine.stop();
  });

  it('syncs when the network returns', async () => {
    const desk = await enrolledDesk(world);
    await desk.accept(1);
    let online = false;
    const { engine, passes, timers, networkReturns } = engineWithNetwork(desk.db, () => online);
    engine.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Offline: the start did not even try, and left the period as the fallback.
    expect(passes.seen).toEqual([]);
    expect(timers.scheduled.map((timer) => timer.ms)).toEqual([3_600_000]);
    expect(await countWaiting(desk.db)).toBe(2);
    online = true;
    networkReturns();
    await passes.until(1);
    expect(passes.seen[0]).toMatchObject({ kind: 'synced', pushed: 2 });
    await engine.stop();
  });
});

describe('the engine, the network coming back, and requests under way', () => {
  /** A desk with one application waiting, whose first push goes out on a connection already dead: nothing ever answers it. */
  async function engineWithFirstPushHanging(options: { readonly staleRequestMs?: number } = {}) {
    const desk = await enrolledDesk(world);
    await desk.accept(1);
    const hanging = await startFaultProxy(world.server.url, (request) =>
      request.number === 1 ? { kind: 'hang' } : { kind: 'forward' },
    );
    proxy = hanging;
    await updateEnrolmentUrl(desk.db, hanging.url);
    // Far longer than this test may take (requestTimeoutMs): only abandoning the request can end the first pass.
    const engine = engineWithNetwork(desk.db, () => true, options);
    engine.engine.start();
    await expect.poll(() => hanging.seen.length).toBe(1);
    return { desk, ...engine };
  }

  /** The abandoned pass failed; not the backoff but a pass at once, which sends the application. */
  async function expectRunAgainAtOnce({
    passes,
    timers,
  }: Awaited<ReturnType<typeof engineWithFirstPushHanging>>) {
    await passes.until(1);
    expect(passes.seen[0]).toMatchObject({ kind: 'failed' });
    expect(timers.scheduled.map((timer) => timer.ms)).toEqual([0]);
    timers.fireOnly();
    await passes.until(2);
    expect(passes.seen[1]).toMatchObject({ kind: 'synced', pushed: 2 });
  }

  it('abandons a request hanging on a dead connection once it has gone unanswered for 10 s, and syncs at once', async () => {
    const hanging = await engineWithFirstPushHanging();
    const { desk, engine, passes, timers, networkReturns } = hanging;
    expect(passes.seen).toEqual([]);

    // Sent a moment ago: it is given the rest of its 10 s before it is abandoned.
    networkReturns();
    await expect.poll(() => timers.scheduled.length).toBe(1);
    const [abandon] = timers.scheduled;
    expect(abandon?.ms).toBeGreaterThan(8_000);
    expect(abandon?.ms).toBeLessThanOrEqual(10_000);
    expect(passes.seen).toEqual([]);
    timers.fireOnly();
    await expectRunAgainAtOnce(hanging);
    expect(await countWaiting(desk.db)).toBe(0);
    expect((await serverEventsOf(world, (await getSyncEnrolment(desk.db))?.deviceId ?? '')).length).toBe(2);
    await engine.stop();
  });

  it('abandons at once a request sent longer ago than that', async () => {
    const hanging = await engineWithFirstPushHanging({ staleRequestMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    hanging.networkReturns();
    await expectRunAgainAtOnce(hanging);
    await hanging.engine.stop();
  });

  it('lets a pass on a slow but live connection finish however often the network returns, then runs once more', async () => {
    const desk = await enrolledDesk(world);
    await desk.accept(1);
    // Every push is answered, but only after 600 ms (a busy server, a slow disk).
    proxy = await startFaultProxy(world.server.url, (request) =>
      request.path.startsWith('/v1/sync/push') ? { kind: 'slow', ms: 600 } : { kind: 'forward' },
    );
    await updateEnrolmentUrl(desk.db, proxy.url);
    const { engine, passes, timers, networkReturns } = engineWithNetwork(desk.db, () => true);
    engine.start();
    await expect
      .poll(() => proxy?.seen.some((request) => request.path.startsWith('/v1/sync/push')))
      .toBe(true);
    // The network "returns" five times while the push is under way (a flapping link): none of
    // them may cut it short, or the pass would never get past it.
    for (let i = 0; i < 5; i += 1) {
      networkReturns();
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    await passes.until(1);
    expect(passes.seen[0]).toMatchObject({ kind: 'synced', pushed: 2 });
    expect(await countWaiting(desk.db)).toBe(0);
    // The returns came during the pass: it runs once more, at once (not at its period).
    expect(timers.scheduled.map((timer) => timer.ms)).toEqual([0]);
    const pushes = proxy.seen.filter((request) => request.path.startsWith('/v1/sync/push'));
    expect(pushes).toHaveLength(1);
    await engine.stop();
  });
});

describe('fault test: 500 on every third push, 30 % of connections dropped after the server committed', () => {
  it('gets every event to the server exactly once and empties the outbox', { timeout: 120_000 }, async () => {
    const desk = await enrolledDesk(world);
    const random = seededRandom(2026);
    let pushes = 0;
    proxy = await startFaultProxy(world.server.url, (request): ProxyAction => {
      if (request.path.startsWith('/v1/sync/push')) {
        pushes += 1;
        if (pushes % 3 === 0) return { kind: 'answer', status: 500 };
      }
      return random() < 0.3 ? { kind: 'drop-after-commit' } : { kind: 'forward' };
    });
    await updateEnrolmentUrl(desk.db, proxy.url);
    const passes = outcomes();
    const engine = createSyncEngine({
      ...passDeps(desk.db, fetch, systemClock),
      pageLimits: { maxEvents: 16, maxBytes: 1_000_000 },
      random: seededRandom(99),
      locks: null,
      network: null,
      periodMs: 1000,
      backoff: { baseMs: 5, capMs: 40 },
      onPass: passes.onPass,
    });
    engine.start();
    // 160 applications = 320 events, accepted while the engine syncs.
    const applications = 160;
    for (let n = 1; n <= applications; n++) await desk.accept(n);
    const deviceId = (await getSyncEnrolment(desk.db))?.deviceId ?? '';
    await waitFor(async () => (await countWaiting(desk.db)) === 0, 100_000);
    await engine.stop();

    const stored = await serverEventsOf(world, deviceId);
    const sequences = stored.map((row) => row.deviceSeq);
    expect(sequences).toEqual(Array.from({ length: applications * 2 }, (_, i) => i + 1));
    expect(new Set(stored.map((row) => row.eventId)).size).toBe(applications * 2);
    expect(stored.every((row) => row.outcome === 'applied')).toBe(true);
    expect(await listQuarantine(desk.db)).toEqual([]);
    // The faults really happened.
    const actions = proxy.seen.map((request) => request.action);
    expect(actions.filter((action) => action === 'answer').length).toBeGreaterThan(3);
    expect(actions.filter((action) => action === 'drop-after-commit').length).toBeGreaterThan(3);
    expect(passes.seen.some((outcome) => outcome.kind === 'failed')).toBe(true);
    console.info(
      `[fault test] ${applications * 2} events, ${pushes} pushes, ` +
        `${actions.filter((action) => action === 'answer').length} answered 500, ` +
        `${actions.filter((action) => action === 'drop-after-commit').length} dropped after commit, ` +
        `${passes.seen.length} passes`,
    );
  });
});

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
