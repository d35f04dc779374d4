import { z, type ZodType } from 'zod';
import { epochMillisOf, formatInstant, type ApplicationEvent, type Instant } from '../../shared/domain';
import {
  directoryResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  syncLimits,
  syncPaths,
  type DirectoryProvider,
  type PushEntry,
  type WireEvent,
} from '../../shared/sync';
import {
  acknowledgeThrough,
  markScanUploaded,
  pendingScanUploads,
  applyPulledPage,
  getSyncEnrolment,
  getSyncProgress,
  highestDeviceSeq,
  holdDevice,
  isDeviceHeld,
  readHistoryPage,
  readOutboxPage,
  recordSyncProblem,
  syncProblem,
  updateSyncProgress,
  type Clock,
  type DeskDatabase,
  type PageLimits,
  type SyncEnrolment,
  type SyncProblemCode,
} from '../db';
import { eventHash } from './event-hash';
import {
  callServer,
  joinUrl,
  type Answer,
  type FetchLike,
  type InFlightRequests,
  type SyncTimers,
} from './sync-client';
import { plainTokenKeeper, type TokenKeeper } from './token-keeper';

/** Everything one pass uses — no hidden inputs. */
export interface SyncPassDeps {
  readonly db: DeskDatabase;
  readonly fetch: FetchLike;
  readonly clock: Clock;
  readonly timers: SyncTimers;
  readonly requestTimeoutMs?: number;
  readonly pageLimits?: PageLimits;
  /** Stores the server's provider directory (renderer/db/providers); absent: the directory is not fetched. */
  readonly saveDirectory?: (providers: readonly DirectoryProvider[], at: Instant) => Promise<unknown>;
  /** Opens a keychain-sealed device token; default: tokens are kept as they came. */
  readonly tokens?: TokenKeeper;
  /** Abandons the pass's request in flight (the engine's, when the network came back). */
  readonly cancel?: AbortSignal;
  /** Told of each request of the pass while it is under way (the engine's, to know which to abandon). */
  readonly inFlight?: InFlightRequests;
}

/** How a pass ended; the engine schedules the next one from it. */
export type SyncPassOutcome =
  | { readonly kind: 'synced'; readonly pushed: number; readonly pulled: number }
  | { readonly kind: 'not-enrolled' }
  /** 401 / 403: the server refuses this desk until a supervisor enrols it again. */
  | { readonly kind: 'refused'; readonly code: 'unauthenticated' | 'device-revoked' }
  /** 429 / 503: try again after the server's Retry-After (null: back off). */
  | { readonly kind: 'busy'; readonly retryAfterMs: number | null }
  /** Anything else that a later attempt may get through (network, 5xx, storage): back off. */
  | { readonly kind: 'failed'; readonly code: SyncProblemCode }
  /** Needs a person (sequence ahead of the desk, missing history): no automatic retry until woken. */
  | { readonly kind: 'stuck'; readonly code: SyncProblemCode };

/** The event as it travels: the same members (the hash is over exactly these). */
function wireEventOf(event: ApplicationEvent): WireEvent {
  return { ...event } as WireEvent;
}

class PassStop extends Error {
  constructor(readonly outcome: SyncPassOutcome) {
    super(outcome.kind);
  }
}

const defaultTimeoutMs = 30_000;

function instantOf(clock: Clock): Instant {
  return formatInstant(epochMillisOf(clock.now()));
}

/**
 * One sync: push the outbox (or re-push from the history), then pull until the server has no
 * more, then the provider directory. Records its result in the database (syncState), which is
 * all the screens read. Never throws for the network or the server; rejects only on a bug.
 */
export async function runSyncPass(deps: SyncPassDeps): Promise<SyncPassOutcome> {
  const stored = await getSyncEnrolment(deps.db);
  if (stored === null) return { kind: 'not-enrolled' };
  const progress = await getSyncProgress(deps.db);
  if (progress.access !== 'ok') return { kind: 'refused', code: progress.access };
  await updateSyncProgress(deps.db, (current) => ({ ...current, lastAttemptAt: instantOf(deps.clock) }));
  try {
    const token = await (deps.tokens ?? plainTokenKeeper).reveal(stored.deviceToken, stored.tokenProtection);
    if (token === null) {
      // The keychain cannot open the sealed token (another OS user, the profile moved): the desk
      // has lost its identity and must be enrolled again, like a token the server refuses.
      return await stop(
        deps,
        { kind: 'refused', code: 'unauthenticated' },
        'unauthenticated',
        'the OS keychain cannot open the device token',
      );
    }
    const enrolment: SyncEnrolment = { ...stored, deviceToken: token };
    // Scans first: when the provider sees an application, the scans it names are there.
    await uploadScans(deps, enrolment);
    const pushed = await push(deps, enrolment);
    const pulled = await pull(deps, enrolment);
    if (deps.saveDirectory !== undefined) await directory(deps, enrolment, deps.saveDirectory);
    const at = instantOf(deps.clock);
    const held = await isDeviceHeld(deps.db);
    await updateSyncProgress(deps.db, (current) => ({
      ...current,
      lastSyncAt: at,
      // A device hold stays visible as the last error until a supervisor releases it.
      lastError: held ? current.lastError : null,
    }));
    return { kind: 'synced', pushed, pulled };
  } catch (error) {
    if (error instanceof PassStop) return error.outcome;
    throw error;
  }
}

/**
 * How every request of a pass travels: the injected fetch, clock and timers, its timeout, its
 * cancel and who is told it is under way.
 */
function transportOf(deps: SyncPassDeps) {
  return {
    fetch: deps.fetch,
    timers: deps.timers,
    nowMs: () => epochMillisOf(deps.clock.now()),
    timeoutMs: deps.requestTimeoutMs ?? defaultTimeoutMs,
    ...(deps.cancel === undefined ? {} : { cancel: deps.cancel }),
    ...(deps.inFlight === undefined ? {} : { inFlight: deps.inFlight }),
  };
}

function call<T>(
  deps: SyncPassDeps,
  enrolment: SyncEnrolment,
  method: 'GET' | 'POST',
  path: string,
  schema: ZodType<T>,
  body?: unknown,
): Promise<Answer<T>> {
  return callServer({
    ...transportOf(deps),
    method,
    url: joinUrl(enrolment.serverUrl, path),
    token: enrolment.deviceToken,
    schema,
    ...(body === undefined ? {} : { body }),
  });
}

async function stop(
  deps: SyncPassDeps,
  outcome: SyncPassOutcome,
  code: SyncProblemCode,
  detail: string,
): Promise<never> {
  const access =
    outcome.kind === 'refused'
      ? outcome.code === 'device-revoked'
        ? 'device-revoked'
        : 'unauthenticated'
      : undefined;
  await recordSyncProblem(deps.db, syncProblem(code, instantOf(deps.clock), detail), access);
  throw new PassStop(outcome);
}

/** The common answers to a refused request; returns for the ones the caller handles itself. */
async function handleRefusal(
  deps: SyncPassDeps,
  answer: Exclude<Answer<unknown>, { kind: 'ok' }>,
): Promise<never> {
  switch (answer.kind) {
    case 'network':
      return stop(deps, { kind: 'failed', code: 'network' }, 'network', answer.detail);
    case 'unreadable':
      return stop(
        deps,
        { kind: 'failed', code: 'unexpected-response' },
        'unexpected-response',
        answer.detail,
      );
    case 'refused': {
      const code = answer.error?.error;
      const detail = `${answer.status} ${answer.error?.message ?? ''}`.trim();
      if (answer.status === 401 || code === 'unauthenticated')
        return stop(deps, { kind: 'refused', code: 'unauthenticated' }, 'unauthenticated', detail);
      if (answer.status === 403 || code === 'device-revoked')
        return stop(deps, { kind: 'refused', code: 'device-revoked' }, 'device-revoked', detail);
      if (answer.status === 429 || answer.status === 503)
        return stop(deps, { kind: 'busy', retryAfterMs: answer.retryAfterMs }, 'busy', detail);
      const known = code ?? 'internal';
      return stop(deps, { kind: 'failed', code: known }, known, detail);
    }
  }
}

async function storageStop(deps: SyncPassDeps, detail: string): Promise<never> {
  return stop(deps, { kind: 'failed', code: 'storage-failed' }, 'storage-failed', detail);
}

const blobAnswerSchema = z.object({ sha256: z.string(), length: z.number() });

/** PUT each pending scan of an accepted application to /v1/blobs/<sha256> (idempotent on the server). */
async function uploadScans(deps: SyncPassDeps, enrolment: SyncEnrolment): Promise<void> {
  for (;;) {
    const pending = await pendingScanUploads(deps.db, 20);
    if (pending.length === 0) return;
    for (const scan of pending) {
      const answer = await callServer({
        ...transportOf(deps),
        method: 'PUT',
        url: joinUrl(enrolment.serverUrl, syncPaths.blob(scan.sha256)),
        token: enrolment.deviceToken,
        rawBody: { bytes: scan.blob, mediaType: scan.mediaType },
        schema: blobAnswerSchema,
      });
      if (answer.kind !== 'ok') return handleRefusal(deps, answer);
      const marked = await markScanUploaded(deps.db, scan.sha256);
      if (!marked.ok) return storageStop(deps, marked.error.message);
    }
  }
}

async function push(deps: SyncPassDeps, enrolment: SyncEnrolment): Promise<number> {
  let pushed = 0;
  // Each round either moves the acknowledged sequence or the start of the re-push; a server
  // answering the same gap twice in a row would loop, so that stops the pass.
  let lastGap: number | null = null;
  for (;;) {
    if (await isDeviceHeld(deps.db)) return pushed;
    const progress = await getSyncProgress(deps.db);
    const page =
      progress.repushFrom !== null
        ? await readHistoryPage(deps.db, progress.repushFrom, deps.pageLimits)
        : await readOutboxPage(deps.db, deps.pageLimits);
    if (page.length === 0) {
      if (progress.repushFrom === null) return pushed;
      return stop(
        deps,
        { kind: 'stuck', code: 'history-missing' },
        'history-missing',
        `No event ${progress.repushFrom} in the history`,
      );
    }
    const events: PushEntry[] = [];
    for (const row of page)
      events.push({
        deviceSeq: row.deviceSeq,
        hash: await eventHash(row.event),
        event: wireEventOf(row.event),
      });
    const answer = await call(deps, enrolment, 'POST', syncPaths.push, pushResponseSchema, {
      deviceId: enrolment.deviceId,
      serverEpoch: progress.serverEpoch ?? '',
      events,
    });
    const at = instantOf(deps.clock);
    if (answer.kind === 'ok') {
      const acked = await acknowledgeThrough(deps.db, {
        throughSeq: answer.value.ackedThroughSeq,
        serverEpoch: answer.value.serverEpoch,
        serverTime: answer.value.serverTime,
        at,
      });
      if (!acked.ok) return storageStop(deps, acked.error.message);
      pushed += page.length;
      lastGap = null;
      continue;
    }
    const error = answer.kind === 'refused' ? answer.error : null;
    if (error?.error === 'sequence-gap' && error.expectedSeq !== undefined) {
      const highest = await highestDeviceSeq(deps.db);
      if (error.expectedSeq - 1 > highest || lastGap === error.expectedSeq) {
        return stop(
          deps,
          { kind: 'stuck', code: 'sequence-ahead' },
          'sequence-ahead',
          `The server expects sequence ${error.expectedSeq}; this desk has ${highest}`,
        );
      }
      lastGap = error.expectedSeq;
      const moved = await acknowledgeThrough(deps.db, {
        throughSeq: error.expectedSeq - 1,
        serverEpoch: progress.serverEpoch ?? '',
        serverTime: at,
        at,
      });
      if (!moved.ok) return storageStop(deps, moved.error.message);
      continue;
    }
    if (
      error?.error === 'epoch-mismatch' &&
      error.serverEpoch !== undefined &&
      error.lastDeviceSeq !== undefined
    ) {
      const highest = await highestDeviceSeq(deps.db);
      if (error.lastDeviceSeq > highest) {
        return stop(
          deps,
          { kind: 'stuck', code: 'sequence-ahead' },
          'sequence-ahead',
          `The restored server holds sequence ${error.lastDeviceSeq}; this desk has ${highest}`,
        );
      }
      // A restored server: re-push what it lost and pull again from its beginning.
      const moved = await acknowledgeThrough(deps.db, {
        throughSeq: error.lastDeviceSeq,
        serverEpoch: error.serverEpoch,
        serverTime: at,
        at,
        resetCursor: true,
      });
      if (!moved.ok) return storageStop(deps, moved.error.message);
      continue;
    }
    if (error?.error === 'sequence-conflict' || error?.error === 'device-quarantined') {
      const held = await holdDevice(deps.db, {
        code: error.error,
        deviceSeq: error.deviceSeq ?? null,
        detail: error.message,
        at,
      });
      if (!held.ok) return storageStop(deps, held.error.message);
      await recordSyncProblem(deps.db, syncProblem(error.error, at, error.message));
      return pushed;
    }
    if (answer.kind !== 'refused' && answer.kind !== 'network' && answer.kind !== 'unreadable') return pushed;
    return handleRefusal(deps, answer);
  }
}

async function pull(deps: SyncPassDeps, enrolment: SyncEnrolment): Promise<number> {
  let pulled = 0;
  let restarts = 0;
  for (;;) {
    const progress = await getSyncProgress(deps.db);
    const query = `?cursor=${progress.cursor}&limit=${syncLimits.defaultPullLimit}`;
    const answer = await call(deps, enrolment, 'GET', `${syncPaths.pull}${query}`, pullResponseSchema);
    if (answer.kind !== 'ok') return handleRefusal(deps, answer);
    if (progress.serverEpoch !== null && answer.value.serverEpoch !== progress.serverEpoch) {
      // The server was restored and the outbox had nothing to tell us so: push this desk's last
      // event under the old epoch; the server answers epoch-mismatch with what it still holds,
      // the push re-sends the rest and the pull starts again from the server's beginning.
      if (restarts > 2) {
        return stop(
          deps,
          { kind: 'failed', code: 'epoch-mismatch' },
          'epoch-mismatch',
          'The server epoch keeps changing',
        );
      }
      restarts += 1;
      const highest = await highestDeviceSeq(deps.db);
      const moved =
        highest === 0
          ? await updateSyncProgress(deps.db, (current) => ({
              ...current,
              serverEpoch: answer.value.serverEpoch,
              cursor: 0,
            }))
          : await updateSyncProgress(deps.db, (current) => ({ ...current, repushFrom: highest }));
      if (!moved.ok) return storageStop(deps, moved.error.message);
      await push(deps, enrolment);
      continue;
    }
    const applied = await applyPulledPage(deps.db, {
      entries: answer.value.entries,
      cursor: answer.value.cursor,
      serverEpoch: answer.value.serverEpoch,
      serverTime: answer.value.serverTime,
      at: instantOf(deps.clock),
    });
    if (!applied.ok) return storageStop(deps, applied.error.message);
    pulled += answer.value.entries.length;
    if (!answer.value.hasMore || answer.value.entries.length === 0) return pulled;
  }
}

async function directory(
  deps: SyncPassDeps,
  enrolment: SyncEnrolment,
  save: NonNullable<SyncPassDeps['saveDirectory']>,
): Promise<void> {
  const answer = await call(deps, enrolment, 'GET', syncPaths.directory, directoryResponseSchema);
  if (answer.kind !== 'ok') return handleRefusal(deps, answer);
  await save(answer.value.providers, instantOf(deps.clock));
}
