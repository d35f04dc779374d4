import { canonicalJson, type PushEntry, type PushRequest } from '../../shared/sync';
import type { ServerDatabase } from '../db/open';
import type { Device } from '../store/devices';
import { readPushHeads, recordPushedThrough, type PushedThrough, type PushHeads } from '../store/devices';
import { deviceEventHashes } from '../store/events';
import { eventHash, newId } from '../store/ids';
import type { Tx } from '../store/transaction';
import { appendApplied, routeToProvider } from './append';
import { checkDeskEvent, parseDeskEvent, type ParsedDeskEvent, type Rejection } from './check-event';
import { pageWriter, type LogWriter } from './log-writer';
import { pushQueueOf, type QueuedPush } from './push-queue';

export type PushOutcome =
  | { readonly kind: 'acked'; readonly ackedThroughSeq: number; readonly serverEpoch: string }
  | { readonly kind: 'revoked' }
  | { readonly kind: 'quarantined' }
  | { readonly kind: 'epoch-mismatch'; readonly serverEpoch: string; readonly lastDeviceSeq: number }
  | { readonly kind: 'sequence-gap'; readonly expectedSeq: number }
  | { readonly kind: 'sequence-conflict'; readonly deviceSeq: number };

/**
 * One push page. Pages that arrive together — twenty desks pushing at once — are stored together
 * (push-queue.ts): one write transaction, one read of their devices, one prefetch, one multi-row
 * flush and one commit for the group, instead of one of each per page. Every page still gets its
 * own answer, as if it had been stored alone, in the order the pages were queued.
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
  const known = knownProvidersOf(database);
  return pushQueueOf(database, (trx, pushes) => storePushes(trx, pushes, known)).add({
    deviceId,
    request,
    receivedAt: now.toISOString(),
    bodies,
    parsed,
  });
}

/**
 * Stores a group of pages (one per device) in the caller's write transaction (writers are
 * serialised, so a device's pushes are too). Re-pushed sequences must match what is stored (else
 * the device is quarantined and the evidence kept, and that is committed); new ones are stored in
 * order, each checked, a failed check answered by an 'event-rejected' entry. The envelopes and
 * hashes were checked by the caller.
 */
async function storePushes(
  trx: Tx,
  pushes: readonly QueuedPush[],
  knownProviders: Set<string>,
): Promise<PushOutcome[]> {
  const heads = await readPushHeads(
    trx,
    pushes.map((push) => push.deviceId),
  );
  const outcomes: PushOutcome[] = [];
  const storing: {
    readonly index: number;
    readonly push: QueuedPush;
    readonly device: Device;
    readonly last: number;
    readonly fresh: readonly PushEntry[];
  }[] = [];
  for (const push of pushes) {
    const checked = await checkHead(trx, heads, push);
    if ('kind' in checked) {
      outcomes.push(checked);
      continue;
    }
    storing.push({ index: outcomes.length, push, ...checked });
    outcomes.push({ kind: 'acked', ackedThroughSeq: checked.last, serverEpoch: heads.serverEpoch ?? '' });
  }
  if (storing.length === 0) return outcomes;

  const fresh = storing.flatMap((page) => page.fresh);
  const log = await pageWriter(trx, {
    applicationIds: fresh.map((entry) => entry.event.applicationId),
    eventIds: fresh.map((entry) => entry.event.id),
    providerBins: fresh.flatMap((entry) => providerBinOf(entry.event)),
    lastServerSeq: heads.lastServerSeq,
    knownProviders,
  });
  for (const { push, device, fresh: entries } of storing) {
    const first = push.request.events[0]?.deviceSeq ?? 0;
    for (const entry of entries) {
      const i = entry.deviceSeq - first;
      const body = push.bodies[i] ?? canonicalJson(entry.event);
      await storeDeskEvent(
        log,
        device,
        entry,
        body,
        push.receivedAt,
        push.parsed[i] ?? parseDeskEvent(entry.event),
      );
    }
  }
  await log.flush();
  const pushed: PushedThrough[] = [];
  for (const { index, push, device, last, fresh: entries } of storing) {
    const ackedThroughSeq = entries.at(-1)?.deviceSeq ?? last;
    pushed.push({ deviceId: device.id, lastDeviceSeq: ackedThroughSeq, at: push.receivedAt });
    outcomes[index] = { kind: 'acked', ackedThroughSeq, serverEpoch: heads.serverEpoch ?? '' };
  }
  await recordPushedThrough(trx, pushed);
  return outcomes;
}

/** A page's answer before anything is stored (revoked, epoch, gap, conflict), or what to store. */
async function checkHead(
  trx: Tx,
  heads: PushHeads,
  push: QueuedPush,
): Promise<
  PushOutcome | { readonly device: Device; readonly last: number; readonly fresh: readonly PushEntry[] }
> {
  const device = heads.devices.get(push.deviceId);
  if (device === undefined || device.status === 'revoked') return { kind: 'revoked' };
  if (device.status === 'quarantined') return { kind: 'quarantined' };
  const { serverEpoch } = heads;
  if (serverEpoch === null) throw new Error('The server has no epoch: was the database migrated?');
  const { request } = push;
  const last = Number(device.last_device_seq);
  if (request.serverEpoch !== serverEpoch)
    return { kind: 'epoch-mismatch', serverEpoch, lastDeviceSeq: last };
  const first = request.events[0]?.deviceSeq ?? last + 1;
  if (first > last + 1) return { kind: 'sequence-gap', expectedSeq: last + 1 };
  const repeated = request.events.filter((entry) => entry.deviceSeq <= last);
  const conflict = await findConflict(trx, device, repeated, push.receivedAt);
  if (conflict !== null) return conflict;
  return { device, last, fresh: request.events.filter((entry) => entry.deviceSeq > last) };
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

/**
 * The provider BINs this server process has found in each database's directory: a push group need
 * not look them up again (see Prefetch.knownProviders).
 */
const knownProviders = new WeakMap<ServerDatabase, Set<string>>();

function knownProvidersOf(database: ServerDatabase): Set<string> {
  let known = knownProviders.get(database);
  if (known === undefined) {
    known = new Set();
    knownProviders.set(database, known);
  }
  return known;
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
