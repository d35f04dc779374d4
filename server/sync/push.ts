import { canonicalJson, type PushEntry, type PushRequest } from '../../shared/sync';
import type { ServerDatabase } from '../db/open';
import type { Device } from '../store/devices';
import { readPushHead } from '../store/devices';
import { deviceEventHashes } from '../store/events';
import { eventHash, newId } from '../store/ids';
import { writeTransaction, type Tx } from '../store/transaction';
import { appendApplied, routeToProvider } from './append';
import { checkDeskEvent, parseDeskEvent, type ParsedDeskEvent, type Rejection } from './check-event';
import { pageWriter, type LogWriter } from './log-writer';

export type PushOutcome =
  | { readonly kind: 'acked'; readonly ackedThroughSeq: number; readonly serverEpoch: string }
  | { readonly kind: 'revoked' }
  | { readonly kind: 'quarantined' }
  | { readonly kind: 'epoch-mismatch'; readonly serverEpoch: string; readonly lastDeviceSeq: number }
  | { readonly kind: 'sequence-gap'; readonly expectedSeq: number }
  | { readonly kind: 'sequence-conflict'; readonly deviceSeq: number };

/**
 * One push page, in one write transaction (writers are serialised, so a device's pushes are too).
 * Re-pushed sequences must match what is stored (else the device is quarantined and the evidence
 * kept, and that is committed); new ones are stored in order, each checked, a failed check answered
 * by an 'event-rejected' entry. The envelope and hashes were checked by the caller.
 */
export async function pushEvents(
  database: ServerDatabase,
  deviceId: string,
  request: PushRequest,
  now: Date,
  /** Each event's canonical JSON, when the caller has made it already. */
  bodies: readonly string[] = request.events.map((entry) => canonicalJson(entry.event)),
): Promise<PushOutcome> {
  // The schema check needs no database: done before the write transaction, so the one writer lock
  // is held for the database work only (every other desk's push waits on it).
  const parsed = request.events.map((entry) => parseDeskEvent(entry.event));
  return writeTransaction(database, async (trx): Promise<PushOutcome> => {
    const head = await readPushHead(trx, deviceId);
    if (head === null || head.device.status === 'revoked') return { kind: 'revoked' };
    const { device, serverEpoch } = head;
    if (device.status === 'quarantined') return { kind: 'quarantined' };
    if (serverEpoch === null) throw new Error('The server has no epoch: was the database migrated?');
    const last = Number(device.last_device_seq);
    if (request.serverEpoch !== serverEpoch)
      return { kind: 'epoch-mismatch', serverEpoch, lastDeviceSeq: last };
    const first = request.events[0]?.deviceSeq ?? last + 1;
    if (first > last + 1) return { kind: 'sequence-gap', expectedSeq: last + 1 };

    const receivedAt = now.toISOString();
    const repeated = request.events.filter((entry) => entry.deviceSeq <= last);
    const conflict = await findConflict(trx, device, repeated, receivedAt);
    if (conflict !== null) return conflict;

    const fresh = request.events.filter((entry) => entry.deviceSeq > last);
    const log = await pageWriter(trx, {
      applicationIds: fresh.map((entry) => entry.event.applicationId),
      eventIds: fresh.map((entry) => entry.event.id),
      providerBins: fresh.flatMap((entry) => providerBinOf(entry.event)),
      lastServerSeq: head.lastServerSeq,
    });
    for (const entry of fresh) {
      const i = entry.deviceSeq - first;
      const body = bodies[i] ?? canonicalJson(entry.event);
      await storeDeskEvent(log, device, entry, body, receivedAt, parsed[i] ?? parseDeskEvent(entry.event));
    }
    await log.flush();
    const ackedThroughSeq = fresh.at(-1)?.deviceSeq ?? last;
    await trx
      .updateTable('devices')
      .set({ last_device_seq: ackedThroughSeq, last_seen_at: receivedAt })
      .where('id', '=', device.id)
      .execute();
    return { kind: 'acked', ackedThroughSeq, serverEpoch };
  });
}

/** A re-pushed sequence with other content than stored: evidence kept, device quarantined. */
async function findConflict(
  trx: Tx,
  device: Device,
  repeated: readonly PushEntry[],
  receivedAt: string,
): Promise<PushOutcome | null> {
  const [head] = repeated;
  if (head === undefined) return null;
  const stored = await deviceEventHashes(
    trx,
    device.id,
    head.deviceSeq,
    repeated.at(-1)?.deviceSeq ?? head.deviceSeq,
  );
  for (const entry of repeated) {
    const original = stored.get(entry.deviceSeq);
    if (original !== undefined && original.hash === entry.hash) continue;
    await trx
      .insertInto('conflicting_pushes')
      .values({
        id: newId(),
        device_id: device.id,
        device_seq: entry.deviceSeq,
        stored_event_id: original?.eventId ?? null,
        stored_hash: original?.hash ?? '',
        pushed_event_id: entry.event.id,
        pushed_hash: entry.hash,
        pushed_body: canonicalJson(entry.event),
        received_at: receivedAt,
      })
      .execute();
    await trx.updateTable('devices').set({ status: 'quarantined' }).where('id', '=', device.id).execute();
    return { kind: 'sequence-conflict', deviceSeq: entry.deviceSeq };
  }
  return null;
}

/** The provider BIN an accepted event routes to, to look up with the page. */
function providerBinOf(event: PushEntry['event']): string[] {
  const application = (event as { application?: { provider?: { bin?: unknown } } }).application;
  const bin = application?.provider?.bin;
  return event.type === 'accepted' && typeof bin === 'string' ? [bin] : [];
}

async function storeDeskEvent(
  log: LogWriter,
  device: Device,
  entry: PushEntry,
  body: string,
  receivedAt: string,
  parsed: ParsedDeskEvent,
): Promise<void> {
  const provenance = {
    origin: 'desk',
    body,
    deviceId: device.id,
    deviceSeq: entry.deviceSeq,
    hash: entry.hash,
    receivedAt,
  } as const;
  // The same event pushed again under a new sequence (a desk restored from its own backup): kept, not re-applied.
  if (await log.isApplied(entry.event.id)) {
    await storeUnapplied(log, device, entry, body, receivedAt, 'duplicate', null);
    return;
  }
  const checked = await checkDeskEvent(log, device.centre_code, entry.event, parsed);
  if (!checked.ok) {
    await storeUnapplied(log, device, entry, body, receivedAt, 'rejected', checked.rejection);
    return;
  }
  const { row } = await appendApplied(log, checked.value, provenance);
  if (checked.value.event.type === 'accepted') await routeToProvider(log, checked.value, row, receivedAt);
}

async function storeUnapplied(
  log: LogWriter,
  device: Device,
  entry: PushEntry,
  body: string,
  receivedAt: string,
  outcome: 'rejected' | 'duplicate',
  rejection: Rejection | null,
): Promise<void> {
  log.appendEvent({
    server_seq: await log.nextSeq(),
    kind: 'application-event',
    event_id: null,
    application_id: entry.event.applicationId,
    origin: 'desk',
    device_id: device.id,
    device_seq: entry.deviceSeq,
    target_device_id: null,
    hash: entry.hash,
    type: entry.event.type,
    outcome,
    centre_code: device.centre_code,
    provider_bin: null,
    body,
    received_at: receivedAt,
  });
  if (rejection === null) return;
  const answer = {
    eventId: entry.event.id,
    applicationId: entry.event.applicationId,
    deviceSeq: entry.deviceSeq,
    reason: rejection.reason,
    detail: rejection.detail,
    at: receivedAt,
  };
  log.appendEvent({
    server_seq: await log.nextSeq(),
    kind: 'event-rejected',
    event_id: null,
    application_id: entry.event.applicationId,
    origin: 'server',
    device_id: null,
    device_seq: null,
    target_device_id: device.id,
    hash: eventHash(answer),
    type: 'event-rejected',
    outcome: 'applied',
    centre_code: device.centre_code,
    provider_bin: null,
    body: canonicalJson(answer),
    received_at: receivedAt,
  });
}
