import { err, ok, type Instant, type Result } from '../../../shared/domain';
import { dexieOf, type DeskDatabase } from '../database';
import { writeTransaction, type StorageError } from '../internal/transactions';
import { deviceSeqCounter, takeSequence } from '../internal/counters';
import type { QuarantineRecord } from '../records';
import { readProgress, writeProgress } from './sync-state';

/** Everything in quarantine: the device hold first, then by when it was recorded. */
export async function listQuarantine(db: DeskDatabase): Promise<QuarantineRecord[]> {
  const rows = await dexieOf(db).quarantine.toArray();
  return rows.sort((a, b) =>
    a.kind === 'device-hold' ? -1 : b.kind === 'device-hold' ? 1 : a.recordedAt.localeCompare(b.recordedAt),
  );
}

export type RetryQuarantinedError = { readonly kind: 'not-quarantined' } | StorageError;

/**
 * Takes an item out of quarantine for another try (after an administrator fixed the cause):
 * - the device hold is released: the next sync pushes again (the server answers again if not fixed);
 * - a rejected event is queued again under a new sequence (same id, same content — a legal fact
 *   is never changed; the server checks a sequence once), with every other rejected event of its
 *   application, in their original order; the application waits for sync again;
 * - an unapplied pulled event is dropped and the pull starts over (entries apply idempotently).
 */
export async function retryQuarantined(
  db: DeskDatabase,
  id: string,
  at: Instant,
): Promise<Result<QuarantineRecord, RetryQuarantinedError>> {
  const result = await writeTransaction<QuarantineRecord | null>(
    dexieOf(db),
    ['quarantine', 'outbox', 'events', 'applications', 'syncState', 'counters', 'resent'],
    async (tables) => {
      const row = await tables.quarantine.get(id);
      if (row === undefined) return null;
      await tables.quarantine.delete(id);
      if (row.kind === 'rejection') {
        // Every rejected event of the application goes again, in its original order: a later
        // event (a receipt print) was rejected only because the acceptance before it was.
        const siblings = (await tables.quarantine.where('applicationId').equals(row.applicationId).toArray())
          .flatMap((item) => (item.kind === 'rejection' ? [item] : []))
          .sort((a, b) => a.deviceSeq - b.deviceSeq);
        const rejected = [row, ...siblings.filter((item) => item.id !== row.id)].sort(
          (a, b) => a.deviceSeq - b.deviceSeq,
        );
        await tables.quarantine.bulkDelete(rejected.map((item) => item.id));
        // The server stored each rejected push under its sequence and does not look at that
        // sequence again: the same event (same id, same content) goes again under a new one.
        for (const item of rejected) {
          const stored = await tables.events.get(item.eventId);
          if (stored === undefined) continue;
          const [deviceSeq] = await takeSequence(tables.counters, deviceSeqCounter, 1);
          if (deviceSeq === undefined) throw new RangeError('No sequence taken');
          await tables.resent.add({ deviceSeq, eventId: stored.id, resentAt: at });
          await tables.outbox.add({
            deviceSeq,
            eventId: stored.id,
            applicationId: stored.applicationId,
            event: stored.event,
            queuedAt: at,
          });
        }
        const record = await tables.applications.get(row.applicationId);
        const stillQuarantined = await tables.quarantine
          .where('applicationId')
          .equals(row.applicationId)
          .count();
        if (record !== undefined && stillQuarantined === 0) {
          await tables.applications.put({ ...record, syncState: 'pending' });
        }
      }
      if (row.kind === 'unapplied') {
        await writeProgress(tables, { ...(await readProgress(tables)), cursor: 0 });
      }
      return row;
    },
  );
  if (!result.ok) return result;
  return result.value === null ? err({ kind: 'not-quarantined' }) : ok(result.value);
}

/** What the export button downloads: every quarantined item as stored, with when it was exported. */
export async function exportQuarantine(
  db: DeskDatabase,
  at: Instant,
): Promise<{ readonly exportedAt: Instant; readonly items: readonly QuarantineRecord[] }> {
  return { exportedAt: at, items: await listQuarantine(db) };
}
