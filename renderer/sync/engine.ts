import { backoffDelayMs } from '../../shared/sync';
import { readSyncTrigger, watchQuery, type SyncTrigger } from '../db';
import { runSyncPass, type SyncPassDeps, type SyncPassOutcome } from './sync-pass';

/** The part of the Web Locks API the engine uses (navigator.locks). */
export interface LockManagerLike {
  request<T>(
    name: string,
    options: { readonly ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

/** Whether the network is there, and a way to hear it return (window 'online'). */
export interface NetworkSignal {
  isOnline(): boolean;
  onOnline(listener: () => void): () => void;
}

export interface SyncEngineDeps extends SyncPassDeps {
  /** In [0, 1): the backoff's jitter. */
  readonly random: () => number;
  /** null: one sync at a time in this window only (tests in Node, browsers without Web Locks). */
  readonly locks: LockManagerLike | null;
  readonly network: NetworkSignal | null;
  /** The regular sync, when nothing else wakes the engine. */
  readonly periodMs?: number;
  readonly backoff?: { readonly baseMs: number; readonly capMs: number };
  /** How long an unanswered Web Lock request waits before it is asked again (default 5 s). */
  readonly lockAnswerTimeoutMs?: number;
  /**
   * How long a request sent before the network returned may go unanswered, counted from when it
   * was sent, before the return abandons it (default 10 s). See wake('online').
   */
  readonly staleRequestMs?: number;
  /** Runs a task on a fresh task of this window (window.setTimeout 0); absent: at once. See wakeSoon. */
  readonly defer?: (task: () => void) => void;
  /** Told of every pass's outcome (logs, tests). */
  readonly onPass?: (outcome: SyncPassOutcome) => void;
}

export interface SyncEngine {
  /** Starts listening (outbox changes, network return) and runs the first sync. */
  start(): void;
  /** Stops timers and listeners; a running pass finishes. */
  stop(): Promise<void>;
  /** Runs a pass now (or waits for the one running) and resolves with its outcome. For tests and the engine's own wake-ups. */
  syncNow(): Promise<SyncPassOutcome | 'busy-elsewhere'>;
}

/** A pass under way: its cancel, and its requests not yet over — when each was sent (ms of the clock), by id. */
interface PassUnderWay {
  readonly cancel: AbortController;
  readonly requests: Map<number, number>;
}

export const syncLockName = 'counter-desk-sync';
/** How long a request for the lock (ifAvailable: answered at once) may go unanswered before it is asked again. */
const lockAnswerTimeoutMs = 5_000;
/** Asking again for the lock this many times, then the pass fails (and the engine backs off). */
const maxLockRetries = 3;
const defaultPeriodMs = 60_000;
const defaultStaleRequestMs = 10_000;

/**
 * The desk's sync engine: runs a pass after each acceptance (the outbox grew), when the network
 * returns and periodically; one pass at a time across windows (Web Locks, ifAvailable: a window
 * that finds the lock taken leaves the work to the holder); exponential backoff with full jitter
 * and a cap after failures; the server's Retry-After wins over the backoff. Screens never call it:
 * it records everything in the database, which they watch.
 */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const periodMs = deps.periodMs ?? defaultPeriodMs;
  const staleRequestMs = deps.staleRequestMs ?? defaultStaleRequestMs;
  let failures = 0;
  let timer: unknown = null;
  /** Until when a Retry-After holds every wake-up back (ms of the injected clock). */
  let holdUntil = 0;
  let running: Promise<SyncPassOutcome | 'busy-elsewhere'> | null = null;
  /** The running pass's cancel and requests (see wake('online')). */
  let passRunning: PassUnderWay | null = null;
  let requestIds = 0;
  /** Abandons the running pass's requests that the network's return found unanswered, once stale. */
  let abandonTimer: unknown = null;
  /** The network came back while a pass ran: run again at once when it ends. */
  let restartAfterPass = false;
  let again = false;
  let stopped = true;
  const unsubscribe: (() => void)[] = [];

  const nowMs = (): number => Date.parse(deps.clock.now());

  function schedule(ms: number): void {
    if (stopped) return;
    if (timer !== null) deps.timers.clearTimeout(timer);
    timer = deps.timers.setTimeout(
      () => {
        timer = null;
        wake('timer').catch(() => undefined);
      },
      Math.max(0, ms),
    );
  }

  function nextDelay(outcome: SyncPassOutcome | 'busy-elsewhere'): number | null {
    if (outcome === 'busy-elsewhere') return periodMs;
    switch (outcome.kind) {
      case 'synced':
        failures = 0;
        return periodMs;
      case 'not-enrolled':
      case 'refused':
      case 'stuck':
        // Waits for a person (enrolment, release of a hold); an outbox change or the period tries again.
        failures = 0;
        return periodMs;
      case 'busy': {
        const backoff = backoffDelayMs(failures, deps.random(), deps.backoff);
        failures += 1;
        if (outcome.retryAfterMs === null) return backoff;
        holdUntil = nowMs() + outcome.retryAfterMs;
        return outcome.retryAfterMs;
      }
      case 'failed': {
        const delay = backoffDelayMs(failures, deps.random(), deps.backoff);
        failures += 1;
        return delay;
      }
    }
  }

  function passUnderLock(): Promise<SyncPassOutcome | 'busy-elsewhere'> {
    const cancel = new AbortController();
    const requests = new Map<number, number>();
    passRunning = { cancel, requests };
    const inFlight = {
      sent: () => {
        requestIds += 1;
        const id = requestIds;
        requests.set(id, nowMs());
        return () => void requests.delete(id);
      },
    };
    const passDeps: SyncPassDeps = { ...deps, cancel: cancel.signal, inFlight };
    const locks = deps.locks;
    if (locks === null) return runSyncPass(passDeps);
    return new Promise((resolve, reject) => {
      let attempts = 0;
      // Called straight from a task of this window, so that the "incumbent" realm Chromium checks
      // the Web Lock callback against is this window's.
      const request = () => {
        attempts += 1;
        const attempt = attempts;
        let answered = false;
        // Chromium now and then refuses the callback as "no longer runnable" when a print frame
        // (another realm) went away meanwhile — with an error, or by never calling it. With
        // ifAvailable the answer is immediate, so a silence this long means the request is lost:
        // it is abandoned (a late callback then does nothing) and asked again.
        const watchdog = deps.timers.setTimeout(() => {
          if (answered) return;
          answered = true;
          retryOrFail(new Error('The Web Lock callback never ran'));
        }, deps.lockAnswerTimeoutMs ?? lockAnswerTimeoutMs);
        const retryOrFail = (error: unknown) => {
          if (attempt !== attempts) return;
          if (attempts <= maxLockRetries) {
            if (deps.defer === undefined) request();
            else deps.defer(request);
            return;
          }
          reject(error);
        };
        locks
          .request(syncLockName, { ifAvailable: true }, async (lock) => {
            if (answered) return 'busy-elsewhere' as const;
            answered = true;
            deps.timers.clearTimeout(watchdog);
            return lock === null ? ('busy-elsewhere' as const) : runSyncPass(passDeps);
          })
          .then(
            (outcome) => {
              if (attempt === attempts) resolve(outcome);
            },
            (error: unknown) => {
              const refused = isRefusedLockCallback(error);
              deps.timers.clearTimeout(watchdog);
              if (refused && !answered) {
                answered = true;
                retryOrFail(error);
                return;
              }
              // A failure of the pass itself (or anything else): the engine's backoff handles it.
              if (attempt === attempts) reject(error);
            },
          );
      };
      if (deps.defer === undefined) request();
      else deps.defer(request);
    });
  }

  function syncNow(): Promise<SyncPassOutcome | 'busy-elsewhere'> {
    if (running !== null) {
      again = true;
      return running;
    }
    const pass = (async () => {
      let outcome: SyncPassOutcome | 'busy-elsewhere';
      do {
        again = false;
        outcome = await passUnderLock();
        if (outcome !== 'busy-elsewhere') deps.onPass?.(outcome);
        else console.info('[sync] another window holds the sync lock: the pass is left to it');
      } while (again && outcome !== 'busy-elsewhere' && outcome.kind === 'synced');
      return outcome;
    })();
    running = pass;
    void pass.then(
      (outcome) => {
        passEnded();
        const delay = nextDelay(outcome);
        if (restartAfterPass) {
          restartAfterPass = false;
          failures = 0;
          schedule(0);
        } else if (delay !== null) schedule(delay);
      },
      (error: unknown) => {
        passEnded();
        restartAfterPass = false;
        console.error('[sync] a pass failed', error);
        failures += 1;
        schedule(backoffDelayMs(failures, deps.random(), deps.backoff));
      },
    );
    return pass;
  }

  function passEnded(): void {
    running = null;
    passRunning = null;
    clearAbandonTimer();
  }

  function clearAbandonTimer(): void {
    if (abandonTimer !== null) deps.timers.clearTimeout(abandonTimer);
    abandonTimer = null;
  }

  /**
   * The network came back while a pass runs. A request it sent before may hang on a connection
   * that died, until its timeout (30 s), holding every sync back: abandoned once it has gone
   * unanswered for staleRequestMs since it was sent (at once if that is past). Its pass then ends
   * and runs again; pushes and pulls are idempotent, so a request cut short is simply asked again.
   * Requests answered by then, and those sent after the return, are left alone: abandoning every
   * request under way at each return would keep a slow pass (a slow disk, a busy server) from
   * ever finishing while the network flaps.
   */
  function abandonUnansweredLater({ cancel, requests }: PassUnderWay): void {
    const unanswered = [...requests];
    if (unanswered.length === 0) return;
    const oldestSentAt = Math.min(...unanswered.map(([, sentAt]) => sentAt));
    const abandon = () => {
      abandonTimer = null;
      if (unanswered.some(([id]) => requests.has(id))) cancel.abort();
    };
    clearAbandonTimer();
    const waitMs = oldestSentAt + staleRequestMs - nowMs();
    if (waitMs <= 0) abandon();
    else abandonTimer = deps.timers.setTimeout(abandon, waitMs);
  }

  /**
   * Wakes on a task of the engine's own timers rather than inside the caller's callback: an
   * outbox change can be noticed within a chain that began in the print frame, and Chromium
   * refuses a Web Lock callback whose calling frame has since been removed ("the provided
   * callback is no longer runnable").
   */
  function wakeSoon(reason: 'outbox' | 'online' | 'start'): void {
    const task = () => {
      // A failed pass is logged and retried by syncNow itself.
      wake(reason).catch(() => undefined);
    };
    if (deps.defer === undefined) task();
    else deps.defer(task);
  }

  async function wake(reason: 'timer' | 'outbox' | 'online' | 'start'): Promise<void> {
    if (stopped) return;
    if (reason !== 'timer') {
      // The server asked for quiet (Retry-After), or the last attempts failed: the timer decides.
      if (nowMs() < holdUntil) return;
      if (reason === 'outbox' && failures > 0) return;
      if (reason === 'online') {
        failures = 0;
        if (running !== null && passRunning !== null) {
          restartAfterPass = true;
          abandonUnansweredLater(passRunning);
          return;
        }
      }
    }
    if (deps.network !== null && !deps.network.isOnline() && reason !== 'timer') {
      // Offline: the 'online' event wakes the engine; the period is the fallback.
      if (timer === null && running === null) schedule(periodMs);
      return;
    }
    await syncNow();
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      let last: SyncTrigger | null = null;
      unsubscribe.push(
        watchQuery(() => readSyncTrigger(deps.db)).subscribe(
          (now) => {
            const before = last;
            last = now;
            if (before === null) return;
            // The outbox grew (an acceptance), the desk was enrolled, or a supervisor released a hold.
            const grew = now.waiting > before.waiting;
            const enrolled = now.deviceId !== null && now.deviceId !== before.deviceId;
            const released = before.held && !now.held;
            if (grew || enrolled || released) wakeSoon(enrolled || released ? 'online' : 'outbox');
          },
          (error) => console.error('[sync] the outbox cannot be watched', error),
        ),
      );
      if (deps.network !== null) unsubscribe.push(deps.network.onOnline(() => wakeSoon('online')));
      wakeSoon('start');
    },
    async stop() {
      stopped = true;
      if (timer !== null) deps.timers.clearTimeout(timer);
      timer = null;
      for (const off of unsubscribe.splice(0)) off();
      if (running !== null) await running.catch(() => undefined);
    },
    syncNow,
  };
}

/** Chromium's answer when it will not call a Web Lock callback whose calling realm has gone. */
function isRefusedLockCallback(error: unknown): boolean {
  return error instanceof Error && /callback is no longer runnable/i.test(error.message);
}
