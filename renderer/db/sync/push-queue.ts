import Dexie from 'dexie';
import type { ApplicationEvent, Instant, Result } from '../../../shared/domain';
import { epochMillisOf } from '../../../shared/domain';
import { syncLimits } from '../../../shared/sync';
import { dexieOf, type DeskDatabase } from '../database';
import { deviceSeqCounter } from '../internal/counters';
import {
  readTransaction,
  writeTransaction,
  type DeskTables,
  type StorageError,
} from '../internal/transactions';
import type { DeviceHoldCode } from '../records';
import { readProgress, writeProgress, type SyncProgress } from './sync-state';

/** One event as the push sends it (the engine adds the hash). */
export interface PushCandidate {
  readonly deviceSeq: number;
  readonly event: ApplicationEvent;
}

export interface PageLimits {
  /** At most this many events (≤ syncLimits.maxPushEvents). */
  readonly maxEvents: number;
  /** At most about this many bytes of JSON for the events (the first event always goes). */
  readonly maxBytes: number;
}

/** A page well below the server's body limit: the envelope and hashes add a little per event. */
export const defaultPageLimits: PageLimits = {
  maxEvents: syncLimits.maxPushEvents,
  maxBytes: Math.floor(syncLimits.maxJsonBodyBytes * 0.75),
};

const encoder = new TextEncoder();
/** Bytes one entry adds to the body: the event's JSON and the envelope (sequence, 64-char hash, keys). */
function entryBytes(event: ApplicationEvent): number {
  return encoder.encode(JSON.stringify(event)).byteLength + 120;
}

/** Takes candidates while they are consecutive and within the limits. */
function cut(rows: readonly PushCandidate[], limits: PageLimits): PushCandidate[] {
  const page: PushCandidate[] = [];
  let bytes = 0;
  for (const row of rows) {
    const previous = page[page.length - 1];
    if (previous !== undefined && row.deviceSeq !== previous.deviceSeq + 1) break;
    const size = entryBytes(row.event);
    if (page.length > 0 && (page.length >= limits.maxEvents || bytes + size > limits.maxBytes)) break;
    page.push(row);
    bytes += size;
  }
  return page;
}

/** The next page of the outbox, from its lowest sequence: consecutive, by count and bytes. */
export async function readOutboxPage(
  db: DeskDatabase,
  limits: PageLimits = defaultPageLimits,
): Promise<PushCandidate[]> {
  const rows = await dexieOf(db).outbox.orderBy('deviceSeq').limit(limits.maxEvents).toArray();
  return cut(
    rows.map((row) => ({ deviceSeq: row.deviceSeq, event: row.event })),
    limits,
  );
}

/**
 * A page of this desk's own events from the history (events table), from `fromSeq` — the source
 * of a re-push after a sequence gap or a restored server, when the outbox rows are long deleted.
 * Empty when the history holds no event with `fromSeq`.
 */
export async function readHistoryPage(
  db: DeskDatabase,
  fromSeq: number,
  limits: PageLimits = defaultPageLimits,
): Promise<PushCandidate[]> {
  return readTransaction(dexieOf(db), ['events', 'resent'], async (tables) => {
    const rows = await tables.events
      .where('deviceSeq')
      .between(fromSeq, Dexie.maxKey, true, true)
      .limit(limits.maxEvents)
      .toArray();
    const candidates = rows.flatMap((row) =>
      row.deviceSeq === null ? [] : [{ deviceSeq: row.deviceSeq, event: row.event }],
    );
    const resent = await tables.resent
      .where('deviceSeq')
      .aboveOrEqual(fromSeq)
      .limit(limits.maxEvents)
      .toArray();
    const resentEvents = await tables.events.bulkGet(resent.map((row) => row.eventId));
    resent.forEach((row, index) => {
      const stored = resentEvents[index];
      if (stored !== undefined) candidates.push({ deviceSeq: row.deviceSeq, event: stored.event });
    });
    candidates.sort((a, b) => a.deviceSeq - b.deviceSeq);
    if (candidates[0]?.deviceSeq !== fromSeq) return [];
    return cut(candidates.slice(0, limits.maxEvents), limits);
  });
}

/** The highest device sequence this desk has taken (0 before its first event). */
export async function highestDeviceSeq(db: DeskDatabase): Promise<number> {
  return (await dexieOf(db).counters.get(deviceSeqCounter))?.value ?? 0;
}

/** What the server said it holds of this desk, and when. */
export interface ServerHolds {
  /** Every event of this device up to here is on the server. */
  readonly throughSeq: number;
  readonly serverEpoch: string;
  readonly serverTime: Instant;
  /** The desk's clock when the answer came. */
  readonly at: Instant;
  /** Restart the pull from 0 (a restored server's sequences are new). */
  readonly resetCursor?: boolean;
}

export interface Acknowledged {
  readonly removed: number;
  /** Applications whose every event is now on the server. */
  readonly synced: readonly string[];
  readonly progress: SyncProgress;
}

/**
 * The server holds every event through `throughSeq`: delete those outbox rows, mark applications
 * with nothing left in the outbox 'synced', and decide where the next push starts — the outbox,
 * or the history when the server holds less than the outbox starts from (a restored server, a
 * sequence gap). One transaction.
 */
export async function acknowledgeThrough(
  db: DeskDatabase,
  holds: ServerHolds,
): Promise<Result<Acknowledged, StorageError>> {
  return writeTransaction(
    dexieOf(db),
    ['outbox', 'applications', 'syncState', 'counters'],
    async (tables) => {
      const done = await tables.outbox.where('deviceSeq').belowOrEqual(holds.throughSeq).toArray();
      await tables.outbox.bulkDelete(done.map((row) => row.deviceSeq));
      const synced = await markSynced(tables, [...new Set(done.map((row) => row.applicationId))]);
      const highest = (await tables.counters.get(deviceSeqCounter))?.value ?? 0;
      const lowestQueued = (await tables.outbox.orderBy('deviceSeq').first())?.deviceSeq ?? highest + 1;
      const next = holds.throughSeq + 1;
      const progress = await readProgress(tables);
      const updated: SyncProgress = {
        ...progress,
        serverEpoch: holds.serverEpoch,
        ackedThroughSeq: holds.throughSeq,
        repushFrom: next < lowestQueued && next <= highest ? next : null,
        skewMs: epochMillisOf(holds.serverTime) - epochMillisOf(holds.at),
        lastAttemptAt: holds.at,
        cursor: holds.resetCursor === true ? 0 : progress.cursor,
      };
      await writeProgress(tables, updated);
      return { removed: done.length, synced, progress: updated };
    },
  );
}

async function markSynced(
  tables: Pick<DeskTables, 'outbox' | 'applications'>,
  applicationIds: readonly string[],
): Promise<string[]> {
  const synced: string[] = [];
  for (const applicationId of applicationIds) {
    if ((await tables.outbox.where('applicationId').equals(applicationId).count()) > 0) continue;
    const record = await tables.applications.get(applicationId);
    if (record?.syncState !== 'pending') continue;
    await tables.applications.put({ ...record, syncState: 'synced' });
    synced.push(applicationId);
  }
  return synced;
}

/** The server holds this device's pushes (409): stop pushing until a supervisor releases the hold. */
export async function holdDevice(
  db: DeskDatabase,
  hold: {
    readonly code: DeviceHoldCode;
    readonly deviceSeq: number | null;
    readonly detail: string;
    readonly at: Instant;
  },
): Promise<Result<void, StorageError>> {
  return writeTransaction(dexieOf(db), ['quarantine'], async (tables) => {
    await tables.quarantine.put({
      id: 'device-hold',
      kind: 'device-hold',
      code: hold.code,
      deviceSeq: hold.deviceSeq,
      detail: hold.detail.slice(0, 2000),
      recordedAt: hold.at,
    });
  });
}

export function isDeviceHeld(db: DeskDatabase): Promise<boolean> {
  return readTransaction(
    dexieOf(db),
    ['quarantine'],
    async (tables) => (await tables.quarantine.get('device-hold')) !== undefined,
  );
}

/** Events waiting in the outbox (the status indicator; the engine wakes when it grows). */
export function countWaiting(db: DeskDatabase): Promise<number> {
  return dexieOf(db).outbox.count();
}
