import type { SentToProviderEvent } from '../../shared/domain';
import { applyEvent } from '../../shared/domain';
import { canonicalJson } from '../../shared/sync';
import type { EventOrigin } from '../db/schema';
import { applicationRowAfter, type ApplicationRow } from '../store/applications';
import { derivedUuid, sha256Hex } from '../store/ids';
import type { LogWriter } from './log-writer';
import type { CheckedEvent } from './check-event';

export interface Provenance {
  readonly origin: EventOrigin;
  /** The event's canonical JSON as it was sent (what `hash` is the hash of). */
  readonly body: string;
  readonly deviceId: string | null;
  readonly deviceSeq: number | null;
  readonly hash: string;
  readonly receivedAt: string;
}

/** Appends a checked event to the server log and moves the application's projection. */
export async function appendApplied(
  log: LogWriter,
  checked: CheckedEvent,
  provenance: Provenance,
): Promise<{ readonly serverSeq: number; readonly row: ApplicationRow }> {
  const serverSeq = await log.nextSeq();
  log.appendEvent({
    server_seq: serverSeq,
    kind: 'application-event',
    event_id: checked.event.id,
    application_id: checked.event.applicationId,
    origin: provenance.origin,
    device_id: provenance.deviceId,
    device_seq: provenance.deviceSeq,
    target_device_id: null,
    hash: provenance.hash,
    type: checked.event.type,
    outcome: 'applied',
    centre_code: checked.centreCode,
    provider_bin: checked.providerBin,
    body: provenance.body,
    received_at: provenance.receivedAt,
  });
  const row = applicationRowAfter({
    previous: checked.previous,
    centreCode: checked.centreCode,
    event: checked.event,
    state: checked.state,
    serverSeq,
  });
  log.saveApplication(row);
  return { serverSeq, row };
}

/** Keys in canonical order, as in every event the server makes (see routeToProvider). */
export const serverActor = { name: 'Counter Desk server', userId: 'server' } as const;

/**
 * The server's 'sent-to-provider' for an accepted application whose provider is known: the
 * application is now in that provider's queue. Its id is derived from the application's, so it is
 * the same event however often it would be made.
 */
export async function routeToProvider(
  log: LogWriter,
  accepted: CheckedEvent,
  acceptedRow: ApplicationRow,
  receivedAt: string,
): Promise<void> {
  const providerBin = accepted.providerBin;
  if (providerBin === null) return;
  // Keys in canonical order, so its canonical JSON is the engine's own stringify (canonical-json.ts).
  const event: SentToProviderEvent = {
    applicationId: accepted.event.applicationId,
    at: receivedAt as SentToProviderEvent['at'],
    by: serverActor,
    id: derivedUuid(`sent-to-provider:${accepted.event.applicationId}`),
    providerId: providerBin,
    type: 'sent-to-provider',
    where: { kind: 'provider', providerId: providerBin },
  };
  const state = applyEvent(accepted.state, event);
  if (!state.ok) throw new Error(`Cannot route application ${event.applicationId}: ${state.error.kind}`);
  const body = canonicalJson(event);
  await appendApplied(
    log,
    { event, previous: acceptedRow, state: state.value, centreCode: accepted.centreCode, providerBin },
    { origin: 'server', body, deviceId: null, deviceSeq: null, hash: sha256Hex(body), receivedAt },
  );
}
