import type { ApplicationEvent, EventActor, EventPlace, Instant } from '../../../shared/domain';
import type { DeskSession, IdSource } from '../context';
import type { Abort, DeskTables } from '../internal/transactions';
import type { ApplicationRecord } from '../records';
import {
  actorOf,
  appendEvents,
  checkedEvent,
  deskPlaceOf,
  foldNewEvents,
  type InvalidEventError,
} from './application-events';
import { intakeRecord, type IntakeFacts } from './intake-record';

/** The fields every event of this decision shares; the decision adds its own type and facts. */
export interface DecisionEventBase {
  readonly id: string;
  readonly applicationId: string;
  readonly at: Instant;
  readonly by: EventActor;
  readonly where: EventPlace;
}

export interface IntakeDecision {
  readonly applicationId: string;
  readonly serviceId: string;
  readonly startedAt: Instant;
  readonly now: Instant;
  readonly session: DeskSession;
  readonly ids: IdSource;
  /** The 'accepted' or 'refused-at-intake' event, built on the shared base. */
  readonly decisionEvent: (base: DecisionEventBase) => ApplicationEvent;
  readonly facts: Omit<IntakeFacts, 'state' | 'startedAt' | 'decidedAt' | 'session'>;
}

/**
 * What accepting and refusing both write, inside the caller's transaction: the 'drafted' event
 * (timed at the start of service) and the decision, outboxed with device sequences; the
 * projection row; and the removal of the draft. Either all of it is written or none.
 */
export async function recordIntakeDecision(
  tables: DeskTables,
  decision: IntakeDecision,
  abort: Abort<InvalidEventError>,
): Promise<ApplicationRecord> {
  const { applicationId, serviceId, startedAt, now, session, ids } = decision;
  const common = { applicationId, by: actorOf(session), where: deskPlaceOf(session) };
  const drafted = checkedEvent(
    { ...common, id: ids.uuid(), type: 'drafted', at: startedAt, serviceId },
    abort,
  );
  const decided = checkedEvent(decision.decisionEvent({ ...common, id: ids.uuid(), at: now }), abort);
  const events = [drafted, decided];

  await appendEvents(tables, events, 0, now);
  const record = intakeRecord({
    ...decision.facts,
    state: foldNewEvents(events),
    startedAt,
    decidedAt: now,
    session,
  });
  // Last: `add` fails on a clash of the unique receipt number, and takes everything above with it.
  await tables.applications.add(record);
  await tables.drafts.delete(applicationId);
  return record;
}
