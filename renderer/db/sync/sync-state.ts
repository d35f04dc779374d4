import { z } from 'zod';
import type { Instant, Result } from '../../../shared/domain';
import { centreCodeSchema, instantSchema, uuidSchema, workstationCodeSchema } from '../../../shared/schemas';
import { syncErrorCodes } from '../../../shared/sync';
import { dexieOf, type DeskDatabase } from '../database';
import {
  readTransaction,
  writeTransaction,
  type DeskTables,
  type StorageError,
} from '../internal/transactions';

/*
 * renderer/sync's bookkeeping in the syncState table: the enrolment (who this desk is on the
 * server) and the progress (server epoch, pull cursor, acknowledged sequence, last result).
 * Stored values are re-checked when read: a bad row is a bug, so it throws.
 */

const enrolmentKey = 'enrolment';
const progressKey = 'progress';

export const syncEnrolmentSchema = z.object({
  serverUrl: z.url(),
  deviceId: uuidSchema,
  /** As the server gave it, or sealed by the OS keychain (see renderer/sync/token-keeper.ts). */
  deviceToken: z.string().min(32).max(4000),
  tokenProtection: z.enum(['keychain', 'none']).default('none'),
  centreCode: centreCodeSchema,
  workstationCode: workstationCodeSchema,
  deskLabel: z.string().min(1).max(100),
  enrolledAt: instantSchema,
  enrolledBy: z.string().min(1).max(64),
});
export type SyncEnrolment = z.output<typeof syncEnrolmentSchema>;

/** Problems the desk itself finds, beside the server's error codes. */
export const deskSyncProblems = [
  /** No answer (offline, refused, reset): the next attempt backs off. */
  'network',
  /** The server answered something this desk cannot read. */
  'unexpected-response',
  /** The server expects a sequence this desk never made (restored desk, cloned database?). */
  'sequence-ahead',
  /** The desk's history lacks an event the server asks for again. */
  'history-missing',
  /** Storage refused to record what the server answered. */
  'storage-failed',
] as const;
export type DeskSyncProblem = (typeof deskSyncProblems)[number];
export const syncProblemCodes = [...syncErrorCodes, ...deskSyncProblems] as const;
export type SyncProblemCode = (typeof syncProblemCodes)[number];

const syncProblemSchema = z.object({
  code: z.enum(syncProblemCodes),
  at: instantSchema,
  /** English, for logs and the administrator. */
  detail: z.string().max(2000),
});
export type SyncProblem = z.output<typeof syncProblemSchema>;

export const syncProgressSchema = z.object({
  /** The epoch the server answered last; null before the first answer. */
  serverEpoch: z.string().min(1).max(64).nullable(),
  /** Pull from here (server sequence). */
  cursor: z.number().int().min(0),
  /** The server holds every event of this desk up to here (its last answer). */
  ackedThroughSeq: z.number().int().min(0),
  /** Re-push from the events table from this sequence (after a gap or a restored server); null: push the outbox. */
  repushFrom: z.number().int().min(1).nullable(),
  lastSyncAt: instantSchema.nullable(),
  lastAttemptAt: instantSchema.nullable(),
  lastError: syncProblemSchema.nullable(),
  /** serverTime − desk clock at the last answer, in ms (recorded, never used for ordering). */
  skewMs: z.number().nullable(),
  /** 'unauthenticated' / 'device-revoked': the server refuses this desk until it is enrolled again. */
  access: z.enum(['ok', 'unauthenticated', 'device-revoked']),
});
export type SyncProgress = z.output<typeof syncProgressSchema>;

export const initialSyncProgress: SyncProgress = {
  serverEpoch: null,
  cursor: 0,
  ackedThroughSeq: 0,
  repushFrom: null,
  lastSyncAt: null,
  lastAttemptAt: null,
  lastError: null,
  skewMs: null,
  access: 'ok',
};

export async function readProgress(tables: Pick<DeskTables, 'syncState'>): Promise<SyncProgress> {
  const row = await tables.syncState.get(progressKey);
  if (row === undefined) return initialSyncProgress;
  return syncProgressSchema.parse(row.value);
}

export async function writeProgress(
  tables: Pick<DeskTables, 'syncState'>,
  progress: SyncProgress,
): Promise<void> {
  await tables.syncState.put({ key: progressKey, value: syncProgressSchema.parse(progress) });
}

async function readEnrolment(tables: Pick<DeskTables, 'syncState'>): Promise<SyncEnrolment | null> {
  const row = await tables.syncState.get(enrolmentKey);
  return row === undefined ? null : syncEnrolmentSchema.parse(row.value);
}

export function getSyncEnrolment(db: DeskDatabase): Promise<SyncEnrolment | null> {
  return readTransaction(dexieOf(db), ['syncState'], readEnrolment);
}

export function getSyncProgress(db: DeskDatabase): Promise<SyncProgress> {
  return readTransaction(dexieOf(db), ['syncState'], readProgress);
}

/**
 * Stores a new enrolment. The server's epoch is taken as current; the pull starts again from the
 * beginning (pulled entries apply idempotently) and a refused access is cleared.
 */
export async function saveSyncEnrolment(
  db: DeskDatabase,
  /** tokenProtection may be left out: 'none'. */
  enrolment: z.input<typeof syncEnrolmentSchema>,
  serverEpoch: string,
): Promise<Result<SyncEnrolment, StorageError>> {
  const parsed = syncEnrolmentSchema.parse(enrolment);
  return writeTransaction(dexieOf(db), ['syncState'], async (tables) => {
    const progress = await readProgress(tables);
    await tables.syncState.put({ key: enrolmentKey, value: parsed });
    await writeProgress(tables, {
      ...progress,
      serverEpoch,
      cursor: 0,
      access: 'ok',
      lastError: null,
    });
    return parsed;
  });
}

/** Changes the progress in one transaction (read, change, write). */
export async function updateSyncProgress(
  db: DeskDatabase,
  change: (progress: SyncProgress) => SyncProgress,
): Promise<Result<SyncProgress, StorageError>> {
  return writeTransaction(dexieOf(db), ['syncState'], async (tables) => {
    const next = change(await readProgress(tables));
    await writeProgress(tables, next);
    return next;
  });
}

/** Records a failed attempt (the engine's and the screens' view of "what went wrong"). */
export function recordSyncProblem(
  db: DeskDatabase,
  problem: SyncProblem,
  access?: SyncProgress['access'],
): Promise<Result<SyncProgress, StorageError>> {
  return updateSyncProgress(db, (progress) => ({
    ...progress,
    lastAttemptAt: problem.at,
    lastError: problem,
    ...(access === undefined ? {} : { access }),
  }));
}

/** What the status indicator and the sync screen show; no token. */
export interface SyncOverview {
  readonly enrolment: Omit<SyncEnrolment, 'deviceToken'> | null;
  readonly progress: SyncProgress;
  /** Events waiting in the outbox. */
  readonly waiting: number;
  /** Quarantined items (rejections, unapplied events, the device hold). */
  readonly quarantined: number;
  readonly deviceHold: boolean;
}

export function readSyncOverview(db: DeskDatabase): Promise<SyncOverview> {
  return readTransaction(dexieOf(db), ['syncState', 'outbox', 'quarantine'], async (tables) => {
    const enrolment = await readEnrolment(tables);
    const progress = await readProgress(tables);
    const waiting = await tables.outbox.count();
    const quarantined = await tables.quarantine.count();
    const deviceHold = (await tables.quarantine.get('device-hold')) !== undefined;
    if (enrolment === null) return { enrolment: null, progress, waiting, quarantined, deviceHold };
    const { deviceToken: _token, ...visible } = enrolment;
    return { enrolment: visible, progress, waiting, quarantined, deviceHold };
  });
}

/** A problem with the current instant, for the engine. */
export function syncProblem(code: SyncProblemCode, at: Instant, detail: string): SyncProblem {
  return { code, at, detail: detail.slice(0, 2000) };
}

/** What the engine watches to wake up: the outbox size, the enrolment and the device hold. */
export interface SyncTrigger {
  readonly waiting: number;
  readonly deviceId: string | null;
  readonly held: boolean;
}

export function readSyncTrigger(db: DeskDatabase): Promise<SyncTrigger> {
  return readTransaction(dexieOf(db), ['syncState', 'outbox', 'quarantine'], async (tables) => ({
    waiting: await tables.outbox.count(),
    deviceId: (await readEnrolment(tables))?.deviceId ?? null,
    held: (await tables.quarantine.get('device-hold')) !== undefined,
  }));
}
