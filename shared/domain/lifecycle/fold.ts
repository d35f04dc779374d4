import { assertNever } from '../assertNever';
import type { IntakeRefusalReasonId } from '../catalogue/intakeRefusal';
import type { ResultKind } from '../catalogue/vocabulary';
import { err, ok, type Result } from '../result';
import type { Instant } from '../time/instant';
import type { LocalDate } from '../time/localDate';
import type { ApplicationEvent, ApplicationEventType, EventPlace, IssuedRecipient } from './events';
import type { ApplicationStatus, Side } from './status';
import { eventRules, isHistoryEventType, ruleOf, type StatusOrNone } from './transitions';

/** The projection of an application's events that the screens read. */
export interface ApplicationState {
  readonly applicationId: string;
  readonly serviceId: string;
  readonly status: ApplicationStatus;
  readonly receiptNumber: string | null;
  readonly dueDate: LocalDate | null;
  readonly refusal: {
    readonly reason: IntakeRefusalReasonId;
    readonly missingDocumentIds: readonly string[];
  } | null;
  readonly providerId: string | null;
  readonly resultKind: ResultKind | null;
  readonly shelfSlot: string | null;
  readonly storageLastDay: LocalDate | null;
  readonly providerDueDate: LocalDate | null;
  readonly issuedTo: IssuedRecipient | null;
  readonly lastEvent: { readonly id: string; readonly type: ApplicationEventType; readonly at: Instant };
  readonly eventCount: number;
}

export type LifecycleError =
  | { readonly kind: 'no-events' }
  | {
      readonly kind: 'illegal-transition';
      readonly eventId: string;
      readonly eventType: ApplicationEventType;
      readonly from: StatusOrNone;
    }
  | {
      readonly kind: 'wrong-side';
      readonly eventId: string;
      readonly eventType: ApplicationEventType;
      readonly expected: Side;
      readonly actual: Side;
    }
  | {
      readonly kind: 'wrong-application';
      readonly eventId: string;
      readonly expected: string;
      readonly actual: string;
    }
  | { readonly kind: 'duplicate-event'; readonly eventId: string };

export function sideOf(place: EventPlace): Side {
  return place.kind;
}

function checkRule(from: StatusOrNone, event: ApplicationEvent): LifecycleError | null {
  const rule = ruleOf(event.type);
  const actual = sideOf(event.where);
  if (actual !== rule.side) {
    return { kind: 'wrong-side', eventId: event.id, eventType: event.type, expected: rule.side, actual };
  }
  if (!rule.from.includes(from))
    return { kind: 'illegal-transition', eventId: event.id, eventType: event.type, from };
  return null;
}

function lastEventOf(event: ApplicationEvent): ApplicationState['lastEvent'] {
  return { id: event.id, type: event.type, at: event.at };
}

/** The state after the first event, which must be 'drafted'. */
export function startApplication(event: ApplicationEvent): Result<ApplicationState, LifecycleError> {
  if (event.type !== 'drafted') {
    return err({ kind: 'illegal-transition', eventId: event.id, eventType: event.type, from: 'none' });
  }
  const problem = checkRule('none', event);
  if (problem !== null) return err(problem);
  return ok({
    applicationId: event.applicationId,
    serviceId: event.serviceId,
    status: eventRules.drafted.to,
    receiptNumber: null,
    dueDate: null,
    refusal: null,
    providerId: null,
    resultKind: null,
    shelfSlot: null,
    storageLastDay: null,
    providerDueDate: null,
    issuedTo: null,
    lastEvent: lastEventOf(event),
    eventCount: 1,
  });
}

/** The state after one more event, or why the event cannot happen now. */
export function applyEvent(
  state: ApplicationState,
  event: ApplicationEvent,
): Result<ApplicationState, LifecycleError> {
  if (event.applicationId !== state.applicationId) {
    return err({
      kind: 'wrong-application',
      eventId: event.id,
      expected: state.applicationId,
      actual: event.applicationId,
    });
  }
  // An application is drafted once; this also narrows the switch below to follow-up events.
  if (event.type === 'drafted') {
    return err({ kind: 'illegal-transition', eventId: event.id, eventType: event.type, from: state.status });
  }
  const problem = checkRule(state.status, event);
  if (problem !== null) return err(problem);

  const type = event.type;
  const base = {
    ...state,
    // A history-only event (a receipt printed) leaves the status where it was.
    status: isHistoryEventType(type) ? state.status : eventRules[type].to,
    lastEvent: lastEventOf(event),
    eventCount: state.eventCount + 1,
  };
  switch (event.type) {
    case 'accepted':
      return ok({ ...base, receiptNumber: event.receiptNumber, dueDate: event.dueDate });
    case 'refused-at-intake':
      return ok({ ...base, refusal: { reason: event.reason, missingDocumentIds: event.missingDocumentIds } });
    case 'sent-to-provider':
      return ok({ ...base, providerId: event.providerId });
    case 'taken-into-work':
      return ok(base);
    case 'result-ready':
      return ok({ ...base, resultKind: event.resultKind });
    case 'placed-on-shelf':
      return ok({
        ...base,
        shelfSlot: event.shelfSlot,
        storageLastDay: event.storageLastDay,
        providerDueDate: null,
      });
    case 'issued':
      return ok({ ...base, shelfSlot: null, issuedTo: event.recipient });
    case 'returned-to-provider':
      return ok({ ...base, shelfSlot: null });
    case 're-requested':
      return ok({ ...base, providerDueDate: event.providerDueDate });
    case 'receipt-printed':
    case 'dispatched-to-centre':
    case 'return-received':
      return ok(base);
    default:
      return assertNever(event, 'application event');
  }
}

/** Folds an application's events, in the order the server stored them, into its current state. */
export function foldEvents(events: readonly ApplicationEvent[]): Result<ApplicationState, LifecycleError> {
  const [first, ...rest] = events;
  if (first === undefined) return err({ kind: 'no-events' });
  let state = startApplication(first);
  const seen = new Set([first.id]);
  for (const event of rest) {
    if (!state.ok) return state;
    if (seen.has(event.id)) return err({ kind: 'duplicate-event', eventId: event.id });
    seen.add(event.id);
    state = applyEvent(state.value, event);
  }
  return state;
}
