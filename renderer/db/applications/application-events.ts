import {
  foldEvents,
  type ApplicationEvent,
  type ApplicationState,
  type EventActor,
  type EventPlace,
  type Instant,
} from '../../../shared/domain';
import { applicationEventSchema } from '../../../shared/schemas';
import type { DeskSession } from '../context';
import { deviceSeqCounter, takeSequence } from '../internal/counters';
import type { Abort, DeskTables } from '../internal/transactions';
import { validationIssues, type ValidationIssue } from '../internal/validation';

/** An event this desk was about to record failed the event schema; nothing was written. */
export interface InvalidEventError {
  readonly kind: 'invalid-event';
  readonly eventType: string;
  readonly issues: readonly ValidationIssue[];
}

export function actorOf(session: DeskSession): EventActor {
  return { userId: session.user.id, name: session.user.name };
}

export function deskPlaceOf(session: DeskSession): EventPlace & { readonly kind: 'desk' } {
  return { kind: 'desk', centreCode: session.centre.centreCode, workstationCode: session.workstationCode };
}

/** The event as the schema parses it, or the transaction stops with the issues. */
export function checkedEvent(event: ApplicationEvent, abort: Abort<InvalidEventError>): ApplicationEvent {
  const parsed = applicationEventSchema.safeParse(event);
  if (!parsed.success) {
    return abort({ kind: 'invalid-event', eventType: event.type, issues: validationIssues(parsed.error) });
  }
  return parsed.data;
}

/** The state of a new application's first events. Events this module built always fold, so a failure is a bug. */
export function foldNewEvents(events: readonly ApplicationEvent[]): ApplicationState {
  const state = foldEvents(events);
  if (!state.ok) throw new TypeError(`New events do not fold: ${JSON.stringify(state.error)}`);
  return state.value;
}

/**
 * Appends events of one application to its history at `firstPosition` and queues them in the
 * outbox, each with the next device sequence. Call inside a write transaction over events,
 * outbox and counters.
 */
export async function appendEvents(
  tables: DeskTables,
  events: readonly ApplicationEvent[],
  firstPosition: number,
  now: Instant,
): Promise<void> {
  const sequences = await takeSequence(tables.counters, deviceSeqCounter, events.length);
  const rows = events.map((event, index) => ({ event, deviceSeq: sequences[index] as number }));
  await tables.events.bulkAdd(
    rows.map(({ event, deviceSeq }, index) => ({
      id: event.id,
      applicationId: event.applicationId,
      position: firstPosition + index,
      deviceSeq,
      event,
      storedAt: now,
    })),
  );
  await tables.outbox.bulkAdd(
    rows.map(({ event, deviceSeq }) => ({
      deviceSeq,
      eventId: event.id,
      applicationId: event.applicationId,
      event,
      queuedAt: now,
    })),
  );
}
